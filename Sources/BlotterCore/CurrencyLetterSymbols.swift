/// Currency symbols of letters that news writes glued to the number ("RM20,000", "MK2,000", "R15 million",
/// "P3.5 million", "Sh90 million", "Dh3,000"): the segmenter splits them off so the figure grammar reads a symbol
/// and a number, as it does when a space stands between them. The CLDR symbols of `CurrencyNames.letterSymbols`
/// (tagging) come from `CurrencyGlued`, which scripts/build_currencies.py generates with them, beside the press's
/// own forms and the codes they mean. Session 14: batches 30-32's tune halves lost eight sums so ("RM", "R", "P",
/// "Sh", "Dh").
public enum CurrencyLetterSymbols {
    /// Symbols the press writes that CLDR's English locales do not, and their ISO 4217 codes.
    public static let press: [String: String] = [
        "Sh": "KES", "KSh": "KES", "Kshs": "KES", "Dh": "AED", "Dhs": "AED", "Tk": "BDT", "R": "ZAR", "P": "PHP",
        // (session 20, batch83's tune half: Nigerian naira "N1.6 billion", Zambian kwacha "K500,000"; the country of
        // the story picks among the letter's currencies, `LocalLetterCurrency`)
        "N": "NGN", "K": "ZMW",
        // (session 25, batch109's tune half: Gambian dalasi "D500,000", only on a page naming the Gambia,
        // `LocalLetterCurrency.needsCountry`; Rwandan francs "Rwf500,000"; six sums lost. Not "CFA": two countries'
        // francs, and a finance exam's name, "the CFA 2024 Level I exam", the second read's case)
        "D": "GMD", "Rwf": "RWF", "Frw": "RWF",
    ]
    /// Every symbol split off a number glued to it: the press's, CLDR's letter symbols and the current ISO 4217 codes
    /// (`CurrencyGlued`, generated; "VND2 trillion", "USD5,000": session 15, batch35's tune half lost a Vietnamese sum).
    public static let glued: Set<String> = Set(press.keys).union(CurrencyGlued.letterSymbols).union(CurrencyGlued.codes)
    /// Symbols of one letter are split only when the number is plainly a sum: a separator in it ("P3.5", "R1,500") or
    /// a multiplier after it ("R15 million"); not "P45" (a form), "R18" (a rating), "N95" (a mask).
    public static func isSingleLetter(_ symbol: String) -> Bool { symbol.utf8.count == 1 }
    /// An ISO 4217 code that is no symbol of letters ("USD", "VND"; not "RMB").
    public static func isCodeOnly(_ symbol: String) -> Bool {
        CurrencyGlued.codes.contains(symbol) && press[symbol] == nil && !CurrencyGlued.letterSymbols.contains(symbol)
    }
    public static let multipliers: [String] = ["million", "billion", "trillion", "bn", "m ", "crore", "lakh"]
    /// Multipliers glued to the end of the sum itself ("R2.8bn", "R5.1m", "KSh2.5m", "N2.5bn"; session 22: South
    /// African, Kenyan and Nigerian sums of batch99's tune half stayed whole words and were lost).
    public static let gluedMultipliers: Set<String> = ["m", "mn", "bn", "b", "tn", "k"]
}
