import BlotterCore

/// Dates in running text: "27 April", "27th of April 2020", "April 27, 2020", "April 2020", "in 2008".
/// Values are ISO strings; a missing year is "XXXX" (filled from the article's date by `MentionResolver`).
enum DateGrammar {
    static func parse(_ tokens: [Token], at start: Int, limit: Int, sentenceStart: Int) -> (String, Int)? {
        guard start < limit else { return nil }
        let first = tokens[start]
        // Day first: "27 April", "27th April", "27th of April 2020".
        if first.kind == .number, let day = Int(first.text), (1...31).contains(day) {
            var cursor = start + 1
            if cursor < limit, ["st", "nd", "rd", "th"].contains(tokens[cursor].text.lowercased()), !tokens[cursor].spaceBefore { cursor += 1 }
            if cursor < limit, tokens[cursor].text.lowercased() == "of" { cursor += 1 }
            guard cursor < limit, let month = month(tokens[cursor]) else { return nil }
            cursor += 1
            let (year, end) = year(tokens, at: cursor, limit: limit)
            return (format(year: year, month: month, day: day), end)
        }
        // Month first: "April 27", "April 27, 2020", "April 2020".
        if let month = month(first), start + 1 < limit {
            let next = tokens[start + 1]
            if next.kind == .number, let day = Int(next.text), (1...31).contains(day) {
                var cursor = start + 2
                if cursor < limit, ["st", "nd", "rd", "th"].contains(tokens[cursor].text.lowercased()), !tokens[cursor].spaceBefore { cursor += 1 }
                let (year, end) = year(tokens, at: cursor, limit: limit)
                return (format(year: year, month: month, day: day), end)
            }
            if next.kind == .number, next.text.count == 4, let year = Int(next.text), (1900...2100).contains(year) {
                return ("\(year)-" + two(month), start + 2)
            }
            return nil
        }
        // A year after a preposition: "in 2008", "since 2015".
        if first.kind == .number, first.text.count == 4, let year = Int(first.text), (1900...2100).contains(year),
           start > sentenceStart, FigureLexicon.yearPrepositions.contains(tokens[start - 1].text.lowercased()) {
            return (String(year), start + 1)
        }
        return nil
    }

    /// Month names are capitalised in English; "May" and "March" only count next to a number.
    private static func month(_ token: Token) -> Int? {
        guard token.kind == .word, token.text.first?.isUppercase == true else { return nil }
        return FigureLexicon.months[token.text.lowercased()]
    }

    private static func year(_ tokens: [Token], at index: Int, limit: Int) -> (Int?, Int) {
        var cursor = index
        if cursor < limit, tokens[cursor].text == "," { cursor += 1 }
        if cursor < limit, tokens[cursor].kind == .number, tokens[cursor].text.count == 4,
           let year = Int(tokens[cursor].text), (1900...2100).contains(year) {
            return (year, cursor + 1)
        }
        return (nil, index)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func format(year: Int?, month: Int, day: Int) -> String {
        (year.map(String.init) ?? "XXXX") + "-" + two(month) + "-" + two(day)
    }
}

/// Ages after a number: "-year-old", "-years-old", "years old", "year-old".
enum AgeGrammar {
    static func end(_ tokens: [Token], afterNumber index: Int, limit: Int) -> Int? {
        var cursor = index
        if cursor < limit, tokens[cursor].text == "-" { cursor += 1 }
        guard cursor < limit, ["year", "years", "yr"].contains(tokens[cursor].text.lowercased()) else { return nil }
        cursor += 1
        if cursor < limit, tokens[cursor].text == "-" { cursor += 1 }
        guard cursor < limit, tokens[cursor].text.lowercased() == "old" else { return nil }
        return cursor + 1
    }
}
