/// One block of main text: a paragraph, heading, list item, quote or preformatted run.
struct TextBlock: Equatable {
    enum Kind: Equatable { case paragraph, heading, listItem, quote, preformatted }
    var kind: Kind
    var text: String
    /// Share of the block's characters that sit inside links.
    var linkDensity: Double
    /// Share of the block's link text that links to other sites (citations, sources, the places a list
    /// describes), as opposed to the page's own site (navigation, related stories).
    var otherSiteLinkShare: Double = 0
    /// Headings: 1-6 from `<h1>`-`<h6>` (0 for other elements with a heading role).
    var level: Int = 0
}
