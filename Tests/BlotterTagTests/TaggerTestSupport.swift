import BlotterCore
import BlotterText
import BlotterTestSupport
@testable import BlotterTag

/// Tags marked text with the real models and compares each type's spans with the marks.
enum TagHarness {
    static let models: TagModels? = try? TagModels.load(from: TestPaths.models)

    static func tag(_ text: String, published: String? = nil, language: String? = nil, passes: [MentionPass] = []) throws -> [Entity] {
        guard let models else { throw HarnessError.noModels }
        let segmented = try Segmenter().segment(text)
        return try Tagger(models: models, mentionPasses: passes).tag(segmented, article: Article(published: published, language: language, text: text))
    }

    /// Spans found for `types` as marks, to compare with `MarkedText.marks`.
    static func marks(_ marked: MarkedText, types: Set<EntityType>, published: String? = nil, passes: [MentionPass] = []) throws -> [MarkedText.Mark] {
        try tag(marked.text, published: published, passes: passes).filter { types.contains($0.type) }
            .map { MarkedText.Mark(type: $0.type.rawValue, text: $0.text, start: $0.start) }
    }

    enum HarnessError: Error { case noModels }
}
