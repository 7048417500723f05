import ArgumentParser
import Foundation
import BlotterPipeline
import BlotterEvaluation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed: the pipeline's stages on a folder of pages (default), or the SQLite store.",
        subcommands: [BenchPipelineCommand.self, BenchStoreCommand.self],
        defaultSubcommand: BenchPipelineCommand.self
    )
}

struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Records written per second into the SQLite store, file size, then the latency of every query form and workspace question.",
        discussion: """
        By default the store is filled with a synthetic archive shaped like news (skewed forces, people and \
        operations over twenty years; see SyntheticArchive); with DIR, the pages there are tagged once and their \
        records copied under new ids. Every `blotter query` form is timed, and every canned query and dashboard \
        chart of explore/metadata.yml. Use a release build.
        """
    )

    @Argument(help: ArgumentHelp("Pages to tag and copy instead of the synthetic archive (a folder of .html).", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: "Documents in the store.")
    var documents: Int = 100_000

    @Option(name: .long, help: ArgumentHelp("Where the benchmark store goes (replaced).", valueName: "path"))
    var db: String = "out/bench.sqlite"

    @Option(name: .long, help: ArgumentHelp("Datasette metadata whose canned queries and charts are timed too.", valueName: "path"))
    var workspace: String = "explore/metadata.yml"

    @Flag(name: .long, help: "Also check that the aggregate tables equal a recount from the entities.")
    var verify = false

    @Flag(name: .long, help: "Write row by row (the path of a store that holds documents) instead of bulk-loading the empty store.")
    var perRow = false

    @OptionGroup var options: ConfigOptions

    func validate() throws {
        guard documents > 0 else { throw ValidationError("--documents must be at least 1") }
    }

    func run() throws {
        let source: StoreBenchmark.Source
        if let directory {
            let (_, processor) = try options.processor { $0.pipeline.stages = [.extract, .segment, .tag] }
            let records = try Benchmark.loadPages(under: directory).compactMap { try? processor.process($0).get() }
            guard !records.isEmpty else { throw CommandFailure("\(directory): no pages gave records") }
            source = .copies(records)
        } else {
            source = .synthetic(seed: 20261205)
        }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: db).deletingLastPathComponent(), withIntermediateDirectories: true)
        let metadata = FileManager.default.fileExists(atPath: workspace) ? URL(fileURLWithPath: workspace) : nil
        let result = try StoreBenchmark(source: source, workspace: metadata).run(documents: documents, path: db, verify: verify, bulkLoad: !perRow)
        print(String(format: "wrote %d documents with %d entities in %.2f s (%.2f s of CPU): %.0f documents/s (%.0f per CPU second); file %.1f MB, %.0f bytes per document",
                     result.documents, result.entities, result.writeSeconds, result.writeCPUSeconds,
                     Double(result.documents) / result.writeSeconds, Double(result.documents) / result.writeCPUSeconds,
                     Double(result.fileBytes) / 1e6, Double(result.fileBytes) / Double(result.documents)))
        print((result.bulkLoaded ? "bulk load (derived tables built at the end)" : "written row by row")
              + String(format: "; %.2f s of CPU at the end of the run", result.finishCPUSeconds))
        print("  wall ms    CPU ms   rows  question (median of 5)")
        for (name, milliseconds, cpu, rows) in result.queries {
            print(String(format: "%9.2f %9.2f %6d  ", milliseconds, cpu, rows) + name)
        }
        if let differences = result.aggregateDifferences {
            print(differences == 0 ? "aggregates: equal to a recount" : "aggregates: \(differences) rows differ from a recount")
            if differences != 0 { throw ExitCode(1) }
        }
    }
}

struct BenchPipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Measure speed on a folder of pages: libxml2 parse alone, extraction, tagging, the whole pipeline.",
        discussion: """
        Pages are read into memory first; each figure is the best of --repeat runs, on one thread and on all \
        processors. Build in release mode first (swift build -c release): debug builds are many times slower.
        """,
        aliases: ["extract"]
    )

    @Argument(help: ArgumentHelp("A folder of .html pages (walked recursively).", valueName: "dir"))
    var directory: String

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Runs per measurement; the best is reported.")
    var `repeat`: Int = 3

    func run() throws {
        let (_, processor) = try options.processor { $0.pipeline.stages = [.extract, .segment, .tag] }
        let pages = try Benchmark.loadPages(under: directory)
        guard !pages.isEmpty else { throw CommandFailure("\(directory): no .html pages found") }
        #if DEBUG
        print("warning: this is a debug build; measure with a release build (swift build -c release)")
        #endif
        let results = Benchmark(processor: processor, pages: pages, repeats: `repeat`).run()
        let megabytes = Double(results.first?.bytes ?? 0) / 1_000_000
        print(String(format: "%d pages, %.1f MB, best of %d runs", pages.count, megabytes, `repeat`))
        print("stage                   threads    pages/s      MB/s   tokens/s")
        for result in results {
            let tokens = result.tokens.map { String(format: "%10.0f", Double($0) / result.seconds) } ?? "         -"
            print(result.name.padding(toLength: 22, withPad: " ", startingAt: 0)
                  + String(format: " %8d %10.1f %9.1f %@", result.threads, result.pagesPerSecond, result.megabytesPerSecond, tokens))
        }
        let single = results.filter { $0.threads == 1 }
        if let parse = single.first(where: { $0.name.hasPrefix("parse") }), let extract = single.first(where: { $0.name == "extract" }) {
            print(String(format: "extraction runs at %.2f of libxml2's parse-only speed on one thread", extract.megabytesPerSecond / parse.megabytesPerSecond))
        }
    }
}
