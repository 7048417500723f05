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
    /// Place names and countries (models/places.tsv); empty when the file is missing.
    public var placeNames = PlaceGazetteer()
    /// The trained name model (models/ner.model), when present.
    var sequenceModel: SequenceModel?
    public var hasSequenceModel: Bool { sequenceModel != nil }

    public struct ForceEntry: Sendable, Equatable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var kind: String
        public var country: String
    }

    public struct TitleEntry: Sendable, Equatable {
        public enum Kind: String, Sendable { case honorific, rank, office }
        public var phrase: String
        public var role: String
        public var kind: Kind
    }

    public init(forces: [ForceEntry], titles: [TitleEntry], firstNames: Set<String>, surnames: Set<String> = [],
                commonWords: Set<String> = []) {
        self.forces = forces
        self.titles = titles
        self.firstNames = firstNames
        self.surnames = surnames
        self.commonWords = commonWords
    }

    /// The file the trained name model is read from, inside the models folder.
    public static let sequenceModelFile = "ner.model"
    /// The place table (name, country), inside the models folder; the sequence model's place feature reads it,
    /// so a model must be used with the table it was trained with.
    public static let placesFile = "places.tsv"


    /// Problems with a models directory, naming the file and line.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Loads the lexicons and, unless `sequenceModel` is false (training a new one), the trained name model.
    public static func load(from directory: URL, sequenceModel loadModel: Bool = true) throws(LoadError) -> TagModels {
        let forces = try rows(directory.appendingPathComponent("forces.tsv"), columns: 5).map { cells in
            ForceEntry(id: cells[0], name: cells[1], aliases: cells[2].split(separator: "|").map(String.init),
                       kind: cells[3], country: cells[4])
        }
        var titles: [TitleEntry] = []
        let titleFile = directory.appendingPathComponent("titles.tsv")
        for (line, cells) in try numberedRows(titleFile, columns: 3) {
            guard let kind = TitleEntry.Kind(rawValue: cells[2]) else {
                throw LoadError(description: "\(titleFile.path):\(line): kind '\(cells[2])' is not honorific, rank or office")
            }
            titles.append(TitleEntry(phrase: cells[0], role: cells[1], kind: kind))
        }
        func words(_ file: String) throws(LoadError) -> Set<String> {
            Set(try text(directory.appendingPathComponent(file)).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty })
        }
        var models = TagModels(forces: forces, titles: titles, firstNames: try words("first-names.txt"), surnames: try words("surnames.txt"),
                                commonWords: try words("common-words.txt"))
        let placesURL = directory.appendingPathComponent(placesFile)
        if FileManager.default.fileExists(atPath: placesURL.path) {
            do { models.placeNames = try PlaceGazetteer.load(placesURL) } catch { throw LoadError(description: error.description) }
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
    private static func numberedRows(_ url: URL, columns: Int) throws(LoadError) -> [(Int, [String])] {
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
