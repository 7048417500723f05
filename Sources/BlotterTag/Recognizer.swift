import BlotterCore

/// What a recogniser sees: the segmented text, the article's metadata and the loaded models.
public struct TagContext: Sendable {
    public var text: SegmentedText
    public var article: Article
    /// The sequence model's labels, one array per sentence (empty for an empty sentence), when the tagger has
    /// the model: it labels a document once, for the model recogniser and for `ModelRefutation`.
    var modelLabels: [[EntityLabel]]?
    /// How many sentences at the start are the title's (read with the text; `Tagger.tag(_:title:article:)`): a
    /// dateline is looked for after them.
    var titleSentences = 0
    public init(text: SegmentedText, article: Article) {
        self.text = text
        self.article = article
    }

    /// The model's label of one token, when the tagger labelled the document.
    func modelLabel(ofToken index: Int) -> EntityLabel? {
        guard text.tokens.indices.contains(index), let modelLabels else { return nil }
        let sentence = text.tokens[index].sentence
        guard modelLabels.indices.contains(sentence), text.sentences.indices.contains(sentence) else { return nil }
        let offset = index - text.sentences[sentence].tokens.lowerBound
        return modelLabels[sentence].indices.contains(offset) ? modelLabels[sentence][offset] : nil
    }

    /// The model's labels of one sentence: labelled once by the tagger, or now when no tagger labelled them.
    func labels(of sentenceIndex: Int, by model: SequenceModel) -> [EntityLabel] {
        if let modelLabels, modelLabels.indices.contains(sentenceIndex) { return modelLabels[sentenceIndex] }
        // (Only a context the tagger did not label comes here: the evidence is read anew each time.)
        let range = text.sentences[sentenceIndex].tokens
        return model.label(text.tokens[range], document: DocumentEvidence.flags(text.tokens, lexicons: model.lexicons,
                                                                                 quiet: 0..<titleSentences)[range])
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
        case "model": models.sequenceModel.map { ModelPersonRecognizer(model: $0, demonyms: models.demonyms) }
        default: nil
        }
    }
}
