import ArgumentParser
import Foundation
import BlotterPipeline

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
        abstract: "Records written per second into the SQLite store, then query latency on it.",
        discussion: "The corpus is tagged once; its records are copied under new ids up to --documents. Use a release build."
    )

    @Argument(help: ArgumentHelp("Pages to tag (a folder of .html).", valueName: "dir"))
    var directory: String = "corpus"

    @Option(name: .long, help: "Documents in the store.")
    var documents: Int = 100_000

    @Option(name: .long, help: ArgumentHelp("Where the benchmark store goes (replaced).", valueName: "path"))
    var db: String = "out/bench.sqlite"

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let (_, processor) = try options.processor { $0.pipeline.stages = [.extract, .segment, .tag] }
        let records = try Benchmark.loadPages(under: directory).compactMap { try? processor.process($0).get() }
        guard !records.isEmpty else { throw CommandFailure("\(directory): no pages gave records") }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: db).deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try StoreBenchmark(records: records).run(documents: documents, path: db)
        print(String(format: "wrote %d documents with %d entities in %.2f s: %.0f documents/s", result.documents, result.entities,
                     result.writeSeconds, Double(result.documents) / result.writeSeconds))
        for (name, milliseconds, rows) in result.queries {
            print(String(format: "%8.2f ms  %4d rows  ", milliseconds, rows) + name)
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
