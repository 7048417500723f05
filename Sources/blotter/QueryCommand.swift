import ArgumentParser
import Foundation
import BlotterPipeline

enum EntityTypeArgument: String, ExpressibleByArgument, CaseIterable {
    case person, force, operation, figure, location
}

/// The types `query top` ranks: figures have no canonical form to count.
enum NamedTypeArgument: String, ExpressibleByArgument, CaseIterable {
    case person, force, operation, location
}

extension FigureKind: ExpressibleByArgument {}

extension TableFormat: ExpressibleByArgument {}

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

    @Flag(name: .long, help: "Count every capture of an article (repeated captures, duplicate_of set), not distinct articles.")
    var captures = false

    @Option(name: .long, help: ArgumentHelp("Output: table (default on a terminal), json or csv.", valueName: "format"))
    var format: TableFormat?

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if let text, case .failure(let problem) = StoreQuery.searchWords(text) { throw ValidationError(problem.message) }
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
        filters.captures = captures
        return filters
    }

    func open() throws -> StoreQuery {
        do { return try StoreQuery(path: db) } catch { throw CommandFailure(error.description) }
    }

    /// The format asked for, else a table on a terminal and JSON otherwise.
    var chosenFormat: TableFormat { format ?? (isatty(1) == 1 ? .table : .json) }

    func print(_ table: StoreQuery.Table) {
        Swift.print(TableWriter.render(table, as: chosenFormat), terminator: "")
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
          blotter query timeline --type force --canonical bedfordshire
          blotter show ID            (one document and its entities)
        Each invocation prints one table, one JSON document or one CSV table (a table on a terminal, else JSON; \
        --format to choose). Options may come before or after the subcommand (blotter query --db X top --type force). \
        A missing database, a bad filter or a value that does not exist (--kind weight) exits with status 2.
        """,
        subcommands: [QueryDocumentsCommand.self, QueryFiguresCommand.self, QueryTopCommand.self, QueryCooccurCommand.self, QueryTimelineCommand.self],
        defaultSubcommand: QueryDocumentsCommand.self
    )
}

struct QueryDocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "Documents matching every filter, newest first.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "Documents with an entity of this type.") var type: EntityTypeArgument?
    @Option(name: .long, help: ArgumentHelp("Documents with a figure of this kind (implies --type figure).", valueName: "kind")) var kind: FigureKind?

    func validate() throws {
        if kind != nil, let type, type != .figure { throw ValidationError("--kind goes with --type figure, not --type \(type.rawValue)") }
    }

    func run() throws {
        var filters = options.filters
        filters.type = type?.rawValue ?? (kind != nil ? "figure" : nil)
        filters.kind = kind?.rawValue
        do { options.print(try options.open().documents(filters)) } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct QueryFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Figures with their document and date, and totals per kind and unit.",
        discussion: """
        JSON: one object {"figures": [...], "totals": [...]}. CSV: the figures table, or with --totals the totals \
        table. Table: both, one after the other.
        """
    )
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: ArgumentHelp("The figure kind.", valueName: "kind")) var kind: FigureKind?
    @Flag(name: .long, help: "CSV: print the totals per kind and unit instead of the figures.") var totals = false

    func run() throws {
        var filters = options.filters
        filters.kind = kind?.rawValue
        do {
            let (rows, sums) = try options.open().figures(filters)
            switch options.chosenFormat {
            case .json: Swift.print(TableWriter.json([("figures", rows), ("totals", sums)]), terminator: "")
            case .csv: options.print(totals ? sums : rows)
            case .table:
                options.print(rows)
                Swift.print("")
                options.print(sums)
            }
        } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct QueryTopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "top", abstract: "The most mentioned people, forces, operations or locations (canonical id, name, mentions, documents).")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "The entity type.") var type: NamedTypeArgument

    func run() throws {
        do { options.print(try options.open().top(type: type.rawValue, filters: options.filters)) } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct QueryCooccurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cooccur", abstract: "Which entities appear in the same documents (e.g. forces with operations); within one type, each pair once.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "The first entity type.") var type: EntityTypeArgument
    @Option(name: .customLong("with"), help: "The second entity type.") var other: EntityTypeArgument

    func run() throws {
        do {
            options.print(try options.open().cooccurrence(type: type.rawValue, with: other.rawValue, filters: options.filters))
        } catch let error as SQLiteError { throw CommandFailure(error.description) }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One document of the store: its fields, then its entities as a table.",
        discussion: "ID is a record id as query prints it, or its first 8 or more characters when they name one document."
    )

    @Argument(help: ArgumentHelp("The document's id (or a unique prefix of 8 characters or more).", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The SQLite store written by blotter run --db.", valueName: "path"))
    var db: String = "out/blotter.sqlite"

    @Option(name: .long, help: ArgumentHelp("Output: table (default on a terminal), json (one object with its entities) or csv (the entities).", valueName: "format"))
    var format: TableFormat?

    func run() throws {
        let found: (document: StoreQuery.Table, entities: StoreQuery.Table)?
        do { found = try StoreQuery(path: db).document(id: id) } catch { throw CommandFailure(error.description) }
        guard let found else { throw CommandFailure("\(db): no document with id '\(id)'") }
        switch format ?? (isatty(1) == 1 ? .table : .json) {
        case .json: Swift.print(TableWriter.json(row: found.document, with: [("entities", found.entities)]), terminator: "")
        case .csv: Swift.print(TableWriter.csv(found.entities), terminator: "")
        case .table:
            Swift.print(TableWriter.fields(found.document))
            Swift.print(TableWriter.text(TableWriter.withoutEmptyColumns(found.entities)), terminator: "")
        }
    }
}

/// `blotter query --db X top --type force`: options given before the subcommand are moved after it, so
/// either order works (ArgumentParser reads a subcommand's options only after its name).
enum QueryArguments {
    static let subcommands: Set<String> = ["documents", "figures", "top", "cooccur", "timeline"]
    /// Query options that take no value (every other `--option` is followed by its value unless written `--option=value`).
    static let flags: Set<String> = ["--totals", "--captures", "--help", "-h"]

    static func subcommandFirst(_ arguments: [String]) -> [String] {
        guard arguments.first == "query" else { return arguments }
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument.hasPrefix("-") {
                index += (argument.contains("=") || flags.contains(argument)) ? 1 : 2
                continue
            }
            guard subcommands.contains(argument), index > 1 else { break }
            var moved = arguments
            moved.remove(at: index)
            moved.insert(argument, at: 1)
            return moved
        }
        return arguments
    }
}
