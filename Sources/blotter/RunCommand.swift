import ArgumentParser
import Foundation
import BlotterCore
import BlotterIO
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

    @Option(name: .long, help: ArgumentHelp("Run a prefix of the pipeline: extract, extract,segment or extract,segment,tag.", valueName: "list"))
    var stages: String?

    @Flag(name: .long, help: "No live progress line on stderr.")
    var noProgress = false

    @Flag(name: .long, help: "Continue a run that was stopped: skip the inputs it finished (noted in OUT.resume) and cut the outputs back to what they held then.")
    var resume = false

    @Option(name: .long, help: ArgumentHelp("Also write the final summary as JSON to this file.", valueName: "path"))
    var summary: String?

    func validate() throws {
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 (one worker per processor) or more, got \(jobs)") }
        if let stages, case .failure(let error) = StageSelection.parse(stages.split(separator: ",").map(String.init)) {
            throw ValidationError("--stages: \(error)")
        }
    }

    func run() throws {
        var (configuration, base, location): (Configuration, URL, ModelsLocator.Location)
        do {
            (configuration, base, location) = try options.loadLocatingModels()
        } catch let error as UsageError {
            throw CommandFailure(error.description)
        }
        if let jobs {
            configuration.extract.width = jobs
            configuration.segment.width = jobs
            configuration.tag.width = jobs
        }
        if let stages, case .success(let selected) = StageSelection.parse(stages.split(separator: ",").map(String.init)) {
            configuration.pipeline.stages = selected
        }
        if let format { configuration.output.format = format }
        if let index { configuration.output.index = index }
        try ConfigOptions.checkModels(configuration, location: location)
        let processor: DocumentProcessor
        do {
            processor = try Pipeline.makeProcessor(configuration, baseDirectory: base)
        } catch {
            throw options.setupFailure(error)
        }
        let inputSpecs: [InputSpec]
        if inputs.isEmpty {
            inputSpecs = configuration.inputs.map { InputSpec.classify(URL(fileURLWithPath: $0, relativeTo: base).path) }
        } else {
            inputSpecs = inputs.map(InputSpec.classify)
        }
        // A file named directly whose ending says it is not a page (notes.txt, data.json) is skipped and counted,
        // not read as HTML.
        var readable: [InputSpec] = []
        var notPages: [String] = []
        for spec in inputSpecs {
            if case .page(let path) = spec, let reason = InputCheck.notAPage(path) {
                notPages.append(path)
                Message.standardError("blotter: \(path): skipped: \(reason)")
            } else {
                readable.append(spec)
            }
        }

        let recordsPath = out ?? configuration.output.records
        let errorsPath = errors ?? configuration.output.errors
        let recordsKind: LineWriter.Kind
        do { recordsKind = try LineWriter.kind(of: recordsPath).get() } catch { throw CommandFailure("--out \(error.message)") }
        // A run writing a regular file keeps a resume log beside it (OUT.resume); --resume reads it. A stream
        // (standard output, a device, a FIFO) cannot be cut back, so it has none.
        let logPath = recordsKind == .regularFile ? recordsPath + ".resume" : nil
        var state: ResumeLog.State?
        if resume {
            guard let logPath else {
                throw CommandFailure("--resume needs --out to name a regular file (\(recordsPath == "-" ? "standard output" : recordsPath) is a stream and cannot be cut back)")
            }
            do { state = try ResumeLog.read(logPath) } catch { throw CommandFailure("\(logPath): \(error.localizedDescription)") }
            if state == nil { Message.standardError("blotter: \(logPath) not found: starting from the beginning") }
        }
        let database = db ?? configuration.output.db
        if let database { try StorePath.check(database, option: "--db") }
        var sinks: [any RecordSink] = []
        let errorSink: any ErrorSink
        var tracking: ResumeTracking?
        do {
            let recordsWriter = try LineWriter(path: recordsPath, appendingAt: state?.recordsBytes)
            sinks.append(configuration.output.format.sink(writer: recordsWriter, index: configuration.output.index))
            if let database {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: database).deletingLastPathComponent(), withIntermediateDirectories: true)
                sinks.append(try SQLiteSink(path: database))
            }
            var errorsWriter: LineWriter?
            if let errorsPath {
                let writer = try LineWriter(path: errorsPath, appendingAt: state?.errorsBytes)
                errorsWriter = writer
                errorSink = JSONLinesErrorSink(writer: writer)
            } else {
                errorSink = StandardErrorSink()
            }
            if let logPath {
                let log = try ResumeLog(path: logPath, resume: state != nil)
                // Positions as given (flushed or not): the sink notes them when an input finishes and flushes before logging.
                let errorsPosition: @Sendable () -> UInt64 = { [errorsWriter] in errorsWriter?.bytesGiven ?? 0 }
                tracking = ResumeTracking(log: log, recordsPosition: { [recordsWriter] in recordsWriter.bytesGiven }, errorsPosition: errorsPosition)
            }
        } catch {
            throw CommandFailure("cannot open output: \(error)")
        }
        let stop = StopRequest()
        let signals = InterruptHandler(stop: stop)
        let pipeline = Pipeline(configuration: configuration, processor: processor)
        var result = pipeline.run(inputs: readable, sinks: sinks, errorSink: errorSink,
                                  showProgress: !noProgress && ProgressReporterSwitch.standardErrorIsTerminal,
                                  resume: tracking, finished: state?.finished ?? [], stop: stop)
        signals.cancel()
        result.skippedFiles += notPages.count
        for directory in InputCheck.emptyDirectories(readable) {
            Message.standardError("blotter: warning: \(directory) holds no pages (\(InputCheck.readableKinds))")
        }
        Message.standardError(result.text)
        if let failure = result.sinkFailure { Message.standardError("blotter: writing output failed: \(failure)") }
        var summaryFailure: String?
        if let summary {
            do {
                let writer = try LineWriter(path: summary)
                try writer.writeLine(result.json)
                try writer.close()
            } catch {
                summaryFailure = "\(summary): cannot write the summary: \(error.message)"
            }
        }
        if result.interrupted {
            Message.standardError(logPath != nil
                ? "blotter: interrupted: run again with --resume to continue"
                : "blotter: interrupted: the records went to a stream, which --resume cannot continue; run again to redo them")
        } else if result.exitStatus == 0, let logPath {
            // A clean finish leaves nothing to resume.
            try? FileManager.default.removeItem(atPath: logPath)
        }
        if let summaryFailure { throw CommandFailure(summaryFailure, status: result.exitStatus == 0 ? 1 : result.exitStatus) }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}

extension Configuration.OutputFormat: ExpressibleByArgument {}

enum ProgressReporterSwitch {
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
