/// The pipeline's output for one document (schema version 1, see README "The record").
public struct Record: Sendable {
    public static let schemaVersion = 1

    public var sequence: Int
    public var id: String
    public var source: SourceLocation
    public var article: Article
    /// Entities in text order, with UTF-8 offsets (converted when written).
    public var entities: [Entity]
    /// Entities of the title, in title order, with UTF-8 offsets into `article.title` (the record's
    /// `title_entities`; a headline names forces and people the text may write otherwise: "Tempe Police").
    public var titleEntities: [Entity] = []
    /// The id of the first record of the run with the same main text (a repeated capture), else nil.
    public var duplicateOf: String?

    public init(sequence: Int, id: String, source: SourceLocation, article: Article, entities: [Entity] = [], duplicateOf: String? = nil) {
        self.sequence = sequence
        self.id = id
        self.source = source
        self.article = article
        self.entities = entities
        self.duplicateOf = duplicateOf
    }
}
