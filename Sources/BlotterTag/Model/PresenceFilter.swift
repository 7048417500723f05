/// A blocked Bloom filter over 64-bit feature hashes: "certainly absent" or "maybe present", from one 64-bit word.
/// The word is chosen by the hash's top bits and two bits in it by two middle bit fields, so it shares no bits with
/// `PackedWeights`' slot index (the low bits). Sized at `bitsPerKey` bits per key, rounded up to a power of two.
struct PresenceFilter: Sendable {
    private let words: [UInt64]
    private let shift: UInt64

    /// Bits per key. At 16 (a word holds 4 keys on average, 8 bits set of 64) about 2% of absent features pass; the
    /// filter of the 90k-feature model is 256 KB, which stays in a core's L2 cache beside the tagger's other data.
    static let bitsPerKey = 16

    init(keys: [UInt64]) {
        var count = 1
        while count * 64 < keys.count * Self.bitsPerKey { count <<= 1 }
        shift = UInt64(64 - count.trailingZeroBitCount)
        var words = [UInt64](repeating: 0, count: count)
        for key in keys { words[Self.index(key, shift)] |= Self.bits(key) }
        self.words = words
    }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bits = Self.bits(key)
        return words.withUnsafeBufferPointer { $0[Self.index(key, shift)] } & bits == bits
    }

    @inline(__always)
    private static func index(_ key: UInt64, _ shift: UInt64) -> Int {
        shift >= 64 ? 0 : Int(truncatingIfNeeded: key >> shift)
    }

    @inline(__always)
    private static func bits(_ key: UInt64) -> UInt64 {
        (1 << ((key >> 24) & 63)) | (1 << ((key >> 32) & 63))
    }
}
