import BlotterCore

/// Turns regions of the DOM into text blocks: block elements start new blocks, inline text joins with single
/// spaces, `<br>` becomes a line break, and each block is normalised (`TextNormalizer`) and filtered.
struct TextAssembler {
    /// A block whose link text is over this share of its text is navigation (Readability drops > 0.5 for
    /// paragraphs, trafilatura ~0.5 for short blocks). Dev F1 (modern / readability / snippets) at 0.4 / 0.5 / 0.6:
    /// 0.9663 / 0.9473 / 0.9608, 0.9667 / 0.9478 / 0.9608, 0.9670 / 0.9458 / 0.9589 (session 5).
    static let maximumLinkDensity = 0.5
    /// Blocks at least this long are kept whatever their link density (paragraphs of inline citations).
    /// Dev F1 at 200 / 300 / 500: 0.9667 / 0.9473 / 0.9608, 0.9667 / 0.9478 / 0.9608, 0.9668 / 0.9478 / 0.9608.
    static let linkDenseKeepChars = 300

    let dom: DOM
    let statistics: NodeStatistics
    let title: String?
    /// The page's own site, to tell links to other sites from the site's own (nil when the page's URL is unknown).
    let site: SiteDomain?

    /// Whether a closing heading ("Comments", "Related posts") ends the text; on a page of several posts it only
    /// closes one of them and is dropped (`ContentExtractor.holdsSeveralPosts`).
    var endsAtClosingHeading = true

    private var blocks: [TextBlock] = []
    /// Date lines and dated bylines dropped from the first `datedLinePositions` blocks ("Published: 12 March
    /// 2008"): the article's date when the page's metadata has none.
    private(set) var datedLines: [String] = []
    static let datedLinePositions = 8
    /// UTF-8 of the block being read.
    private var current: [UInt8] = []
    private var currentLinkChars = 0
    private var currentOtherSiteLinkChars = 0
    /// Open links around the text being read (true for a link to another site), and how many lead elsewhere.
    private var openLinks: [Bool] = []
    private var otherSiteLinkDepth = 0
    private var currentKind = TextBlock.Kind.paragraph
    private var currentLevel = 0

    init(dom: DOM, statistics: NodeStatistics, title: String?, site: SiteDomain? = nil) {
        self.dom = dom
        self.statistics = statistics
        self.title = title
        self.site = site
    }

    /// The text blocks of the regions; with `filtering` off, every block as it is (the extractor's last resort).
    mutating func blocks(from regions: [Int32], skip: (Int32, Int32) -> Bool, filtering: Bool = true) -> [TextBlock] {
        blocks = []
        for region in regions { read(region, skip: skip) }
        flush()
        blocks = Self.joiningDropCaps(blocks)
        return filtering ? filtered(blocks) : blocks
    }

    private mutating func read(_ region: Int32, skip: (Int32, Int32) -> Bool) {
        // Open elements, to notice when the walk leaves them (nodes are in pre-order).
        var open: [Int32] = []
        openLinks.removeAll(keepingCapacity: true)
        otherSiteLinkDepth = 0
        var index = region
        let end = dom[region].subtreeEnd
        while index < end {
            while let top = open.last, index >= dom.nodes[Int(top)].subtreeEnd {
                leave(open.removeLast())
                resumeKind(open)
            }
            if index != region && skip(index, region) {
                index = dom.nodes[Int(index)].subtreeEnd
                continue
            }
            if dom.nodes[Int(index)].isText {
                append(dom.textBytes(of: index))
            } else {
                enter(index)
                open.append(index)
            }
            index += 1
        }
        while let top = open.popLast() { leave(top) }
    }

    private mutating func enter(_ index: Int32) {
        let role = dom.nodes[Int(index)].role
        if role.contains(.link) {
            let elsewhere = isOtherSiteLink(index)
            openLinks.append(elsewhere)
            if elsewhere { otherSiteLinkDepth += 1 }
        }
        if role.contains(.lineBreak) {
            // Two `<br>` in a row end a paragraph: pages before CSS wrote paragraphs so ("text<br><br>text").
            if let end = Self.endOfTrailingLineBreak(current) {
                current.removeSubrange(end...)
                flush()
                return
            }
            current += Self.lineBreakBytes
            return
        }
        // Cells of a table row join one line ("Humana | For-Profit | ~17M"), as trafilatura writes tables: a
        // block per cell scattered the rows.
        if role.contains(.tableCell) {
            if current.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) { current += Self.cellSeparator }
            return
        }
        if role.contains(.block) {
            flush()
            currentKind = Self.kind(of: dom.nodes[Int(index)])
            if let number = orderedItemNumber(index) { current += Array("\(number). ".utf8) }
            currentLevel = currentKind == .heading ? dom.nodes[Int(index)].tag.headingLevel : 0
        }
    }

    /// The number a browser shows before an item of an ordered list (`<ol start="3">` counts from 3), or nil.
    /// Dev F1 with numbers / without: modern-web-articles 0.9566 / 0.9543 (its truth numbers items),
    /// readability-tests 0.9471 / 0.9482 (Readability's text does not), trafilatura snippets 0.9608 both; kept
    /// because it is the text a reader sees.
    private func orderedItemNumber(_ index: Int32) -> Int? {
        let node = dom.nodes[Int(index)]
        guard node.tag == .li, node.parent >= 0, dom.nodes[Int(node.parent)].tag == .ol else { return nil }
        var number = Int(dom.attribute(.start, of: node.parent) ?? "") ?? 1
        for sibling in dom.children(of: node.parent) {
            if sibling == index { return number }
            if dom.nodes[Int(sibling)].tag == .li { number += 1 }
        }
        return nil
    }

    /// After a block closes, text that follows belongs to the enclosing block: "<div><h2>Title</h2> text…"
    /// is a paragraph, not more heading (Blogger posts lost every paragraph after a subheading to the
    /// empty-section rule).
    private mutating func resumeKind(_ open: [Int32]) {
        guard let enclosing = open.last(where: { dom.nodes[Int($0)].role.contains(.block) && !dom.nodes[Int($0)].role.contains(.tableCell) })
        else {
            currentKind = .paragraph
            currentLevel = 0
            return
        }
        currentKind = Self.kind(of: dom.nodes[Int(enclosing)])
        currentLevel = currentKind == .heading ? dom.nodes[Int(enclosing)].tag.headingLevel : 0
    }

    private mutating func leave(_ index: Int32) {
        let role = dom.nodes[Int(index)].role
        if role.contains(.link), let elsewhere = openLinks.popLast(), elsewhere { otherSiteLinkDepth -= 1 }
        if role.contains(.block), !role.contains(.tableCell) { flush() }
    }

    static let cellSeparator = Array(" | ".utf8)

    /// Where the line break that ends `bytes` (white space after it allowed) starts, or nil.
    static func endOfTrailingLineBreak(_ bytes: [UInt8]) -> Int? {
        var index = bytes.count
        while index > 0, [0x20, 0x0A, 0x09, 0x0D].contains(bytes[index - 1]) { index -= 1 }
        let mark = lineBreakBytes
        guard index >= mark.count, Array(bytes[(index - mark.count)..<index]) == mark else { return nil }
        return index - mark.count
    }

    private static func kind(of node: DOM.Node) -> TextBlock.Kind {
        if node.role.contains(.heading) { return .heading }
        switch node.tag {
        case .li, .dd, .dt: return .listItem
        case .blockquote: return .quote
        case .pre: return .preformatted
        default: return .paragraph
        }
    }

    /// `TextNormalizer.lineBreak` in UTF-8.
    static let lineBreakBytes = Array(String(Character(TextNormalizer.lineBreak)).utf8)

    private func isOtherSiteLink(_ index: Int32) -> Bool {
        guard let site, let href = dom.attribute(.href, of: index) else { return false }
        return site.isOtherSite(href)
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        current += bytes
        guard !openLinks.isEmpty else { return }
        // Scalars: every byte that does not continue a multi-byte sequence.
        let scalars = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        currentLinkChars += scalars
        if otherSiteLinkDepth > 0 { currentOtherSiteLinkChars += scalars }
    }

    private mutating func flush() {
        defer {
            current.removeAll(keepingCapacity: true)
            currentLinkChars = 0
            currentOtherSiteLinkChars = 0
        }
        guard !current.isEmpty else { return }
        // libxml2 gives valid UTF-8 (the page was decoded to UTF-8 first); decoding repairs anything else.
        let raw = String(decoding: current, as: UTF8.self)
        let text = currentKind == .preformatted ? TextNormalizer.normalizePreformatted(raw) : TextNormalizer.normalize(raw)
        guard !text.isEmpty else { return }
        let density = min(1, Double(currentLinkChars) / Double(max(1, TextNormalizer.scalarCount(text))))
        let otherSiteShare = currentLinkChars > 0 ? Double(currentOtherSiteLinkChars) / Double(currentLinkChars) : 0
        blocks.append(TextBlock(kind: currentKind, text: text, linkDensity: density, otherSiteLinkShare: otherSiteShare, level: currentLevel))
    }

    /// A drop cap set in its own element before the paragraph (`<span>T</span><p>urkey, Poland…`) is one capital
    /// letter alone in a block: it joins the paragraph that follows when that starts in lower case.
    static func joiningDropCaps(_ blocks: [TextBlock]) -> [TextBlock] {
        var out: [TextBlock] = []
        out.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            // One character: its first grapheme ends the text (`count` walked every block's graphemes).
            if !block.text.isEmpty, block.text.index(after: block.text.startIndex) == block.text.endIndex,
               block.text.first?.isUppercase == true, index + 1 < blocks.count,
               blocks[index + 1].text.first?.isLowercase == true {
                var next = blocks[index + 1]
                next.text = block.text + next.text
                out.append(next)
                index += 2
                continue
            }
            out.append(block)
            index += 1
        }
        return out
    }

    // MARK: block filters

    /// Only blocks shorter than this are compared with boilerplate phrases and the title (boilerplate lines
    /// and headlines are short; comparing long paragraphs cost 15% of extraction time for nothing).
    static let phraseCheckBytes = 160
    /// Blocks shorter than this are searched for `ExtractionHints.disclosurePhrases` anywhere (disclaimers and
    /// social-media pleas run to two or three sentences; an article's paragraph that quotes such a phrase is
    /// longer). Dev F1 is the same at 400, 600 and 800 bytes (modern 0.9540, readability 0.9458, snippets
    /// 0.9598): the smallest is kept, as it risks fewest article paragraphs.
    static let disclosureCheckBytes = 400
    private static let disclosurePhrases = BytePatternSet(ExtractionHints.disclosurePhrases)

    private mutating func filtered(_ blocks: [TextBlock]) -> [TextBlock] {
        let normalizedTitle = title.map(Self.comparable)
        // Counted once, not for every short block.
        let titleCharacters = normalizedTitle?.count ?? 0
        var kept: [TextBlock] = []
        for (position, block) in blocks.enumerated() {
            if block.linkDensity > Self.maximumLinkDensity && TextNormalizer.scalarCount(block.text) < Self.linkDenseKeepChars
                && !Self.introducesProse(blocks, at: position) && !Self.pointsElsewhere(block) && !Self.isLinkedSentence(block) { continue }
            let bytes = block.text.utf8.count
            if bytes < Self.phraseCheckBytes {
                let key = Self.comparable(block.text)
                // The comments or the reading list begin: the article is over (only past its first blocks, so
                // a page that starts with such a heading is not emptied).
                if position >= Self.minimumBlocksBeforeEnd, Self.endsArticle(key) {
                    if endsAtClosingHeading { break }
                    continue
                }
                if Self.isDateLine(key) || Self.isBylineOrSource(key) || (block.kind != .heading && BylineReader.opensLine(key) && BylineReader.isNameLine(block.text)) {
                    if position < Self.datedLinePositions { datedLines.append(block.text) }
                    continue
                }
                if Self.isBoilerplate(key) || Self.startsWithAny(key, Self.shortBoilerplatePrefixBytes) { continue }
                if let normalizedTitle, Self.isTitle(key, normalizedTitle, titleCharacters: titleCharacters) { continue }
            } else if Self.hasBoilerplatePrefix(Self.comparable(String(block.text.prefix(48)))) {
                continue
            }
            // Lower-cased as ASCII bytes (the phrases are ASCII; the block is normalised already: single spaces).
            if bytes < Self.disclosureCheckBytes,
               Self.disclosurePhrases.occurs(in: block.text.utf8.map { $0 == 0x0A ? 0x20 : ASCII.lowercased($0) }) {
                continue
            }
            kept.append(block)
        }
        kept = RepeatedPassages.removingCopies(kept)
        // A heading whose section is empty (the next block is a heading of the same or a higher level, or there
        // is none) introduces something removed ("In Other News" above a dropped link list). A subheading
        // after it opens a subsection: "<h2>How to choose</h2><h3>Track record</h3><p>…" keeps both.
        var result: [TextBlock] = []
        for (position, block) in kept.enumerated() {
            if block.kind == .heading {
                var next = position + 1
                while next < kept.count, kept[next].kind == .heading, block.level > 0, kept[next].level > block.level { next += 1 }
                if next == kept.count || kept[next].kind == .heading { continue }
            }
            result.append(block)
        }
        return result
    }

    /// A link-dense block whose links lead mostly to other sites is the article's: sources, the places a list
    /// describes ("<h2>1. <a href=other-site>JP Urban Moving</a></h2>", "Website: <a>…</a>", a list of
    /// resources). A site's navigation and its related stories link to the site itself. A paragraph that is
    /// nothing but a link ("Buy now at AJ Madison", a fund's name in a promo box) stays out.
    /// Dev F1 (modern / readability / snippets), before → with the rule: 0.9568 / 0.9471 / 0.9608 →
    /// 0.9583 / 0.9480 / 0.9608 (link-only paragraphs kept too: 0.9579 / 0.9484 / 0.9567; the paragraph bound at
    /// 0.8 / 0.9 / any text outside links: readability 0.9477 / 0.9480 / 0.9480).
    static func pointsElsewhere(_ block: TextBlock) -> Bool {
        block.otherSiteLinkShare > otherSiteLinkShare
            && (block.kind != .paragraph || block.linkDensity < maximumOtherSiteParagraphLinkDensity)
    }

    /// A paragraph that is one sentence in a link ("<p><a>This week's new Tabletop is a really fun, quick, easy,
    /// and profoundly silly party game called Say Anything.</a></p>"): the article's prose, not navigation,
    /// when it has at least `linkedSentenceMinimumWords` words, ends with a full stop (not an ellipsis: a
    /// teaser's "…cut short ...") and is one line.
    static func isLinkedSentence(_ block: TextBlock) -> Bool {
        guard block.kind == .paragraph, block.text.hasSuffix("."), !block.text.hasSuffix(".."), !block.text.contains("\n") else { return false }
        return block.text.split(separator: " ").count >= linkedSentenceMinimumWords
    }

    /// Tune halves (modern / readability / snippets / dragnet / cleaneval) at 12 / 16 words: 0.9677 / 0.9724 /
    /// 0.9641 / 0.9052 / 0.8927, 0.9674 / … / 0.9051 / 0.8927 (without the rule 0.9673 / … / 0.9043 / 0.8925;
    /// ending in any of ".!?" and several lines allowed: 0.9677 / … / 0.9050 / 0.8926, teaser lists kept).
    static let linkedSentenceMinimumWords = 12

    /// More than this share of a block's link text leads to other sites. Untuned (a majority).
    static let otherSiteLinkShare = 0.5
    /// A paragraph kept for its links to other sites has at least a tenth of its text outside them.
    static let maximumOtherSiteParagraphLinkDensity = 0.9

    /// A linked heading ("<h3>1. <a>Amazon Polly</a></h3>") is the article's own when a long paragraph of
    /// few links follows it; a teaser under a linked headline in a story list is shorter.
    static func introducesProse(_ blocks: [TextBlock], at position: Int) -> Bool {
        guard blocks[position].kind == .heading, position + 1 < blocks.count else { return false }
        let next = blocks[position + 1]
        return next.kind == .paragraph && next.linkDensity <= maximumLinkDensity && next.text.utf8.count >= linkedHeadingProseBytes
    }

    /// Dev F1 (modern / readability / snippets): 100 bytes 0.9540 / 0.9457 / 0.9598, 200 0.9537 / 0.9458 / 0.9598,
    /// 400 0.9528 / 0.9453 / 0.9598; without the rule 0.9524 / 0.9448 / 0.9587.
    static let linkedHeadingProseBytes = 200

    /// An end-of-article heading is believed only after this many blocks of the region.
    static let minimumBlocksBeforeEnd = 3

    /// First words of `ExtractionHints.endOfArticleBlocks`.
    static let endFirstWords = Set(ExtractionHints.endOfArticleBlocks.compactMap { $0.split(separator: " ").first.map(String.init) })

    static func endsArticle(_ comparable: String) -> Bool {
        // The longest end heading is short: skip the work for everything else.
        guard comparable.utf8.count <= 48 else { return false }
        // Cheap test first: the first ASCII word must begin one of the headings.
        var firstWord: [UInt8] = []
        for byte in comparable.utf8 {
            let isLetter = (byte >= 0x61 && byte <= 0x7A)
            if isLetter { firstWord.append(byte) } else if !firstWord.isEmpty || byte >= 0x80 { break }
        }
        if !firstWord.isEmpty, !Self.endFirstWords.contains(String(decoding: firstWord, as: UTF8.self)) { return false }
        // "Comments (12)", "12 comments", "Comments:" → "comments".
        let words = comparable.split(whereSeparator: { !$0.isLetter && $0 != " " }).joined().split(separator: " ")
            .filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
        return ExtractionHints.endOfArticleBlocks.contains(words)
    }

    /// The headline repeated in the body, exactly or as a longer / shorter form of the page title
    /// ("Title - Part 1" against "Title").
    static func isTitle(_ block: String, _ title: String, titleCharacters: Int? = nil) -> Bool {
        if block == title { return true }
        guard (titleCharacters ?? title.count) >= 20, block.count >= 20 else { return false }
        return title.hasPrefix(block) || block.hasPrefix(title)
    }

    /// Words of a dateline (made once, not at every call).
    static let dateWords: Set<String> = monthWords.union(["ago", "hours", "hour", "minutes", "minute", "mins",
        "days", "day", "updated", "published", "posted", "am", "pm", "gmt", "bst", "utc", "est",
        "edt", "pst", "on", "at", "yesterday", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "last", "st", "nd", "rd", "th",
        "min", "mins", "read", "reading", "time", "by"])

    /// A block that is only a date or a time ago: "Dec 12, 2025", "6 hours ago", "Updated 10:32 GMT".
    static func isDateLine(_ comparable: String) -> Bool {
        guard comparable.utf8.count <= 48 else { return false }
        // Cheap refusal first (most short blocks are menu words): a dateline has a digit or "ago".
        let hasDigit = comparable.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
        guard hasDigit || hasWordAgo(comparable) else { return false }
        // A numeric date alone: "12.12.2025", "2025-12-12", "12/12/2025".
        if hasDigit {
            let parts = comparable.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" })
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }),
               parts.contains(where: { $0.count == 4 }) {
                return true
            }
        }
        let words = Self.lettersAndDigitsRuns(comparable)
        guard !words.isEmpty, words.count <= maximumDateLineWords else { return false }
        let hasNumberOrAgo = words.contains { $0.allSatisfy(\.isNumber) } || words.contains("ago")
        // A date word is needed: bare numbers are table cells and list counters, not datelines.
        let hasDateWord = words.contains { !$0.allSatisfy(\.isNumber) && Self.dateWords.contains(String($0)) }
        return hasNumberOrAgo && hasDateWord
            && words.allSatisfy { $0.allSatisfy(\.isNumber) || Self.isOrdinal($0) || Self.dateWords.contains(String($0)) }
    }

    /// The runs of letters and digits (`Character.isLetter`, `isNumber`); for an ASCII text split by bytes, where
    /// those are A-Z, a-z and 0-9 (and "\r\n", one character, is neither, as its bytes are not).
    static func lettersAndDigitsRuns(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        return text.utf8.split(whereSeparator: { byte in
            !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39))
        }).map { Substring($0) }
    }

    /// "Published Oct 10, 2023 - [Updated Dec 3, 2025]" has eight words.
    static let maximumDateLineWords = 9

    /// "15th", "1st": a day of the month written as an ordinal.
    static func isOrdinal(_ word: Substring) -> Bool {
        guard word.count >= 3, word.count <= 4, let first = word.first, first.isNumber else { return false }
        let suffix = word.suffix(2)
        return ["st", "nd", "rd", "th"].contains(suffix) && word.dropLast(2).allSatisfy(\.isNumber)
    }

    /// Lower case with runs of spaces and new lines folded to one space, in one pass.
    static func comparable(_ text: String) -> String {
        // Most blocks are ASCII: lower-cased byte by byte in the same pass (what `lowercased()` does to ASCII),
        // and written straight into the new String (1.6% of extraction time on modern pages before).
        var lower = text
        let isASCII = lower.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if !isASCII { lower = text.lowercased() }
        return lower.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var written = 0
                var pendingSpace = false
                for original in bytes {
                    let byte = isASCII ? ASCII.lowercased(original) : original
                    if byte == 0x20 || byte == 0x0A {
                        pendingSpace = written > 0
                    } else {
                        if pendingSpace {
                            out[written] = 0x20
                            written += 1
                        }
                        pendingSpace = false
                        out[written] = byte
                        written += 1
                    }
                }
                return written
            }
        }
    }

    static let trailingPunctuation: Set<Character> = [":", ".", "!", "»", "›", ">", "|", " "]

    /// A byline with its date or reading time ("by amelie nishizawa feb 8, 2020 5 min read"), a reading time
    /// alone ("5 min read"), or a bare site name standing as the source line ("bvinews.com").
    static func isBylineOrSource(_ comparable: String) -> Bool {
        if comparable.hasSuffix("min read") || comparable.hasSuffix("minute read") {
            return comparable.utf8.count <= 120
        }
        if comparable.hasPrefix("by "), comparable.utf8.count <= 80,
           comparable.split(whereSeparator: { !$0.isLetter }).contains(where: { Self.monthWords.contains(String($0)) }),
           comparable.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            return true
        }
        // "bvinews.com", "www.example.co.uk": one word of letters, digits, dots and hyphens with a dot in it.
        let bytes = comparable.utf8
        return bytes.count <= 40 && bytes.contains(0x2E) && bytes.last != 0x2E
            && bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }
            && Self.siteSuffixes.contains { comparable.hasSuffix($0) }
    }

    static let siteSuffixes = [".com", ".net", ".org", ".co.uk", ".news", ".gov", ".info"]
    /// Month names and abbreviations (a byline's date; "By 2030 the force…" has none).
    static let monthWords = Set(CalendarWords.months.keys)

    static func isBoilerplate(_ comparable: String) -> Bool {
        if let matches = asciiBoilerplateBlock(comparable) {
            if matches { return true }
        } else {
            var trimmed = Substring(comparable)
            while let last = trimmed.last, trailingPunctuation.contains(last) { trimmed = trimmed.dropLast() }
            while let first = trimmed.first, trailingPunctuation.contains(first) { trimmed = trimmed.dropFirst() }
            if ExtractionHints.boilerplateBlocks.contains(String(trimmed)) { return true }
        }
        return hasBoilerplatePrefix(comparable)
    }

    static func hasBoilerplatePrefix(_ comparable: String) -> Bool {
        // Byte prefixes: the prefixes are ASCII, and `String.hasPrefix` compares grapheme by grapheme.
        startsWithAny(comparable, boilerplatePrefixBytes)
    }

    static let boilerplatePrefixBytes = ExtractionHints.boilerplatePrefixes.map { Array($0.utf8) }
    static let shortBoilerplatePrefixBytes = ExtractionHints.shortBoilerplatePrefixes.map { Array($0.utf8) }

    /// Whether the text's bytes start with one of the prefixes' (as `utf8.starts(with:)`, on the bytes at once).
    static func startsWithAny(_ text: String, _ prefixes: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            prefixes.contains { prefix in bytes.starts(with: prefix) }
        }
    }

    /// The trimming bytes of `trailingPunctuation` in ASCII, and the longest of `ExtractionHints.boilerplateBlocks`.
    private static let asciiTrailingPunctuation: [UInt8] = trailingPunctuation.compactMap { $0.asciiValue }
    private static let longestBoilerplateBlockBytes = ExtractionHints.boilerplateBlocks.map(\.utf8.count).max() ?? 0

    /// `isBoilerplate`'s whole-block test for an ASCII text, trimmed byte by byte (an ASCII text's characters are
    /// its bytes; only "\r\n" is one character, and neither byte is punctuation); nil for any other text. A text
    /// longer than every listed block is none of them, without hashing it.
    private static func asciiBoilerplateBlock(_ comparable: String) -> Bool? {
        var comparable = comparable
        return comparable.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0
            var end = bytes.count
            while end > start, asciiTrailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
            while start < end, asciiTrailingPunctuation.contains(bytes[start]) { start += 1 }
            guard end - start <= longestBoilerplateBlockBytes else { return false }
            return ExtractionHints.boilerplateBlocks.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
    }

    /// "ago" anywhere in the bytes (the word test comes after the split).
    private static func hasWordAgo(_ comparable: String) -> Bool {
        var comparable = comparable
        return comparable.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0...(bytes.count - 3) where bytes[index] == 0x61 && bytes[index + 1] == 0x67 && bytes[index + 2] == 0x6F {
                return true
            }
            return false
        }
    }
}
