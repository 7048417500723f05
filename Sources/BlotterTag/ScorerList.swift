import BlotterCore

/// Goal scorers in sports results, written as surnames with the minute: "Arsenal 2 ( Wright 23 , Platt 67 )",
/// "Scorers : Klinsmann 34 , Scholl 71". Newswire prints pages of these; each surname is a person no other rule
/// finds (one unknown word with no title or given name).
enum ScorerList {
    /// Labels that introduce a list of scorers.
    static let labels: Set<String> = ["Scorers", "Scorer", "Goalscorers", "Goalscorer", "SCORERS", "SCORER"]
    /// A score before "(" is a small number after a capitalised word (the team): "Arsenal 2 (".
    static let maximumScore = 20
    /// Words that take a number but are no names ("Table 3", "Figure 2"), and the parties and votes of a tally
    /// written the same way ("12 seats ( Labour 8 , Conservative 4 )").
    static let numberedThings: Set<String> = ["Table", "Figure", "Fig", "Chapter", "Page", "Room", "Route", "Article",
                                              "Exhibit", "Appendix", "Step", "Level", "Round", "Game", "Stage", "Week",
                                              "Labour", "Conservative", "Conservatives", "Liberal", "Democrat", "Democrats",
                                              "Republican", "Republicans", "Green", "Greens", "Independent", "Independents",
                                              "Yes", "Against", "Abstain", "Abstentions"]

    static func addPeople(_ entities: [Candidate], text: SegmentedText, covered: inout Coverage) -> [Candidate] {
        let tokens = text.tokens
        var result = entities
        for sentence in text.sentences {
            let limit = sentence.tokens.upperBound
            var index = sentence.tokens.lowerBound
            while index < limit {
                var start: Int?
                var closing: String?
                if labels.contains(tokens[index].text), index + 1 < limit, tokens[index + 1].text == ":" {
                    start = index + 2
                } else if tokens[index].text == "(", index >= sentence.tokens.lowerBound + 2, tokens[index - 1].kind == .number,
                          let score = Int(tokens[index - 1].text), score <= maximumScore, tokens[index - 2].isCapitalizedWord {
                    start = index + 1
                    closing = ")"
                }
                guard let first = start, let items = scorers(tokens, from: first, limit: limit, closing: closing) else {
                    index += 1
                    continue
                }
                for item in items { result.appendPerson(item, text: text, recognizer: "person.scorer", covered: &covered) }
                index = items.last?.upperBound ?? index + 1
            }
        }
        return result
    }

    /// The name spans of a scorer list ("Wright 23 , Platt 67"), or nil when anything in it is not a scorer:
    /// each item is one to three name words and a minute ("23", "90+2", "pen"), items separated by "," or ";".
    static func scorers(_ tokens: [Token], from start: Int, limit: Int, closing: String?) -> [Range<Int>]? {
        var items: [Range<Int>] = []
        var cursor = start
        while cursor < limit {
            var end = cursor
            while end < limit, end - cursor < 3, ListConsistency.isNameWord(tokens[end]), !numberedThings.contains(tokens[end].text) { end += 1 }
            guard end > cursor, end < limit, tokens[end].kind == .number else { return nil }
            items.append(cursor..<end)
            var next = end + 1
            // "90+2", "23 pen", "(og)": what may follow the minute.
            while next < limit, ["+", "pen", "penalty", "og", "o.g."].contains(tokens[next].text) || tokens[next].kind == .number { next += 1 }
            guard next < limit else { return closing == nil ? items : nil }
            if let closing, tokens[next].text == closing { return items }
            if closing == nil, [".", "\n"].contains(tokens[next].text) { return items }
            guard [",", ";"].contains(tokens[next].text) else { return nil }
            cursor = next + 1
        }
        return closing == nil && !items.isEmpty ? items : nil
    }
}
