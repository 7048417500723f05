import Foundation

/// Finds the models folder (gazetteers, name lists, `ner.model`) so that the binary runs from any directory.
/// The first of these that applies wins:
/// 1. `--models DIR` on the command line;
/// 2. the `BLOTTER_MODELS` environment variable;
/// 3. beside the binary: `<bindir>/../share/blotter/models` (what `make install` lays out), then `<bindir>/models`;
/// 4. the configuration's `tag.models`, relative to the configuration file's folder (the working directory when
///    there is no file): `models` inside the repository, which is how `make run` and `swift run` find them.
/// Steps 1 and 2 are taken as given (a wrong path is an error naming it, never a silent fall-through); step 3 is
/// taken only when the folder is there.
public enum ModelsLocator {
    public enum Origin: String, Sendable, Equatable {
        case option = "--models"
        case environment = "BLOTTER_MODELS"
        case installed = "beside the binary"
        case configuration = "the configuration's tag.models"
    }

    public struct Location: Sendable, Equatable {
        public var directory: URL
        public var origin: Origin
    }

    public static let environmentVariable = "BLOTTER_MODELS"

    /// The folders looked for beside a binary, in order.
    public static func installedCandidates(executable: URL) -> [URL] {
        let bin = executable.deletingLastPathComponent()
        return [
            bin.appendingPathComponent("../share/blotter/models").standardizedFileURL,
            bin.appendingPathComponent("models").standardizedFileURL,
        ]
    }

    public static func locate(option: String?, environment: [String: String], executable: URL?, configured: String,
                              base: URL) -> Location {
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if let option, !option.isEmpty {
            return Location(directory: URL(fileURLWithPath: option, relativeTo: workingDirectory).standardizedFileURL, origin: .option)
        }
        if let variable = environment[environmentVariable], !variable.isEmpty {
            return Location(directory: URL(fileURLWithPath: variable, relativeTo: workingDirectory).standardizedFileURL, origin: .environment)
        }
        if let executable {
            for candidate in installedCandidates(executable: executable) where isModelsFolder(candidate) {
                return Location(directory: candidate, origin: .installed)
            }
        }
        return Location(directory: URL(fileURLWithPath: configured, relativeTo: base).standardizedFileURL, origin: .configuration)
    }

    /// A folder holding the gazetteer is taken for a models folder (the tagger checks every file when it loads).
    static func isModelsFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("forces.tsv").path)
    }

    /// Nil when the folder can be used; else a message naming the path and how the path was chosen.
    public static func problem(with location: Location) -> String? {
        var isDirectory: ObjCBool = false
        let path = location.directory.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return "models folder \(path) (from \(location.origin.rawValue)) does not exist; \(hint)"
        }
        guard isDirectory.boolValue else { return "models folder \(path) (from \(location.origin.rawValue)) is not a directory; \(hint)" }
        guard isModelsFolder(location.directory) else {
            return "models folder \(path) (from \(location.origin.rawValue)) holds no forces.tsv: not a Blotter models folder; \(hint)"
        }
        return nil
    }

    static let hint = "give --models DIR or set BLOTTER_MODELS (make install puts the models in PREFIX/share/blotter/models)"

    /// The running binary (symbolic links resolved), for step 3.
    public static var currentExecutable: URL? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: resolved)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}
