import ArgumentParser
import Foundation
import BlotterIO

enum EntityTypeArgument: String, ExpressibleByArgument, CaseIterable {
    case person, force, operation, figure, location
}

enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Options every query takes.
struct QueryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite store written by blotter run --db.", valueName: "path"))
    var db: String = "out/blotter.sqlite"

    @Option(name: .long, help: ArgumentHelp("Full-text search over titles and text (every word must match).", valueName: "words"))
    var text: String?

    @Option(name: .long, help: ArgumentHelp("Documents that mention this person (full name or as written).", valueName: "name"))
    var person: String?

    @Option(name: .long, help: ArgumentHelp("Documents that mention this force (gazetteer id like bedfordshire, or name).", valueName: "id-or-name"))
    var force: String?

    @Option(name: .long, help: ArgumentHelp("Documents that mention this operation (\"Venetic\" or \"Operation Venetic\").", valueName: "name"))
    var operation: String?

    @Option(name: .long, help: ArgumentHelp("Published on or after this date (ISO 8601).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Published on or before this date (ISO 8601).", valueName: "date"))
    var until: String?

    @Option(name: .long, help: "Rows at most.")
    var limit: Int = 20

    @Option(name: .long, help: ArgumentHelp("Output: table (default on a terminal), json or csv.", valueName: "format"))
    var format: TableFormat?

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        for date in [since, until].compactMap({ $0 }) where date.count < 4 || Int(date.prefix(4)) == nil {
            throw ValidationError("'\(date)' is not an ISO 8601 date (e.g. 2020-04-27)")
        }
    }

    var filters: StoreQuery.Filters {
        var filters = StoreQuery.Filters()
        filters.text = text
        filters.person = person
        filters.force = force
        filters.operation = operation
        filters.since = since
        filters.until = until
        filters.limit = limit
        return filters
    }

    func open() throws -> StoreQuery {
        do { return try StoreQuery(path: db) } catch { throw CommandFailure(error.description) }
    }

    func print(_ table: StoreQuery.Table) {
        let chosen = format ?? (isatty(1) == 1 ? .table : .json)
        Swift.print(TableWriter.render(table, as: chosen), terminator: "")
    }
}

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask the SQLite store: documents matching filters, newest first (and figures, top, cooccur).",
        discussion: """
        Examples:
          blotter query --text "cash seized" --force nca
          blotter query figures --kind mass --force bedfordshire
          blotter query top --type force
          blotter query cooccur --type force --with operation
        A missing database or a bad filter exits with status 2.
        """,
        subcommands: [QueryDocumentsCommand.self, QueryFiguresCommand.self, QueryTopCommand.self, QueryCooccurCommand.self],
        defaultSubcommand: QueryDocumentsCommand.self
    )
}

struct QueryDocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "Documents matching every filter, newest first.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "Documents with an entity of this type.") var type: EntityTypeArgument?
    @Option(name: .long, help: ArgumentHelp("With --type figure: the figure kind (money, mass, count, …).", valueName: "kind")) var kind: String?

    func run() throws {
        var filters = options.filters
        filters.type = type?.rawValue ?? (kind != nil ? "figure" : nil)
        filters.kind = kind
        do { options.print(try options.open().documents(filters)) } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct QueryFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "figures", abstract: "Figures with their document and date, then totals per unit.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: ArgumentHelp("money, mass, count, percent, age, duration, date, length, volume, speed, other.", valueName: "kind")) var kind: String?

    func run() throws {
        var filters = options.filters
        filters.kind = kind
        do {
            let (rows, totals) = try options.open().figures(filters)
            options.print(rows)
            if (options.format ?? .table) == .table && isatty(1) == 1 { Swift.print("") }
            options.print(totals)
        } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct QueryTopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "top", abstract: "The most mentioned people, forces or operations.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "person, force, operation or location.") var type: EntityTypeArgument

    func run() throws {
        do { options.print(try options.open().top(type: type.rawValue, filters: options.filters)) } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct QueryCooccurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cooccur", abstract: "Which entities appear in the same documents (e.g. forces with operations).")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "The first entity type.") var type: EntityTypeArgument
    @Option(name: .customLong("with"), help: "The second entity type.") var other: EntityTypeArgument

    func run() throws {
        do {
            options.print(try options.open().cooccurrence(type: type.rawValue, with: other.rawValue, filters: options.filters))
        } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}
