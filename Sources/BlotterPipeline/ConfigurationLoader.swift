import Foundation
import Yams
import BlotterCore

/// Reads `pipeline.yaml` onto the defaults (`Configuration`'s `Decodable` conformance). A partial file is
/// valid; an unknown key, a wrong type or a bad value is an error naming the file and the key.
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
        guard let root else { return Configuration.defaults }
        do {
            return try YAMLDecoder().decode(Configuration.self, from: root)
        } catch let error as ConfigurationKeyError {
            throw Problem(description: "\(file): \(error.key.isEmpty ? "top level" : error.key): \(error.message)")
        } catch {
            throw Problem(description: "\(file): \(error)")
        }
    }
}

/// `--stages extract,segment,tag`: a prefix of the pipeline's stages.
public enum StageSelection {
    /// A valid prefix of the runnable stages, as `parse` gives it.
    public typealias Stages = [StageName]

    public static let runnable: [StageName] = [.extract, .segment, .tag]

    public static func parse(_ names: [String]) -> Result<Stages, StageSelectionError> {
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
