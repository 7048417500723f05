import BlotterCore

/// Currencies named in words or by code around a number: a name of one or more words ("420 million Finnish
/// markka", "10 turkish lira"), a currency's noun alone ("6.65 billion pesetas"), or an ISO 4217 code before or
/// after the number ("EUR 125", "USD 22.5 million", "20 usd", "mxn$ 15"). The names and codes are generated from
/// CLDR (`CurrencyNames`, scripts/build_currencies.py); `FigureLexicon.currencyWords` adds informal words
/// ("quid", "bucks") and the preferred reading of shared nouns.
enum CurrencyGrammar {
    /// The currency written at `index` right after a number, and one past its last token.
    static func after(_ tokens: [Token], at index: Int, limit: Int) -> (code: String, end: Int)? {
        guard index < limit else { return nil }
        if let name = longestName(tokens, at: index, limit: limit) { return name }
        let token = tokens[index]
        if let code = FigureLexicon.currencyWords[token.lower] ?? CurrencyNames.nouns[token.lower] { return (code, index + 1) }
        if let code = code(token) { return (code, index + 1) }
        return nil
    }

    /// A code written before the number: "EUR 125", "usd 200", "USD 22.5 million", and "mxn$ 15", "cad$ 15".
    /// Returns the code and where the number starts.
    static func before(_ tokens: [Token], at index: Int, limit: Int) -> (code: String, numberAt: Int)? {
        // Most tokens are no currency: look only where a number (or "$", "." before one) follows.
        guard index + 1 < limit, tokens[index].kind == .word else { return nil }
        let next = tokens[index + 1]
        guard next.kind == .number || next.text == "$" || next.text == "." || next.kind == .word else { return nil }
        if next.kind == .word, next.lower.utf8.count < 3 || FigureLexicon.numberWords[next.lower] == nil { return nil }
        // A symbol of letters: "MK2,000", "Ksh 500", "Rs 90 crore", "Rs.1,600 crore".
        if let code = letterSymbol(tokens[index].text) {
            var numberAt = index + 1
            if tokens[numberAt].text == ".", !tokens[numberAt].spaceBefore, numberAt + 1 < limit { numberAt += 1 }
            // A symbol of one letter only glued to its number ("R15 million", "P3.5 million"; not "grade P 5").
            if CurrencyLetterSymbols.isSingleLetter(tokens[index].text), tokens[numberAt].spaceBefore { return nil }
            return tokens[numberAt].kind == .number ? (code, numberAt) : nil
        }
        guard let code = code(tokens[index]) else { return nil }
        if tokens[index + 1].text == "$", !tokens[index + 1].spaceBefore, index + 2 < limit { return (code, index + 2) }
        guard tokens[index + 1].kind == .number || tokens[index + 1].kind == .word else { return nil }
        return (code, index + 1)
    }

    /// The code of a currency symbol of letters: CLDR's ("MK", "Ksh", "Rs") or the press's ("Sh", "Dh", "R", "P").
    static func letterSymbol(_ text: String) -> String? {
        CurrencyNames.letterSymbols[text] ?? CurrencyLetterSymbols.press[text]
    }

    /// A name of two or more words at `index` ("finnish markka", "us dollars"), longest first.
    static func longestName(_ tokens: [Token], at index: Int, limit: Int) -> (code: String, end: Int)? {
        guard index + 1 < limit, tokens[index].kind == .word, tokens[index + 1].kind == .word,
              nameFirstWords.contains(tokens[index].lower) else { return nil }
        var words = [tokens[index].lower]
        var cursor = index + 1
        while cursor < limit, words.count < CurrencyNames.longestName, tokens[cursor].kind == .word, tokens[cursor].spaceBefore {
            words.append(tokens[cursor].lower)
            cursor += 1
        }
        var count = words.count
        while count >= 2 {
            if let code = CurrencyNames.names[words[0..<count].joined(separator: " ")] { return (code, index + count) }
            count -= 1
        }
        return nil
    }

    /// The first words of the names, so that most words after a number are refused by one lookup.
    static let nameFirstWords: Set<String> = Set(CurrencyNames.names.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// Superseded codes the press still writes for today's currency: Ghana's papers write "GHC 7.5 million" for cedis
    /// (GHS since 2007; session 15, batch12's tune half).
    static let pressCodes: [String: String] = ["GHC": "GHS"]

    /// An ISO 4217 code: three capitals that are no everyday word ("EUR", "DEM"), or in lower case one that is no
    /// word or unit ("usd", not "all" or "cup").
    static func code(_ token: Token) -> String? {
        guard token.kind == .word, token.text.utf8.count == 3 else { return nil }
        if token.text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
            if let current = pressCodes[token.text] { return current }
            return CurrencyNames.codes.contains(token.text) && !CurrencyNames.wordCodes.contains(token.text) ? token.text : nil
        }
        // (not a unit's word: "2.5kgs of herbal cannabis" is no Kyrgyz som; session 24, batch106's tune half)
        return CurrencyNames.lowercaseCodes.contains(token.lower) && FigureLexicon.units[token.lower] == nil ? token.text.uppercased() : nil
    }
}
