import BlotterCore

/// One entity as every output writes it: the tagger's `Entity` with its UTF-8 offsets converted to Unicode
/// scalars, its canonical resolved and its figure facts flattened beside the force fields. Fields that do not
/// apply to the entity's type are nil.
public struct EntityView: Sendable, Equatable {
    public let type: EntityType
    public let text: String
    /// Unicode-scalar offsets into the article text (`text[start:end]` in Python is the entity's text).
    public let start: Int
    public let end: Int
    public let sentence: Int
    /// The entity's canonical form, or its text when it has none; nil for figures, which have none.
    public let canonical: String?
    /// people: title, rank or office.
    public let role: String?
    /// forces: the full name as the tagger found it (nil when unknown; see `fullName`).
    public let name: String?
    /// forces and locations: ISO 3166-1 alpha-2 code.
    public let country: String?
    /// forces: the canonical of the force a unit belongs to.
    public let parent: String?
    /// forces: the agency kind (`ForceKind`); figures: what the figure measures (`FigureKind`).
    public let kind: String?
    /// figures: the value (a number or an ISO date), the high end of a range, the unit, the hedge and what
    /// is counted.
    public let value: FigureValue?
    public let valueMax: Double?
    public let unit: String?
    public let qualifier: String?
    public let of: String?

    public init(_ entity: Entity, offsets: OffsetMap) {
        type = entity.type
        text = entity.text
        start = offsets.scalarOffset(utf8: entity.start)
        end = offsets.scalarOffset(utf8: entity.end)
        sentence = entity.sentence
        canonical = Self.canonical(of: entity)
        role = entity.role
        name = entity.name
        country = entity.country
        parent = entity.parent
        kind = entity.figure?.kind.rawValue ?? entity.forceKind?.rawValue
        value = entity.figure?.value
        valueMax = entity.figure?.valueMax
        unit = entity.figure?.unit
        qualifier = entity.figure?.qualifier?.rawValue
        of = entity.figure?.of
    }

    /// The one rule for an entity's canonical in every output: its `canonical`, else its text; figures have none.
    public static func canonical(of entity: Entity) -> String? {
        entity.type == .figure ? nil : (entity.canonical ?? entity.text)
    }

    /// forces: the full name, or the text when none is known (records' `name`, WANE's `organizations`).
    public var fullName: String { name ?? text }

    /// The key for filters and facets: "person:Kit Malthouse", "force:bedfordshire", "figure:mass".
    public var key: String {
        type.rawValue + ":" + (type == .figure ? (kind ?? "other") : (canonical ?? text))
    }
}
