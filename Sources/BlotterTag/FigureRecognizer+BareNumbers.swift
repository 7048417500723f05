import BlotterCore

extension FigureRecognizer {
    /// Numbers with nothing counted after them that are still figures: a hedged number ("no less than 194", "more
    /// than 100 were arrested", `qualifier` set) and a range opened by "between" or "from" ("between 20 and 30",
    /// "from 200 to 3000000": one figure, `value` and `valueMax`). Both are counts without `of`; years, times of
    /// day and numbers before a word that is counted are read by other rules.
    func bareCount(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        let tokens = cursor.tokens, limit = cursor.limit, end = number.end
        guard Self.endsBareNumber(tokens, at: end, limit: limit) || Self.opensBareRange(tokens, cursor, at: end) else { return nil }
        if cursor.rangeEnds, let (high, highEnd) = bareRangeEnd(cursor, number) {
            var facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: cursor.qualifier)
            facts.valueMax = high
            let spanStart = cursor.qualifier == nil ? cursor.start - 1 : cursor.start
            return .figure(make(tokens, spanStart..<highEnd, facts, context: cursor.context), highEnd)
        }
        // Hedges that are also prepositions stay out: "all under 18" and "over 65" name ages, "at about 10" a time.
        guard cursor.qualifier != nil, cursor.afterQualifier > cursor.start,
              !FigureLexicon.prepositionHedges.contains(tokens[cursor.start].lower) || cursor.afterQualifier > cursor.start + 1,
              Self.endsBareNumber(tokens, at: end, limit: limit) else { return nil }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: cursor.qualifier)
        return .figure(make(tokens, cursor.start..<end, facts, context: cursor.context), end)
    }

    /// The high end of "between 20 and 30" / "from 200 to 3000000" after the low end `number`.
    private func bareRangeEnd(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> (Double, Int)? {
        let tokens = cursor.tokens, limit = cursor.limit, end = number.end
        guard Self.opensBareRange(tokens, cursor, at: end), let high = numbers.parse(tokens, at: end + 1, limit: limit),
              high.value > number.value, !Self.isYear(high), Self.endsBareNumber(tokens, at: high.end, limit: limit) else { return nil }
        return (high.value, high.end)
    }

    /// "between N and", "from N to" with the opener right before the number (no hedge between them).
    static func opensBareRange(_ tokens: [Token], _ cursor: FigureCursor, at end: Int) -> Bool {
        guard end + 1 < cursor.limit, cursor.qualifier == nil, cursor.start == cursor.numberStart,
              let opener = rangeOpener(tokens, before: cursor.start, sentenceStart: cursor.sentenceStart) else { return false }
        return tokens[end].lower == (opener == "between" ? "and" : "to")
    }

    /// Where a bare number may end: the sentence's end, punctuation, or a word that counts nothing ("and", "in",
    /// "were": "more than 100 were arrested").
    static func endsBareNumber(_ tokens: [Token], at end: Int, limit: Int) -> Bool {
        guard end < limit else { return true }
        let next = tokens[end]
        if next.kind == .punctuation { return !["%", "°", "$", "£", "€", "-", "/", ":"].contains(next.text) }
        return next.isLowercaseWord && FigureLexicon.ofStopWords.contains(next.lower) && !FigureLexicon.timeOfDay.contains(next.lower)
    }

    static func isYear(_ number: NumberParser.Parsed) -> Bool {
        guard number.inDigits, let digits = number.digitsText, digits.count == 4, !digits.contains(",") else { return false }
        return CalendarWords.years.contains(Int(number.value))
    }
}
