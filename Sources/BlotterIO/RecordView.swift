import BlotterCore

/// A record as the writers see it, built once per record at the sink boundary: entity offsets in Unicode
/// scalars, canonicals resolved and figure facts flattened (`EntityView`). The JSON-lines, es-bulk and WANE
/// encoders and the SQLite sink read records through it, so each output detail is decided here once.
public struct RecordView: Sendable {
    public let record: Record
    /// The record's entities in text order.
    public let entities: [EntityView]
    /// The title's entities in title order, offsets into the title (`title_entities`).
    public let titleEntities: [EntityView]

    public init(_ record: Record) {
        self.record = record
        let offsets = OffsetMap(record.article.text)
        entities = record.entities.map { EntityView($0, offsets: offsets) }
        if record.titleEntities.isEmpty {
            titleEntities = []
        } else {
            let titleOffsets = OffsetMap(record.article.title ?? "")
            titleEntities = record.titleEntities.map { EntityView($0, offsets: titleOffsets) }
        }
    }

    /// The text's entities, then the title's: what the document names, for the summary and the facets.
    public var allEntities: [EntityView] { titleEntities.isEmpty ? entities : entities + titleEntities }

    /// The distinct canonicals of one type in first-mention order (the text's, then any the title adds).
    public func canonicals(of type: EntityType) -> [String] {
        allEntities.filter { $0.type == type }.compactMap(\.canonical).distinctInOrder()
    }

    /// Distinct canonical values per type in first-mention order, and the number of figures (the record's
    /// `summary`; the title's entities included).
    public var summary: RecordSummary {
        RecordSummary(people: canonicals(of: .person), forces: canonicals(of: .force), operations: canonicals(of: .operation),
                      figures: allEntities.filter { $0.type == .figure }.count)
    }
}

public struct RecordSummary: Sendable, Equatable {
    public var people: [String]
    public var forces: [String]
    public var operations: [String]
    public var figures: Int
}
