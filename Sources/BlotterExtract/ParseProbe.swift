/// libxml2's parse alone (tree built and freed, nothing read from it): the ceiling extraction is measured
/// against by `blotter bench`.
public enum ParseProbe {
    /// Parses the bytes as HTML and frees the tree. Returns false when libxml2 produced no tree.
    public static func parse(_ bytes: [UInt8]) -> Bool {
        HTMLDocument(utf8: bytes) != nil
    }
}
