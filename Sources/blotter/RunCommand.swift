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
        INPUT is a page (.html, .htm), a directory (walked recursively, in sorted order), a .jsonl file of \
        {"id","url","html"} or {"id","text"} objects, or - for such JSON lines on standard input. With no INPUT, \
        the configuration's inputs are read (corpus/ by default).

        Records go to --out (stdout with -); progress, messages and the final summary go to stderr. A document \
        that fails becomes an error entry (--errors) and the run goes on.

        Exit status: 0 all inputs read (failed documents are counted, not fatal); 1 some inputs could not be \
        read; 2 usage or configuration error.
        """
    )

    @Argument(help: ArgumentHelp("Pages, directories, .jsonl files, or - for JSON lines on stdin.", valueName: "input"))
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

    @Option(name: .long, help: ArgumentHelp("Workers per stage (default: the configuration's widths; 0 there means one per processor).", valueName: "n"))
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
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let stages, case .failure(let error) = StageSelection.parse(stages.split(separator: ",").map(String.init)) {
            throw ValidationError("--stages: \(error)")
        }
    }

    func run() throws {
        var (configuration, base): (Configuration, URL)
        do {
            (configuration, base) = try options.load()
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
        let processor: DocumentProcessor
        do {
            processor = try Pipeline.makeProcessor(configuration, baseDirectory: base)
        } catch {
            throw CommandFailure(error.description)
        }
        let inputSpecs: [InputSpec]
        if inputs.isEmpty {
            inputSpecs = configuration.inputs.map { InputSpec.classify(URL(fileURLWithPath: $0, relativeTo: base).path) }
        } else {
            inputSpecs = inputs.map(InputSpec.classify)
        }

        let recordsPath = out ?? configuration.output.records
        let errorsPath = errors ?? configuration.output.errors
        // Outputs to files keep a resume log beside the records (OUT.resume); --resume reads it.
        let logPath = recordsPath == "-" ? nil : recordsPath + ".resume"
        var state: ResumeLog.State?
        if resume {
            guard let logPath else { throw CommandFailure("--resume needs --out to name a file (standard output cannot be rewound)") }
            do { state = try ResumeLog.read(logPath) } catch { throw CommandFailure("\(logPath): \(error.localizedDescription)") }
            if state == nil { FileHandle.standardError.write(Data("blotter: \(logPath) not found: starting from the beginning\n".utf8)) }
        }
        var sinks: [any RecordSink] = []
        let errorSink: any ErrorSink
        var tracking: ResumeTracking?
        do {
            let recordsWriter = try LineWriter(path: recordsPath, appendingAt: state?.recordsBytes)
            sinks.append(configuration.output.format.sink(writer: recordsWriter, index: configuration.output.index))
            if let path = db ?? configuration.output.db {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
                sinks.append(try SQLiteSink(path: path))
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
                let errorsPosition: @Sendable () -> UInt64 = { [errorsWriter] in errorsWriter?.position ?? 0 }
                tracking = ResumeTracking(log: log, recordsPosition: { [recordsWriter] in recordsWriter.position }, errorsPosition: errorsPosition)
            }
        } catch {
            throw CommandFailure("cannot open output: \(error)")
        }
        let pipeline = Pipeline(configuration: configuration, processor: processor)
        let result = pipeline.run(inputs: inputSpecs, sinks: sinks, errorSink: errorSink,
                                  showProgress: !noProgress && ProgressReporterSwitch.standardErrorIsTerminal,
                                  resume: tracking, finished: state?.finished ?? [])
        FileHandle.standardError.write(Data((result.text + "\n").utf8))
        if let summary {
            do { try Data((result.json + "\n").utf8).write(to: URL(fileURLWithPath: summary)) } catch {
                throw CommandFailure("\(summary): cannot write the summary: \(error.localizedDescription)")
            }
        }
        if let failure = result.sinkFailure {
            FileHandle.standardError.write(Data("blotter: writing output failed: \(failure)\n".utf8))
        }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}

extension Configuration.OutputFormat: ExpressibleByArgument {}

enum ProgressReporterSwitch {
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
