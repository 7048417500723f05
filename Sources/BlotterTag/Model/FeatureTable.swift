/// Feature hash → weight row, as an open-addressing table. The keys are already uniformly distributed
/// 64-bit hashes, so the low bits index the table directly; this replaced a `Dictionary<UInt64, Int32>` whose
/// own hashing of each key was most of the tagging time.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int
    /// Slots in the table (rows it can hold at a load factor of one half: `capacity / 2`).
    var capacity: Int { mask + 1 }
    private(set) var count = 0

    /// Room for `capacity` features at a load factor of at most one half.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    func row(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = rows[slot]
            if found < 0 { return nil }
            if keys[slot] == key { return found }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, row: Int32) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while rows[slot] >= 0 {
            if keys[slot] == key { rows[slot] = row; return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        rows[slot] = row
        count += 1
    }
}
