import BlotterCore

/// The tag stage (with resolve): runs each configured recogniser, resolves overlaps, then links mentions.
public struct Tagger: Sendable {
    public let recognizers: [any Recognizer]
    /// The name lists `MentionResolver` consults (which names lend their surnames to other mentions).
    let names: NameLexicons
    /// Optional document-level passes (sports layouts), in `MentionPass` order.
    public let mentionPasses: Set<MentionPass>
    /// The model's check of rule-proposed people, when the `model` recogniser is configured.
    let refutation: ModelRefutation?

    /// Builds the recognisers named in `names` (see `RecognizerRegistry`); unknown names are returned so the
    /// caller can report them with the configuration file.
    public init(models: TagModels, names: [String] = RecognizerRegistry.defaultNames, mentionPasses: [MentionPass] = []) throws(UnknownRecognizer) {
        self.mentionPasses = Set(mentionPasses)
        var built: [any Recognizer] = []
        for name in names {
            guard RecognizerRegistry.knownNames.contains(name) else { throw UnknownRecognizer(name: name) }
            guard let recognizer = RecognizerRegistry.make(name, models: models) else {
                throw UnknownRecognizer(name: name, reason: "recognizer 'model' needs models/\(TagModels.sequenceModelFile) (make it with `blotter train`)")
            }
            built.append(recognizer)
        }
        recognizers = built
        self.names = NameLexicons(models: models)
        refutation = built.lazy.compactMap { $0 as? ModelPersonRecognizer }.first.map { ModelRefutation(model: $0.model) }
    }

    public struct UnknownRecognizer: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var reason: String?
        public var description: String {
            reason ?? "unknown recognizer '\(name)' (known: \(RecognizerRegistry.knownNames.joined(separator: ", ")))"
        }
    }

    /// The sequence model's BIO label codes for one sentence's tokens (0 outside, begin 1/3/5/7 for PER/ORG/LOC/MISC,
    /// inside = begin + 1), when the `model` recogniser is configured: to score the bare model.
    public func modelLabels(_ tokens: ArraySlice<Token>) -> [UInt8]? {
        guard let model = recognizers.lazy.compactMap({ $0 as? ModelPersonRecognizer }).first?.model else { return nil }
        return model.label(tokens).map(\.rawValue)
    }

    /// The entities of a text: what the tag stage hands on.
    public func tag(_ text: SegmentedText, article: Article) -> [Entity] {
        candidates(text, article: article).map(\.entity)
    }

    /// The resolved candidates of a text, in text order: each entity with the recogniser that proposed it, its
    /// confidence and, for figures, how it reads (`blotter eval figures` judges that reading).
    public func candidates(_ text: SegmentedText, article: Article) -> [Candidate] {
        var context = TagContext(text: text, article: article)
        if let model = refutation?.model {
            context.modelLabels = text.sentences.map { $0.tokens.isEmpty ? [] : model.label(text.tokens[$0.tokens]) }
        }
        var candidates = recognizers.flatMap { $0.candidates(in: context) }
        if let refutation { candidates = refutation.filter(candidates, context: context) }
        return MentionResolver.resolve(OverlapResolver.resolve(candidates), text: text, article: article, names: names,
                                       passes: mentionPasses)
    }
}
