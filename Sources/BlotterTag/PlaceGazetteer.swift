import Foundation

/// The names of `PlaceTable` (models/places.tsv) keyed by their lower-case words, punctuation left out ("St. Louis"
/// → "st louis"). `PlaceTable` builds it while it reads the file. When a name belongs to several places, a place's
/// own name wins over another's alias, then the place of the earlier `Place.Kind` (a country before a state, a state before a city: "Georgia" is the country,
/// "Washington" the state), then the most populous, then the first row. Used twice: as a feature of the sequence
/// model (which tokens stand inside a known place name) and to give a tagged location its `canonical` name and
/// `country`.
public struct PlaceGazetteer: Sendable {
    public struct Place: Sendable, Equatable {
        public var name: String
        public var country: String?
    }

    /// Lower-case tokens joined by one space → place.
    private var places: [String: Place] = [:]
    private var ranks: [String: (alias: Bool, kind: Int, population: Double)] = [:]
    /// Lower-case first token → the most tokens a name starting with it has.
    private var longest: [String: Int] = [:]

    public init() {}

    public var count: Int { places.count }

    /// Adds a name (and its aliases) for a place; a name already known keeps the place of the earlier kind
    /// (`kindRank`, the index in `Place.Kind.allCases`), then the more populous one.
    public mutating func add(name: String, aliases: [String] = [], country: String?, population: Double = 0, kindRank: Int = 0) {
        let place = Place(name: name, country: country.flatMap { $0.isEmpty ? nil : $0 })
        for (index, written) in ([name] + aliases).enumerated() {
            // Punctuation is left out of the key ("St. Louis" → "st louis"), as `place(_:)` is asked with words only.
            let tokens = PhraseTokenizer.tokens(written).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.map { $0.lowercased() }
            guard let first = tokens.first else { continue }
            let key = tokens.joined(separator: " ")
            // A place's own name beats another's alias ("Northampton" is the English town, not the alias of three
            // US counties named "Northampton County"); then the earlier kind, then the more populous.
            let alias = index > 0
            if let known = ranks[key], (!known.alias && alias)
                || (known.alias == alias && (known.kind < kindRank || (known.kind == kindRank && known.population >= population))) { continue }
            places[key] = place
            ranks[key] = (alias, kindRank, population)
            longest[first] = max(longest[first] ?? 0, tokens.count)
        }
    }

    /// The place a run of lower-case tokens names, if any.
    public func place(_ lowerTokens: some Collection<String>) -> Place? {
        places[lowerTokens.joined(separator: " ")]
    }

    /// For each token, whether it stands inside a known place name starting with a capitalised word (any word
    /// in a headline), longest match first.
    func marks(_ lower: [String], capitalized: [Bool], headline: Bool) -> [Bool] {
        var marks = [Bool](repeating: false, count: lower.count)
        guard !places.isEmpty else { return marks }
        var index = 0
        while index < lower.count {
            guard capitalized[index] || headline, let most = longest[lower[index]] else { index += 1; continue }
            var matched = 0
            var length = min(most, lower.count - index)
            while length > 0 {
                if places[lower[index..<(index + length)].joined(separator: " ")] != nil { matched = length; break }
                length -= 1
            }
            if matched > 0 {
                for offset in index..<(index + matched) { marks[offset] = true }
                index += matched
            } else {
                index += 1
            }
        }
        return marks
    }
}
