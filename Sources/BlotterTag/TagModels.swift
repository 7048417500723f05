import Foundation
import BlotterCore

/// The gazetteers and lists the recognisers read, loaded once from the models directory (see models/README.md).
public struct TagModels: Sendable {
    public var forces: [ForceEntry]
    public var titles: [TitleEntry]
    public var firstNames: Set<String>
    public var surnames: Set<String>
    /// Everyday English words, lower case (models/common-words.txt): a capitalised word not among them is likely
    /// a name.
    public var commonWords: Set<String>
    /// Named places (models/places.tsv: GeoNames cities, countries, states, counties), looked up by hash.
    public var places: PlaceTable
    /// US agencies with their FBI ORIs (models/us-agencies.tsv), looked up by place and name.
    public var usAgencies: USAgencyTable
    /// Country adjectives ("Thai", "German") → ISO 3166-1 alpha-2 (models/demonyms.tsv).
    public var demonyms: [String: String] = [:]
    /// Generic names of police and prosecutors' units ("Serious Collision Investigation Unit", "Special Branch") and
    /// their acronyms (models/police-units.tsv).
    public var policeUnits: [PoliceUnitEntry] = []
    /// Names written like people's that are not (gangs, parties, news outlets, products, fictional characters),
    /// folded by `NotPeople.key` (models/not-people.tsv).
    public var notPeople: Set<String> = []
    /// Place names by their words (models/places.tsv, read once with `places`).
    public var placeNames: PlaceGazetteer { places.names }
    /// The trained name model (models/ner.model), when present.
    var sequenceModel: SequenceModel?
    public var hasSequenceModel: Bool { sequenceModel != nil }

    public struct ForceEntry: Sendable, Equatable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var kind: String
        public var country: String
        /// The force a unit belongs to (its id), when the entry is a unit.
        public var parent: String? = nil

        /// Its acronyms match only where the document names its country (agencies-world.tsv rows outside the US).
        public var acronymsNeedCountry = false
        /// Its names match only where the document names its country, and its acronyms only where the document also
        /// names it in full (agencies-by-country.tsv: bodies written country by country, whose names other countries'
        /// bodies may share and whose acronyms are often other things' too).
        public var namesNeedCountry = false

        /// The record's `kind` and `country` (ISO 3166-1 alpha-2) of this entry.
        public var forceKind: ForceKind? { Self.recordKind(kind) }
        public var isoCountry: String? { Self.isoCountry(country) }
    }

    /// A unit's generic name and, where news uses one, its acronym.
    public struct PoliceUnitEntry: Sendable, Equatable {
        public var name: String
        public var acronym: String?
    }

    public struct TitleEntry: Sendable, Equatable {
        public enum Kind: String, Sendable { case honorific, rank, office }
        public var phrase: String
        public var role: String
        public var kind: Kind
        /// Whether the name model's title-word feature reads it: rows of `titles.tsv` are, rows of
        /// `titles-rules-only.tsv` (added after the model was trained) are read by the rules alone.
        public var readByModel = true
    }

    public init(forces: [ForceEntry], titles: [TitleEntry], firstNames: Set<String>, surnames: Set<String> = [],
                commonWords: Set<String> = [], places: PlaceTable = PlaceTable(), usAgencies: USAgencyTable = USAgencyTable()) {
        self.forces = forces
        self.titles = titles
        self.firstNames = firstNames
        self.surnames = surnames
        self.commonWords = commonWords
        self.places = places
        self.usAgencies = usAgencies
    }

    /// The file the trained name model is read from, inside the models folder.
    public static let sequenceModelFile = "ner.model"

    /// Problems with a models directory, naming the file and line.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Loads the lexicons and, unless `sequenceModel` is false (training a new one), the trained name model.
    public static func load(from directory: URL, sequenceModel loadModel: Bool = true) throws(LoadError) -> TagModels {
        var forces: [ForceEntry] = []
        // forces.tsv (the UK gazetteer and agencies-extra.tsv) and agencies-world.tsv (record kinds, ISO countries,
        // parents): a row with no id or name, or a kind or country the records cannot carry, names its file and line.
        for (file, columns) in [("forces.tsv", 5), ("agencies-world.tsv", 6), ("agencies-by-country.tsv", 6)] {
            let url = directory.appendingPathComponent(file)
            for (line, cells) in try numberedRows(url, columns: columns) {
                var entry = ForceEntry(id: cells[0], name: cells[1], aliases: cells[2].split(separator: "|").map(String.init).filter { !$0.isEmpty },
                                       kind: cells[3], country: cells[4],
                                       parent: columns > 5 && !cells[5].isEmpty ? cells[5] : ForceEntry.unitParents[cells[0]])
                guard !entry.id.isEmpty, !entry.name.isEmpty else {
                    throw LoadError(description: "\(url.path):\(line): a force needs an id and a name")
                }
                guard entry.forceKind != nil else {
                    throw LoadError(description: "\(url.path):\(line): kind '\(entry.kind)' is not a force kind (\(ForceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                guard entry.country.isEmpty || entry.isoCountry != nil || ["International", "European Union"].contains(entry.country) else {
                    throw LoadError(description: "\(url.path):\(line): country '\(entry.country)' is neither an ISO 3166-1 alpha-2 code nor a known name")
                }
                entry.acronymsNeedCountry = columns > 5 && entry.country != "US" && !entry.country.isEmpty
                entry.namesNeedCountry = file == "agencies-by-country.tsv" && !entry.country.isEmpty
                forces.append(entry)
            }
        }
        var titles: [TitleEntry] = []
        // (titles-rules-only.tsv: titles the rules read but the trained model's features do not, until a retrain is
        // judged on the held-out batches; absent is none. A retrain moves the model's spans on unseen pages by
        // ±0.01-0.03 per set: docs/TAGGER.md, session 25.)
        for (file, readByModel) in [("titles.tsv", true), ("titles-rules-only.tsv", false)] {
            let titleFile = directory.appendingPathComponent(file)
            if !readByModel, !FileManager.default.fileExists(atPath: titleFile.path) { continue }
            for (line, cells) in try numberedRows(titleFile, columns: 3) {
                guard let kind = TitleEntry.Kind(rawValue: cells[2]) else {
                    throw LoadError(description: "\(titleFile.path):\(line): kind '\(cells[2])' is not honorific, rank or office")
                }
                titles.append(TitleEntry(phrase: cells[0], role: cells[1], kind: kind, readByModel: readByModel))
            }
        }
        func words(_ file: String) throws(LoadError) -> Set<String> {
            Set(try text(directory.appendingPathComponent(file)).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty })
        }
        var models = TagModels(forces: forces, titles: titles, firstNames: try words("first-names.txt"), surnames: try words("surnames.txt"),
                                commonWords: try words("common-words.txt"),
                                places: try PlaceTable.load(directory.appendingPathComponent(PlaceTable.fileName)),
                                usAgencies: try USAgencyTable.load(directory.appendingPathComponent(USAgencyTable.fileName)))
        let demonymFile = directory.appendingPathComponent("demonyms.tsv")
        for (line, cells) in try numberedRows(demonymFile, columns: 2) {
            guard !cells[0].isEmpty, cells[1].utf8.count == 2, cells[1].utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                throw LoadError(description: "\(demonymFile.path):\(line): expected a demonym and an ISO 3166-1 alpha-2 country, found '\(cells[0])', '\(cells[1])'")
            }
            models.demonyms[cells[0]] = cells[1]
        }
        let unitFile = directory.appendingPathComponent("police-units.tsv")
        for (line, cells) in try numberedRows(unitFile, columns: 2) {
            let name = cells[0].trimmingCharacters(in: .whitespaces), acronym = cells[1].trimmingCharacters(in: .whitespaces)
            guard name.split(separator: " ").count >= 2, name.first?.isUppercase == true else {
                throw LoadError(description: "\(unitFile.path):\(line): a unit's name is two or more words opening with a capital, found '\(cells[0])'")
            }
            models.policeUnits.append(PoliceUnitEntry(name: name, acronym: acronym.isEmpty ? nil : acronym))
        }
        let notPeopleFile = directory.appendingPathComponent(NotPeople.fileName)
        for (line, cells) in try numberedRows(notPeopleFile, columns: 2) {
            guard !cells[0].trimmingCharacters(in: .whitespaces).isEmpty, NotPeople.categories.contains(cells[1]) else {
                throw LoadError(description: "\(notPeopleFile.path):\(line): expected a name and one of \(NotPeople.categories.sorted().joined(separator: ", ")), found '\(cells[0])', '\(cells[1])'")
            }
            models.notPeople.insert(NotPeople.key(cells[0]))
        }
        let modelURL = directory.appendingPathComponent(sequenceModelFile)
        if loadModel, FileManager.default.fileExists(atPath: modelURL.path) {
            models.sequenceModel = try SequenceModel.load(modelURL, lexicons: NameLexicons(models: models))
        }
        return models
    }

    private static func text(_ url: URL) throws(LoadError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LoadError(description: "\(url.path): cannot read model file (\(error.localizedDescription)); set tag.models in the configuration to the models/ directory")
        }
    }

    private static func rows(_ url: URL, columns: Int) throws(LoadError) -> [[String]] {
        try numberedRows(url, columns: columns).map(\.1)
    }

    /// Tab-separated rows after the header, skipping `#` comments and blank lines.
    static func numberedRows(_ url: URL, columns: Int) throws(LoadError) -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        var sawHeader = false
        for (index, line) in try text(url).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if !sawHeader { sawHeader = true; continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= columns else {
                throw LoadError(description: "\(url.path):\(index + 1): expected \(columns) tab-separated columns, found \(cells.count)")
            }
            out.append((index + 1, cells))
        }
        return out
    }
}
