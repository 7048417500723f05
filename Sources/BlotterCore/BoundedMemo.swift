/// A map that remembers at most `capacity` keys: two generations, the current one and the one before; when the
/// current one holds `capacity / 2` keys it becomes the old one and the old one is dropped. A key looked up in
/// the old generation moves to the current one, so what is used often stays. Memory is bounded by `capacity`
/// entries whatever the length of the run; a key last seen more than `capacity / 2` to `capacity` insertions
/// ago is forgotten (for duplicate detection: such a repeat is taken as a first capture).
public struct BoundedMemo<Key: Hashable, Value> {
    public let capacity: Int
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]

    public init(capacity: Int) {
        self.capacity = max(2, capacity)
    }

    public var count: Int { current.count + previous.count }

    public mutating func value(for key: Key) -> Value? {
        if let value = current[key] { return value }
        guard let value = previous.removeValue(forKey: key) else { return nil }
        insert(key, value)
        return value
    }

    /// Remembers `value` for `key` unless the key is known (the first value stays).
    public mutating func insertIfAbsent(_ key: Key, _ value: Value) {
        if current[key] != nil { return }
        if let old = previous.removeValue(forKey: key) { insert(key, old); return }
        insert(key, value)
    }

    private mutating func insert(_ key: Key, _ value: Value) {
        if current.count >= capacity / 2 {
            previous = current
            current = [:]
            current.reserveCapacity(capacity / 2)
        }
        current[key] = value
    }
}
