import BlotterCore

extension PersonRecognizer {
    /// The plural of every rank and office of models/titles.tsv whose last word is a plain word ("Superintendents",
    /// "Senior Superintendents", "Sergeants"), each with its singular entry.
    static func pluralTitles(_ titles: [TagModels.TitleEntry]) -> PhraseMatcher<TagModels.TitleEntry> {
        var phrases: [(String, TagModels.TitleEntry)] = []
        for title in titles where title.kind != .honorific {
            guard let last = title.phrase.split(separator: " ").last, last.count >= 4, !last.hasSuffix("s"),
                  last.allSatisfy({ $0.isLetter }), last.first?.isUppercase == true else { continue }
            phrases.append((title.phrase.dropLast(last.count) + Self.plural(String(last)), title))
        }
        return PhraseMatcher(phrases: phrases, tokenize: PhraseTokenizer.tokens)
    }

    /// "Sergeant" → "Sergeants", "Deputy" → "Deputies", "Coach" → "Coaches".
    static func plural(_ word: String) -> String {
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        if word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }

    /// 6. **plural title + names**: "Senior Superintendents Spence, Montrichard, and Elli", "Inspectors Ali and
    /// Khan" (session 19, batch74's tune half): each name of the list after a plural rank is a person with the
    /// rank as role. Two names or more, each one to four name words, joined by commas and "and"; a list that runs
    /// into an organisation's head ("Sergeants Benevolent Association") is no list of people.
    func titledList(at index: Int, in range: Range<Int>, context: TagContext) -> (candidates: [Candidate], end: Int)? {
        let tokens = context.text.tokens
        guard tokens[index].isCapitalizedWord, let title = pluralTitles.longestMatch(in: tokens, at: index, limit: range.upperBound),
              tokens[title.tokens.upperBound - 1].text.hasSuffix("s") else { return nil }
        var names: [Range<Int>] = []
        var cursor = title.tokens.upperBound
        var lastItem = false
        while cursor < range.upperBound, tokens[cursor].isCapitalizedWord {
            let end = nameWords(tokens, from: cursor, limit: range.upperBound)
            // (One everyday word or letter is no name: "Officers Seize Guns, Drugs and Cash", a title-case line.)
            guard end > cursor, !(end == cursor + 1 && (isEverydayWord(tokens[cursor].text) || tokens[cursor].text.count == 1)),
                  !tokens[cursor..<end].contains(where: { NameLexicon.isOrganisationHead($0.text) }),
                  !(end < range.upperBound && NameLexicon.isOrganisationHead(tokens[end].text)) else { return nil }
            names.append(cursor..<end)
            // (The item after "and" ends the list: "Senators Hatch and Leahy, Re: S. 2560".)
            if lastItem { break }
            cursor = end
            if cursor < range.upperBound, tokens[cursor].text == "," { cursor += 1 }
            if cursor < range.upperBound, tokens[cursor].text == "and" { cursor += 1; lastItem = true }
            guard cursor > end else { break }
        }
        guard names.count >= 2 else { return nil }
        let role = title.payload.role
        let found = names.map { span in
            Candidate(type: .person, text: context.text.text(of: span), start: tokens[span.lowerBound].start,
                      end: tokens[span.upperBound - 1].end, sentence: tokens[span.lowerBound].sentence, role: role,
                      recognizer: "person.titledlist", confidence: .grammar)
        }
        return (found, names[names.count - 1].upperBound)
    }
}
