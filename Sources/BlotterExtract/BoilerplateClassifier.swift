/// Decides whether an element is boilerplate by its tag, its class / id / role tokens and visibility.
/// Data lives in `ExtractionHints`.
struct BoilerplateClassifier {
    func isHidden(_ node: DOM.Node) -> Bool {
        if node.attribute(.hidden) != nil { return true }
        if node.attribute(.ariaHidden)?.lowercased() == "true" { return true }
        if let style = node.attribute(.style)?.lowercased() {
            let compact = style.replacingOccurrences(of: " ", with: "")
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// True for an element that is boilerplate by its tag ("nav", "footer", …).
    func isBoilerplateTag(_ node: DOM.Node) -> Bool { ExtractionHints.boilerplateTags.contains(node.name) }

    enum NameVerdict { case content, weakBoilerplate, strongBoilerplate }

    /// How sure the class / id / role names are that an element is boilerplate: "comments", "share",
    /// "related" are strong; "author", "widget", "meta" are weak (CMS themes wrap whole posts in them).
    func nameVerdict(_ node: DOM.Node) -> NameVerdict {
        guard hasBoilerplateNames(node) else { return .content }
        var names = ""
        for (key, value) in node.attributes where key == .class || key == .id || key == .role {
            names += " " + value.lowercased()
        }
        return Self.tokens(names).contains(where: { Self.strongBoilerplate.contains($0) }) ? .strongBoilerplate : .weakBoilerplate
    }

    /// True for an element whose class, id or role names boilerplate and nothing that names content.
    func hasBoilerplateNames(_ node: DOM.Node) -> Bool {
        var names = ""
        for (key, value) in node.attributes where key == .class || key == .id || key == .role {
            names += " " + value.lowercased()
        }
        guard !names.isEmpty else { return false }
        let tokens = Self.tokens(names)
        if tokens.contains(where: { ExtractionHints.contentTokens.contains($0) })
            && !tokens.contains(where: { Self.strongBoilerplate.contains($0) }) {
            return false
        }
        if tokens.contains(where: { ExtractionHints.boilerplateTokens.contains($0) }) { return true }
        return ExtractionHints.boilerplateSubstrings.contains { names.contains($0) }
    }

    /// Tokens that mark boilerplate even beside a content token ("post-comments", "article-share").
    static let strongBoilerplate: Set<String> = ["comment", "comments", "share", "sharing", "social", "related",
                                                 "newsletter", "cookie", "consent", "promo", "advert", "sidebar",
                                                 "footer", "nav", "menu", "breadcrumb", "tags", "byline"]

    /// Lower-case alphanumeric runs of a class / id string.
    static func tokens(_ names: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in names.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// True when the element's class or id is a known CMS body container ("entry-content").
    func isBodyContainer(_ node: DOM.Node) -> Bool {
        if node.attribute(.itemprop)?.lowercased() == "articlebody" { return true }
        for (key, value) in node.attributes where key == .class || key == .id {
            let lowered = value.lowercased()
            for hint in ExtractionHints.bodyContainerHints where lowered.contains(hint) { return true }
        }
        return false
    }
}
