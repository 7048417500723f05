/// Finds the main text of a page. The cascade, in order:
///
/// 1. **Cleaning level**: boilerplate is marked by tag, by class / id / role tokens and by visibility
///    (`BoilerplateClassifier`, data in `ExtractionHints`). Later attempts relax it (step 5).
/// 2. **Block scoring**: every paragraph-like block outside boilerplate with at least
///    `minimumProseChars` characters and link density under `TextAssembler.maximumLinkDensity` is prose;
///    its length is its weight, summed up the tree ("prose mass").
/// 3. **Main region**: from `<body>`, descend into the child holding the most prose while it holds at least
///    `descentShare` of all of it, stopping at an `<article>` / `itemprop=articleBody`; where the descent
///    stops is the region that holds the article and little else.
/// 4. **Structural hints**: otherwise the first (outermost) `<article>`, `<main>` or CMS body container inside
///    the region that still holds `structuralShare` of its prose tightens the region (it cuts headers and
///    footers that hold a little prose).
///    Then the **lede**: prose paragraphs between the page's `<h1>` and a region that starts after it (a theme's
///    header band with title and standfirst) are read before the region.
/// 5. **Recovery**: when the text is shorter than `minimumTextChars`, try again keeping boilerplate elements
///    that swallowed the article (`swallowedShare`), then with class/id cleaning off, then with all cleaning off,
///    and keep the longest result (under `briefTextChars`, only a result
///    `recoveryGain` times longer replaces the strict one); when even that is empty (a page of a few short
///    lines, or all of its text inside links), every text block of the body, unfiltered.
///
/// Blocks are then filtered one by one (`TextAssembler`): link-dense blocks, boilerplate phrases, copies of
/// passages met earlier (`RepeatedPassages`) and headings with nothing under them are dropped.
import Foundation
typealias TagRole = DOM.TagRole
enum Knob {
    static func value(_ name: String, _ fallback: Double) -> Double {
        ProcessInfo.processInfo.environment[name].flatMap(Double.init) ?? fallback
    }
    static let discussion = value("K_DISC", 1) != 0
    static let blockText = Int(value("K_BLOCKTEXT", 1))
}

struct ContentExtractor {
    /// Blocks shorter than this are not prose for scoring (Readability's paragraph minimum is 25).
    static let minimumProseChars = Int32(Knob.value("K_minimumProseChars", 25))
    /// The descent goes into a child holding at least this share of its parent's prose: between trafilatura-like
    /// "most text" and Readability's sibling joining. Dev F1 (modern / readability / snippets) at 0.7 / 0.75 / 0.8:
    /// 0.9598 / 0.9504 / 0.9617, 0.9683 / 0.9503 / 0.9629, 0.9672 / 0.9503 / 0.9629 (0.65 and 0.85 lost 0.007 and
    /// 0.003 of modern F1 earlier in session 5).
    static let descentShare = Knob.value("K_descentShare", 0.75)
    /// A structural element inside the region is used instead when it holds this share of the region's prose.
    static let structuralShare = Knob.value("K_structuralShare", 0.85)
    /// An element only weakly named as boilerplate ("author-info", "view--promoted-blocks") that holds this
    /// share of the page's prose is a misnamed wrapper of the article, not boilerplate. Dev F1 (modern /
    /// readability / snippets) at 0.1 / 0.15 / 0.2 / 0.3 / 0.5 / 0.7: 0.9683 / 0.9510, 0.9683 / 0.9510,
    /// 0.9683 / 0.9503, 0.9683 / 0.9490, 0.9667 / 0.9498, 0.9667 / 0.9448, snippets 0.9629 at all. 0.2 rather
    /// than the best 0.15: it differs on one page (mozilla-2), and a lower share keeps more of a news page's
    /// weakly named boxes ("popular", "trending"), which the dev sets hardly test.
    static let wrapperProseShare = Knob.value("K_wrapperProseShare", 0.2)
    /// At most this many lede paragraphs between the `<h1>` and the main region (dev F1 modern / readability /
    /// trafilatura snippets: 3 → 0.9499 / 0.9440 / 0.9488; 6 → 0.9502 / 0.9444 / 0.9510, the same as no cap;
    /// keeping them only near the heading, within its ancestor 2-6 levels up, lost 0.002-0.003 of snippet F1).
    static let maximumLedeParagraphs = 6
    /// A heading between the `<h1>` and the main region this long is a standfirst, not a section title. Dev F1
    /// (modern / readability / snippets): 70 chars 0.9543 / 0.9456 / 0.9608, 100 0.9544 / 0.9456 / 0.9608,
    /// 140 0.9544 / 0.9458 / 0.9608; no standfirst headings 0.9543 / 0.9458 / 0.9598.
    static let minimumStandfirstHeadingChars: Int32 = 140
    /// Output shorter than this triggers the next, less strict attempt, and the longest result is kept.
    static let minimumTextChars = Int(Knob.value("K_minimumTextChars", 250))
    /// Output shorter than this (a brief, or an article cut down by a misleading class name) also tries the next
    /// attempt, but its result replaces the strict one only when `recoveryGain` times longer: a short news
    /// brief keeps its strict text, a page whose strict cleaning lost the article gets it back (readability-tests
    /// mozilla-2 0.341 → 0.788, two more trafilatura snippets). Dev F1 (modern / readability / snippets) with
    /// 250 alone: 0.9667 / 0.9478 / 0.9608; longest result under 400 / 600 / 800 / 1000 chars: readability
    /// 0.9498 / 0.9498 / 0.9499 / 0.9466, snippets 0.9608 / 0.9629 / 0.9631 / 0.9621, modern 0.9667 at all;
    /// 600 with a gain of 2 or 3 the same as the longest (3 kept: the safer for briefs).
    static let briefTextChars = Int(Knob.value("K_briefTextChars", 600))
    static let recoveryGain = Int(Knob.value("K_recoveryGain", 3))

    /// A boilerplate element (by tag or name) holding this share of the page's prose has swallowed the article:
    /// libxml2 lets an end tag close only elements of its own priority or lower, so one unclosed `<div>` in a
    /// menu's `<li>` keeps `</li>`, `</ul>`, `</nav>` and `</header>` from closing anything, and the rest of the
    /// page ends up inside the menu (a browser closes them). The second attempt keeps such elements and still
    /// cleans what they hold. Dev F1 (modern / readability / snippets) without the attempt 0.9686 / 0.9503 /
    /// 0.9639; at 0.3 / 0.5 / 0.7: 0.9689 / 0.9483 / 0.9639, 0.9689 / 0.9499 / 0.9639, 0.9689 / 0.9498 /
    /// 0.9639. Tried after the tag-only attempt instead: 0.9689 / 0.9503 / 0.9639, but the tag-only text then
    /// wins on news pages where this attempt is cleaner (readability-tests cnn 0.929 → 0.948 first,
    /// engadget 0.983 → 0.991); the readability-tests loss is one gallery page (bug-1255978 0.328 → 0.300,
    /// whose article sits in a box named for its share buttons). In the full attempt itself (tags only, 0.5)
    /// it lost 0.0009 of modern F1 and 0.0006 of readability F1 (modern 0089 keeps the page's header band in a
    /// `<header>` holding 73% of its text).
    static let swallowedShare = Knob.value("K_swallowedShare", 0.5)

    /// The cleaning levels, strictest first.
    enum Cleaning: CaseIterable {
        /// Tags, class / id / role names and visibility.
        case full
        /// As `full`, but a boilerplate element holding `swallowedShare` of the page's prose is kept.
        case swallowedKept
        /// Tags and visibility only.
        case tagsOnly
        /// Nothing removed.
        case none
    }

    let dom: DOM
    let statistics: NodeStatistics
    /// Each element classified once (`BoilerplateClassifier`).
    let traits: [BoilerplateClassifier.ElementTraits]

    init(dom: DOM) {
        self.dom = dom
        self.statistics = NodeStatistics(dom)
        var classifier = BoilerplateClassifier()
        var traits = dom.nodes.map { classifier.traits($0) }
        Self.markTeaserLists(dom, &traits)
        self.traits = traits
    }

    /// `<article>` elements side by side, this many or more under one parent, are a list of other stories (a
    /// "latest posts" grid, a category page's river), not the article: each is weakly boilerplate, kept only as
    /// a wrapper (`wrapperProseShare`), as the first of an infinite-scroll page's stories is. Dev F1 the same
    /// at 2 and 3 (at 5, modern -0.0004: 0296's grid of four). It matters once the story's own tags are not
    /// read as names (`ExtractionHints.taxonomyClassPrefixes`): 0296's grid was dropped only because every
    /// teaser carried "category-social-security-disability".
    static let teaserListMinimum = 3

    private static func markTeaserLists(_ dom: DOM, _ traits: inout [BoilerplateClassifier.ElementTraits]) {
        var articleChildren: [Int32: Int] = [:]
        // The classifier marked every <article> (and articleBody): only those names are compared.
        for index in dom.nodes.indices where traits[index].article && dom.nodes[index].name == "article" {
            articleChildren[dom.nodes[index].parent, default: 0] += 1
        }
        for (parent, count) in articleChildren where count >= teaserListMinimum && parent != DOM.none {
            for child in dom.children(of: parent) where dom.nodes[Int(child)].name == "article" {
                traits[Int(child)].article = false
                if traits[Int(child)].names == .content { traits[Int(child)].names = .weakBoilerplate }
            }
        }
    }

    /// The main text's blocks, and the date lines dropped near its start (`TextAssembler.datedLines`).
    struct Extraction {
        var blocks: [TextBlock] = []
        var datedLines: [String] = []
    }

    func extract(title: String?, site: SiteDomain? = nil) -> Extraction {
        let body = dom.body != DOM.none ? dom.body : dom.html
        guard body != DOM.none else { return Extraction() }
        var best = Extraction()
        var bestLength = -1
        var strictFlags: [Bool] = []
        for cleaning in Cleaning.allCases {
            let flags = boilerplateFlags(cleaning)
            // Most pages have no swallowing element: the second attempt would repeat the first.
            if cleaning == .full { strictFlags = flags } else if cleaning == .swallowedKept, flags == strictFlags { continue }
            let mass = proseMass(flags)
            let region = mainRegion(from: body, mass: mass, flags: flags)
            var assembler = TextAssembler(dom: dom, statistics: statistics, title: title, site: site)
            let blocks = assembler.blocks(from: lede(before: region, in: body, flags: flags) + [region], skip: { index, _ in flags[Int(index)] })
            let length = blocks.reduce(0) { $0 + $1.text.unicodeScalars.count }
            if length > bestLength && (bestLength < Self.minimumTextChars || length >= Self.recoveryGain * bestLength) {
                best = Extraction(blocks: blocks, datedLines: assembler.datedLines)
                bestLength = length
            }
            if bestLength >= Self.briefTextChars { break }
        }
        if bestLength == 0 {
            var assembler = TextAssembler(dom: dom, statistics: statistics, title: title, site: site)
            return Extraction(blocks: assembler.blocks(from: [body], skip: { _, _ in false }, filtering: false))
        }
        return best
    }

    // MARK: 1. cleaning

    /// True for each element that starts a boilerplate subtree at this cleaning level.
    private func boilerplateFlags(_ cleaning: Cleaning) -> [Bool] {
        var flags = [Bool](repeating: false, count: dom.nodes.count)
        guard cleaning != .none else {
            if Knob.value("K_DISCNONE", 1) != 0 { for index in 0..<dom.nodes.count where traits[index].discussion { flags[index] = true } }
            return flags
        }
        let byNames = cleaning == .full || cleaning == .swallowedKept
        let unfiltered = byNames ? proseMass(flags) : []
        let pageProse = Double(unfiltered.max() ?? 0)
        for index in 0..<dom.nodes.count {
            // Fields read in place, without copying the node.
            let role = dom.nodes[index].role
            guard !role.contains(.text), !role.contains(.documentRoot) else { continue }
            if cleaning == .swallowedKept, !traits[index].hidden, !(Knob.discussion && traits[index].discussion), Double(unfiltered[index]) >= Self.swallowedShare * pageProse {
                continue
            }
            if traits[index].hidden || traits[index].boilerplateTag || (Knob.discussion && traits[index].discussion) {
                flags[index] = true
            } else if byNames {
                if role.contains(.strictOnly) {
                    flags[index] = true
                    continue
                }
                switch traits[index].names {
                case .content: break
                case .strongBoilerplate: flags[index] = true
                case .weakBoilerplate: flags[index] = Double(unfiltered[index]) < Self.wrapperProseShare * pageProse
                }
            }
        }
        return flags
    }

    // MARK: 2. block scoring

    private func proseMass(_ flags: [Bool]) -> [Int32] {
        var mass = [Int32](repeating: 0, count: dom.nodes.count)
        for index in stride(from: dom.nodes.count - 1, through: 0, by: -1) {
            if flags[index] { mass[index] = 0; continue }
            if !dom.nodes[index].isText, isProseBlock(Int32(index)) {
                if Knob.blockText > 2, !dom.nodes[index].role.contains(.paragraph) {
                    mass[index] += ownText(Int32(index))
                } else {
                    // The block's own text counts once, whatever it nests.
                    mass[index] = max(mass[index], statistics.textLength[index] - statistics.linkLength[index])
                }
            }
            let parent = Int(dom.nodes[index].parent)
            if parent >= 0 { mass[parent] += mass[index] }
        }
        return mass
    }

    private func isProseBlock(_ index: Int32) -> Bool {
        let role = dom.nodes[Int(index)].role
        let container: TagRole = Knob.blockText > 0 ? .block : .division
        guard role.contains(.paragraph) || (role.contains(container) && !role.contains(.documentRoot) && hasDirectText(index)) else { return false }
        return statistics.textLength[Int(index)] >= Self.minimumProseChars
            && statistics.linkDensity(index) <= TextAssembler.maximumLinkDensity
    }

    /// Text outside links in the element's text children and inline elements (not in its blocks).
    private func ownText(_ index: Int32) -> Int32 {
        var own: Int32 = 0
        for child in dom.children(of: index) where !dom.nodes[Int(child)].role.contains(.block) {
            own += statistics.textLength[Int(child)] - statistics.linkLength[Int(child)]
        }
        return own
    }

    private func hasDirectText(_ index: Int32) -> Bool {
        if Knob.blockText > 1 {
            // Text of its own: text children and inline elements (`<b>`, `<font>`, `<a>`) between its blocks.
            return ownText(index) >= Self.minimumProseChars
        }
        for child in dom.children(of: index) where dom[child].isText && statistics.textLength[Int(child)] >= Self.minimumProseChars {
            return true
        }
        return false
    }

    // MARK: 3-4. main region, structural hints

    private func mainRegion(from body: Int32, mass: [Int32], flags: [Bool]) -> Int32 {
        var region = body
        // Descend while one child holds nearly all the prose; an <article> (or articleBody) is where the
        // article is: stop there and let cleaning remove what it holds besides (a standfirst outside the
        // body container is part of the article, a share bar is not).
        while !traits[Int(region)].article {
            let total = Double(mass[Int(region)])
            guard total > 0 else { break }
            var heaviest = DOM.none
            for child in dom.children(of: region) where !dom[child].isText {
                if heaviest == DOM.none || mass[Int(child)] > mass[Int(heaviest)] { heaviest = child }
            }
            guard heaviest != DOM.none, Double(mass[Int(heaviest)]) >= Self.descentShare * total else { break }
            region = heaviest
        }
        guard !traits[Int(region)].article else { return region }
        // Tighten to an <article> or CMS body container inside the region that holds nearly all of its prose.
        let regionMass = Double(mass[Int(region)])
        guard regionMass > 0 else { return region }
        for index in dom.descendants(of: region) where !flags[Int(index)] && isStructural(index) {
            if Double(mass[Int(index)]) >= Self.structuralShare * regionMass { return index }
        }
        let bodyMin = Knob.value("K_BODYMIN", 0.3)
        if bodyMin > 0 {
            var heaviest = DOM.none
            for index in dom.descendants(of: region) where !flags[Int(index)] && isStructural(index) {
                if heaviest == DOM.none || mass[Int(index)] > mass[Int(heaviest)] { heaviest = index }
            }
            if heaviest != DOM.none, Double(mass[Int(heaviest)]) >= bodyMin * regionMass { return heaviest }
        }
        return region
    }

    // MARK: 4b. the lede

    /// Prose paragraphs between the page's first `<h1>` and the main region, when the region starts after the
    /// heading: the standfirst or opening paragraphs a theme puts in the header band with the title
    /// (modern-web-articles 0113 lost its first two paragraphs to this). Only paragraphs and standfirsts set as
    /// long headings, outside boilerplate.
    private func lede(before region: Int32, in body: Int32, flags: [Bool]) -> [Int32] {
        let inBody = dom.descendants(of: body)
        guard let heading = dom.metadataElements.first(where: { inBody.contains($0) && dom.nodes[Int($0)].name == "h1" }),
              heading < region else { return [] }
        var found: [Int32] = []
        var index = dom.nodes[Int(heading)].subtreeEnd
        while index < region, found.count < Self.maximumLedeParagraphs {
            let node = dom.nodes[Int(index)]
            // A standfirst set as a heading: `<h2 class="excerpt">Whether you're for or against…</h2>`.
            if !flags[Int(index)], node.role.contains(.heading), node.name != "h1",
               statistics.textLength[Int(index)] >= Self.minimumStandfirstHeadingChars,
               statistics.linkDensity(index) <= TextAssembler.maximumLinkDensity {
                found.append(index)
                index = node.subtreeEnd
                continue
            }
            if flags[Int(index)] || node.role.contains(.heading) {
                index = node.subtreeEnd
                continue
            }
            if node.subtreeEnd > region {  // an ancestor of the region: look inside it
                index += 1
                continue
            }
            if (node.name == "p" && isProseBlock(index)) || (Self.ledeLists.contains(node.name) && introducedByColon(found.last)) {
                found.append(index)
                index = node.subtreeEnd
                continue
            }
            index += 1
        }
        return found
    }

    static let ledeLists: Set<String> = ["ul", "ol"]

    /// A list the lede paragraph before it announces ("When you work with a personal trainer, you will:").
    private func introducedByColon(_ paragraph: Int32?) -> Bool {
        guard let paragraph else { return false }
        var last: UInt8 = 0
        for index in dom.descendants(of: paragraph) where dom.nodes[Int(index)].isText {
            if let byte = dom.textBytes(of: index).last(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) { last = byte }
        }
        return last == UInt8(ascii: ":")
    }

    private func isStructural(_ index: Int32) -> Bool {
        let node = dom[index]
        guard !node.isText else { return false }
        return traits[Int(index)].article || traits[Int(index)].bodyContainer || node.name == "main"
            || node.attribute(.role)?.lowercased() == "main"
    }
}
