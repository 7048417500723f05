import BlotterCore

/// Small questions asked about tokens by every recogniser.
extension Token {
    /// "Malthouse", "O" (from O'Brien), "McDonald": first character upper case, at least one lower case after
    /// it or a single letter (read once, when the token was made: `TokenCase`).
    var isCapitalizedWord: Bool { letterCase.contains(.capitalized) }

    /// All capitals, two letters or more ("NCA", "ERSOU").
    var isAcronym: Bool { letterCase.contains(.acronym) }

    /// An acronym's plural: "MPs", "PCSOs" (a group of people, never a name).
    var isAcronymPlural: Bool {
        kind == .word && text.count >= 3 && text.hasSuffix("s") && text.dropLast().allSatisfy { $0.isUppercase }
    }

    /// A name's initials as one token: "F.W" (of "F.W. de Klerk"), "W.E.B"; the closing full stop is a token of
    /// its own.
    var isJoinedInitials: Bool {
        kind == .word && text.utf8.count >= 3 && ASCII.areInitials(text.utf8)
    }

    var isLowercaseWord: Bool { letterCase.contains(.lowercase) }

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
