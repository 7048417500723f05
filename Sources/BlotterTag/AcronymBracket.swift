import BlotterCore

/// The bracket in which a page defines an acronym: "(PNE)", or with a gloss on the language of the name the letters
/// stand for, as news about Latin America and Europe writes it: "(PNE, in Spanish)", "(SENAD, for its Spanish
/// acronym)", "(PF, by its initials in Portuguese)" (session 21, batch92's tune half: Diálogo's stories define every
/// agency that way, and "the PNE" after "Ecuadorian National Police (PNE, in Spanish)" went unread).
enum AcronymBracket {
    /// Words of such a gloss; one of them must be there, and the gloss must end in a capitalised language name or
    /// one of `glossEnds`, so "(FBI, in a statement)" is not one.
    static let glossWords: Set<String> = ["in", "acronym", "initials", "abbreviation"]
    static let glossEnds: Set<String> = ["acronym", "initials", "abbreviation"]
    /// "for its acronym in Spanish" is five words.
    static let maximumGlossWords = 6

    /// Endings of the names of languages an acronym is glossed in ("Spanish", "Portuguese", "Italian", "German",
    /// "French", "Dutch", "Arabic", "Greek", "Thai"), so "(CID, in Karachi)" and "(FBI, in Washington)" are no gloss.
    static let languageEndings = ["ish", "ese", "ian", "man", "ench", "utch", "ic", "eek", "ai"]

    static func isLanguageName(_ token: Token) -> Bool {
        token.isCapitalizedWord && languageEndings.contains { token.text.hasSuffix($0) }
    }

    /// The index of the ")" that closes the bracket when the acronym ends right before `index`: `index` itself when
    /// it is ")", else the end of a gloss after a comma; nil when neither.
    static func close(at index: Int, in tokens: [Token], limit: Int) -> Int? {
        guard index < limit else { return nil }
        if tokens[index].text == ")" { return index }
        guard tokens[index].text == "," else { return nil }
        var cursor = index + 1
        var glossed = false
        while cursor < limit, cursor - index <= maximumGlossWords + 1 {
            let token = tokens[cursor]
            if token.text == ")" {
                guard glossed, cursor > index + 1 else { return nil }
                let last = tokens[cursor - 1]
                return isLanguageName(last) || glossEnds.contains(last.lower) ? cursor : nil
            }
            guard token.kind == .word else { return nil }
            if glossWords.contains(token.lower) { glossed = true }
            cursor += 1
        }
        return nil
    }
}
