import BlotterCore

/// People and places found by the trained sequence model (models/ner.model, made by `blotter train`): general
/// recognition of names the rules do not know ("Tomo Milicevic", "Kojima Minoru"). Its spans have the lowest
/// confidence (`Confidence.guess`), so the title and first-name rules decide where they overlap; `ModelSpanFilter` refuses the spans
/// that are places, organisations and headline words. Its location spans become `location` entities (see
/// `locations(_:)`).
struct ModelPersonRecognizer: Recognizer {
    let name = "model"
    let model: SequenceModel
    /// Country adjectives (models/demonyms.tsv): a nationality before a name is not the name's ("Malaysian Chee Tian
    /// Hao", "Singaporean Jumali Yusof": session 16, batch50's tune half had three).
    var demonyms: [String: String] = [:]

    func candidates(in context: TagContext) -> [Candidate] {
        let tokens = context.text.tokens
        let filter = ModelSpanFilter(lexicons: model.lexicons,
                                     placeSenses: ModelSpanFilter.placeSenses(tokens, places: model.lexicons.places))
        // German capitalises every noun ("Steigerung von Unternehmenserfolg"): there a span must start with a
        // known given name.
        let capitalisesNouns = Self.nounCapitalisingLanguages.contains(context.article.language ?? "")
        var out: [Candidate] = []
        let senses = Self.senses(context: context, model: model)
        for (sentenceIndex, sentence) in context.text.sentences.enumerated() where !sentence.tokens.isEmpty {
            let labels = context.labels(of: sentenceIndex, by: model)
            out += locations(labels, sentence: sentence, context: context)
            var index = 0
            while index < labels.count {
                guard labels[index] == .beginPerson else { index += 1; continue }
                var end = index + 1
                while end < labels.count, labels[end] == .insidePerson { end += 1 }
                var start = trimmedStart(tokens, first: sentence.tokens.lowerBound + index, last: sentence.tokens.lowerBound + end - 1,
                                         sentence: sentence.tokens)
                // ("Hondurans Meyer Banegas Medina": a country's adjective, or its plural, before a name is not the name's.)
                if sentence.tokens.lowerBound + end - 1 - start >= 2, demonyms[tokens[start].text] != nil
                    || (tokens[start].text.hasSuffix("s") && demonyms[String(tokens[start].text.dropLast())] != nil) { start += 1 }
                let named = Self.withInitials(tokens, first: model.lexicons.nameStart(tokens, first: start, last: sentence.tokens.lowerBound + end - 1),
                                              sentenceStart: sentence.tokens.lowerBound)
                let (first, last) = Self.withHyphenatedParts(tokens, first: named,
                                                              last: trimmedEnd(tokens, first: named, last: sentence.tokens.lowerBound + end - 1,
                                                                               limit: sentence.tokens.upperBound),
                                                              sentence: sentence.tokens)
                let text = context.text.text(of: first..<(last + 1))
                if filter.refusal(tokens, first...last, sentence: sentence.tokens, text: text) == nil,
                   !(senses[text].map { $0.other > $0.person } ?? false),
                   !capitalisesNouns || model.lexicons.firstNames.contains(tokens[first].text) {
                    out.append(Candidate(type: .person, text: text, start: tokens[first].start, end: tokens[last].end,
                                      sentence: tokens[first].sentence, canonical: text, recognizer: "person.model", confidence: .guess))
                }
                index = end
            }
        }
        return out
    }

    /// The location spans of a sentence: the span's words without a trailing possessive, starting
    /// with a capital (or any word in an all-capitals line); `canonical` is the place table's name for it
    /// (models/places.tsv, matched case-insensitively, "the" left out), else the words as written.
    func locations(_ labels: [EntityLabel], sentence: Sentence, context: TagContext) -> [Candidate] {
        let tokens = context.text.tokens
        var out: [Candidate] = []
        var index = 0
        while index < labels.count {
            guard labels[index] == .beginLocation else { index += 1; continue }
            var end = index + 1
            while end < labels.count, labels[end] == .insideLocation { end += 1 }
            defer { index = end }
            let first = sentence.tokens.lowerBound + index
            var last = sentence.tokens.lowerBound + end - 1
            // The model's span as it is (CoNLL keeps the full stop of "U.S." and "Fla." in the name), less a
            // possessive or punctuation standing apart.
            while last > first, tokens[last].isPossessive || (tokens[last].kind == .punctuation && (tokens[last].spaceBefore || tokens[last].text != ".")) {
                last -= 1
            }
            guard tokens[first].kind == .word, let initial = tokens[first].text.unicodeScalars.first, initial.properties.isUppercase else { continue }
            // One head word alone is no place: "Inspector General of Police," ("Police").
            if first == last, NameLexicon.isOrganisationHead(tokens[first].text) { continue }
            let text = context.text.text(of: first..<(last + 1))
            let words = tokens[first...last].filter { $0.kind == .word || $0.kind == .number }.map(\.lower)
            let place = model.lexicons.places.place(words) ?? (words.first == "the" ? model.lexicons.places.place(words.dropFirst()) : nil)
            out.append(Candidate(.location(text: text, start: tokens[first].start, end: tokens[last].end, sentence: tokens[first].sentence,
                                           canonical: place?.name ?? text, country: place?.country), recognizer: "location.model"))
        }
        return out
    }

    /// How often the model labels each span text of the document as a person and as another name: a text read
    /// as another name more often than as a person is no person anywhere in the document (one sense per
    /// document; "Mother Jones" the magazine). conll2003 dev pipeline PER 0.9272 → 0.9285; police tune halves
    /// world 0.9145 → 0.9167, batch3 0.9470 → 0.9504, the others unchanged (session 9).
    static func senses(context: TagContext, model: SequenceModel) -> [String: (person: Int, other: Int)] {
        var counts: [String: (person: Int, other: Int)] = [:]
        for (sentenceIndex, sentence) in context.text.sentences.enumerated() where !sentence.tokens.isEmpty {
            let labels = context.labels(of: sentenceIndex, by: model)
            var index = 0
            while index < labels.count {
                guard labels[index].isBegin, let inside = labels[index].inside else { index += 1; continue }
                var end = index + 1
                while end < labels.count, labels[end] == inside { end += 1 }
                let first = sentence.tokens.lowerBound + index, last = sentence.tokens.lowerBound + end - 1
                let text = context.text.text(of: first..<(last + 1))
                var count = counts[text] ?? (0, 0)
                if labels[index] == .beginPerson { count.person += 1 } else { count.other += 1 }
                counts[text] = count
                index = end
            }
        }
        return counts
    }

    /// A span the model cuts inside a hyphenated name takes the whole of it: "Montoya-Lewis" (the model marked
    /// "Lewis" only), "Inzamam-ul-Haq", "Kang Young-hoon". Parts are written against the hyphens; a part before
    /// is capitalised or a short particle ("ul", "ur", "al"), a part after is capitalised or short ("hoon").
    static func withHyphenatedParts(_ tokens: [Token], first: Int, last: Int, sentence: Range<Int>) -> (Int, Int) {
        func glued(_ hyphen: Int) -> Bool {
            tokens[hyphen].text == "-" && !tokens[hyphen].spaceBefore && !tokens[hyphen + 1].spaceBefore
        }
        func namePart(_ token: Token) -> Bool {
            token.isCapitalizedWord || (token.isLowercaseWord && token.text.count <= 4)
        }
        var (first, last) = (first, last)
        var start = first
        // Leftwards only from a one-word span (the model marked "Lewis" of "Montoya-Lewis"): a longer span is
        // cut at a hyphen on purpose ("Vice-Chairperson Tarlochan Singh" holds a title).
        while first == last, start - 2 >= sentence.lowerBound, glued(start - 1), namePart(tokens[start - 2]) {
            start -= 2
            // The name must start with a capital: "Inzamam-ul-Haq", not "ul-Haq".
            if tokens[start].isCapitalizedWord { first = start }
        }
        while last + 2 < sentence.upperBound, glued(last + 1), namePart(tokens[last + 2]) {
            last += 2
        }
        return (first, last)
    }

    /// A span the model starts after the name's initials takes them: "F.W. de Klerk", "J. Smith".
    static func withInitials(_ tokens: [Token], first: Int, sentenceStart: Int) -> Int {
        var first = first
        while first - 2 >= sentenceStart, tokens[first - 1].text == ".", !tokens[first - 1].spaceBefore,
              tokens[first - 2].isJoinedInitials || (tokens[first - 2].text.count == 1 && tokens[first - 2].text.first?.isUppercase == true) {
            first -= 2
        }
        return first
    }

    /// Languages that write common nouns with a capital (ISO 639-1).
    static let nounCapitalisingLanguages: Set<String> = ["de", "lb"]

    /// The first word of a sentence that is an everyday word and no given name is not part of the name after it:
    /// "Unlike Hitler and Nixon", "So Trump did" (the capital is the sentence's).
    private func trimmedStart(_ tokens: [Token], first: Int, last: Int, sentence: Range<Int>) -> Int {
        guard first < last, !tokens[sentence.lowerBound..<first].contains(where: { $0.kind == .word }) else { return first }
        let word = tokens[first].text
        let lower = word.lowercased()
        if NameLexicon.sentenceOpeners.contains(lower) { return first + 1 }
        guard model.lexicons.commonWords.contains(lower), !model.lexicons.firstNames.contains(word),
              !model.lexicons.titleWords.contains(lower), !NameLexicon.particles.contains(lower) else { return first }
        return first + 1
    }

    /// A name never ends on punctuation ("Rinne B. Groff,", "Mallow Swimming Pool -"), a possessive or a title
    /// written after it ("Tory MP", "Jane Smith QC"); "Jr." keeps its dot.
    private func trimmedEnd(_ tokens: [Token], first: Int, last: Int, limit: Int) -> Int {
        var last = last
        while last > first, tokens[last].kind != .word || tokens[last].isPossessive
                || model.lexicons.titleWords.contains(tokens[last].lower) {
            last -= 1
        }
        // Past two words, an everyday word that is no name ends nothing ("Betty Crocker Cake Mix"); an
        // organisation's head stays so the filter refuses the span.
        while last - first >= 2, tokens[last].kind == .word, model.lexicons.isEverydayWord(tokens[last].text), !NameLexicon.isOrganisationHead(tokens[last].text) {
            last -= 1
        }
        return PersonRecognizer.includingSuffixDot(tokens, end: last + 1, limit: limit) - 1
    }
}
