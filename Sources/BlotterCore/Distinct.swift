extension Sequence where Element: Hashable {
    /// The elements without repeats, each kept where it first occurs.
    public func distinctInOrder() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
