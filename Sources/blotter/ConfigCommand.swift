import ArgumentParser
import BlotterPipeline

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration (defaults with the configuration file's values applied)."
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        do {
            let (configuration, _) = try options.load()
            print(configuration.yaml, terminator: "")
        } catch let error as UsageError {
            throw CommandFailure(error.description)
        }
    }
}
