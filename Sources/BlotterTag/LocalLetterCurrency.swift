import BlotterCore

/// "P50,000" in a story from Gaborone is Botswana pula, "K500,000" in one from Lusaka Zambian kwacha: a currency
/// symbol of one letter, glued to its number (`CurrencyLetterSymbols.press`: "R", "P", "K", "N"), takes the currency
/// of that letter of the country the document names most often among those that write it, as `LocalRupee` does for
/// "Rs". Without such a country the press's default stays ("P" the peso, "K" the kwacha of Zambia). Session 20: the
/// tune half of batch83 had Zambian, Nigerian and Botswanan sums read as nothing or as another country's.
enum LocalLetterCurrency {
    /// Countries writing each single-letter symbol (ISO 3166-1 alpha-2 → ISO 4217).
    static let byLetter: [String: [String: String]] = [
        "P": ["PH": "PHP", "BW": "BWP", "MO": "MOP"],
        "K": ["ZM": "ZMW", "MW": "MWK", "PG": "PGK", "MM": "MMK", "LA": "LAK"],
        "R": ["ZA": "ZAR", "NA": "NAD", "LS": "LSL", "SZ": "SZL"],
        "N": ["NG": "NGN"],
        "D": ["GM": "GMD"],
    ]
    /// Letters that are a sum only on a page naming one of their countries: "D500,000" in a Gambian story, never
    /// "Table D1.1" or "Figure D2.3" (the second read's cases; session 25).
    static let needsCountry: Set<String> = ["D"]

    static func apply(_ entities: [Candidate]) -> [Candidate] {
        guard entities.contains(where: { $0.type == .figure && $0.figure?.kind == .money && letter(of: $0.text) != nil }) else { return entities }
        // The story's currency for each letter, read once (no "home" country: any named country of the letter counts).
        let local = byLetter.compactMapValues { LocalDollar.storyCurrency(entities, among: $0, over: nil, amongAllCountries: false) }
        return entities.compactMap { entity in
            guard entity.type == .figure, entity.figure?.kind == .money, let symbol = letter(of: entity.text) else { return entity }
            guard let code = local[symbol] else { return needsCountry.contains(symbol) ? nil : entity }
            guard code != entity.figure?.unit else { return entity }
            var localSum = entity
            localSum.figure?.unit = code
            return localSum
        }
    }

    /// The single-letter symbol of a sum's text ("P50,000", "about K2 million", "R 625 000"), if any: a word that is
    /// the letter alone or the letter glued to a digit.
    static func letter(of text: String) -> String? {
        for word in text.split(separator: " ") {
            guard let first = word.first, byLetter[String(first)] != nil else { continue }
            if word.count == 1 || word.dropFirst().first?.isNumber == true { return String(first) }
        }
        return nil
    }
}
