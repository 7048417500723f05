/// libxml2's parse alone (tree built and freed, nothing read from it): the ceiling extraction is measured
/// against by `blotter bench`. The parse includes what `HTMLDocument` does before libxml2 (the
/// `MarkupBounds` scan, NUL removal).
public enum ParseProbe {
    /// Parses the bytes as HTML and frees the tree. Returns false when libxml2 produced no tree or the page
    /// crossed a bound.
    public static func parse(_ bytes: [UInt8]) -> Bool {
        (try? HTMLDocument(utf8: bytes)) != nil
    }
}
