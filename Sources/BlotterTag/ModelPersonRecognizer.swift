import BlotterCore

/// People found by the trained sequence model (models/ner.model, made by `blotter train`): general
/// recognition of names the rules do not know ("Tomo Milicevic", "Kojima Minoru"). Its spans have the lowest
/// priority, so the title and first-name rules decide where they overlap; `ModelSpanFilter` refuses the spans
/// that are places, organisations and headline words.
struct ModelPersonRecognizer: Recognizer {
    let name = "model"
    let model: SequenceModel

    func candidates(in context: TagContext) -> [Entity] {
        let tokens = context.text.tokens
        let filter = ModelSpanFilter(lexicons: model.lexicons)
        var out: [Entity] = []
        for sentence in context.text.sentences where !sentence.tokens.isEmpty {
            let labels = model.label(tokens[sentence.tokens])
            var index = 0
            while index < labels.count {
                guard labels[index] == .beginPerson else { index += 1; continue }
                var end = index + 1
                while end < labels.count, labels[end] == .insidePerson { end += 1 }
                let first = sentence.tokens.lowerBound + index
                let last = trimmedEnd(tokens, first: first, last: sentence.tokens.lowerBound + end - 1, limit: sentence.tokens.upperBound)
                let text = context.text.text(of: first..<(last + 1))
                if filter.refusal(tokens, first...last, sentence: sentence.tokens, text: text) == nil {
                    out.append(Entity(type: .person, text: text, start: tokens[first].start, end: tokens[last].end,
                                      sentence: tokens[first].sentence, canonical: text, recognizer: "person.model", priority: 0))
                }
                index = end
            }
        }
        return out
    }

    /// A name never ends on punctuation ("Rinne B. Groff,", "Mallow Swimming Pool -"), a possessive or a title
    /// written after it ("Tory MP", "Jane Smith QC"); "Jr." keeps its dot.
    private func trimmedEnd(_ tokens: [Token], first: Int, last: Int, limit: Int) -> Int {
        var last = last
        while last > first, tokens[last].kind != .word || tokens[last].isPossessive
                || model.lexicons.titleWords.contains(tokens[last].text.lowercased()) {
            last -= 1
        }
        return PersonRecognizer.includingSuffixDot(tokens, end: last + 1, limit: limit) - 1
    }
}
