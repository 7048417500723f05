import BlotterCore
import BlotterExtract
import BlotterText
import BlotterTag

/// Extraction as a stage: a raw page in, its article out.
public struct ExtractStage: Stage {
    public static let name = StageName.extract
    public let extractor: Extractor

    public init(_ extractor: Extractor) { self.extractor = extractor }

    public func run(_ page: RawPage) throws(StageFailure) -> ExtractedDocument {
        ExtractedDocument(page: page, article: try extractor.extract(page))
    }
}

/// Segmentation as a stage: the article's text split into sentences and tokens.
public struct SegmentStage: Stage {
    public static let name = StageName.segment
    public let segmenter: Segmenter

    public init(_ segmenter: Segmenter) { self.segmenter = segmenter }

    public func run(_ document: ExtractedDocument) throws(StageFailure) -> SegmentedDocument {
        let segmented = try segmenter.segment(document.article.text, title: document.article.title)
        return SegmentedDocument(document, text: segmented.text, title: segmented.title)
    }
}

/// Tagging as a stage: the entities found in the segmented text.
public struct TagStage: Stage {
    public static let name = StageName.tag
    public let tagger: Tagger

    public init(_ tagger: Tagger) { self.tagger = tagger }

    public func run(_ document: SegmentedDocument) -> TaggedDocument {
        let found = tagger.tag(document.text, title: document.title, article: document.article)
        return TaggedDocument(document, entities: found.text, titleEntities: found.title)
    }

    /// The tagger's resolved candidates for a document, before they are reduced to the entities `run` hands on
    /// (evaluation reads how figures read; see `Candidate`).
    public func candidates(_ document: SegmentedDocument) -> [Candidate] {
        tagger.textCandidates(document.text, title: document.title, article: document.article)
    }
}
