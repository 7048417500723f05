import BlotterCore

/// A mention as the tagger holds it: the `Entity` a record will carry, plus what only the tagger uses. Recognisers
/// propose candidates, `OverlapResolver` and `MentionResolver` decide among and link them, and the tag stage hands
/// on their entities (`Tagger.tag`). The entity's fields read and write as the candidate's own (`candidate.start`,
/// `candidate.canonical = …`).
@dynamicMemberLookup
public struct Candidate: Sendable, Equatable {
    public var entity: Entity
    /// The recogniser (or mention pass) that proposed the mention: "person.title", "force.acronym", "figure.money".
    public var recognizer: String
    /// Higher wins among overlapping candidates (`OverlapResolver`).
    public var confidence: Confidence
    /// How a figure reads in its text (`FigureReading`); empty for other types.
    public var reading: FigureReading

    public init(_ entity: Entity, recognizer: String, confidence: Confidence = .guess, reading: FigureReading = FigureReading()) {
        self.entity = entity
        self.recognizer = recognizer
        self.confidence = confidence
        self.reading = reading
    }

    /// A candidate for a new entity, with `Entity`'s fields.
    public init(type: EntityType, text: String, start: Int, end: Int, sentence: Int, canonical: String? = nil,
                role: String? = nil, name: String? = nil, figure: FigureFacts? = nil, recognizer: String,
                confidence: Confidence = .guess) {
        self.init(Entity(type: type, text: text, start: start, end: end, sentence: sentence, canonical: canonical, role: role,
                         name: name, figure: figure),
                  recognizer: recognizer, confidence: confidence)
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Entity, Value>) -> Value {
        get { entity[keyPath: field] }
        set { entity[keyPath: field] = newValue }
    }

    public subscript<Value>(dynamicMember field: KeyPath<Entity, Value>) -> Value { entity[keyPath: field] }

    public func overlaps(_ other: Candidate) -> Bool { entity.overlaps(other.entity) }
}

/// How a figure reads in its text, before the resolver dates it and apart from Blotter's normalisation: what
/// `MentionResolver` needs to date a weekday or "the next day", and what `blotter eval figures` needs to judge a
/// figure as the Recognizers-Text specs read it (they leave the hedge out of the span and keep the text's unit).
/// None of it is written to records.
public struct FigureReading: Sendable, Equatable {
    /// The UTF-8 bytes of the span the qualifier takes ("more than " of "more than 90 kilos"); 0 without one.
    public var qualifierLength = 0
    /// The number in the unit as written when the value was converted (470 of "470 pence", 200 of "200lbs").
    public var statedValue: Double?
    /// The high end of a range in the unit as written, when `valueMax` was converted.
    public var statedValueMax: Double?
    /// A day of the story counted from the last day the text dates: +1 for "the next day", −1 for "the previous
    /// day", 0 for "the same day".
    public var storyDayOffset: Int?
    /// A year of the story counted from the last year the text names: +1 for "the following year", −1 for "the
    /// year before", 0 for "that year" (also after a month: "in April that year").
    public var storyYearOffset: Int?
    /// A weekday named alone ("on Friday": 1 = Monday … 7 = Sunday): on a page with no published date it is dated
    /// from the page's dateline or the story's last dated day.
    public var storyWeekday: Int?
    /// Whether the clause of a weekday or of a date without a year speaks of the future ("will appear on Monday",
    /// "will be allocated in January").
    public var futureTense = false
    /// Whether that clause shows the past ("was arrested in December").
    public var pastTense = false
    /// Whether the date opens a dateline ("New Delhi, August 30"): the report's own date, whose year is the
    /// published one whatever year the story before it named.
    public var opensDateline = false

    public init() {}
}

extension Candidate {
    /// A person span read again as the place `place` (same span; the table's name and country).
    func asPlace(_ place: PlaceGazetteer.Place, recognizer: String) -> Candidate {
        Candidate(.location(text: entity.text, start: entity.start, end: entity.end, sentence: entity.sentence, canonical: place.name, country: place.country),
                  recognizer: recognizer)
    }
}
