import ArgumentParser
import Foundation
import BlotterIO
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
        try StorePath.check(db, option: "--db")
        let reader: StoreReader
        do { reader = try StoreReader(path: db) } catch { throw CommandFailure(error.description) }
        let sink: any RecordSink
        do { sink = format.sink(writer: try LineWriter(path: out), index: index) } catch { throw CommandFailure("--out \(error.message)") }
        var count = 0
        do {
            try reader.forEach { record in
                try sink.write(record)
                count += 1
            }
            try sink.finish()
        } catch let error as SinkError {
            throw CommandFailure("\(error.message) (\(count) records read from the store before the failure)", status: 1)
        }
        FileHandle.standardError.write(Data("blotter: exported \(count) records from \(db)\n".utf8))
    }
}
