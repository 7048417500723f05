extension Sequence where Element: Hashable {
    /// The elements without repeats, each kept where it first occurs.
    public func distinctInOrder() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Sequence {
    /// The elements whose `key` was not seen before, each kept where its key first occurs.
    public func distinctInOrder<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
