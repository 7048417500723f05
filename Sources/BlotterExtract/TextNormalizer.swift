/// White-space and invisible-character normalisation for extracted text.
enum TextNormalizer {
    /// What `<br>` inserts while a block is read; source new lines are plain white space.
    static let lineBreak: Unicode.Scalar = "\u{2028}"

    /// Collapses white space (NBSP and other Unicode spaces included) to single spaces, keeps `lineBreak`
    /// (from `<br>`) as single `\n`, drops soft hyphens and zero-width characters, trims.
    static func normalize(_ raw: String) -> String {
        // Built as UTF-8 bytes: appending to a String's scalar view one scalar at a time was most of the cost.
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        var pendingNewline = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case TextNormalizer.lineBreak.value:
                pendingNewline = true
            case 0x0A, 0x09, 0x0D, 0x20, 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = true
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x00...0x08, 0x0E...0x1F, 0x7F:
                continue
            default:
                if !out.isEmpty {
                    if pendingNewline { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
                }
                pendingSpace = false
                pendingNewline = false
                if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Keeps line structure for `<pre>`: normalises each line, drops empty leading and trailing lines.
    static func normalizePreformatted(_ raw: String) -> String {
        raw.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == Character(lineBreak) })
            .map { normalize(String($0)) }
            .drop(while: { $0.isEmpty })
            .reversed().drop(while: { $0.isEmpty }).reversed()
            .joined(separator: "\n")
    }
}

extension TextNormalizer {
    /// Plain text given as input (JSONL `text`): each paragraph (split on blank lines) normalised, paragraphs
    /// separated by one blank line, single line breaks kept.
    static func normalizeParagraphs(_ raw: String) -> String {
        var paragraphs: [String] = []
        var lines: [String] = []
        func close() {
            if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
            lines = []
        }
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let normalized = normalize(String(line))
            if normalized.isEmpty { close() } else { lines.append(normalized) }
        }
        close()
        return paragraphs.joined(separator: "\n\n")
    }
}
