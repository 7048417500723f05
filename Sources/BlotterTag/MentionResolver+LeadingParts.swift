import BlotterCore

extension MentionResolver {
    /// "Purna Bahadur" after "Purna Bahadur Tamang": the first words of a name of three words or more, written again
    /// without the rest, are one mention of that person (session 21, batch93's tune half: Nepali and South Indian
    /// names were read as a given-name mention and another person's surname mention, "Purna" + "Bahadur"). Only when
    /// one person of the page has those first words, and before the surname and given-name passes, which would
    /// otherwise split them.
    static func addLeadingPartMentions(_ entities: [Candidate], text: SegmentedText, covered: inout Coverage) -> [Candidate] {
        var owners: [[String]: Set<String>] = [:]
        for person in entities where person.type == .person && person.confidence >= .lexicon {
            let words = PersonNameParts.coreWords(person.text).map(String.init)
            guard words.count >= 3 else { continue }
            for count in 2..<words.count { owners[Array(words.prefix(count)), default: []].insert(person.canonical ?? person.text) }
        }
        guard !owners.isEmpty else { return entities }
        let longest = owners.keys.map(\.count).max() ?? 0
        let tokens = text.tokens
        var result = entities
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalizedWord, index == 0 || !tokens[index - 1].isCapitalizedWord || tokens[index - 1].sentence != tokens[index].sentence
            else { index += 1; continue }
            var run = index
            while run < tokens.count, run - index < longest + 1, tokens[run].isCapitalizedWord, tokens[run].sentence == tokens[index].sentence { run += 1 }
            // The whole run of capitalised words must be the part: "Purna Bahadur Tamang" itself, or "Purna Bahadur
            // Shrestha" (another person), is not.
            let words = tokens[index..<run].map(\.text)
            if let full = owners[words], full.count == 1, let canonical = full.first,
               !covered.overlaps(tokens[index].start, tokens[run - 1].end) {
                let mention = Candidate(type: .person, text: text.text(of: index..<run), start: tokens[index].start, end: tokens[run - 1].end,
                                        sentence: tokens[index].sentence, canonical: canonical, recognizer: "person.part", confidence: .lexicon)
                covered.mark(mention)
                result.append(mention)
            }
            index = run
        }
        return result
    }
}
