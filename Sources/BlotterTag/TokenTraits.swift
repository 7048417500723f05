import BlotterCore

/// Small questions asked about tokens by every recogniser.
extension Token {
    /// "Malthouse", "O" (from O'Brien), "McDonald": first character upper case, at least one lower case after
    /// it or a single letter.
    /// (ASCII words are answered from their bytes: the Unicode property look-ups were 5% of the pipeline's CPU.)
    var isCapitalizedWord: Bool {
        guard kind == .word else { return false }
        if let ascii = Self.asciiCase(text) { return ascii.firstUpper && (ascii.count == 1 || ascii.lowerAfterFirst) }
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return text.count == 1 || text.dropFirst().contains(where: \.isLowercase)
    }

    /// All capitals, two letters or more ("NCA", "ERSOU").
    var isAcronym: Bool {
        guard kind == .word else { return false }
        if let ascii = Self.asciiCase(text) { return ascii.count >= 2 && ascii.onlyUpperAndDigits && ascii.hasLetter }
        return text.count >= 2 && text.allSatisfy { $0.isUppercase || $0.isNumber } && text.contains(where: \.isLetter)
    }

    /// The case facts of an all-ASCII word, read from its bytes; nil when it holds any other character.
    private static func asciiCase(_ text: String) -> (count: Int, firstUpper: Bool, lowerAfterFirst: Bool, onlyUpperAndDigits: Bool, hasLetter: Bool)? {
        var count = 0
        var firstUpper = false
        var lowerAfterFirst = false
        var onlyUpperAndDigits = true
        var hasLetter = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let upper = byte >= 0x41 && byte <= 0x5A
            let lower = byte >= 0x61 && byte <= 0x7A
            if count == 0 { firstUpper = upper } else if lower { lowerAfterFirst = true }
            if !(upper || (byte >= 0x30 && byte <= 0x39)) { onlyUpperAndDigits = false }
            if upper || lower { hasLetter = true }
            count += 1
        }
        return (count, firstUpper, lowerAfterFirst, onlyUpperAndDigits, hasLetter)
    }

    /// An acronym's plural: "MPs", "PCSOs" (a group of people, never a name).
    var isAcronymPlural: Bool {
        kind == .word && text.count >= 3 && text.hasSuffix("s") && text.dropLast().allSatisfy { $0.isUppercase }
    }

    /// A name's initials as one token: "F.W" (of "F.W. de Klerk"), "W.E.B"; the closing full stop is a token of
    /// its own.
    var isJoinedInitials: Bool {
        kind == .word && text.utf8.count >= 3 && ASCII.areInitials(text.utf8)
    }

    var isLowercaseWord: Bool { kind == .word && (text.first?.isLowercase ?? false) }

    var isPossessive: Bool { text == "'s" || text == "’s" || text == "'S" || text == "’S" }
}

extension SegmentedText {
    /// The text of a run of tokens, exactly as it stands in the article (spaces and all).
    func text(of span: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: tokens[span.lowerBound].start)
        let end = utf8.index(utf8.startIndex, offsetBy: tokens[span.upperBound - 1].end)
        return String(text[start..<end])
    }
}

/// Canonical ids for names not in the gazetteer: lower case, runs of other characters become "-".
enum Slug {
    static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else if character != "'" && character != "’" {
                pendingDash = true
            }
        }
        return out
    }
}
