import BlotterCore
import BlotterExtract
import BlotterText
import BlotterTag

/// The stages of one configuration and the plan that chains them; each stage usable alone (tests, `eval`,
/// `bench`), the plan for whole documents.
public struct DocumentProcessor: Sendable {
    public let extractStage: ExtractStage
    public let segmentStage: SegmentStage
    /// Present when the plan tags.
    public let tagStage: TagStage?
    public let plan: StagePlan

    /// The plan for `stages`, which must be a prefix of extract, segment, tag (see `StageSelection`);
    /// `makeTagger` is called only when the plan tags (it loads the models).
    public init(extractor: Extractor, segmenter: Segmenter, stages: [StageName],
                makeTagger: () throws(PipelineSetupError) -> Tagger) throws(PipelineSetupError) {
        extractStage = ExtractStage(extractor)
        segmentStage = SegmentStage(segmenter)
        switch stages {
        case [.extract]:
            tagStage = nil
            plan = .extract(extractStage)
        case [.extract, .segment]:
            tagStage = nil
            plan = .segment(extractStage, segmentStage)
        case [.extract, .segment, .tag]:
            let tag = TagStage(try makeTagger())
            tagStage = tag
            plan = .tag(extractStage, segmentStage, tag)
        default:
            throw PipelineSetupError(message: "pipeline.stages must be a prefix of extract, segment, tag (got \(stages.map(\.rawValue).joined(separator: ",")))")
        }
    }

    public var stages: [StageName] { plan.stages }
    public var extractor: Extractor { extractStage.extractor }
    public var segmenter: Segmenter { segmentStage.segmenter }
    public var tagger: Tagger? { tagStage?.tagger }

    public func extract(_ page: RawPage) -> Result<ExtractedDocument, DocumentError> { extractStage.result(page) }

    public func segment(_ document: ExtractedDocument) -> Result<SegmentedDocument, DocumentError> { segmentStage.result(document) }

    /// Every configured stage, on the calling thread.
    public func process(_ page: RawPage) -> Result<Record, DocumentError> { plan.process(page) }
}
