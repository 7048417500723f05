import BlotterCore

/// People found by the trained sequence model (models/ner.model, made by `blotter train`): general
/// recognition of names the rules do not know ("Tomo Milicevic", "Kojima Minoru"). Its spans have the lowest
/// priority, so the title and first-name rules decide where they overlap.
struct ModelPersonRecognizer: Recognizer {
    let name = "model"
    let model: SequenceModel

    /// Words before a single capitalised word that make it a place.
    /// (and articles: "a Quincy driver", "the Boston office" use the place as an adjective).
    static let placePrepositions: Set<String> = ["in", "at", "from", "of", "near", "outside", "across", "a", "an", "the"]
    /// Lower-case words after a single capitalised word that make it a place ("Kincaid police").
    static let placeFollowers: Set<String> = ["police", "county", "sheriff", "township"]

    static func isPlaceSlot(_ tokens: [Token], _ index: Int, sentence: Range<Int>) -> Bool {
        if index > sentence.lowerBound, placePrepositions.contains(tokens[index - 1].text.lowercased()) { return true }
        if index - 3 >= sentence.lowerBound, tokens[index - 1].text == ",", tokens[index - 2].kind == .number,
           tokens[index - 3].text == "," { return true }
        if index + 1 < sentence.upperBound, placeFollowers.contains(tokens[index + 1].text) { return true }
        return false
    }

    func candidates(in context: TagContext) -> [Entity] {
        let tokens = context.text.tokens
        var out: [Entity] = []
        for sentence in context.text.sentences where !sentence.tokens.isEmpty {
            let labels = model.label(tokens[sentence.tokens])
            var index = 0
            while index < labels.count {
                guard labels[index] == .beginPerson else { index += 1; continue }
                var end = index + 1
                while end < labels.count, labels[end] == .insidePerson { end += 1 }
                let first = sentence.tokens.lowerBound + index
                let last = sentence.tokens.lowerBound + end - 1
                // A name never ends on punctuation ("Rinne B. Groff,", "Mallow Swimming Pool -"), a possessive or a
                // title written after it ("Tory MP", "Jane Smith QC").
                var trimmedLast = last
                while trimmedLast > first, tokens[trimmedLast].kind != .word || tokens[trimmedLast].isPossessive
                        || model.lexicons.titleWords.contains(tokens[trimmedLast].text.lowercased()) {
                    trimmedLast -= 1
                }
                trimmedLast = PersonRecognizer.includingSuffixDot(tokens, end: trimmedLast + 1, limit: sentence.tokens.upperBound) - 1
                let text = context.text.text(of: first..<(trimmedLast + 1))
                // One-word spans are the model's weakest guesses ("Hunter", "Madrid"): kept only for known given
                // names and surnames; surnames of people named in full are linked by MentionResolver anyway.
                let oneWord = first == trimmedLast
                // ...and not for title words ("Constable") or a capitalised first word of a sentence ("Bail was set").
                let word = tokens[first].text
                let known = (model.lexicons.firstNames.contains(word) || model.lexicons.surnames.contains(word))
                    && !model.lexicons.titleWords.contains(word.lowercased()) && first != sentence.tokens.lowerBound
                // Names of organisations and places ("Houston Post", "Max Planck Institute") are not people.
                // ...nor spans starting with a word that never starts a name ("I'm Batman", "You"), nor one-word
                // country names that are also given names ("Kenya", "Israel").
                let notName = NameLexicon.notNameWords.contains(tokens[first].text)  // (later words: "Theresa May")
                    || (oneWord && NameLexicon.countries.contains(word)) || NameLexicon.multiWordCountries.contains(text)
                // ...nor the place word of a building or organisation ("Kendall Hospital", "Hudson Bay").
                let beforeHead = trimmedLast + 1 < sentence.tokens.upperBound && NameLexicon.organisationHeads.contains(tokens[trimmedLast + 1].text)
                // ...nor a single word where places stand: after a place preposition or an article ("of Quincy", "a
                // Quincy driver"), after an age in
                // a blotter line ("Corey Inman, 38, Springfield"), before "police" ("Kincaid police").
                let placeLike = oneWord && Self.isPlaceSlot(tokens, first, sentence: sentence.tokens)
                let rejected = notName || beforeHead || placeLike || tokens[first...trimmedLast].contains { NameLexicon.organisationHeads.contains($0.text) || $0.isAcronymPlural }
                    || tokens[first...trimmedLast].contains { $0.isLowercaseWord && !NameLexicon.particles.contains($0.text) }
                    // ...nor spans holding a number ("Chelsea 1" in a results line).
                    || tokens[first...trimmedLast].contains { $0.kind == .number }
                if tokens[first].isCapitalizedWord, !oneWord || known, !rejected {
                    out.append(Entity(type: .person, text: text, start: tokens[first].start, end: tokens[trimmedLast].end,
                                      sentence: tokens[first].sentence, canonical: text, recognizer: "person.model", priority: 0))
                }
                index = end
            }
        }
        return out
    }
}
