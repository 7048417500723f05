/// Finds the main text of a page. The cascade, in order:
///
/// 1. **Cleaning level**: boilerplate is marked by tag, by class / id / role tokens and by visibility
///    (`BoilerplateClassifier`, data in `ExtractionHints`). Later attempts relax it (step 5). A name-flagged
///    element around an article container that holds `articleWrapperShare` of the page's prose is a wrapper
///    ("share_wrapper" around the story), not boilerplate. Reader discussions (`ExtractionHints.discussionTokens`)
///    stay out at every level.
/// 2. **Block scoring**: every paragraph-like block outside boilerplate (a paragraph tag, or any other block with
///    text of its own: old layouts put prose straight into `<td>`, `<ul>`, `<center>`) with at least
///    `minimumProseChars` characters and link density under `TextAssembler.maximumLinkDensity` is prose;
///    its length is its weight, summed up the tree ("prose mass").
/// 3. **Main region**: from `<body>`, descend into the child holding the most prose while it holds at least
///    `descentShare` of all of it, stopping at an `<article>` / `itemprop=articleBody` and never entering a
///    paragraph or a quotation (`ExtractionHints.paragraphLevelTags`); where the descent stops is the region
///    that holds the article and little else.
/// 4. **Structural hints**: otherwise the first (outermost) `<article>`, `<main>` or CMS body container inside
///    the region that still holds `structuralShare` of its prose tightens the region (it cuts headers and
///    footers that hold a little prose); failing that, the heaviest such container holding `bodyContainerShare`
///    of it (a short post beside a long sidebar that no name gives away), when it is the only one holding prose
///    (several are a page of posts, read whole).
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
///
/// Every constant below was chosen on the tune halves of the five extraction sets (`quality/SPLITS.md`); the
/// measurements behind each are in `quality/TUNING.md` under the constant's name.
struct ContentExtractor {
    /// Blocks shorter than this are not prose for scoring (Readability's paragraph minimum is 25; 15 and 40 lose).
    static let minimumProseChars: Int32 = 25
    /// The descent goes into a child holding at least this share of its parent's prose (0.6-0.85 swept).
    static let descentShare = 0.75
    /// A structural element inside the region is used instead when it holds this share of the region's prose.
    static let structuralShare = 0.85
    /// Failing that, the heaviest structural element holding this share of the region's prose (0.1-0.6 swept),
    /// when no other structural element beside it holds prose (tune halves: cleaneval 0.8901 → 0.8925, a
    /// blog's front page of posts; the other four unchanged).
    static let bodyContainerShare = 0.3
    /// A name-flagged element around an article container holding this share of the page's prose is a wrapper
    /// (0.3 and 0.5 the same).
    static let articleWrapperShare = 0.5
    /// An element only weakly named as boilerplate ("author-info", "view--promoted-blocks") that holds this
    /// share of the page's prose is a misnamed wrapper of the article, not boilerplate (0.1-0.7 swept), unless an
    /// unflagged sibling holds more (`outweighedBySibling`).
    static let wrapperProseShare = 0.2
    /// At most this many lede paragraphs between the `<h1>` and the main region.
    static let maximumLedeParagraphs = 6
    /// A heading between the `<h1>` and the main region this long is a standfirst, not a section title.
    static let minimumStandfirstHeadingChars: Int32 = 140
    /// Output shorter than this triggers the next, less strict attempt, and the longest result is kept.
    static let minimumTextChars = 250
    /// Output shorter than this (a brief, or an article cut down by a misleading class name) also tries the next
    /// attempt, but its result replaces the strict one only when `recoveryGain` times longer: a short news
    /// brief keeps its strict text, a page whose strict cleaning lost the article gets it back.
    static let briefTextChars = 600
    static let recoveryGain = 3
    /// A less strict attempt replaces a strict one that found some text only when it adds at least this many
    /// blocks that read as sentences (`TextBlock.readsAsSentence`): what recovery wins on a short post is
    /// usually a sidebar of short lines (a video list, a blogroll, a calendar). Tune halves at 0 / 1 / 2:
    /// dragnet 0.9036 / 0.9091 / 0.9091, cleaneval 0.8952 / 0.8973 / 0.8950, snippets 0.9641 / 0.9619 / 0.9619
    /// (two paywalled stubs whose recovery added a caption), modern and readability unchanged.
    static let recoveredSentencesMinimum = 1

    /// A child of the main region whose text is at least this share links, holding less than
    /// `sidebarProseShare` of the region's prose and at least `sidebarMinimumChars` characters, is a sidebar
    /// sharing the article's column (a rail of headlines with a promo paragraph): dropped whole, its prose
    /// too. Tune halves (before `recoveredSentencesMinimum`) with 0.5 / 0.6 / 0.7 at share 0.35: dragnet 0.9035 /
    /// 0.9044 / 0.9048, snippets 0.9684 at each (0.9641 without), modern 0.9673 / 0.9676 / 0.9676 (0.9677 without),
    /// cleaneval and readability unchanged; 0.8 at share 0.5: dragnet 0.9039.
    static let sidebarLinkDensity = 0.7
    /// See `sidebarLinkDensity`; 0.2 / 0.35 at density 0.7: dragnet 0.9042 / 0.9048.
    static let sidebarProseShare = 0.35
    /// See `sidebarLinkDensity` (not swept: a short link line is the block filters' business).
    static let sidebarMinimumChars: Int32 = 100

    /// A boilerplate element (by tag or name) holding this share of the page's prose has swallowed the article:
    /// libxml2 lets an end tag close only elements of its own priority or lower, so one unclosed `<div>` in a
    /// menu's `<li>` keeps `</li>`, `</ul>`, `</nav>` and `</header>` from closing anything, and the rest of the
    /// page ends up inside the menu (a browser closes them). The second attempt keeps such elements and still
    /// cleans what they hold.
    static let swallowedShare = 0.5

    /// This many body containers side by side with prose are a page of posts (`holdsSeveralPosts`). Tune halves
    /// at 2 / 3: snippets 0.9620 / 0.9641 (two are often an article and its related stories), cleaneval 0.8953 at
    /// both (0.8927 without the rule: final-501, a blog's front page, 0.02 → 0.96), the other three unchanged.
    static let severalPostsMinimum = 3

    /// The cleaning levels, strictest first.
    enum Cleaning: CaseIterable {
        /// Tags, class / id / role names and visibility.
        case full
        /// As `full`, but a boilerplate element holding `swallowedShare` of the page's prose is kept.
        case swallowedKept
        /// Tags, visibility and reader discussions only.
        case tagsOnly
        /// Nothing removed but reader discussions.
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
        var traits = dom.nodes.indices.map { classifier.traits(of: Int32($0), in: dom) }
        Self.markTeaserLists(dom, &traits)
        self.traits = traits
    }

    /// `<article>` elements side by side, this many or more under one parent, are a list of other stories (a
    /// "latest posts" grid, a category page's river), not the article: each is weakly boilerplate, kept only as
    /// a wrapper (`wrapperProseShare`), as the first of an infinite-scroll page's stories is. No dev page turns on
    /// it today (quality/TUNING.md); kept as the structural reading of a story grid.
    static let teaserListMinimum = 3

    private static func markTeaserLists(_ dom: DOM, _ traits: inout [BoilerplateClassifier.ElementTraits]) {
        var articleChildren: [Int32: Int] = [:]
        // The classifier marked every <article> (and articleBody): only those names are compared.
        for index in dom.nodes.indices where traits[index].article && dom.nodes[index].tag == .article {
            articleChildren[dom.nodes[index].parent, default: 0] += 1
        }
        for (parent, count) in articleChildren where count >= teaserListMinimum && parent != DOM.none {
            for child in dom.children(of: parent) where dom.nodes[Int(child)].tag == .article {
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
        var bestSentences = 0
        var strictFlags: [Bool] = []
        for cleaning in Cleaning.allCases {
            let flags = boilerplateFlags(cleaning)
            // Most pages have no swallowing element: the second attempt would repeat the first.
            if cleaning == .full { strictFlags = flags } else if cleaning == .swallowedKept, flags == strictFlags { continue }
            let mass = proseMass(flags)
            let region = mainRegion(from: body, mass: mass, flags: flags)
            var assembler = TextAssembler(dom: dom, statistics: statistics, title: title, site: site)
            assembler.endsAtClosingHeading = !holdsSeveralPosts(region, mass: mass, flags: flags)
            let sidebars = sidebarChildren(of: region, mass: mass)
            let blocks = assembler.blocks(from: lede(before: region, in: body, flags: flags) + [region],
                                          skip: { index, _ in flags[Int(index)] || sidebars.contains(index) })
            let length = blocks.reduce(0) { $0 + TextNormalizer.scalarCount($1.text) }
            let sentences = blocks.count { $0.readsAsSentence }
            if length > bestLength && (bestLength < Self.minimumTextChars || length >= Self.recoveryGain * bestLength)
                && (bestLength <= 0 || sentences >= bestSentences + Self.recoveredSentencesMinimum) {
                best = Extraction(blocks: blocks, datedLines: assembler.datedLines)
                bestLength = length
                bestSentences = sentences
            }
            if bestLength >= Self.briefTextChars { break }
        }
        if bestLength == 0 {
            var assembler = TextAssembler(dom: dom, statistics: statistics, title: title, site: site)
            return Extraction(blocks: assembler.blocks(from: [body], skip: { _, _ in false }, filtering: false))
        }
        return best
    }

    /// Children of the region that are link-dense sidebars (`sidebarLinkDensity`), skipped whole. Whatever their links
    /// hold: sparing a child whose links mostly lead to other sites kept dragnet R402's blogroll, and sparing one whose
    /// links sit in paragraphs of 70 characters or more (a round-up of linked sentences) kept R351's and R355's rails
    /// of linked teasers (tune 0.9098 -> 0.9096 each). A post of linked sentences in its own box is lost with it.
    private func sidebarChildren(of region: Int32, mass: [Int32]) -> Set<Int32> {
        var sidebars = Set<Int32>()
        let regionProse = Double(mass[Int(region)])
        for child in dom.children(of: region) where !dom[child].isText
            && statistics.textLength[Int(child)] >= Self.sidebarMinimumChars
            && statistics.linkDensity(child) >= Self.sidebarLinkDensity
            && Double(mass[Int(child)]) < Self.sidebarProseShare * regionProse {
            sidebars.insert(child)
        }
        return sidebars
    }

    // MARK: 1. cleaning

    /// True for each element that starts a boilerplate subtree at this cleaning level.
    private func boilerplateFlags(_ cleaning: Cleaning) -> [Bool] {
        var flags = [Bool](repeating: false, count: dom.nodes.count)
        guard cleaning != .none else {
            // Comments are never the main text, however much prose they hold (a short post under 100 comments).
            for index in 0..<dom.nodes.count where traits[index].discussion { flags[index] = true }
            return flags
        }
        let byNames = cleaning == .full || cleaning == .swallowedKept
        let unfiltered = byNames ? proseMass(flags) : []
        let pageProse = Double(unfiltered.max() ?? 0)
        let wrapsArticle = byNames ? articleWrappers(unfiltered, pageProse: pageProse) : []
        for index in 0..<dom.nodes.count {
            // Fields read in place, without copying the node.
            let role = dom.nodes[index].role
            guard !role.contains(.text), !role.contains(.documentRoot) else { continue }
            if cleaning == .swallowedKept, !traits[index].hidden, !traits[index].discussion, Double(unfiltered[index]) >= Self.swallowedShare * pageProse {
                continue
            }
            if traits[index].hidden || traits[index].boilerplateTag || traits[index].discussion {
                flags[index] = true
            } else if byNames {
                if role.contains(.strictOnly) {
                    flags[index] = true
                    continue
                }
                if wrapsArticle[index] { continue }
                switch traits[index].names {
                case .content: break
                case .strongBoilerplate: flags[index] = true
                case .weakBoilerplate:
                    flags[index] = Double(unfiltered[index]) < Self.wrapperProseShare * pageProse
                        || outweighedBySibling(Int32(index), unfiltered)
                }
            }
        }
        return flags
    }

    /// Whether a sibling of the element that is not named as boilerplate holds more prose than it: then a weak
    /// name is not a misnamed wrapper of the article but a column beside it ("sidebar1Wrapper" beside
    /// "contentWrapper", a "rightsideBlock" beside the post). Dragnet tune 0.9098 -> 0.9110 (four pages up, none
    /// down), the other tune halves unchanged.
    private func outweighedBySibling(_ index: Int32, _ mass: [Int32]) -> Bool {
        let parent = dom.nodes[Int(index)].parent
        guard parent >= 0 else { return false }
        for sibling in dom.children(of: parent) where sibling != index && !dom[sibling].isText
            && traits[Int(sibling)].names == .content && !traits[Int(sibling)].hidden && !traits[Int(sibling)].boilerplateTag
            && !traits[Int(sibling)].discussion && mass[Int(sibling)] > mass[Int(index)] {
            return true
        }
        return false
    }

    /// True for each element around an article container (`isStructural`) that holds `articleWrapperShare` of
    /// the page's prose: whatever its names say, it wraps the article.
    private func articleWrappers(_ unfiltered: [Int32], pageProse: Double) -> [Bool] {
        var wraps = [Bool](repeating: false, count: dom.nodes.count)
        guard pageProse > 0 else { return wraps }
        for index in 0..<dom.nodes.count where !dom.nodes[index].isText && Double(unfiltered[index]) >= Self.articleWrapperShare * pageProse
            && isStructural(Int32(index)) {
            var ancestor = dom.nodes[index].parent
            while ancestor >= 0, !wraps[Int(ancestor)] {
                wraps[Int(ancestor)] = true
                ancestor = dom.nodes[Int(ancestor)].parent
            }
        }
        return wraps
    }

    // MARK: 2. block scoring

    private func proseMass(_ flags: [Bool]) -> [Int32] {
        var mass = [Int32](repeating: 0, count: dom.nodes.count)
        for index in stride(from: dom.nodes.count - 1, through: 0, by: -1) {
            if flags[index] { mass[index] = 0; continue }
            if !dom.nodes[index].isText, isProseBlock(Int32(index)) {
                // The block's own text counts once, whatever it nests.
                mass[index] = max(mass[index], statistics.textLength[index] - statistics.linkLength[index])
            }
            let parent = Int(dom.nodes[index].parent)
            if parent >= 0 { mass[parent] += mass[index] }
        }
        return mass
    }

    private func isProseBlock(_ index: Int32) -> Bool {
        let role = dom.nodes[Int(index)].role
        // Any block with text of its own, not only a `<div>`: tune F1 cleaneval 0.8854 -> 0.8909.
        guard role.contains(.paragraph) || (role.contains(.block) && !role.contains(.documentRoot) && hasDirectText(index)) else { return false }
        return statistics.textLength[Int(index)] >= Self.minimumProseChars
            && statistics.linkDensity(index) <= TextAssembler.maximumLinkDensity
    }

    private func hasDirectText(_ index: Int32) -> Bool {
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
            // A paragraph or a quotation is part of the article, never its container: the paragraphs beside it
            // are the article's too (a post of one long paragraph and two short ones).
            if dom.nodes[Int(heaviest)].role.contains(.paragraphLevel) { break }
            region = heaviest
        }
        guard !traits[Int(region)].article else { return region }
        // Tighten to an <article> or CMS body container inside the region that holds nearly all of its prose.
        let regionMass = Double(mass[Int(region)])
        guard regionMass > 0 else { return region }
        // Failing that, the heaviest of them holding `bodyContainerShare` (found in the same pass).
        var heaviest = DOM.none
        // Containers holding prose that no other such container holds: two or more are a page of several posts,
        // read whole, not the heaviest post alone.
        var outermostWithProse = 0
        var outermostEnd: Int32 = 0
        for index in dom.descendants(of: region) where !flags[Int(index)] && isStructural(index) {
            if Double(mass[Int(index)]) >= Self.structuralShare * regionMass { return index }
            if heaviest == DOM.none || mass[Int(index)] > mass[Int(heaviest)] { heaviest = index }
            if index >= outermostEnd, mass[Int(index)] > 0 {
                outermostWithProse += 1
                outermostEnd = dom.nodes[Int(index)].subtreeEnd
            }
        }
        if heaviest != DOM.none, outermostWithProse == 1, Double(mass[Int(heaviest)]) >= Self.bodyContainerShare * regionMass { return heaviest }
        return region
    }

    /// Whether `severalPostsMinimum` body containers in the region hold prose, no one inside another: a page of
    /// several posts, whose text goes on past one post's "Related posts" or "Comments" heading.
    private func holdsSeveralPosts(_ region: Int32, mass: [Int32], flags: [Bool]) -> Bool {
        var outermostWithProse = 0
        var outermostEnd: Int32 = 0
        for index in dom.descendants(of: region) where index >= outermostEnd && mass[Int(index)] > 0 && !flags[Int(index)] && isStructural(index) {
            outermostWithProse += 1
            if outermostWithProse >= Self.severalPostsMinimum { return true }
            outermostEnd = dom.nodes[Int(index)].subtreeEnd
        }
        return false
    }

    // MARK: 4b. the lede

    /// Prose paragraphs between the page's first `<h1>` and the main region, when the region starts after the
    /// heading: the standfirst or opening paragraphs a theme puts in the header band with the title
    /// (modern-web-articles 0113 lost its first two paragraphs to this). Only paragraphs and standfirsts set as
    /// long headings, outside boilerplate, and outside any element named as boilerplate even when cleaning kept
    /// it (`inNamedBoilerplate`: tune halves modern 0.9667 → 0.9673, dragnet 0.9024 → 0.9026, others unchanged).
    private func lede(before region: Int32, in body: Int32, flags: [Bool]) -> [Int32] {
        let inBody = dom.descendants(of: body)
        guard let heading = dom.metadataElements.first(where: { inBody.contains($0) && dom.nodes[Int($0)].tag == .h1 }),
              heading < region else { return [] }
        var found: [Int32] = []
        var index = dom.nodes[Int(heading)].subtreeEnd
        while index < region, found.count < Self.maximumLedeParagraphs {
            let node = dom.nodes[Int(index)]
            // A standfirst set as a heading: `<h2 class="excerpt">Whether you're for or against…</h2>`.
            if !flags[Int(index)], node.role.contains(.heading), node.tag != .h1,
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
            if ((node.tag == .p && isProseBlock(index)) || (Self.ledeLists.contains(node.tag) && introducedByColon(found.last)))
                && !inNamedBoilerplate(index, outside: region) {
                found.append(index)
                index = node.subtreeEnd
                continue
            }
            index += 1
        }
        return found
    }

    static let ledeLists: Set<TagID> = [.ul, .ol]

    /// Whether an element, or one of its ancestors that is not also an ancestor of the region, is named as
    /// boilerplate, however weakly ("header", "sidebar2"): kept by cleaning for the prose it holds, it is still
    /// not where the article's lede stands (a blog's description under its title, an "about me" box).
    private func inNamedBoilerplate(_ index: Int32, outside region: Int32) -> Bool {
        var element = index
        while element >= 0, !(element < region && region < dom.nodes[Int(element)].subtreeEnd) {
            if traits[Int(element)].names != .content { return true }
            element = dom.nodes[Int(element)].parent
        }
        return false
    }

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
        let node = dom.nodes[Int(index)]
        guard !node.isText else { return false }
        return traits[Int(index)].article || traits[Int(index)].bodyContainer || node.tag == .main
            || dom.attribute(.role, of: index)?.lowercased() == "main"
    }
}
