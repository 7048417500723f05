import ArgumentParser
import Foundation
import BlotterCore
import BlotterIO
import BlotterPipeline

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure quality on development data (the same metrics as ../shared/docs/EVALUATION.md).",
        subcommands: [EvalExtractCommand.self]
    )
}

struct EvalExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Main-text F1 on benchmark folders (html/ with truth/ or truth_raw/), as ../shared/tools/score_extraction.py.",
        discussion: """
        Runs the extract stage over BENCH/html/*.html and scores the text: full truth with the 4-token shingle \
        F1 (precision and recall averaged over pages), partial truth with the snippet F1. With --min-f1 the \
        command exits 1 when a set scores below the floor (CI uses this to pin quality).
        """
    )

    @Argument(help: ArgumentHelp("Benchmark folders, e.g. ../shared/data/extraction/modern-web-articles.", valueName: "bench"))
    var benchmarks: [String]

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) when F1 is below this.", valueName: "f1"))
    var minF1: Double?

    @Option(name: .long, help: ArgumentHelp("Workers (default: one per processor).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print each page's F1, worst first (full-truth sets).")
    var perPage = false

    @Option(name: .long, help: ArgumentHelp("Also write the records to this file.", valueName: "path"))
    var out: String?

    func run() throws {
        var (configuration, base): (Configuration, URL)
        do { (configuration, base) = try options.load() } catch let error as UsageError { throw ValidationError(error.description) }
        configuration.pipeline.stages = [.extract]
        if let jobs { configuration.extract.width = jobs }
        let processor: DocumentProcessor
        do { processor = try Pipeline.makeProcessor(configuration, baseDirectory: base) } catch { throw ValidationError(error.description) }
        var failed = false
        for path in benchmarks {
            let set: ExtractionBenchmarkSet
            do { set = try ExtractionBenchmarkSet(directory: URL(fileURLWithPath: path)) } catch { throw ValidationError(error.description) }
            let collector = TextCollector()
            var sinks: [any RecordSink] = [collector]
            if let out { sinks.append(JSONLinesSink(writer: try LineWriter(path: out))) }
            let summary = Pipeline(configuration: configuration, processor: processor)
                .run(inputs: set.pagePaths.map { .page($0) }, sinks: sinks, errorSink: collector, showProgress: false)
            let score = set.score(texts: collector.texts)
            if perPage {
                for page in score.perPage.sorted(by: { $0.f1 < $1.f1 || ($0.f1 == $1.f1 && $0.id < $1.id) }) {
                    print(String(format: "%.3f\t%@", page.f1, page.id))
                }
            }
            let kind = score.snippet ? "snippet " : ""
            print("\(path)")
            print(String(format: "pages %d  missing %d  errors %d  %@precision %.3f  recall %.3f", score.pages, score.missing,
                         summary.errors, kind, score.precision, score.recall))
            print(String(format: "%@F1 %.4f", kind, score.f1))
            if let minF1, score.f1 < minF1 {
                print(String(format: "FAIL: F1 %.4f is below the floor %.4f", score.f1, minF1))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
