import BlotterCore
import BlotterText
import BlotterTestSupport
@testable import BlotterTag

/// Tags marked text with the real models and compares each type's spans with the marks.
enum TagHarness {
    static let models: TagModels? = try? TagModels.load(from: TestPaths.models)

    /// The tagger's resolved candidates (the entities it hands on, with recogniser, confidence and reading).
    static func tag(_ text: String, published: String? = nil, language: String? = nil, passes: [MentionPass] = []) throws -> [Candidate] {
        guard let models else { throw HarnessError.noModels }
        let segmented = try Segmenter().segment(text)
        return try Tagger(models: models, mentionPasses: passes).candidates(segmented, article: Article(published: published, language: language, text: text))
    }

    /// Spans found for `types` as marks, to compare with `MarkedText.marks`.
    static func marks(_ marked: MarkedText, types: Set<EntityType>, published: String? = nil, passes: [MentionPass] = []) throws -> [MarkedText.Mark] {
        try tag(marked.text, published: published, passes: passes).filter { types.contains($0.type) }
            .map { MarkedText.Mark(type: $0.type.rawValue, text: $0.text, start: $0.start) }
    }

    enum HarnessError: Error { case noModels }
}

/// Runs one recogniser alone over a text, by its registry name: its candidates as it proposes them, before
/// overlap and mention resolution (as swift-nio tests one channel handler in an `EmbeddedChannel`).
enum RecognizerHarness {
    static func candidates(_ name: String, in text: String, published: String? = nil) throws -> [Candidate] {
        guard let models = TagHarness.models else { throw TagHarness.HarnessError.noModels }
        guard let recognizer = RecognizerRegistry.make(name, models: models) else { throw UnknownRecognizer(name: name) }
        let segmented = try Segmenter().segment(text)
        return recognizer.candidates(in: TagContext(text: segmented, article: Article(published: published, text: text)))
    }

    /// The candidates' texts of one type, in text order.
    static func texts(_ name: String, in text: String, type: EntityType) throws -> [String] {
        try candidates(name, in: text).filter { $0.type == type }.sorted { $0.start < $1.start }.map(\.text)
    }

    /// The mention resolver alone over candidates written for a text (with the real name lists).
    static func resolve(_ entities: [Candidate], in text: String, published: String? = nil) throws -> [Candidate] {
        guard let models = TagHarness.models else { throw TagHarness.HarnessError.noModels }
        return MentionResolver.resolve(entities, text: try Segmenter().segment(text), article: Article(published: published, text: text),
                                       names: NameLexicons(models: models))
    }

    /// A candidate for the words `span` of `text` (its first occurrence), as a recogniser would propose it.
    static func entity(_ type: EntityType, _ span: String, in text: String, canonical: String? = nil, confidence: Confidence = .grammar) -> Candidate {
        let start = text.range(of: span).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
        return Candidate(type: type, text: span, start: start, end: start + span.utf8.count, sentence: 0, canonical: canonical,
                      recognizer: "test", confidence: confidence)
    }

    struct UnknownRecognizer: Error { var name: String }
}
