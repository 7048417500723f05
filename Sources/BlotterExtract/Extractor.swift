import BlotterCore

/// The extract stage: raw page bytes in, `Article` out. Everything C happens inside `extract`; only Swift
/// values leave it.
public struct Extractor: Sendable {
    public struct Options: Sendable, Equatable {
        /// Pages larger than this are an error entry, not parsed (libxml2 takes at most 2 GiB anyway).
        public var maximumPageBytes: Int
        public init(maximumPageBytes: Int = 50 * 1024 * 1024) { self.maximumPageBytes = maximumPageBytes }
    }

    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    public func extract(_ page: RawPage) throws(StageFailure) -> Article {
        switch page.content {
        case .text(let text):
            return Article(language: LanguageGuesser.guess(text), text: TextNormalizer.normalizeParagraphs(text))
        case .html(let bytes):
            return try extractHTML(bytes, page: page)
        }
    }

    private func extractHTML(_ bytes: [UInt8], page: RawPage) throws(StageFailure) -> Article {
        guard !bytes.isEmpty else { throw StageFailure("empty page (0 bytes)") }
        guard bytes.count <= options.maximumPageBytes else {
            throw StageFailure("page is \(bytes.count) bytes, over the limit of \(options.maximumPageBytes) (extract.max_page_bytes)")
        }
        if BinarySniffer.looksBinary(bytes) {
            throw StageFailure("not HTML: the bytes look binary (\(BinarySniffer.describe(bytes)))")
        }
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: page.declaredCharset)
        guard let document = HTMLDocument(utf8: decoded.utf8) else {
            throw StageFailure("libxml2 could not build a tree from the page")
        }
        let dom = DOMBuilder.build(document)
        let metadata = MetadataExtractor(dom: dom).extract(url: page.source.url)
        let blocks = ContentExtractor(dom: dom).extract(title: metadata.title)
        let text = blocks.map(\.text).joined(separator: "\n\n")
        return Article(title: metadata.title, byline: metadata.byline, published: metadata.published,
                       language: metadata.language ?? LanguageGuesser.guess(text), site: metadata.site,
                       canonicalURL: metadata.canonicalURL, text: text)
    }
}
