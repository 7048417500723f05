import CLibXML2

/// Character references left in text that should hold none: CMSs escape JSON-LD strings and `<meta content>`
/// values twice ("Wedding Planning Tools &#8211; Caterer…", "Top Local &amp; Long-Distance"), so the parsed value
/// still carries them. Named references are looked up in libxml2's HTML 4 table.
enum HTMLEntities {
    /// The longest reference name read (HTML 4's longest is 8 letters, "thetasym").
    static let maximumNameLength = 10

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (scalar, length) = reference(in: bytes, at: index) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                index += length
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character of the reference starting at `start` ("&amp;", "&#8211;", "&#x2019;") and its length in bytes.
    private static func reference(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= maximumNameLength + 2, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = bytes[(start + 1)..<end]
        let value: UInt32?
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
                value = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
            } else {
                value = UInt32(String(decoding: digits, as: UTF8.self), radix: 10)
            }
        } else {
            guard body.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
            let name = Array(body) + [0]
            value = name.withUnsafeBufferPointer { buffer in htmlEntityLookup(buffer.baseAddress).map { UInt32($0.pointee.value) } }
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end - start + 1)
    }
}
