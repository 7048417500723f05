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
