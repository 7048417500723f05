import BlotterCore

/// Decides what an element is by its tag, its class / id / role tokens and its visibility. Every element is
/// classified once per page (`ElementTraits`), on lower-case ASCII bytes (no Foundation string search: that
/// was 30% of extraction time). Data lives in `ExtractionHints`.
struct BoilerplateClassifier {
    enum NameVerdict: UInt8 { case content, weakBoilerplate, strongBoilerplate }

    /// What the extractor needs to know about one element.
    struct ElementTraits {
        var hidden = false
        var boilerplateTag = false
        var names = NameVerdict.content
        var bodyContainer = false
        var article = false
        /// Named as a reader discussion ("comment-list", "disqus_thread"): never the main text, at any cleaning
        /// level but the last.
        var discussion = false
        /// What the class / id / role says for the metadata scans (`MarkupByline`, `MarkupDate`).
        var metadataHints = MetadataHints()
    }

    /// Class / id / role parts the metadata scans look for, found with the rest of the names (once per
    /// distinct string: scanning every element's names again cost those scans 2% of extraction time).
    struct MetadataHints: OptionSet {
        let rawValue: UInt8
        /// "author-name", "c-byline__author" (not "comment-author").
        static let author = MetadataHints(rawValue: 1)
        /// "entry-date", "post-meta__time", "published".
        static let date = MetadataHints(rawValue: 2)
        /// A date that is not the article's: a comment's, "todays-date", "current-date".
        static let otherDate = MetadataHints(rawValue: 4)
        /// hAtom's "published" (its title attribute holds the date).
        static let published = MetadataHints(rawValue: 8)
    }

    /// Tokens that mark boilerplate even beside a content token ("post-comments", "article-share").
    static let strongBoilerplate: Set<String> = ["comment", "comments", "share", "sharing", "social", "related",
                                                 "newsletter", "cookie", "consent", "promo", "advert", "sidebar",
                                                 "footer", "nav", "menu", "breadcrumb", "tags", "byline", "vjs"]

    /// With "author" these name the author's box ("rkv-author-box__description", "author__bio text-center"):
    /// boilerplate even beside a content token such as "text". "author" alone stays weak (a byline wrapper
    /// around the whole article is not dropped for it).
    static let authorBoxTokens: Set<String> = ["box", "bio", "bios", "about", "profile", "card", "info", "description", "details"]

    /// Strong tokens that themes also put on the main column to describe the layout ("content-area
    /// newspaper-x-sidebar", "has-sidebar"): beside a content token they are only weak, so the column is kept
    /// when it holds most of the page's prose (modern-web-articles 0393 lost its whole article to this).
    static let layoutTokens: Set<String> = ["sidebar"]

    /// Story-list and boilerplate substrings in one pattern set (one pass; bit masks per group).
    private static let wordGroups = [ExtractionHints.storyListSubstrings, ExtractionHints.boilerplateSubstrings]
    private static let wordParts = BytePatternSet(wordGroups.flatMap { $0 })
    private static let wordMasks = masks(wordGroups)
    private static let trueBytes = Array("true".utf8)
    private static let articleBodyBytes = Array("articlebody".utf8)
    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    /// Verdicts by class/id/role string: a page repeats the same few class names on many elements. Keyed by
    /// the values' bytes as written, hashed in one pass (`NamesKey`; a plain byte-array key hashed byte by
    /// byte: the classify phase took 299-307 ms instead of 273-276 ms on 360 pages).
    private var cache: [NamesKey: Verdicts] = [:]
    /// The class / id / role values of the element being classified, joined by spaces (reused).
    private var names: [UInt8] = []

    /// A names string as a dictionary key: its bytes hashed in one pass.
    private struct NamesKey: Hashable {
        var bytes: [UInt8]
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// What a class / id / role string says, worked out once per distinct string.
    private struct Verdicts {
        var names: NameVerdict
        var bodyContainer: Bool
        var hidingClass: Bool
        var metadataHints: MetadataHints
        var discussion: Bool
    }

    /// Every part the classifier looks for in a names string besides the boilerplate words, in one pattern set
    /// read in one pass; each group is a bit mask over it: WordPress topic prefixes, hiding classes, body
    /// containers, then the metadata scans' parts (author, comment author, date, other date, "published").
    private static let nameGroups: [[String]] = [ExtractionHints.taxonomyClassPrefixes, Array(ExtractionHints.hidingClasses).sorted(),
                                                 ExtractionHints.bodyContainerHints, MarkupByline.authorNameParts,
                                                 MarkupByline.otherAuthorParts, MarkupDate.dateNameParts, MarkupDate.otherDateParts,
                                                 ["published"]]
    private static let nameParts = BytePatternSet(nameGroups.flatMap { $0 })
    private static let nameMasks = masks(nameGroups)

    /// Bit masks over the patterns of `groups` laid end to end (at most 64 patterns in all).
    static func masks(_ groups: [[String]]) -> [UInt64] {
        var masks: [UInt64] = []
        var next = 0
        for group in groups {
            masks.append(group.indices.reduce(UInt64(0)) { mask, offset in next + offset < 64 ? mask | 1 << UInt64(next + offset) : mask })
            next += group.count
        }
        return masks
    }

    static func metadataHints(_ found: UInt64) -> MetadataHints {
        var hints = MetadataHints()
        if found & nameMasks[3] != 0, found & nameMasks[4] == 0 { hints.insert(.author) }
        if found & nameMasks[5] != 0 { hints.insert(.date) }
        if found & nameMasks[6] != 0 { hints.insert(.otherDate) }
        if found & nameMasks[7] != 0 { hints.insert(.published) }
        return hints
    }

    mutating func traits(of index: Int32, in dom: DOM) -> ElementTraits {
        var traits = ElementTraits()
        let node = dom.nodes[Int(index)]
        guard !node.isText else { return traits }
        traits.boilerplateTag = node.role.contains(.boilerplate)
        names.removeAll(keepingCapacity: true)
        var itemprop: [UInt8] = []
        for attribute in dom.attributes(of: index) {
            let value = dom.bytes(of: attribute)
            switch attribute.key {
            case .hidden:
                traits.hidden = true
            case .ariaHidden:
                if ASCII.lowercased(value) == Self.trueBytes { traits.hidden = true }
            case .style:
                let style = ASCII.lowercased(value).filter { $0 != 0x20 }
                if Self.contains(style, Self.displayNone) || Self.contains(style, Self.visibilityHidden) {
                    traits.hidden = true
                }
            case .id where node.role.contains(.heading):
                // A heading's id is its text as an anchor slug ("ideation--challenges-in-substring-search"):
                // the words are the article's, not the theme's (quality/TUNING.md: it holds on dragnet-dev too).
                break
            case .class, .id, .role:
                // Values joined by a space (an empty value first is replaced, as before the space is needed).
                if !names.isEmpty { names.append(0x20) }
                names += value
            case .itemprop:
                itemprop = ASCII.lowercased(value)
            default:
                break
            }
        }
        // itemprop holds space-separated names: "description articleBody" (Blogger) is an article body too.
        let isArticleBody = itemprop == Self.articleBodyBytes
            || (itemprop.count > Self.articleBodyBytes.count && itemprop.split(separator: 0x20).contains { Array($0) == Self.articleBodyBytes })
        traits.article = node.tag == .article || isArticleBody
        guard !names.isEmpty else {
            traits.bodyContainer = isArticleBody
            return traits
        }
        let verdicts: Verdicts
        if let cached = cache[NamesKey(bytes: names)] {
            verdicts = cached
        } else {
            let lower = ASCII.lowercased(names)
            // One pass answers the taxonomy, hiding, body-container and metadata questions (four scans before).
            let found = Self.nameParts.occurrences(in: lower)
            // (The taxonomy and hiding checks scan again, but only the rare strings this pass says hold their names.)
            let topical = found & Self.nameMasks[0] != 0 ? Self.withoutTaxonomyClasses(lower) : lower
            verdicts = Verdicts(names: verdict(topical), bodyContainer: found & Self.nameMasks[2] != 0,
                                hidingClass: found & Self.nameMasks[1] != 0 && Self.hasHidingClass(lower),
                                metadataHints: Self.metadataHints(found), discussion: Self.namesDiscussion(topical))
            cache[NamesKey(bytes: names)] = verdicts
        }
        traits.names = verdicts.names
        traits.metadataHints = verdicts.metadataHints
        traits.discussion = verdicts.discussion && node.tag != .body && node.tag != .html
        traits.bodyContainer = isArticleBody || verdicts.bodyContainer
        // Scripts hide `<body class="hidden">` until the page has loaded: that is not the page hiding its text.
        if verdicts.hidingClass, node.tag != .body, node.tag != .html { traits.hidden = true }
        return traits
    }

    private static let commentPrefix = Array("comment".utf8)
    private static let disqusPrefix = Array("disqus".utf8)

    /// Whether class / id / role names name a reader discussion (`ExtractionHints.discussionTokens`).
    static func namesDiscussion(_ names: [UInt8]) -> Bool {
        guard contains(names, commentPrefix) || contains(names, disqusPrefix) else { return false }
        var discussion = false
        NameTokens.forEachToken(in: names) { token in if token.contains(.discussion) { discussion = true } }
        return discussion
    }

    private static let taxonomyPrefixes = BytePatternSet(ExtractionHints.taxonomyClassPrefixes)
    private static let taxonomyPrefixList = ExtractionHints.taxonomyClassPrefixes.map { Array($0.utf8) }

    private static let postTypePrefix = Array("type-".utf8)

    /// The names without the classes WordPress's `post_class` makes from the story's categories and tags
    /// ("post-12 type-post hentry category-crime tag-social-media"): they are the story's topics, not the
    /// theme's names for its parts. Only beside the post type class that `post_class` always writes: a theme's
    /// own "category-nav" or "tag-list" is still read.
    static func withoutTaxonomyClasses(_ names: [UInt8]) -> [UInt8] {
        guard taxonomyPrefixes.occurs(in: names) else { return names }
        let words = names.split(separator: 0x20)
        guard words.contains(where: { $0.starts(with: postTypePrefix) }) else { return names }
        let kept = words.filter { word in !taxonomyPrefixList.contains { word.starts(with: $0) } }
        return Array(kept.joined(separator: [0x20]))
    }

    private static let hidingClassBytes = BytePatternSet(Array(ExtractionHints.hidingClasses))
    private static let hidingClassList = ExtractionHints.hidingClasses.map { Array($0.utf8) }

    /// A utility class that hides the element ("post-main hide": a second copy of the article for another
    /// layout), unless another class shows it again at some screen width ("hidden lg:block", "d-none d-md-block")
    /// or it is a collapsed section a reader opens (an accordion's answers are read as part of the page).
    static func hasHidingClass(_ names: [UInt8]) -> Bool {
        // Most class strings hold none of the names: one byte scan refuses them.
        guard hidingClassBytes.occurs(in: names) else { return false }
        // Then whole class names, still as bytes ("overflow-hidden" holds "hidden" but hides nothing).
        let split = names.split(separator: 0x20)
        guard split.contains(where: { word in hidingClassList.contains { $0.elementsEqual(word) } }) else { return false }
        // Each class as bytes too (Foundation's string search per class and hint was 0.6% of extraction time).
        return !split.contains { name in
            name.contains(0x3A) || revealedHints.occurs(in: name)
                || (name.starts(with: displayPrefix) && !name.elementsEqual(displayNoneClass))
        }
    }

    private static let revealedHints = BytePatternSet(ExtractionHints.revealedHiddenHints)
    /// Bootstrap's display classes ("d-md-block") other than "d-none".
    private static let displayPrefix = Array("d-".utf8)
    private static let displayNoneClass = Array("d-none".utf8)

    private func verdict(_ names: [UInt8]) -> NameVerdict {
        guard !names.isEmpty else { return .content }
        let found = Self.wordParts.occurrences(in: names)
        if found & Self.wordMasks[0] != 0 { return .strongBoilerplate }
        // Every token's lists at once (`NameTokens`): which lists any token is on, and whether a strong token
        // is not a layout token.
        var kinds: NameTokens.Kinds = []
        var strongBesidesLayout = false
        NameTokens.forEachToken(in: names) { token in
            kinds.formUnion(token)
            if token.contains(.strong), !token.contains(.layout) { strongBesidesLayout = true }
        }
        // Most names flag nothing: they are content whatever else they hold.
        let flagged = found & Self.wordMasks[1] != 0 || kinds.contains(.boilerplate)
        guard flagged else { return .content }
        let content = kinds.contains(.content)
        // "author" beside a box token is strong too (and no layout token).
        let authorBox = kinds.contains(.author) && kinds.contains(.authorBox)
        let hasStrong = kinds.contains(.strong) || authorBox
        let onlyLayout = !strongBesidesLayout && !authorBox
        let strong = hasStrong && !(content && onlyLayout)
        if !strong, content, !hasStrong { return .content }
        return strong ? .strongBoilerplate : .weakBoilerplate
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
