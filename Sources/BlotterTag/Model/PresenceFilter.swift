/// A blocked Bloom filter over 64-bit feature hashes: "certainly absent" or "maybe present", from one 64-bit word.
/// The word is chosen by the hash's top bits and two bits in it by two middle bit fields, so it shares no bits with
/// `PackedWeights`' slot index (the low bits). Sized at `bitsPerKey` bits per key, rounded up to a power of two.
struct PresenceFilter: Sendable {
    private let words: [UInt64]
    private let shift: UInt64

    /// Bits per key, before the word count is rounded up to a power of two. With the 90,405 features of models/ner.model
    /// that makes 32,768 words (23 bits per key, 256 KB, staying in a core's L2 cache beside the tagger's other data);
    /// by the arithmetic of two bits in a word of 64, under 1% of absent features pass (the test measures 20,000 keys).
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
