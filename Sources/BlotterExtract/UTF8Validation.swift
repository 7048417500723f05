/// Whether bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
/// U+10FFFF), without building a String: `String(validating:)` copied every page only to throw the copy away,
/// and pages are mostly ASCII, which is skipped eight bytes at a time.
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            @inline(__always) func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                index + offset < count && range.contains(base[index + offset])
            }
            while index < count {
                if index + 8 <= count,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = base[index]
                switch lead {
                case 0x00...0x7F:
                    index += 1
                case 0xC2...0xDF:
                    guard continuation(1) else { return false }
                    index += 2
                case 0xE0:
                    guard continuation(1, 0xA0...0xBF), continuation(2) else { return false }
                    index += 3
                case 0xE1...0xEC, 0xEE...0xEF:
                    guard continuation(1), continuation(2) else { return false }
                    index += 3
                case 0xED:
                    guard continuation(1, 0x80...0x9F), continuation(2) else { return false }
                    index += 3
                case 0xF0:
                    guard continuation(1, 0x90...0xBF), continuation(2), continuation(3) else { return false }
                    index += 4
                case 0xF1...0xF3:
                    guard continuation(1), continuation(2), continuation(3) else { return false }
                    index += 4
                case 0xF4:
                    guard continuation(1, 0x80...0x8F), continuation(2), continuation(3) else { return false }
                    index += 4
                default:
                    return false
                }
            }
            return true
        }
    }
}

/// Pages that are UTF-8 but for a few stray bytes (a windows-1252 "£" or "™" pasted into a UTF-8 page, a
/// truncated sequence). Before, one 0xFF byte in a page declaring UTF-8 sent the whole page to windows-1252:
/// "Kathryn Hollöway" became "Kathryn HollÃ¶way" and "£180,000" became "Â£180,000" (issue 21).
enum MostlyUTF8 {
    /// How the bytes split: well-formed sequences of two to four bytes, and ill-formed sequences (each
    /// maximal ill-formed subpart counted once, as the WHATWG decoder replaces it).
    struct Profile: Equatable {
        var multibyte = 0
        var invalid = 0
    }

    /// When the page declares UTF-8 (transport or `<meta>`): UTF-8 if it has at least as many well-formed
    /// multi-byte sequences as ill-formed ones. Otherwise it takes `undeclaredRatio` times as many. Of the
    /// 142 development pages (all five extraction sets, corpus/, the other shared pages) that are not valid
    /// UTF-8, 139 have no well-formed multi-byte sequence at all (windows-1252 and other 8-bit pages, which keep
    /// their decoding); dragnet-dev T19 (13 against 11, "PITFALL!™", "$4.99/£2.99" in windows-1252 bytes) and
    /// T31 (61 against 10) declare UTF-8 and are UTF-8 pages with stray bytes; cleaneval-dev final-621 (11
    /// against 78) is EUC-KR. Measured 2026-12-05.
    static let undeclaredRatio = 4

    static func isMostlyUTF8(_ profile: Profile, declaredUTF8: Bool) -> Bool {
        guard profile.multibyte > 0 else { return false }
        return declaredUTF8 ? profile.multibyte >= profile.invalid : profile.multibyte >= undeclaredRatio * profile.invalid
    }

    static func profile(_ bytes: [UInt8]) -> Profile {
        var profile = Profile()
        walk(bytes) { length in
            if length > 1 { profile.multibyte += 1 } else if length < 0 { profile.invalid += 1 }
        }
        return profile
    }

    /// The bytes with every ill-formed byte replaced by its windows-1252 character (the usual source of a
    /// stray byte in a UTF-8 page), U+FFFD for the five bytes windows-1252 leaves undefined.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var index = 0
        walk(bytes) { length in
            if length > 0 {
                out.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                for byte in bytes[index..<(index - length)] {
                    let scalar = windows1252(byte)
                    out.append(contentsOf: String(Character(scalar)).utf8)
                }
                index -= length
            }
        }
        return out
    }

    /// Calls `visit` with the length of each sequence in order: positive for a well-formed one (1 for ASCII),
    /// negative (minus its length) for a maximal ill-formed subpart.
    private static func walk(_ bytes: [UInt8], _ visit: (Int) -> Void) {
        let count = bytes.count
        var index = 0
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        while index < count {
            let lead = bytes[index]
            var length = 0
            var needed = 0
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: needed = 2
            case 0xE0: needed = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: needed = 3
            case 0xED: needed = 3; second = 0x80...0x9F
            case 0xF0: needed = 4; second = 0x90...0xBF
            case 0xF1...0xF3: needed = 4
            case 0xF4: needed = 4; second = 0x80...0x8F
            default: length = -1
            }
            if needed > 0 {
                // Well-formed, or the maximal subpart: the lead and the continuation bytes that fit.
                var valid = continuation(1, second) ? 2 : 1
                while valid < needed, continuation(valid) { valid += 1 }
                length = valid == needed ? needed : -valid
            }
            visit(length)
            index += abs(length)
        }
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
