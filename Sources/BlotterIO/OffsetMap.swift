/// Converts UTF-8 byte offsets of a text into Unicode-scalar offsets, the unit records use
/// (so that `text[start:end]` in Python gives the entity text). The one place offsets are converted.
public struct OffsetMap: Sendable {
    /// scalarIndex[i] = number of scalars that start before UTF-8 offset i. Entity offsets always fall on
    /// scalar boundaries (they come from ICU boundaries and ASCII delimiters), where this is the scalar index.
    private let scalarIndex: [Int32]

    public init(_ text: String) {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var scalars: Int32 = 0
        for byte in text.utf8 {
            table.append(scalars)
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        table.append(scalars)
        scalarIndex = table
    }

    public func scalarOffset(utf8 offset: Int) -> Int {
        guard offset >= 0 else { return 0 }
        guard offset < scalarIndex.count else { return Int(scalarIndex.last ?? 0) }
        return Int(scalarIndex[offset])
    }
}
