import BlotterCore

extension FigureRecognizer {
    /// The percent word written before its number: "percent of 10", "per cent of twenty", "percentage of 30"
    /// (10%, 20%, 30%). Not after a determiner or a number ("the percentage of 30 students", "5 percent of 10").
    func percentOf(_ cursor: FigureCursor) -> Outcome? {
        let tokens = cursor.tokens, limit = cursor.limit, at = cursor.afterQualifier
        guard at < limit, let ofAt = Self.percentWordEnd(tokens, at: at, limit: limit), ofAt + 1 < limit, tokens[ofAt].lower == "of" else {
            return nil
        }
        if at > cursor.sentenceStart {
            let before = tokens[at - 1]
            if before.kind == .number || FigureLexicon.numberWords[before.lower] != nil || FigureLexicon.percentDeterminers.contains(before.lower) {
                return nil
            }
        }
        // "percent of 10" ends there or at punctuation: "percent of 10 officers" counts officers.
        guard let number = numbers.parse(tokens, at: ofAt + 1, limit: limit),
              number.end >= limit || tokens[number.end].kind == .punctuation else { return nil }
        let facts = FigureFacts(kind: .percent, value: .number(number.value), unit: "%", qualifier: cursor.qualifier)
        return .figure(make(tokens, cursor.start..<number.end, facts, context: cursor.context), number.end)
    }

    /// The end of a percent word at `index`: "percent", "percents", "percentage", "per cent", "per cents".
    static func percentWordEnd(_ tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard tokens[index].kind == .word else { return nil }
        switch tokens[index].lower {
        case "percent", "percents", "percentage": return index + 1
        case "per": return index + 1 < limit && (tokens[index + 1].lower == "cent" || tokens[index + 1].lower == "cents") ? index + 2 : nil
        default: return nil
        }
    }
}
