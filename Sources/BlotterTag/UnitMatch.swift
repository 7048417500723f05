import BlotterCore

/// Units of `UnitNames` (generated from quantulum3's unit table) read at a token: the longest name or symbol
/// written there, over tokens joined as written ("km/h", "m²", "sq ft", "miles an hour", "light-years").
enum UnitMatch {
    /// The unit whose name or symbol starts at `index` and spans at least `minimumTokens` tokens, and where it ends.
    static func longest(_ tokens: [Token], at index: Int, limit: Int, minimumTokens: Int = 1) -> (FigureUnit, Int)? {
        guard index < limit, tokens[index].kind != .punctuation || tokens[index].text == "°" else { return nil }
        var written = [String]()
        written.reserveCapacity(UnitNames.longest)
        var text = ""
        var cursor = index
        while cursor < limit, cursor - index < UnitNames.longest {
            if cursor > index, tokens[cursor].spaceBefore { text += " " }
            text += tokens[cursor].text
            written.append(text)
            cursor += 1
        }
        for count in stride(from: written.count, through: minimumTokens, by: -1) {
            let form = written[count - 1]
            if let unit = UnitNames.symbols[form] ?? UnitNames.words[form.lowercased()] {
                // A unit is a whole word: not "GB" of "GBP" (one token) nor "km" before glued letters.
                let end = index + count
                if end < limit, !tokens[end].spaceBefore, tokens[end].kind == .word { continue }
                return (unit, end)
            }
        }
        return nil
    }
}
