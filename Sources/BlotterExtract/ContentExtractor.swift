/// Finds the main text of a page. The cascade, in order:
///
/// 1. **Structural hints**: `itemprop=articleBody` and CMS body containers, then `<article>`, then `<main>` /
///    `role=main`; the candidate with the most clean text wins if it has at least `minimumStructuralChars`.
/// 2. **Cleaning** inside the chosen region: boilerplate tags, class/id/role tokens and hidden elements are
///    skipped (`BoilerplateClassifier`, data in `ExtractionHints`), unless they hold most of the region's text.
/// 3. **Block scoring** (when no structural hint is good enough): paragraph-like blocks score by length and
///    commas, the score goes to their parent and half to the grandparent, scaled by (1 - link density).
/// 4. **Main region and siblings**: the best-scoring element plus siblings scoring at least
///    `siblingScoreRatio` of it.
/// 5. **Recovery**: when the text is shorter than `minimumTextChars`, the whole body is read with the same
///    block filters.
///
/// Blocks are then filtered one by one (`TextAssembler`): link-dense blocks, boilerplate phrases, duplicates
/// and trailing headings are dropped.
struct ContentExtractor {
    /// Below this many characters a structural candidate is not trusted alone (a teaser box, an empty
    /// `<article>` wrapper). 250 ≈ two short news paragraphs. Untuned; first guess.
    static let minimumStructuralChars: Int32 = 250
    /// A structural candidate must hold at least this share of the best block-scored region's text, or the
    /// block-scored region wins (guards against `<article>` teasers beside the real body). Untuned.
    static let structuralShareOfScored = 0.5
    /// Siblings of the best region join it when they score this share of its score (Readability uses 0.2).
    static let siblingScoreRatio = 0.2
    /// Paragraph-like blocks shorter than this are not scored (Readability uses 25).
    static let minimumScoredParagraphChars: Int32 = 25
    /// Output shorter than this triggers recovery over the whole body.
    static let minimumTextChars = 200
    /// A wrapper flagged as boilerplate is kept when it holds this share of the region's text
    /// (e.g. `<div class="page comments-enabled">` around the article).
    static let boilerplateKeepShare = 0.6

    /// A body container ("story-body") widens to its enclosing `<article>` when the article adds at most this
    /// share of the container's boilerplate-free text (a standfirst, an intro paragraph outside the body div).
    /// Untuned first guess.
    static let articleWideningShare = 0.3

    let dom: DOM
    let statistics: NodeStatistics
    let classifier = BoilerplateClassifier()
    /// Text length of each subtree with boilerplate subtrees left out.
    private let contentLength: [Int32]

    init(dom: DOM) {
        self.dom = dom
        self.statistics = NodeStatistics(dom)
        var lengths = statistics.textLength
        let classifier = self.classifier
        for index in stride(from: dom.nodes.count - 1, through: 0, by: -1) {
            let node = dom.nodes[index]
            if node.isText { continue }
            var own: Int32 = 0
            for child in dom.children(of: Int32(index)) { own += lengths[Int(child)] }
            let flagged = classifier.isHidden(node) || classifier.isBoilerplateTag(node) || classifier.hasBoilerplateNames(node)
            lengths[index] = flagged ? 0 : own
        }
        contentLength = lengths
    }

    /// The blocks of main text, and the region(s) they came from.
    func extract(title: String?) -> [TextBlock] {
        let body = dom.body != DOM.none ? dom.body : dom.html
        guard body != DOM.none else { return [] }
        let scored = bestScoredRegions(in: body)
        let scoredText = scored.reduce(Int32(0)) { $0 + statistics.textLength[Int($1)] }
        var regions = scored
        if let structural = structuralCandidate(in: body),
           Double(cleanTextLength(structural)) >= Self.structuralShareOfScored * Double(scoredText) {
            regions = [structural]
        }
        var assembler = TextAssembler(dom: dom, statistics: statistics, title: title)
        var blocks = assembler.blocks(from: regions, skip: { skipped($0, inRegionOf: $1) })
        if blocks.reduce(0, { $0 + $1.text.count }) < Self.minimumTextChars {
            var fallback = TextAssembler(dom: dom, statistics: statistics, title: title)
            let wide = fallback.blocks(from: [body], skip: { skipped($0, inRegionOf: $1) })
            if wide.reduce(0, { $0 + $1.text.count }) > blocks.reduce(0, { $0 + $1.text.count }) { blocks = wide }
        }
        return blocks
    }

    // MARK: 1. structural hints

    private func structuralCandidate(in body: Int32) -> Int32? {
        var tiers: [[Int32]] = [[], [], []]
        for index in dom.descendants(of: body) {
            let node = dom[index]
            guard !node.isText else { continue }
            if classifier.isBodyContainer(node) { tiers[0].append(index) }
            else if node.name == "article" { tiers[1].append(index) }
            else if node.name == "main" || node.attribute(.role)?.lowercased() == "main" { tiers[2].append(index) }
        }
        for (rank, tier) in tiers.enumerated() {
            let best = tier.max { cleanTextLength($0) < cleanTextLength($1) }
            guard let best, cleanTextLength(best) >= Self.minimumStructuralChars else { continue }
            if rank == 0, let article = enclosingArticle(best),
               Double(contentLength[Int(article)] - contentLength[Int(best)]) <= Self.articleWideningShare * Double(contentLength[Int(best)]) {
                return article
            }
            return best
        }
        return nil
    }

    private func enclosingArticle(_ index: Int32) -> Int32? {
        var cursor = dom[index].parent
        while cursor != DOM.none {
            if dom[cursor].name == "article" { return cursor }
            cursor = dom[cursor].parent
        }
        return nil
    }

    /// Boilerplate-free text of a subtree less its link text, the measure candidates compete on.
    private func cleanTextLength(_ index: Int32) -> Int32 {
        max(0, contentLength[Int(index)] - statistics.linkLength[Int(index)])
    }

    // MARK: 2. cleaning

    /// Whether `index` (inside a region rooted at `region`) is skipped with its subtree.
    private func skipped(_ index: Int32, inRegionOf region: Int32) -> Bool {
        let node = dom[index]
        if node.isText { return false }
        if classifier.isHidden(node) { return true }
        let flagged = classifier.isBoilerplateTag(node) || classifier.hasBoilerplateNames(node)
        guard flagged else { return false }
        let regionText = max(1, statistics.textLength[Int(region)])
        return Double(statistics.textLength[Int(index)]) < Self.boilerplateKeepShare * Double(regionText)
    }

    // MARK: 3-4. block scoring, main region and siblings

    private func bestScoredRegions(in body: Int32) -> [Int32] {
        var scores: [Int32: Double] = [:]
        for index in dom.descendants(of: body) {
            let node = dom[index]
            guard ExtractionHints.paragraphTags.contains(node.name) || (node.name == "div" && hasDirectText(index)) else { continue }
            let length = statistics.textLength[Int(index)]
            guard length >= Self.minimumScoredParagraphChars else { continue }
            let score = 1 + Double(statistics.commas[Int(index)]) + min(Double(length) / 100, 3)
            let parent = node.parent
            guard parent != DOM.none else { continue }
            scores[parent, default: 0] += score
            let grandparent = dom[parent].parent
            if grandparent != DOM.none { scores[grandparent, default: 0] += score / 2 }
        }
        var best: Int32 = body
        var bestScore = 0.0
        var final: [Int32: Double] = [:]
        for (index, score) in scores {
            let adjusted = score * (1 - statistics.linkDensity(index))
            final[index] = adjusted
            if adjusted > bestScore || (adjusted == bestScore && index < best) {
                best = index
                bestScore = adjusted
            }
        }
        guard best != body, dom[best].parent != DOM.none else { return [body] }
        var regions: [Int32] = []
        for sibling in dom.children(of: dom[best].parent) {
            if sibling == best || (final[sibling] ?? 0) >= max(Self.siblingScoreRatio * bestScore, 10) {
                regions.append(sibling)
            }
        }
        return regions
    }

    private func hasDirectText(_ index: Int32) -> Bool {
        for child in dom.children(of: index) where dom[child].isText && statistics.textLength[Int(child)] > 20 {
            return true
        }
        return false
    }
}
