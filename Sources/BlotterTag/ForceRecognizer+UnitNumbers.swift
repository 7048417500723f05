import BlotterCore

extension ForceRecognizer {
    /// Unit heads a number may follow as part of the unit's name: "Crime Branch Unit 9" (session 19, batch76's tune
    /// half: Mumbai's crime branch writes its units so), "Strike Team 2", "Battalion 15".
    static let numberedUnitHeads: Set<String> = ["Unit", "Squad", "Team", "Battalion", "Company", "Brigade", "Detachment", "Zone",
                                                 "Region", "Division", "Cell", "Wing", "Group", "Section"]
    /// The most digits of such a number.
    static let unitNumberMaximumDigits = 2

    /// A force ending in a unit head with a short number right after it, the number joined to it ("Crime Branch Unit
    /// 9 had arrested …"); not when the number counts the next word ("the Gang Unit 24 hours a day", "Team 2
    /// officers"), and not before a unit, a percent or a time.
    func withUnitNumbers(_ candidates: [Candidate], tokens: [Token], context: TagContext) -> [Candidate] {
        candidates.map { candidate in
            guard let last = MentionResolver.tokenEnding(at: candidate.end, in: tokens), Self.numberedUnitHeads.contains(tokens[last].text),
                  last + 1 < tokens.count, tokens[last + 1].sentence == tokens[last].sentence, tokens[last + 1].kind == .number,
                  tokens[last + 1].spaceBefore, tokens[last + 1].text.utf8.count <= Self.unitNumberMaximumDigits,
                  tokens[last + 1].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  !Self.countsNextWord(after: last + 1, tokens: tokens),
                  let first = MentionResolver.tokenStarting(at: candidate.start, in: tokens)
            else { return candidate }
            var extended = candidate
            extended.end = tokens[last + 1].end
            extended.text = context.text.text(of: first..<(last + 2))
            if let name = candidate.name, name.hasSuffix(tokens[last].text) { extended.name = name + " " + tokens[last + 1].text }
            // A numbered unit is a body of its own: a slug of its name, and a table's body becomes its parent
            // ("Rapid Action Battalion 10" under the table's battalion), never a table id with a number on it.
            extended.canonical = Slug.make(extended.name ?? extended.text)
            if candidate.recognizer == "force.gazetteer", candidate.parent == nil, let canonical = candidate.canonical {
                extended.parent = canonical
                extended.recognizer = "force.unit"
            }
            return extended
        }
    }

    /// The token after a number reads as what it counts: a lower-case word other than a verb's or a preposition's
    /// few common forms, a percent sign, a decimal or a month.
    static func countsNextWord(after number: Int, tokens: [Token]) -> Bool {
        guard number + 1 < tokens.count, tokens[number + 1].sentence == tokens[number].sentence else { return false }
        let next = tokens[number + 1]
        if next.text == "%" || next.text == ":" { return true }
        if next.text == ".", !next.spaceBefore, number + 2 < tokens.count, tokens[number + 2].sentence == next.sentence,
           tokens[number + 2].kind == .number, !tokens[number + 2].spaceBefore { return true }
        // ("the Gang Unit 3 June operation": a date.)
        if CalendarWords.months[next.lower] != nil { return true }
        guard next.kind == .word, next.text.first?.isLowercase == true else { return false }
        return !Self.wordsAfterAUnitNumber.contains(next.lower)
    }

    /// Lower-case words that follow a unit's name, not a count: verbs and prepositions ("Unit 9 had arrested",
    /// "Team 2 in Mumbai").
    static let wordsAfterAUnitNumber: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "will", "would", "said", "says",
                                                     "arrested", "seized", "raided", "recovered", "found", "nabbed", "busted", "held",
                                                     "in", "of", "at", "on", "and", "or", "with", "from", "for", "to", "by", "which",
                                                     "who", "that"]
}
