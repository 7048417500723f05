import ArgumentParser
import Foundation
import BlotterPipeline

/// The `blotter` command. Usage errors exit with status 2 (ArgumentParser's default is 64).
@main
struct Blotter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blotter",
        abstract: "Turn raw news pages into structured records about policing.",
        discussion: """
        Pages (HTML files, directories, WARC archives, JSON lines) go in; the main text is extracted, segmented and tagged with \
        people (and their roles), police forces and agencies, named operations and figures; one JSON record per \
        document comes out (or into a SQLite store). Start with: blotter run corpus --out - | head -1
        """,
        subcommands: [RunCommand.self, QueryCommand.self, ShowCommand.self, ExportCommand.self, ConfigCommand.self, EvalCommand.self, BenchCommand.self, TrainCommand.self],
        defaultSubcommand: nil
    )

    static func main() {
        do {
            // Arguments as bytes: a file name that is not UTF-8 stays nameable (`FileName`).
            var command = try parseAsRoot(QueryArguments.subcommandFirst(FileName.commandLineArguments()))
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("blotter: \(failure.description)\n".utf8))
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            // ArgumentParser's usage errors are 64 (EX_USAGE); the documented contract is 2.
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Options shared by subcommands that read the configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The pipeline configuration (default: ./pipeline.yaml when it exists, else built-in defaults).", valueName: "path"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("The models folder (default: $BLOTTER_MODELS, else PREFIX/share/blotter/models beside an installed binary, else the configuration's tag.models).", valueName: "dir"))
    var models: String?

    /// The configuration (with `tag.models` made absolute: see `ModelsLocator`) and the folder its relative paths
    /// are read from.
    func load() throws -> (Configuration, URL) {
        let (configuration, base, _) = try loadLocatingModels()
        return (configuration, base)
    }

    func loadLocatingModels() throws -> (Configuration, URL, ModelsLocator.Location) {
        let path = configurationPath
        var configuration = Configuration.defaults
        var base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if let path {
            do {
                configuration = try ConfigurationLoader.load(path: path)
                base = URL(fileURLWithPath: path).deletingLastPathComponent()
            } catch let problem {
                throw CommandFailure(problem.description)
            }
        }
        let location = ModelsLocator.locate(option: models, environment: ProcessInfo.processInfo.environment,
                                            executable: ModelsLocator.currentExecutable, configured: configuration.tag.models, base: base)
        configuration.tag.models = location.directory.path
        return (configuration, base, location)
    }

    /// Throws a `CommandFailure` naming the folder when the run tags and the models folder cannot be used.
    static func checkModels(_ configuration: Configuration, location: ModelsLocator.Location) throws {
        guard configuration.pipeline.stages.contains(.tag) else { return }
        if let problem = ModelsLocator.problem(with: location) { throw CommandFailure(problem) }
    }
}

extension ConfigOptions {
    /// The configuration with `adjust` applied, and the stage functions built from it; failures become
    /// `CommandFailure`s naming the file and key.
    func processor(_ adjust: (inout Configuration) -> Void = { _ in }) throws -> (Configuration, DocumentProcessor) {
        var (configuration, base, location) = try loadLocatingModels()
        adjust(&configuration)
        try Self.checkModels(configuration, location: location)
        do { return (configuration, try Pipeline.makeProcessor(configuration, baseDirectory: base)) } catch {
            throw setupFailure(error)
        }
    }
}

extension ConfigOptions {
    /// The configuration file read (nil for the built-in defaults).
    var configurationPath: String? {
        config ?? (FileManager.default.fileExists(atPath: "pipeline.yaml") ? "pipeline.yaml" : nil)
    }

    /// A setup error (unknown recogniser, unreadable model) as a failure naming the configuration file when the
    /// key came from it.
    func setupFailure(_ error: any Error) -> CommandFailure {
        let message = "\(error)"
        if message.hasPrefix("tag."), let path = configurationPath { return CommandFailure("\(path): \(message)") }
        return CommandFailure(message)
    }
}

/// A failure found while running (a bad configuration file, a missing database): its message on stderr and
/// the exit status, without the usage text ArgumentParser prints for argument errors.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    var status: Int32 = 2
    init(_ description: String, status: Int32 = 2) {
        self.description = description
        self.status = status
    }
}
