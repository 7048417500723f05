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

extension TextBlock {
    /// Words a block needs to read as a sentence (`readsAsSentence`); 5 / 8 / 12 measured the same within 0.0006
    /// on the dragnet and cleaneval tune halves.
    static let sentenceMinimumWords = 8

    /// Whether the block reads as a sentence of prose: `sentenceMinimumWords` words or more, ending in a full
    /// stop, question or exclamation mark (closing quotes and brackets allowed after it). A list of video
    /// titles, a blogroll or a calendar has none. (An ASCII "..." counts, unlike `TextAssembler.isLinkedSentence`'s
    /// teasers: refusing it measured dragnet tune 0.9098 -> 0.9115 but cleaneval 0.8972 -> 0.8948.)
    var readsAsSentence: Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        guard words >= Self.sentenceMinimumWords else { return false }
        // Closing quotes and brackets, ASCII or not (the bytes of a curly quote are all above 0x7F).
        let last = text.utf8.reversed().first { !($0 == 0x20 || $0 == 0x22 || $0 == 0x27 || $0 == 0x29 || $0 == 0x5D || $0 > 0x7F) }
        return last == 0x2E || last == 0x21 || last == 0x3F
    }
}
