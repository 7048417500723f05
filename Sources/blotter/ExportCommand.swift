import ArgumentParser
import Foundation
import BlotterPipeline

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the SQLite store's records as JSON lines, Elasticsearch/OpenSearch bulk NDJSON or WANE lines.",
        discussion: """
        Load into Elasticsearch or OpenSearch:
          curl -X PUT localhost:9200/blotter -H 'Content-Type: application/json' --data-binary @search/elasticsearch-mapping.json
          blotter export --db out/blotter.sqlite --format es-bulk --out out/bulk.ndjson
          curl -X POST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @out/bulk.ndjson
        """
    )

    @Option(name: .long, help: ArgumentHelp("The SQLite store.", valueName: "path"))
    var db: String = "out/blotter.sqlite"

    @Option(name: .long, help: ArgumentHelp("jsonl, es-bulk or wane.", valueName: "format"))
    var format: Configuration.OutputFormat = .jsonl

    @Option(name: .long, help: ArgumentHelp("Where to write (- for stdout).", valueName: "path"))
    var out: String = "-"

    @Option(name: .long, help: ArgumentHelp("Index name in es-bulk action lines.", valueName: "name"))
    var index: String = "blotter"

    func run() throws {
        let count: Int
        do {
            count = try StoreExport.run(database: db, format: format, out: out, index: index)
        } catch let failure as StoreExport.Failure {
            switch failure {
            case .cannotOpen: throw CommandFailure(failure.description)
            case .cannotWrite: throw CommandFailure(failure.description, status: 1)
            }
        }
        FileHandle.standardError.write(Data("blotter: exported \(count) records from \(db)\n".utf8))
    }
}
