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
    /// The same names by their words (punctuation left out), for the sequence model's place feature and the
    /// location entities: built with the table, so models/places.tsv is read once.
    public private(set) var names = PlaceGazetteer()

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
        names.add(name: place.name, aliases: alternates, country: place.country, population: Double(place.population),
                  kindRank: Place.Kind.allCases.firstIndex(of: place.kind) ?? 0)
        for key in keys {
            var words = 1
            for byte in key.utf8 where byte == 0x20 || byte == 0x2D { words += 1 }  // space, hyphen
            maximumWords = max(maximumWords, words)
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
    /// The rows are split on bytes, not through `TagModels.numberedRows`: 50,000 rows loaded that way took
    /// 0.28 s of CPU at every start of `blotter run` (release build, 2026-12-05), this way 0.04 s.
    public static func load(_ url: URL) throws(TagModels.LoadError) -> PlaceTable {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TagModels.LoadError(description: "\(url.path): cannot read model file (\(error.localizedDescription)); set tag.models in the configuration to the models/ directory")
        }
        var table = PlaceTable()
        table.places.reserveCapacity(data.count / 40)
        var sawHeader = false
        var lineNumber = 0
        var rowError: TagModels.LoadError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart <= bytes.count, rowError == nil {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart || bytes[lineStart] == 0x23 { if lineEnd >= bytes.count { break } else { continue } }  // blank, "#"
                if !sawHeader { sawHeader = true; continue }
                var cells: [String] = []
                cells.reserveCapacity(7)
                var cellStart = lineStart
                for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 0x09 {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<index]), as: UTF8.self))
                    cellStart = index + 1
                }
                do throws(TagModels.LoadError) {
                    try table.addRow(cells, line: lineNumber, url: url)
                } catch {
                    rowError = error
                }
                if lineEnd >= bytes.count { break }
            }
        }
        if let rowError { throw rowError }
        return table
    }

    private mutating func addRow(_ cells: [String], line: Int, url: URL) throws(TagModels.LoadError) {
        func fail(_ message: String) -> TagModels.LoadError {
            TagModels.LoadError(description: "\(url.path):\(line): \(message)")
        }
        guard cells.count >= 7 else { throw fail("expected 7 tab-separated columns, found \(cells.count)") }
        let name = cells[0]
        guard !name.isEmpty, name.first?.isWhitespace == false else { throw fail("empty place name") }
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
        let alternates = cells[6].split(separator: "|").map(String.init)
        add(Place(name: name, kind: kind, country: country, admin1: cells[3], population: population, geonameID: geonameID),
            alternates: alternates)
    }
}
