/// Features are 64-bit FNV-1a hashes of a template number and the feature's value, so extracting them
/// allocates nothing. Collisions among a few hundred thousand features are vanishingly rare at 64 bits.
struct FeatureHash {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    init(_ template: UInt8) { mix(template) }

    mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x100000001b3
    }

    mutating func mix(_ text: Substring.UTF8View) { for byte in text { mix(byte) } }
    mutating func mix(_ text: String.UTF8View) { for byte in text { mix(byte) } }

    static func of(_ template: UInt8, _ text: String) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(text.utf8)
        return hash.value
    }

    static func of(_ template: UInt8, _ text: Substring) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(text.utf8)
        return hash.value
    }

    static func of(_ template: UInt8, _ byte: UInt8) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(byte)
        return hash.value
    }
}
