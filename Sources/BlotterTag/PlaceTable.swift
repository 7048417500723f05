import Foundation

/// One named place of models/places.tsv (GeoNames and ISO 3166, built by scripts/build_places.py).
public struct Place: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case country, nation, state, county, region, city
    }
    public var name: String
    public var kind: Kind
    /// ISO 3166-1 alpha-2.
    public var country: String
    /// GeoNames admin1 code for cities (the US state code, the GB nation code), the ISO 3166-2 code for
    /// subdivisions, the state code for US states and counties; empty when unknown.
    public var admin1: String
    /// 0 when the source gives none.
    public var population: Int
    public var geonameID: Int?

    public init(name: String, kind: Kind, country: String, admin1: String = "", population: Int = 0, geonameID: Int? = nil) {
        self.name = name
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.population = population
        self.geonameID = geonameID
    }
}

/// The place table: names and alternate names looked up by hash (lower-cased), never by scanning.
public struct PlaceTable: Sendable {
    public static let fileName = "places.tsv"
    public private(set) var places: [Place] = []
    private var byKey: [String: [Int32]] = [:]
    /// The most words any name or alternate has: the longest phrase worth looking up.
    public private(set) var maximumWords = 0

    public init() {}

    /// Places with their alternate names (the same count as `places`, or empty for none).
    public init(places: [Place], alternates: [[String]] = []) {
        for (index, place) in places.enumerated() {
            add(place, alternates: index < alternates.count ? alternates[index] : [])
        }
    }

    public var isEmpty: Bool { places.isEmpty }

    /// The lookup key of a name: lower case, so "MOSCOW", "Moscow" and "moscow" are one key.
    public static func key(_ name: String) -> String { name.lowercased() }

    /// Every place called `name` (or with it as an alternate name): countries, nations and states before
    /// counties, regions and cities, then the most populous first.
    public func places(named name: String) -> [Place] {
        guard let indices = byKey[Self.key(name)] else { return [] }
        return indices.map { places[Int($0)] }
    }

    /// The place a bare name most likely means in the news: a country; else a city of 100,000 people or more
    /// (the most populous); else a first-level division (a US state before others); else the most populous place.
    /// "Manchester" is the English city, not the Jamaican parish; "Georgia" the country.
    public func mostProminent(named name: String) -> Place? {
        let all = places(named: name)
        if let country = all.first(where: { $0.kind == .country }) { return country }
        if let city = all.filter({ $0.kind == .city && $0.population >= Self.prominentCityPopulation }).max(by: { $0.population < $1.population }) {
            return city
        }
        if let state = all.first(where: { $0.kind == .state && $0.country == "US" }) ?? all.first(where: { $0.kind == .state || $0.kind == .nation }) {
            return state
        }
        return all.max { $0.population < $1.population } ?? all.first
    }

    /// A city this large is what its bare name means before a smaller division of the same name (a judgement,
    /// not a measurement: the world's large cities are what news names without a qualifier).
    static let prominentCityPopulation = 100_000

    public func contains(_ name: String) -> Bool { byKey[Self.key(name)] != nil }

    private mutating func add(_ place: Place, alternates: [String]) {
        let index = Int32(places.count)
        places.append(place)
        var keys = [Self.key(place.name)]
        for alternate in alternates where !alternate.isEmpty {
            let key = Self.key(alternate)
            if !keys.contains(key) { keys.append(key) }
        }
        for key in keys {
            maximumWords = max(maximumWords, key.split(whereSeparator: { $0 == " " || $0 == "-" }).count)
            var list = byKey[key, default: []]
            let rank = Self.rank(place)
            let position = list.firstIndex { Self.rank(places[Int($0)]) > rank } ?? list.count
            list.insert(index, at: position)
            byKey[key] = list
        }
    }

    private static func rank(_ place: Place) -> (Int, Int) {
        (Place.Kind.allCases.firstIndex(of: place.kind) ?? 0, -place.population)
    }

    /// Reads models/places.tsv: a header row, then `name, kind, country, admin1, population, geonameid,
    /// alternates` (pipe-separated). A malformed row is an error naming the file and line.
    public static func load(_ url: URL) throws(TagModels.LoadError) -> PlaceTable {
        var table = PlaceTable()
        for (line, cells) in try TagModels.numberedRows(url, columns: 7) {
            func fail(_ message: String) -> TagModels.LoadError {
                TagModels.LoadError(description: "\(url.path):\(line): \(message)")
            }
            let name = cells[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw fail("empty place name") }
            guard let kind = Place.Kind(rawValue: cells[1]) else {
                throw fail("kind '\(cells[1])' is not one of \(Place.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let country = cells[2]
            guard country.utf8.count == 2, country.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                throw fail("country '\(country)' is not an ISO 3166-1 alpha-2 code")
            }
            guard let population = Int(cells[4]), population >= 0 else {
                throw fail("population '\(cells[4])' is not a whole number")
            }
            var geonameID: Int?
            if !cells[5].isEmpty {
                guard let id = Int(cells[5]), id > 0 else { throw fail("geonameid '\(cells[5])' is not a number") }
                geonameID = id
            }
            let alternates = cells[6].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            table.add(Place(name: name, kind: kind, country: country, admin1: cells[3], population: population, geonameID: geonameID),
                      alternates: alternates)
        }
        return table
    }
}
