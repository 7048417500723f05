import BlotterCore
import Foundation

/// A US law-enforcement agency of models/us-agencies.tsv (FBI ORIs, built by scripts/build_us_agencies.py).
public struct USAgency: Sendable, Equatable {
    public var ori: String
    public var name: String
    /// The forms of its place news writes before "police" ("Las Vegas", "Harris County").
    public var places: [String]
    public var state: String
    public var population: Int
    public var kind: ForceKind
    public var aliases: [String]
}

/// The US agencies, looked up by hash: by place form (lower case) and by full name (lower case).
public struct USAgencyTable: Sendable {
    public static let fileName = "us-agencies.tsv"
    public private(set) var agencies: [USAgency] = []
    private var byPlace: [String: [Int32]] = [:]
    private var byName: [String: [Int32]] = [:]

    public init(_ agencies: [USAgency] = []) {
        for agency in agencies { add(agency) }
    }

    private mutating func add(_ agency: USAgency) {
        let index = Int32(agencies.count)
        agencies.append(agency)
        for place in agency.places { byPlace[place.lowercased(), default: []].append(index) }
        byName[Self.nameKey(agency.name), default: []].append(index)
    }

    /// Names compared without case, curly apostrophes or "Dept": "Harris County Sheriff’s Office".
    static func nameKey(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'")
    }

    /// Agencies of `kind` (police or sheriff) whose place is written `place`, largest first.
    public func agencies(at place: String, kind: ForceKind) -> [USAgency] {
        (byPlace[place.lowercased()] ?? []).map { agencies[Int($0)] }.filter { $0.kind == kind }
    }

    /// Whether some agency's place is written `place` ("Athens-Clarke County", which the place table lacks).
    public func isPlace(_ place: String) -> Bool {
        byPlace[place.lowercased()] != nil
    }

    /// Agencies whose full name is `name`, largest first.
    public func agencies(named name: String) -> [USAgency] {
        (byName[Self.nameKey(name)] ?? []).map { agencies[Int($0)] }
    }

    /// Reads the table; a malformed row is an error naming the file and line.
    public static func load(_ url: URL) throws(TagModels.LoadError) -> USAgencyTable {
        var table = USAgencyTable()
        for (line, cells) in try TagModels.numberedRows(url, columns: 7) {
            func fail(_ message: String) -> TagModels.LoadError { TagModels.LoadError(description: "\(url.path):\(line): \(message)") }
            guard cells[0].count == 7 else { throw fail("ORI '\(cells[0])' is not 7 characters") }
            guard !cells[1].isEmpty else { throw fail("empty agency name") }
            guard cells[3].count == 2 else { throw fail("state '\(cells[3])' is not a two-letter code") }
            guard let population = Int(cells[4]), population >= 0 else { throw fail("population '\(cells[4])' is not a whole number") }
            guard let kind = ForceKind(rawValue: cells[5]) else { throw fail("kind '\(cells[5])' is not a force kind") }
            table.add(USAgency(ori: cells[0], name: cells[1], places: split(cells[2]), state: cells[3], population: population,
                               kind: kind, aliases: split(cells[6])))
        }
        return table
    }

    private static func split(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension TagModels.ForceEntry {
    /// The gazetteer's kinds (forces.tsv: territorial, rocu, special, ...) as record kinds; the world table
    /// writes record kinds already.
    static func recordKind(_ kind: String) -> ForceKind? {
        if let kind = ForceKind(rawValue: kind) { return kind }
        switch kind {
        case "territorial", "municipal", "national", "rocu", "special", "unit": return .police
        case "national-agency": return .federal
        case "other-agency", "international": return .other
        default: return nil
        }
    }

    /// The gazetteer's country names as ISO 3166-1 alpha-2 (nil for "International", "European Union").
    static func isoCountry(_ country: String) -> String? {
        if country.count == 2, country.allSatisfy(\.isUppercase) { return country }
        switch country {
        case "England", "Wales", "Scotland", "Northern Ireland", "United Kingdom", "Great Britain": return "GB"
        case "United States": return "US"
        case "Ireland": return "IE"
        case "Canada": return "CA"
        default: return nil
        }
    }

    /// Units of a force named in the gazetteers: their parent's id.
    static let unitParents = ["flying-squad": "metropolitan", "counter-terrorism-command": "metropolitan"]
}
