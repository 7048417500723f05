/// The author named in the page's markup when its metadata names none: the first element in `<body>`, in
/// document order, that marks an author and whose text is a person's name (`BylineReader.personName`):
/// microdata `itemprop="author"` (its `itemprop="name"` part when it has one), `rel="author"`, a link to an
/// author page (`/author/…`, `/authors/…`), or a class / id naming the author or byline ("author-name",
/// "c-byline__author"). Comment authors are skipped ("comment-author"): the article's byline comes first.
struct MarkupByline {
    let dom: DOM

    /// Path parts of author pages.
    static let authorPaths = ["/author/", "/authors/"]
    /// Class / id parts that mark an author element.
    static let authorNameParts = ["author", "byline"]

    func find() -> String? {
        guard dom.body != DOM.none else { return nil }
        for index in dom.descendants(of: dom.body) {
            let node = dom[index]
            guard !node.isText, marksAuthor(node) else { continue }
            // The first piece of text alone first: "<a>Liz Kenny</a><div>Former McKinsey Consultant</div>".
            let element = microdataName(in: index) ?? index
            if let name = firstText(of: element).flatMap(BylineReader.personName) ?? BylineReader.personName(text(of: element)) {
                return name
            }
        }
        return nil
    }

    private func marksAuthor(_ node: DOM.Node) -> Bool {
        if let itemprop = node.attribute(.itemprop)?.lowercased(), itemprop.contains("author") { return true }
        if let rel = node.attribute(.rel)?.lowercased(), rel.split(separator: " ").contains("author") { return true }
        if node.name == "a", let href = node.attribute(.href)?.lowercased(), Self.authorPaths.contains(where: href.contains) { return true }
        let names = ((node.attribute(.class) ?? "") + " " + (node.attribute(.id) ?? "")).lowercased()
        return Self.authorNameParts.contains(where: names.contains) && !names.contains("comment")
    }

    /// The `itemprop="name"` element inside a microdata author.
    private func microdataName(in index: Int32) -> Int32? {
        guard dom[index].attribute(.itemprop)?.lowercased().contains("author") == true else { return nil }
        return dom.descendants(of: index).first { dom[$0].attribute(.itemprop)?.lowercased() == "name" }
    }

    /// The element's text, normalised; empty when it is too long to be a byline (a bio, a whole article).
    private func text(of index: Int32) -> String {
        var bytes: [UInt8] = []
        for child in dom.descendants(of: index) where dom[child].isText {
            bytes += dom.textBytes(of: child)
            if bytes.count > Self.maximumBytes { return "" }
        }
        return TextNormalizer.normalize(String(decoding: bytes, as: UTF8.self))
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
