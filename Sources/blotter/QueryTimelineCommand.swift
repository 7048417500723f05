import ArgumentParser
import BlotterPipeline

extension StoreQuery.Period: ExpressibleByArgument {}

/// `blotter query timeline`: mentions per month, week or year, as the analyst dashboard charts them.
struct QueryTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Mentions and documents per period of one entity, or of the eight most mentioned of a type.",
        discussion: """
        Months and years are read from the store's aggregate table (fast at any size); weeks are counted from \
        the entities. A document's date is its published date, else its capture date; undated documents are \
        left out. Examples:
          blotter query timeline --type force
          blotter query timeline --type force --canonical bedfordshire --by year
        """
    )

    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "person, force or operation.") var type: EntityTypeArgument
    @Option(name: .long, help: ArgumentHelp("One entity: its canonical id or any name it was written as.", valueName: "id-or-name"))
    var canonical: String?
    @Option(name: .long, help: "month (default), week or year.") var by: StoreQuery.Period = .month

    func validate() throws {
        guard type != .figure else { throw ValidationError("--type figure has no timeline: use person, force or operation") }
    }

    func run() throws {
        do {
            options.print(try options.open().timeline(type: type.rawValue, canonical: canonical, by: by))
        } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}
