import BlotterCore

/// A record as the writers see it, built once per record at the sink boundary: entity offsets in Unicode
/// scalars, canonicals resolved and figure facts flattened (`EntityView`). The JSON-lines, es-bulk and WANE
/// encoders and the SQLite sink read records through it, so each output detail is decided here once.
public struct RecordView: Sendable {
    public let record: Record
    /// The record's entities in text order.
    public let entities: [EntityView]

    public init(_ record: Record) {
        self.record = record
        let offsets = OffsetMap(record.article.text)
        entities = record.entities.map { EntityView($0, offsets: offsets) }
    }

    /// The distinct canonicals of one type in first-mention order.
    public func canonicals(of type: EntityType) -> [String] {
        entities.filter { $0.type == type }.compactMap(\.canonical).distinctInOrder()
    }

    /// Distinct canonical values per type in first-mention order, and the number of figures (the record's
    /// `summary`).
    public var summary: RecordSummary {
        RecordSummary(people: canonicals(of: .person), forces: canonicals(of: .force), operations: canonicals(of: .operation),
                      figures: entities.filter { $0.type == .figure }.count)
    }
}

public struct RecordSummary: Sendable, Equatable {
    public var people: [String]
    public var forces: [String]
    public var operations: [String]
    public var figures: Int
}
