/// The model's weights as the tagger reads them: an open-addressing table whose slot holds the feature's hash
/// and its nine 16-bit weights together (32 bytes, aligned to 32, so one cache line per look-up). Separate key,
/// row and weight arrays cost three cache misses per feature, and feature look-ups are most of tagging's time.
/// Weights are the file's quantised integers; a score is their sum divided by the file's scale.
///
/// Most look-ups are of features the model never kept (a word pair, a previous label with a word), and each of those
/// missed the table in memory (8 MB for 90k features: out of the core's own caches). A blocked Bloom filter in front
/// (`PresenceFilter`, a sixteenth of the table's size) answers most of them from cache.
final class PackedWeights: FeatureScorer, @unchecked Sendable {
    // Written once in init, read-only afterwards (shared across threads).
    private let storage: UnsafeMutableRawPointer
    private let mask: Int
    private let inverseScale: Float
    private let presence: PresenceFilter
    static let slotBytes = 32
    static let classes = EntityLabel.count

    /// `rows`: (hash, `classes` weights) in any order; `scale`: the file's weight scale.
    init(rows: [(UInt64, [Int16])], scale: Float) {
        var size = 16
        while size < rows.count * 2 { size <<= 1 }
        mask = size - 1
        inverseScale = 1 / scale
        presence = PresenceFilter(keys: rows.map(\.0))
        storage = UnsafeMutableRawPointer.allocate(byteCount: size * Self.slotBytes, alignment: 64)
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: size * Self.slotBytes)
        for (key, weights) in rows {
            var slot = Int(truncatingIfNeeded: key) & mask
            while storage.load(fromByteOffset: slot * Self.slotBytes + 26, as: Int16.self) != 0 { slot = (slot + 1) & mask }
            let base = slot * Self.slotBytes
            storage.storeBytes(of: key, toByteOffset: base, as: UInt64.self)
            for (label, weight) in weights.prefix(Self.classes).enumerated() {
                storage.storeBytes(of: weight, toByteOffset: base + 8 + 2 * label, as: Int16.self)
            }
            storage.storeBytes(of: 1, toByteOffset: base + 26, as: Int16.self)  // occupied
        }
    }

    deinit { storage.deallocate() }

    @inline(__always)
    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard presence.mayContain(feature) else { return }
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let base = slot * Self.slotBytes
            guard storage.load(fromByteOffset: base + 26, as: Int16.self) != 0 else { return }
            if storage.load(fromByteOffset: base, as: UInt64.self) == feature {
                for label in 0..<Self.classes {
                    scores[label] += Float(storage.load(fromByteOffset: base + 8 + 2 * label, as: Int16.self)) * inverseScale
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
