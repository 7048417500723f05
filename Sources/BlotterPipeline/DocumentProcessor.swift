import BlotterCore
import BlotterExtract
import BlotterText
import BlotterTag

/// The per-document stage functions, each usable alone (tests, `eval`) or from the pipeline's queues.
public struct DocumentProcessor: Sendable {
    public let extractor: Extractor
    public let segmenter: Segmenter
    public let tagger: Tagger?
    public let stages: [StageName]

    public init(extractor: Extractor, segmenter: Segmenter, tagger: Tagger?, stages: [StageName]) {
        self.extractor = extractor
        self.segmenter = segmenter
        self.tagger = tagger
        self.stages = stages
    }

    /// A document between stages.
    public struct InFlight: Sendable {
        public var page: RawPage
        public var article: Article?
        public var segmented: SegmentedText?
        public var entities: [Entity] = []
    }

    public func extract(_ page: RawPage) -> Result<InFlight, DocumentError> {
        do {
            let article = try extractor.extract(page)
            return .success(InFlight(page: page, article: article))
        } catch {
            return .failure(failure(page, .extract, error.message))
        }
    }

    public func segment(_ document: InFlight) -> Result<InFlight, DocumentError> {
        guard let article = document.article else { return .failure(failure(document.page, .segment, "no article")) }
        do {
            var next = document
            next.segmented = try segmenter.segment(article.text)
            return .success(next)
        } catch {
            return .failure(failure(document.page, .segment, error.message))
        }
    }

    public func tag(_ document: InFlight) -> Result<InFlight, DocumentError> {
        guard let tagger, let article = document.article, let segmented = document.segmented else {
            return .failure(failure(document.page, .tag, "tag needs the segment stage"))
        }
        var next = document
        next.entities = tagger.tag(segmented, article: article)
        return .success(next)
    }

    public func record(_ document: InFlight) -> Record {
        Record(sequence: document.page.sequence, id: document.page.recordID, source: document.page.source,
               article: document.article ?? Article(text: ""), entities: document.entities, duplicateOf: document.page.duplicateOf)
    }

    /// Every configured stage, on the calling thread.
    public func process(_ page: RawPage) -> Result<Record, DocumentError> {
        var result = extract(page)
        if stages.contains(.segment) { result = result.flatMap(segment) }
        if stages.contains(.tag) { result = result.flatMap(tag) }
        return result.map(record)
    }

    private func failure(_ page: RawPage, _ stage: StageName, _ message: String) -> DocumentError {
        DocumentError(sequence: page.sequence, id: page.recordID, source: page.source, stage: stage, message: message)
    }
}
