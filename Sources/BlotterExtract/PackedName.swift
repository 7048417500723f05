/// A short name (a tag name, a class token) of at most `maximumBytes` bytes packed into two words, with a
/// cheap hash: the key of `NameTable`, which looks names up without making a String or running SipHash.
struct PackedName: Equatable, Sendable {
    static let maximumBytes = 16

    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    private(set) var count: Int = 0

    /// Nil when the bytes are longer than `maximumBytes`.
    init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count <= Self.maximumBytes else { return nil }
        for byte in bytes { append(byte) }
    }

    /// The bytes of a NUL-terminated string; nil when it is longer than `maximumBytes`.
    init?(cString: UnsafePointer<UInt8>) {
        var cursor = cString
        while cursor.pointee != 0 {
            guard count < Self.maximumBytes else { return nil }
            append(cursor.pointee)
            cursor += 1
        }
    }

    private mutating func append(_ byte: UInt8) {
        if count < 8 { low |= UInt64(byte) << UInt64(8 * count) } else { high |= UInt64(byte) << UInt64(8 * (count - 8)) }
        count += 1
    }

    /// A slot among `1 << bits` (multiplicative hashing of both words and the length).
    func slot(bits: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return Int(truncatingIfNeeded: ((mixed ^ (mixed >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}

/// An open-addressing table from `PackedName` to a value, of fixed size (linear probing); `insert` refuses a
/// name once the table is three quarters full.
struct NameTable<Value> {
    let bits: Int
    private var keys: [PackedName?]
    private var values: [Value?]
    private(set) var count = 0

    init(bits: Int) {
        self.bits = bits
        keys = Array(repeating: nil, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
    }

    func value(for name: PackedName) -> Value? {
        let mask = (1 << bits) - 1
        var slot = name.slot(bits: bits)
        while let key = keys[slot] {
            if key == name { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds or replaces a name's value; false (nothing stored) when the table is too full for a new name.
    @discardableResult
    mutating func insert(_ value: Value, for name: PackedName) -> Bool {
        let mask = (1 << bits) - 1
        var slot = name.slot(bits: bits)
        while let key = keys[slot] {
            if key == name {
                values[slot] = value
                return true
            }
            slot = (slot + 1) & mask
        }
        guard 4 * (count + 1) <= 3 << bits else { return false }
        keys[slot] = name
        values[slot] = value
        count += 1
        return true
    }
}

extension NameTable: Sendable where Value: Sendable {}
