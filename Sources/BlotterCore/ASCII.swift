/// Byte-level ASCII helpers for code that reads UTF-8 as bytes: lower-casing that leaves every byte outside
/// A-Z alone (so multi-byte characters pass through intact), and lower-case hex.
public enum ASCII {
    /// `byte` lower-cased when it is an ASCII capital (A-Z); every other byte unchanged.
    @inlinable
    public static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The bytes with their ASCII capitals lower-cased.
    @inlinable
    public static func lowercased<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [UInt8] { bytes.map(lowercased) }

    /// A name's initials written as one word: one capital letter, or capital letters joined by full stops ("F",
    /// "F.W", "W.E.B"; the closing full stop stands apart).
    public static func areInitials<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard !bytes.isEmpty, bytes.count % 2 == 1 else { return false }
        for (offset, byte) in bytes.enumerated() {
            let wanted = offset % 2 == 0 ? byte >= 0x41 && byte <= 0x5A : byte == UInt8(ascii: ".")
            if !wanted { return false }
        }
        return true
    }

    /// The hex digits 0-9, a-f, by value.
    public static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Two lower-case hex digits per byte.
    public static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
