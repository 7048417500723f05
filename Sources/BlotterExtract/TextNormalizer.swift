/// White-space and invisible-character normalisation for extracted text.
enum TextNormalizer {
    /// What `<br>` inserts while a block is read; source new lines are plain white space.
    static let lineBreak: Unicode.Scalar = "\u{2028}"

    /// `text.unicodeScalars.count`, from the UTF-8 bytes: every byte that does not continue a multi-byte
    /// sequence starts a scalar (a String's UTF-8 is always valid). Walking the scalar view was 0.6% of
    /// extraction time.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Collapses white space (NBSP and other Unicode spaces included) to single spaces, keeps `lineBreak`
    /// (from `<br>`) as single `\n`, drops soft hyphens and zero-width characters, trims.
    static func normalize(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { normalize(utf8: $0) }
    }

    /// What a character does to the normalised text.
    private enum Effect { case keep, space, newline, drop }

    /// The effect of the (valid) UTF-8 sequence of `length` bytes at `index`: the white space, invisible and
    /// control characters listed in `normalize` are recognised by their bytes, so the text is never decoded.
    private static func effect(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Effect {
        let lead = bytes[index]
        switch length {
        case 1:
            switch lead {
            case 0x0A, 0x09, 0x0D, 0x20, 0x0B, 0x0C: return .space
            case 0x00...0x08, 0x0E...0x1F, 0x7F: return .drop
            default: return .keep
            }
        case 2:
            guard lead == 0xC2 else { return .keep }
            switch bytes[index + 1] {
            case 0x85, 0xA0: return .space       // NEL, NBSP
            case 0xAD: return .drop              // soft hyphen
            default: return .keep
            }
        case 3:
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            switch (lead, second) {
            case (0xE1, 0x9A): return third == 0x80 ? .space : .keep                  // U+1680
            case (0xE2, 0x80):
                switch third {
                case 0x80...0x8A, 0xA9, 0xAF: return .space                            // U+2000-200A, 2029, 202F
                case 0x8B, 0x8C, 0x8D: return .drop                                     // zero-width space, (non-)joiner
                case 0xA8: return .newline                                              // U+2028: `lineBreak`
                default: return .keep
                }
            case (0xE2, 0x81): return third == 0x9F ? .space : (third == 0xA0 ? .drop : .keep)  // U+205F, U+2060
            case (0xE3, 0x80): return third == 0x80 ? .space : .keep                  // U+3000
            case (0xEF, 0xBB): return third == 0xBF ? .drop : .keep                   // BOM / ZWNBSP
            default: return .keep
            }
        default:
            return .keep
        }
    }

    /// `normalize` on the string's bytes: runs of white space become one space (or one new line when a
    /// `lineBreak` is among them), invisible characters go, leading and trailing white space goes.
    private static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Written straight into the new String's storage (never longer than the input): an array appended
        // byte by byte, then copied into a String, was 2% of extraction time.
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var written = 0
            var pendingSpace = false
            var pendingNewline = false
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : (lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2))
                guard index + length <= count else { break }  // cannot happen in a valid String
                // Printable ASCII (most of any text) is kept: `effect` need not be asked.
                switch lead >= 0x21 && lead <= 0x7E ? .keep : effect(bytes, index, length) {
                case .space: pendingSpace = true
                case .newline: pendingNewline = true
                case .drop: break
                case .keep:
                    // A separator is only written between kept characters, so the output never outgrows the input.
                    if written > 0 {
                        if pendingNewline {
                            out[written] = 0x0A
                            written += 1
                        } else if pendingSpace {
                            out[written] = 0x20
                            written += 1
                        }
                    }
                    pendingSpace = false
                    pendingNewline = false
                    for offset in 0..<length { out[written + offset] = bytes[index + offset] }
                    written += length
                }
                index += length
            }
            return written
        }
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
