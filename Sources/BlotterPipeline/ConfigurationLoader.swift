import Foundation
import Yams
import BlotterTag
import BlotterCore

/// Reads `pipeline.yaml` onto the defaults. A partial file is valid; an unknown key, a wrong type or a bad
/// value is an error naming the file and the key.
public enum ConfigurationLoader {
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func load(path: String) throws(Problem) -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Problem(description: "\(path): cannot read configuration: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ yaml: String, file: String) throws(Problem) -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw Problem(description: "\(file): not valid YAML: \(error)")
        }
        var configuration = Configuration.defaults
        guard let root else { return configuration }
        let reader = Reader(file: file)
        let top = try reader.mapping(root, at: "")
        try reader.checkKeys(top, allowed: ["version", "inputs", "output", "pipeline", "extract", "segment", "tag"], at: "")
        if let node = top["version"] {
            configuration.version = try reader.int(node, at: "version")
            guard configuration.version == Configuration.currentVersion else {
                throw Problem(description: "\(file): version: \(configuration.version) is not supported (this blotter reads version \(Configuration.currentVersion))")
            }
        }
        if let node = top["inputs"] { configuration.inputs = try reader.strings(node, at: "inputs") }
        if let node = top["output"] {
            let map = try reader.mapping(node, at: "output")
            try reader.checkKeys(map, allowed: ["records", "errors", "db", "format", "index"], at: "output")
            if let value = map["records"] { configuration.output.records = try reader.string(value, at: "output.records") }
            if let value = map["errors"] { configuration.output.errors = try reader.optionalString(value, at: "output.errors") }
            if let value = map["db"] { configuration.output.db = try reader.optionalString(value, at: "output.db") }
            if let value = map["format"] { configuration.output.format = try reader.enumeration(value, at: "output.format") }
            if let value = map["index"] { configuration.output.index = try reader.string(value, at: "output.index") }
        }
        if let node = top["pipeline"] {
            let map = try reader.mapping(node, at: "pipeline")
            try reader.checkKeys(map, allowed: ["window", "stages"], at: "pipeline")
            if let value = map["window"] { configuration.pipeline.window = try reader.int(value, at: "pipeline.window", minimum: 1) }
            if let value = map["stages"] {
                let names = try reader.strings(value, at: "pipeline.stages")
                configuration.pipeline.stages = try StageSelection.parse(names).mapError { Problem(description: "\(file): pipeline.stages: \($0)") }.get()
            }
        }
        if let node = top["extract"] {
            let map = try reader.mapping(node, at: "extract")
            try reader.checkKeys(map, allowed: ["width", "max_page_bytes"], at: "extract")
            if let value = map["width"] { configuration.extract.width = try reader.int(value, at: "extract.width", minimum: 0) }
            if let value = map["max_page_bytes"] { configuration.extract.maxPageBytes = try reader.int(value, at: "extract.max_page_bytes", minimum: 1) }
        }
        if let node = top["segment"] {
            let map = try reader.mapping(node, at: "segment")
            try reader.checkKeys(map, allowed: ["width", "locale"], at: "segment")
            if let value = map["width"] { configuration.segment.width = try reader.int(value, at: "segment.width", minimum: 0) }
            if let value = map["locale"] { configuration.segment.locale = try reader.string(value, at: "segment.locale") }
        }
        if let node = top["tag"] {
            let map = try reader.mapping(node, at: "tag")
            try reader.checkKeys(map, allowed: ["width", "models", "recognizers", "mention_passes"], at: "tag")
            if let value = map["width"] { configuration.tag.width = try reader.int(value, at: "tag.width", minimum: 0) }
            if let value = map["models"] { configuration.tag.models = try reader.string(value, at: "tag.models") }
            if let value = map["recognizers"] { configuration.tag.recognizers = try reader.strings(value, at: "tag.recognizers") }
            if let value = map["mention_passes"] {
                let names = try reader.strings(value, at: "tag.mention_passes")
                for name in names where MentionPass(rawValue: name) == nil {
                    throw reader.fail("tag.mention_passes", "unknown pass '\(name)' (known: \(MentionPass.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                configuration.tag.mentionPasses = names
            }
        }
        return configuration
    }

    /// Typed access to YAML nodes with errors that name the file and key.
    struct Reader {
        let file: String

        func fail(_ key: String, _ message: String) -> Problem {
            Problem(description: "\(file): \(key.isEmpty ? "top level" : key): \(message)")
        }

        func mapping(_ node: Node, at key: String) throws(Problem) -> [String: Node] {
            guard let mapping = node.mapping else { throw fail(key, "expected a mapping of keys to values") }
            var out: [String: Node] = [:]
            for (name, value) in mapping {
                guard let string = name.string else { throw fail(key, "keys must be strings") }
                out[string] = value
            }
            return out
        }

        func checkKeys(_ map: [String: Node], allowed: Set<String>, at key: String) throws(Problem) {
            for name in map.keys.sorted() where !allowed.contains(name) {
                let full = key.isEmpty ? name : key + "." + name
                throw fail(full, "unknown key (known here: \(allowed.sorted().joined(separator: ", ")))")
            }
        }

        func string(_ node: Node, at key: String) throws(Problem) -> String {
            guard let scalar = node.scalar else { throw fail(key, "expected a string") }
            return scalar.string
        }

        func optionalString(_ node: Node, at key: String) throws(Problem) -> String? {
            if let scalar = node.scalar, ["null", "~", ""].contains(scalar.string), scalar.style == .plain { return nil }
            return try string(node, at: key)
        }

        func int(_ node: Node, at key: String, minimum: Int = Int.min) throws(Problem) -> Int {
            guard let scalar = node.scalar, let value = Int(scalar.string) else {
                throw fail(key, "expected a whole number, found '\(node.scalar?.string ?? "a collection")'")
            }
            guard value >= minimum else { throw fail(key, "must be at least \(minimum), found \(value)") }
            return value
        }

        func strings(_ node: Node, at key: String) throws(Problem) -> [String] {
            guard let sequence = node.sequence else { throw fail(key, "expected a list") }
            var out: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else { throw fail(key, "expected a list of strings") }
                out.append(scalar.string)
            }
            return out
        }

        func enumeration<T: RawRepresentable & CaseIterable>(_ node: Node, at key: String) throws(Problem) -> T where T.RawValue == String {
            let raw = try string(node, at: key)
            guard let value = T(rawValue: raw) else {
                throw fail(key, "'\(raw)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
    }
}

/// `--stages extract,segment,tag`: a prefix of the pipeline's stages.
public enum StageSelection {
    public static let runnable: [StageName] = [.extract, .segment, .tag]

    public static func parse(_ names: [String]) -> Result<[StageName], StageSelectionError> {
        var stages: [StageName] = []
        for name in names {
            guard let stage = StageName(rawValue: name), runnable.contains(stage) else {
                return .failure(StageSelectionError(message: "'\(name)' is not a stage (stages: extract, segment, tag)"))
            }
            stages.append(stage)
        }
        guard !stages.isEmpty, stages == Array(runnable.prefix(stages.count)) else {
            return .failure(StageSelectionError(message: "stages must be a prefix of extract, segment, tag (got \(names.joined(separator: ",")))"))
        }
        return .success(stages)
    }
}

public struct StageSelectionError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
