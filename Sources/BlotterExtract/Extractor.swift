import BlotterCore

/// The extract stage: raw page bytes in, `Article` out. Everything C happens inside `extract`; only Swift
/// values leave it.
public struct Extractor: Sendable {
    /// The JSON-LD `articleBody` replaces the text found in the markup when it is this many times longer:
    /// the page renders its article with script and the markup holds a teaser (trafilatura-eval 0866).
    /// Measured on the dev sets with 1 / 2 / 3: modern-web-articles F1 0.9469 / 0.9473 / 0.9473, the other two
    /// sets the same at all three (trafilatura-eval snippet F1 0.9401 without the fallback, 0.9424 with it).
    static let structuredBodyRatio = 2
    /// ...and at least this long (a JSON-LD summary is not an article).
    static let structuredBodyMinimumChars = 500

    static func preferringStructuredBody(_ text: String, articleBody: String?) -> String {
        guard let articleBody, !articleBody.contains("<") else { return text }
        let body = TextNormalizer.normalizeParagraphs(articleBody)
        let bodyLength = TextNormalizer.scalarCount(body)
        guard bodyLength >= structuredBodyMinimumChars, bodyLength >= structuredBodyRatio * TextNormalizer.scalarCount(text) else { return text }
        return body
    }

    public struct Options: Sendable, Equatable {
        /// Pages larger than this are an error entry, not parsed (libxml2 takes at most 2 GiB anyway).
        public var maximumPageBytes: Int
        /// The largest limit there may be: the DOM keeps byte offsets in 32 bits, and a page decoded from a
        /// single-byte charset can take up to three times its bytes in UTF-8 (512 MiB × 3 < 2 GiB).
        public static let largestPageBytes = 512 * 1024 * 1024
        public init(maximumPageBytes: Int = 50 * 1024 * 1024) { self.maximumPageBytes = maximumPageBytes }
    }

    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    public func extract(_ page: RawPage) throws(StageFailure) -> Article {
        let article: Article
        switch page.content {
        case .text(let text):
            article = Article(language: LanguageGuesser.guess(text), text: TextNormalizer.normalizeParagraphs(text))
        case .html(let bytes):
            article = try extractHTML(bytes, page: page)
        }
        guard let given = page.given else { return article }
        return try Self.applying(given, to: article)
    }

    /// `article` with what the input gives in place of what extraction found (`GivenMetadata`).
    static func applying(_ given: GivenMetadata, to article: Article) throws(StageFailure) -> Article {
        var article = article
        if let title = given.title { article.title = title }
        if let byline = given.byline { article.byline = byline }
        if let raw = given.published {
            guard let published = DateNormalizer.iso8601(raw) else {
                throw StageFailure("\"published\" is not a date Blotter reads: \"\(raw.prefix(80).split(whereSeparator: \.isNewline).joined(separator: " "))\"")
            }
            article.published = published
        }
        return article
    }

    private func extractHTML(_ bytes: [UInt8], page: RawPage) throws(StageFailure) -> Article {
        guard !bytes.isEmpty else { throw StageFailure("empty page (0 bytes)") }
        let limit = min(options.maximumPageBytes, Options.largestPageBytes)
        guard bytes.count <= limit else {
            throw StageFailure("page is \(bytes.count) bytes, over the limit of \(limit) (extract.max_page_bytes)")
        }
        if BinarySniffer.looksBinary(bytes) {
            throw StageFailure("not HTML: the bytes look binary (\(BinarySniffer.describe(bytes)))")
        }
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: page.declaredCharset)
        let document = try HTMLDocument(utf8: decoded.utf8)
        let dom = DOMBuilder.build(document)
        // The content extractor classifies every element first; the metadata's markup scans read its verdicts.
        let content = ContentExtractor(dom: dom)
        let metadata = MetadataExtractor(dom: dom, traits: content.traits).extract(url: page.source.url)
        let site = (page.source.url ?? metadata.canonicalURL).flatMap(SiteDomain.init(url:))
        let extraction = content.extract(title: metadata.title, site: site)
        let text = Self.preferringStructuredBody(extraction.blocks.map(\.text).joined(separator: "\n\n"), articleBody: metadata.articleBody)
        // Pages without date metadata (older ones especially) often print it: "Published: 12 March 2008".
        let published = metadata.published ?? extraction.datedLines.lazy.compactMap(DateNormalizer.iso8601).first ?? metadata.shownDate
        let byline = metadata.byline ?? extraction.datedLines.lazy.compactMap(BylineReader.nameAfterBy).first
        return Article(title: metadata.title, byline: byline, published: published,
                       language: metadata.language ?? LanguageGuesser.guess(text), site: metadata.site,
                       canonicalURL: metadata.canonicalURL, text: text)
    }
}
