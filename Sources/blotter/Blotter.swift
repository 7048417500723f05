import ArgumentParser
import Foundation
import BlotterPipeline
import BlotterIO

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
        subcommands: [RunCommand.self, QueryCommand.self, ExportCommand.self, ConfigCommand.self, EvalCommand.self, BenchCommand.self, TrainCommand.self],
        defaultSubcommand: nil
    )

    static func main() {
        do {
            // Arguments as bytes: a file name that is not UTF-8 stays nameable (`FileName`).
            var command = try parseAsRoot(FileName.commandLineArguments())
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

    /// The configuration and the folder its relative paths are read from.
    func load() throws -> (Configuration, URL) {
        let path = config ?? (FileManager.default.fileExists(atPath: "pipeline.yaml") ? "pipeline.yaml" : nil)
        guard let path else {
            return (Configuration.defaults, URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
        }
        do {
            let configuration = try ConfigurationLoader.load(path: path)
            let base = URL(fileURLWithPath: path).deletingLastPathComponent()
            return (configuration, base)
        } catch let problem {
            throw UsageError(problem.description)
        }
    }
}

extension ConfigOptions {
    /// The configuration with `adjust` applied, and the stage functions built from it; failures become
    /// `CommandFailure`s naming the file and key.
    func processor(_ adjust: (inout Configuration) -> Void = { _ in }) throws -> (Configuration, DocumentProcessor) {
        var (configuration, base): (Configuration, URL)
        do { (configuration, base) = try load() } catch let error as UsageError { throw CommandFailure(error.description) }
        adjust(&configuration)
        do { return (configuration, try Pipeline.makeProcessor(configuration, baseDirectory: base)) } catch {
            throw CommandFailure(error.description)
        }
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

/// A usage or configuration error: message on stderr, exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
