import BlotterCore

/// The author named in the page's markup when its metadata names none: the first element in `<body>`, in
/// document order, that marks an author and whose text is a person's name (`BylineReader.personName`):
/// microdata `itemprop="author"` (its `itemprop="name"` part when it has one), `rel="author"`, a link to an
/// author page (`/author/…`, `/authors/…`), or a class / id naming the author or byline ("author-name",
/// "c-byline__author"). Comment authors are skipped ("comment-author"): the article's byline comes first.
struct MarkupByline {
    let dom: DOM
    /// The classifier's verdicts, one per node (`BoilerplateClassifier.MetadataHints.author`).
    let traits: [BoilerplateClassifier.ElementTraits]

    /// Path parts of author pages.
    static let authorPaths = ["/author/", "/authors/"]
    private static let authorPathPatterns = BytePatternSet(authorPaths)
    /// Class / id parts that mark an author element (read by `BoilerplateClassifier.metadataHints`)...
    static let authorNameParts = ["author", "byline"]
    /// ...unless they also say it is a comment's author.
    static let otherAuthorParts = ["comment"]

    func find() -> String? {
        guard dom.body != DOM.none else { return nil }
        for index in dom.descendants(of: dom.body) {
            guard !dom.nodes[Int(index)].isText, marksAuthor(Int(index)) else { continue }
            // The first piece of text alone first: "<a>Liz Kenny</a><div>Former McKinsey Consultant</div>".
            let element = microdataName(in: index) ?? index
            if let name = firstText(of: element).flatMap(BylineReader.personName) ?? dom.normalizedText(of: element, maximumBytes: Self.maximumBytes).flatMap(BylineReader.personName) {
                return name
            }
        }
        return nil
    }

    private func marksAuthor(_ index: Int) -> Bool {
        if traits[index].metadataHints.contains(.author) { return true }
        // Most elements have no attributes; the others are read in one pass.
        guard dom.nodes[index].hasAttributes else { return false }
        for attribute in dom.attributes(of: Int32(index)) {
            switch attribute.key {
            case .itemprop:
                if Self.authorWord.occurs(in: ASCII.lowercased(dom.bytes(of: attribute))) { return true }
            case .rel:
                if String(decoding: dom.bytes(of: attribute), as: UTF8.self).lowercased().split(separator: " ").contains("author") { return true }
            case .href:
                if dom.nodes[index].tag == .a, Self.authorPathPatterns.occurs(in: ASCII.lowercased(dom.bytes(of: attribute))) { return true }
            default:
                break
            }
        }
        return false
    }

    private static let authorWord = BytePatternSet(["author"])

    /// The `itemprop="name"` element inside a microdata author.
    private func microdataName(in index: Int32) -> Int32? {
        guard let itemprop = dom.attribute(.itemprop, of: index), Self.authorWord.occurs(in: ASCII.lowercased(itemprop.utf8)) else { return nil }
        return dom.descendants(of: index).first { dom.attribute(.itemprop, of: $0)?.lowercased() == "name" }
    }

    private func firstText(of index: Int32) -> String? {
        for child in dom.descendants(of: index) where dom[child].isText {
            let text = TextNormalizer.normalize(String(decoding: dom.textBytes(of: child), as: UTF8.self))
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// Author elements longer than this hold more than a name.
    static let maximumBytes = 120
}
