import BlotterCore

/// What a recogniser sees: the segmented text, the article's metadata and the loaded models.
public struct TagContext: Sendable {
    public var text: SegmentedText
    public var article: Article
    public init(text: SegmentedText, article: Article) {
        self.text = text
        self.article = article
    }
}

/// Finds candidate mentions of one entity type. Recognisers only propose; `OverlapResolver` decides.
public protocol Recognizer: Sendable {
    /// The name used in `pipeline.yaml` (`tag.recognizers`).
    var name: String { get }
    func candidates(in context: TagContext) -> [Candidate]
}

/// The recognisers Blotter knows, by name, in their default order (the configuration lists names from here;
/// unknown names are rejected at start-up).
public enum RecognizerRegistry {
    public static let defaultNames = ["force", "operation", "person", "model", "figure"]
    public static let knownNames = defaultNames

    public static func make(_ name: String, models: TagModels) -> (any Recognizer)? {
        switch name {
        case "force": ForceRecognizer(models: models)
        case "operation": OperationRecognizer()
        case "person": PersonRecognizer(models: models)
        case "figure": FigureRecognizer()
        case "model": models.sequenceModel.map { ModelPersonRecognizer(model: $0) }
        default: nil
        }
    }
}
