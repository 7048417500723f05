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
    /// How the figure reads before Blotter's normalisation, for judging against specs that leave the hedge out
    /// of the span and keep the text's own unit (Recognizers-Text): the UTF-8 bytes of the span the qualifier
    /// takes ("more than " of "more than 90 kilos"), and the number in the unit as written when `value` was
    /// converted (470 of "470 pence", 200 of "200lbs"). Neither is written to records.
    public var qualifierLength: Int = 0
    public var statedValue: Double?
    /// The high end in the unit as written, when `valueMax` was converted.
    public var statedValueMax: Double?
    /// A day of the story counted from the last day the text dates: +1 for "the next day", −1 for "the previous
    /// day", 0 for "the same day" (resolved by `MentionResolver`; not written to records).
    public var storyDayOffset: Int?
    /// A weekday named alone ("on Friday": 1 = Monday … 7 = Sunday): on a page with no published date
    /// `MentionResolver` dates it from the page's dateline or the story's last dated day (not written to records).
    public var storyWeekday: Int?
    /// Whether the clause of a weekday or of a date without a year speaks of the future ("will appear on
    /// Monday", "will be allocated in January"; not written to records).
    public var futureTense = false
    /// Whether that clause shows the past ("was arrested in December"; not written to records).
    public var pastTense = false
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
    /// The recogniser that proposed the mention (for debugging and tie-breaking; not written to records).
    public var recognizer: String
    /// Higher wins among overlapping candidates of equal length.
    public var confidence: Confidence

    public init(type: EntityType, text: String, start: Int, end: Int, sentence: Int, canonical: String? = nil,
                role: String? = nil, name: String? = nil, figure: FigureFacts? = nil, recognizer: String, confidence: Confidence = .guess) {
        self.type = type
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.canonical = canonical
        self.role = role
        self.name = name
        self.figure = figure
        self.recognizer = recognizer
        self.confidence = confidence
    }

    /// A location mention: `canonical` is the place's name, `country` its ISO 3166-1 alpha-2 code when known.
    public static func location(text: String, start: Int, end: Int, sentence: Int, canonical: String, country: String?,
                                recognizer: String, confidence: Confidence = .guess) -> Entity {
        var entity = Entity(type: .location, text: text, start: start, end: end, sentence: sentence, canonical: canonical,
                            recognizer: recognizer, confidence: confidence)
        entity.country = country
        return entity
    }

    public var length: Int { end - start }

    public func overlaps(_ other: Entity) -> Bool { start < other.end && other.start < end }
}
