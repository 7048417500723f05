/// The case of a token's word, read once when the token is made: every recogniser asks whether a token is a
/// capitalised word, an acronym or a lower-case word many times, and answering from the characters each time cost
/// 4.4% of a whole run's samples for the ASCII byte scan alone (session 21's profile of modern-web-articles); read once,
/// the tag stage went from 49-54 to 63-64 pages/s in alternating bench pairs.
public struct TokenCase: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// "Malthouse", "O" (from O'Brien), "McDonald": first character upper case, at least one lower case after it or a
    /// single letter.
    public static let capitalized = TokenCase(rawValue: 1)
    /// All capitals or digits with a letter, two characters or more ("NCA", "ERSOU", "G7").
    public static let acronym = TokenCase(rawValue: 2)
    /// First character lower case.
    public static let lowercase = TokenCase(rawValue: 4)

    /// The case of `text` as a token of `kind` (only words have one).
    public static func of(_ text: String, kind: TokenKind) -> TokenCase {
        guard kind == .word else { return [] }
        var count = 0
        var firstUpper = false, firstLower = false, lowerAfterFirst = false, onlyUpperAndDigits = true, hasLetter = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return ofUnicode(text) }
            let upper = byte >= 0x41 && byte <= 0x5A
            let lower = byte >= 0x61 && byte <= 0x7A
            if count == 0 { firstUpper = upper; firstLower = lower } else if lower { lowerAfterFirst = true }
            if !(upper || (byte >= 0x30 && byte <= 0x39)) { onlyUpperAndDigits = false }
            if upper || lower { hasLetter = true }
            count += 1
        }
        var found: TokenCase = []
        if firstUpper && (count == 1 || lowerAfterFirst) { found.insert(.capitalized) }
        if count >= 2 && onlyUpperAndDigits && hasLetter { found.insert(.acronym) }
        if firstLower { found.insert(.lowercase) }
        return found
    }

    /// The same questions for a word with characters outside ASCII, from their Unicode properties.
    private static func ofUnicode(_ text: String) -> TokenCase {
        var found: TokenCase = []
        if let first = text.unicodeScalars.first, first.properties.isUppercase,
           text.count == 1 || text.dropFirst().contains(where: \.isLowercase) {
            found.insert(.capitalized)
        }
        if text.count >= 2, text.allSatisfy({ $0.isUppercase || $0.isNumber }), text.contains(where: \.isLetter) { found.insert(.acronym) }
        if text.first?.isLowercase == true { found.insert(.lowercase) }
        return found
    }
}
