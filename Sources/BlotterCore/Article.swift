/// The main text of a page and its metadata, as the extract stage produces it.
public struct Article: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    /// ISO 8601 date or date-time.
    public var published: String?
    /// BCP 47 primary language tag ("en").
    public var language: String?
    public var site: String?
    /// Canonical URL found in the page, used when the input had none.
    public var canonicalURL: String?
    /// Blocks (paragraphs, headings, list items, quotes) separated by a blank line.
    public var text: String

    public init(title: String? = nil, byline: String? = nil, published: String? = nil, language: String? = nil,
                site: String? = nil, canonicalURL: String? = nil, text: String) {
        self.title = title
        self.byline = byline
        self.published = published
        self.language = language
        self.site = site
        self.canonicalURL = canonicalURL
        self.text = text
    }

    /// The year of `published`, used to resolve dates written without one.
    public var publishedYear: Int? {
        guard let published, published.utf8.count >= 4, let year = Int(published.prefix(4)), year > 1000 else { return nil }
        return year
    }
}
