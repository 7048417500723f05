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
    /// Names that look like people's and are not (models/not-people.tsv).
    let notPeople: Set<String>

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
        notPeople = models.notPeople
        refutation = built.lazy.compactMap { $0 as? ModelPersonRecognizer }.first.map { ModelRefutation(model: $0.model) }
    }

    public struct UnknownRecognizer: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var reason: String?
        public var description: String {
            reason ?? "unknown recognizer '\(name)' (known: \(RecognizerRegistry.knownNames.joined(separator: ", ")))"
        }
    }

    /// The sequence model's BIO label codes for the sentences of one document (0 outside, begin 1/3/5/7 for
    /// PER/ORG/LOC/MISC, inside = begin + 1), each read with what the whole document says of its words (as `tag`
    /// reads them), when the `model` recogniser is configured: to score the bare model.
    public func modelLabels(documentSentences sentences: [ArraySlice<Token>]) -> [[UInt8]]? {
        guard let model = recognizers.lazy.compactMap({ $0 as? ModelPersonRecognizer }).first?.model else { return nil }
        return model.label(documentSentences: sentences).map { $0.map(\.rawValue) }
    }

    /// The entities of a text: what the tag stage hands on.
    public func tag(_ text: SegmentedText, article: Article) -> [Entity] {
        candidates(text, article: article).map(\.entity)
    }

    /// The text's resolved candidates when it is read with its title (as `tag(_:title:article:)` reads it), offsets
    /// into the text: what evaluation judges.
    public func textCandidates(_ text: SegmentedText, title: SegmentedText?, article: Article) -> [Candidate] {
        guard let title, !title.tokens.isEmpty else { return candidates(text, article: article) }
        let (joined, bodyOffset) = SegmentedText.joined(title: title, body: text)
        return candidates(joined, article: article, title: (title.text.utf8.count, title.sentences.count)).compactMap { candidate in
            guard candidate.start >= bodyOffset else { return nil }
            var moved = candidate
            moved.start -= bodyOffset
            moved.end -= bodyOffset
            moved.sentence -= title.sentences.count
            return moved
        }
    }

    /// The entities of a text and of its title, read as one document (the headline, then the story): the text's
    /// with offsets into the text, the title's with offsets into the title.
    public func tag(_ text: SegmentedText, title: SegmentedText?, article: Article) -> (text: [Entity], title: [Entity]) {
        guard let title, !title.tokens.isEmpty else { return (tag(text, article: article), []) }
        let (joined, bodyOffset) = SegmentedText.joined(title: title, body: text)
        let titleBytes = title.text.utf8.count
        var inText: [Entity] = []
        var inTitle: [Entity] = []
        for var entity in candidates(joined, article: article, title: (titleBytes, title.sentences.count)).map(\.entity) {
            if entity.end <= titleBytes {
                // (A headline's figure restates the story's: kept once, from the text, so that totals count it once.)
                if entity.type != .figure { inTitle.append(entity) }
            } else if entity.start >= bodyOffset {
                entity.start -= bodyOffset
                entity.end -= bodyOffset
                entity.sentence -= title.sentences.count
                inText.append(entity)
            }
        }
        // (and still named by the story after mention resolution)
        var people: [Set<Substring>] = []
        for person in inText where person.type == .person {
            people.append(Set(person.text.split(separator: " ")))
            if let canonical = person.canonical { people.append(Set(canonical.split(separator: " "))) }
        }
        inTitle.removeAll { title in
            guard title.type == .person else { return false }
            let words = Set(title.text.split(separator: " "))
            return !people.contains { words.isSubset(of: $0) }
        }
        return (inText, inTitle)
    }

    /// The resolved candidates of a text, in text order: each entity with the recogniser that proposed it, its
    /// confidence and, for figures, how it reads (`blotter eval figures` judges that reading).
    public func candidates(_ text: SegmentedText, article: Article, title: (end: Int, sentences: Int)? = nil) -> [Candidate] {
        var context = TagContext(text: text, article: article)
        context.titleSentences = title?.sentences ?? 0
        if let model = refutation?.model {
            context.modelLabels = model.label(text, titleSentences: context.titleSentences)
        }
        var candidates = recognizers.flatMap { $0.candidates(in: context) }
        if let refutation { candidates = refutation.filter(candidates, context: context) }
        candidates = NotPeople.removing(notPeople, from: candidates)
        candidates = AliasNames.removing(from: candidates, text: text)
        if let title {
            // Nothing runs across from the title into the text; the title's figures are left to the text (a headline's
            // number restates the story's) before they can anchor the story's dates.
            let bodyStart = text.sentences.indices.contains(title.sentences) ? text.sentences[title.sentences].start : Int.max
            candidates.removeAll { ($0.start < title.end && $0.end > title.end) || ($0.start < bodyStart && $0.end > bodyStart)
                || ($0.type == .figure && $0.end <= title.end) }
        }
        var resolved = OverlapResolver.resolve(candidates)
        if let title { resolved = Self.confirmedHeadlinePeople(resolved, titleEnd: title.end) }
        // (Aliases again after the mentions: a list read as people's re-adds an alias listed with them, "Sachin Kumar
        // alias Puju Tiwari, Vijay Kumar and Ravi Shankar".)
        return AliasNames.removing(from: MentionResolver.resolve(resolved, text: text, article: article, names: names, passes: mentionPasses,
                                                                 titleSentences: title?.sentences ?? 0), text: text)
    }

    /// A person in a title-case headline is the name model's weakest reading ("Sault Post", "James Holmes
    /// Spitting", "Jatrabari Laguna"): kept only when the story names the person too (the same words, or a name
    /// ending in them), before it can lend its words to mentions in the story. Session 11: on the blind
    /// batches' tune halves 1 of 405 person strings was in a headline alone, against 6 false ones.
    static func confirmedHeadlinePeople(_ candidates: [Candidate], titleEnd: Int) -> [Candidate] {
        guard candidates.contains(where: { $0.type == .person && $0.end <= titleEnd }) else { return candidates }
        // ("Ahmaud Arbery" in the headline, "Ahmaud Marquez Arbery" in the story: every headline word in one story name.)
        let storyPeople = candidates.filter { $0.type == .person && $0.start >= titleEnd }.map { Set($0.text.split(separator: " ")) }
        return candidates.filter { candidate in
            guard candidate.type == .person, candidate.end <= titleEnd else { return true }
            let words = Set(candidate.text.split(separator: " "))
            return storyPeople.contains { words.isSubset(of: $0) }
        }
    }
}
