import ArgumentParser
import BlotterPipeline

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration (defaults with the configuration file's values applied, and the models folder found)."
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        do {
            let (configuration, _, location) = try options.loadLocatingModels()
            print(configuration.yaml, terminator: "")
            // The models folder actually used, and why (see ModelsLocator): a comment, so the output stays a valid file.
            let problem = ModelsLocator.problem(with: location).map { " (unusable: \($0))" } ?? ""
            print("# tag.models from \(location.origin.rawValue)\(problem)")
        } catch let error as UsageError {
            throw CommandFailure(error.description)
        }
    }
}
