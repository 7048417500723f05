/// The entity types Blotter tags.
public enum EntityType: String, Sendable, CaseIterable, Codable {
    case person
    case force
    case operation
    case figure
    /// A place (city, region, country), from the sequence model's location spans.
    case location
}

/// What kind of agency a force is (records: the force entity's `kind`).
public enum ForceKind: String, Sendable, CaseIterable, Codable {
    case police, sheriff
    case statePolice = "state_police"
    case highwayPatrol = "highway_patrol"
    case federal, prosecutor, border
    case militaryPolice = "military_police"
    case other
}

/// What a figure measures.
public enum FigureKind: String, Sendable, CaseIterable, Codable {
    case money, mass, count, percent, age, duration, date, length, volume, speed, other
}

/// How a figure is hedged in the text ("more than 90 kilos").
public enum Qualifier: String, Sendable, CaseIterable, Codable {
    case moreThan = "more_than"
    case lessThan = "less_than"
    case about
    case upTo = "up_to"
    case atLeast = "at_least"
    case nearly
}

/// A figure's value: a number, or an ISO date string ("2020-04-27", "XXXX-04-27").
public enum FigureValue: Sendable, Equatable {
    case number(Double)
    case date(String)
}

/// The facts a figure carries beyond its span.
public struct FigureFacts: Sendable, Equatable {
    public var kind: FigureKind
    public var value: FigureValue
    public var unit: String?
    public var qualifier: Qualifier?
    public var of: String?
    /// The high end of a range ("between 40 and 50 officers": `value` 40, `valueMax` 50); written as `value_max`.
    public var valueMax: Double?
    public init(kind: FigureKind, value: FigureValue, unit: String? = nil, qualifier: Qualifier? = nil, of: String? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.of = of
    }
}

/// One tagged mention. `start`/`end` are UTF-8 byte offsets into the article text while the document is in the
/// pipeline; the writers convert them to Unicode-scalar offsets (BlotterIO's `RecordView`).
public struct Entity: Sendable, Equatable {
    public var type: EntityType
    public var text: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    /// people: fullest form in the document; forces: gazetteer id or slug; operations: "Operation Name".
    public var canonical: String?
    /// people: title, rank or office ("Chief Constable").
    public var role: String?
    /// forces: the full name.
    public var name: String?
    /// locations and forces: the country's ISO 3166-1 alpha-2 code, where known.
    public var country: String?
    public var figure: FigureFacts?
    /// forces: what kind of agency (`ForceKind`); a unit takes its force's kind.
    public var forceKind: ForceKind?
    /// forces: the canonical of the force a unit belongs to ("Toronto Police Traffic Services" → its force).
    public var parent: String?

    public init(type: EntityType, text: String, start: Int, end: Int, sentence: Int, canonical: String? = nil,
                role: String? = nil, name: String? = nil, figure: FigureFacts? = nil) {
        self.type = type
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.canonical = canonical
        self.role = role
        self.name = name
        self.figure = figure
    }

    /// A location mention: `canonical` is the place's name, `country` its ISO 3166-1 alpha-2 code when known.
    public static func location(text: String, start: Int, end: Int, sentence: Int, canonical: String, country: String?) -> Entity {
        var entity = Entity(type: .location, text: text, start: start, end: end, sentence: sentence, canonical: canonical)
        entity.country = country
        return entity
    }

    public var length: Int { end - start }

    public func overlaps(_ other: Entity) -> Bool { start < other.end && other.start < end }
}
