/// How sure a recogniser is of a candidate mention: among overlapping candidates the more confident wins, then the
/// longer (`OverlapResolver`); mention passes trust names found by rules (`lexicon` and above) more than the model's.
public struct Confidence: Comparable, Hashable, Sendable {
    public let rank: Int

    public init(rank: Int) { self.rank = rank }

    /// A trained model's span ("person.model"), a location.
    public static let guess = Confidence(rank: 0)
    /// A rule on lexicon evidence: a known given name, a cue word, a surname already named, a bare "XPD", a figure.
    public static let lexicon = Confidence(rank: 1)
    /// A grammar: a title before a name, a place before a force's head, a force's unit.
    public static let grammar = Confidence(rank: 2)
    /// A table entry named in full: the force gazetteers, "the Met", a named operation.
    public static let table = Confidence(rank: 3)

    /// One level above: a unit of a force outranks the force it names ("Toronto Police Traffic Services").
    public var raised: Confidence { Confidence(rank: rank + 1) }

    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
}
