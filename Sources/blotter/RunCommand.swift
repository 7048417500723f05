import ArgumentParser
import Foundation
import BlotterPipeline

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Extract, segment and tag pages; write one JSON record per document.",
        discussion: """
        INPUT is a page (.html, .htm, .xhtml, .shtml), a directory (walked recursively, in sorted order; files with \
        other endings are skipped and counted), a WARC file (.warc, .warc.gz), a .jsonl file of \
        {"id","url","html"} or {"id","text"} objects, or - for such JSON lines on standard input. With no INPUT, \
        the configuration's inputs are read (corpus/ by default). A file named directly is read as a page unless its \
        ending says it is something else (.txt, .json, .pdf, …): then it is skipped with a message and counted.

        Records go to --out (stdout with -); progress, messages and the final summary go to stderr. A document \
        that fails becomes an error entry (--errors) and the run goes on.

        --out is written in place when it is a regular file or absent (a resume log OUT.resume beside it, \
        removed when the run finishes cleanly); a device or FIFO (/dev/null, a named pipe) is written as a stream \
        and never replaced. SIGINT or SIGTERM (Ctrl-C) stops reading, lets the documents in flight finish, writes \
        the summary and exits 130; a second signal stops at once. Models: --models, else $BLOTTER_MODELS, else \
        PREFIX/share/blotter/models beside an installed binary, else the configuration's tag.models.

        Exit status: 0 all inputs read (failed documents are counted, not fatal); 1 some inputs could not be \
        read, or an output could not be written; 2 usage or configuration error; 130 interrupted.
        """
    )

    @Argument(help: ArgumentHelp("Pages, directories, WARC files, .jsonl files, or - for JSON lines on stdin.", valueName: "input"))
    var inputs: [String] = []

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Where records go: a file, or - for stdout (default: the configuration's output.records).", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Also upsert records into this SQLite store (tables documents, entities, documents_fts; views people, forces, operations, figures).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Record format: jsonl (schema 1), es-bulk (Elasticsearch/OpenSearch _bulk NDJSON), wane (Web Archive Named Entities lines).", valueName: "format"))
    var format: Configuration.OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Index name in es-bulk action lines (default: blotter).", valueName: "name"))
    var index: String?

    @Option(name: .long, help: ArgumentHelp("Write error entries as JSON lines to this file (default: messages on stderr).", valueName: "path"))
    var errors: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Workers per stage; 0 = one per processor (default: the configuration's widths, 0).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Run a prefix of the pipeline: extract, extract,segment or extract,segment,tag.", valueName: "list"),
            transform: { try StageSelection.parse($0.split(separator: ",").map(String.init)).get() })
    var stages: StageSelection.Stages?

    @Flag(name: .long, help: "No live progress line on stderr.")
    var noProgress = false

    @Flag(name: .long, help: "Continue a run that was stopped: skip the inputs it finished (noted in OUT.resume) and cut the outputs back to what they held then.")
    var resume = false

    @Option(name: .long, help: ArgumentHelp("Also write the final summary as JSON to this file.", valueName: "path"))
    var summary: String?

    func validate() throws {
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 (one worker per processor) or more, got \(jobs)") }
    }

    func run() throws {
        var (configuration, base, location) = try options.loadLocatingModels()
        if let jobs {
            configuration.extract.width = jobs
            configuration.segment.width = jobs
            configuration.tag.width = jobs
        }
        if let stages { configuration.pipeline.stages = stages }
        if let format { configuration.output.format = format }
        if let index { configuration.output.index = index }
        try ConfigOptions.checkModels(configuration, location: location)
        let processor: DocumentProcessor
        do {
            processor = try Pipeline.makeProcessor(configuration, baseDirectory: base)
        } catch {
            throw options.setupFailure(error)
        }
        let batch = BatchRun(configuration: configuration, baseDirectory: base, processor: processor)
        let runOptions = BatchRun.Options(inputs: inputs, records: out ?? configuration.output.records,
                                          errors: errors ?? configuration.output.errors, database: db ?? configuration.output.db,
                                          resume: resume, showProgress: !noProgress && ProgressReporterSwitch.standardErrorIsTerminal)
        let stop = StopRequest()
        let signals = InterruptHandler(stop: stop)
        let outcome: BatchRun.Outcome
        do {
            outcome = try batch.run(runOptions, stop: stop, message: Message.standardError)
        } catch {
            signals.cancel()
            throw CommandFailure(error.message)
        }
        signals.cancel()
        let result = outcome.summary
        Message.standardError(result.text)
        if let failure = result.sinkFailure { Message.standardError("blotter: writing output failed: \(failure)") }
        var summaryFailure: String?
        if let summary {
            do { try BatchRun.writeSummary(result, to: summary) } catch { summaryFailure = error.message }
        }
        if result.interrupted {
            Message.standardError(outcome.resumeLog != nil
                ? "blotter: interrupted: run again with --resume to continue"
                : "blotter: interrupted: the records went to a stream, which --resume cannot continue; run again to redo them")
        }
        if let summaryFailure { throw CommandFailure(summaryFailure, status: result.exitStatus == 0 ? 1 : result.exitStatus) }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}

extension Configuration.OutputFormat: ExpressibleByArgument {}

enum ProgressReporterSwitch {
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
