import BlotterCore

/// The fixed rule that splits every development set into a tune half and a check half (`quality/SPLITS.md`):
/// an item is in the check half when the first byte of the SHA-256 of its id is odd.
public enum DevSplit {
    public enum Half: String, Sendable, CaseIterable {
        case tune, check
    }

    /// Which half an item with this id falls in.
    public static func half(of id: String) -> Half {
        let first = StableID.sha256(Array(id.utf8)).first ?? 0
        return first & 1 == 1 ? .check : .tune
    }

    /// Whether an item belongs to the requested half (`nil` = both halves).
    public static func includes(_ id: String, in half: Half?) -> Bool {
        guard let half else { return true }
        return self.half(of: id) == half
    }
}
