import Foundation
import BlotterCore
import BlotterIO

/// One batch run (`blotter run`): resolves the inputs, opens the outputs (records in the configured format,
/// error entries, the SQLite store, the resume log), runs the pipeline and closes them again.
public struct BatchRun {
    /// Where a run reads and writes, as the command line gives it.
    public struct Options: Sendable {
        /// Inputs as named; none means the configuration's inputs (relative to `baseDirectory`).
        public var inputs: [String]
        /// Records file, "-" for standard output.
        public var records: String
        /// Error entries file; nil writes them as messages on standard error.
        public var errors: String?
        /// SQLite store to upsert records into.
        public var database: String?
        /// Continue the run noted in `records`'s resume log.
        public var resume: Bool
        public var showProgress: Bool

        public init(inputs: [String], records: String, errors: String?, database: String?, resume: Bool, showProgress: Bool) {
            self.inputs = inputs
            self.records = records
            self.errors = errors
            self.database = database
            self.resume = resume
            self.showProgress = showProgress
        }
    }

    /// What a finished run leaves: its summary and the resume log it kept (nil when the records went to a stream).
    public struct Outcome: Sendable {
        public var summary: RunSummary
        public var resumeLog: String?
    }

    public let configuration: Configuration
    public let baseDirectory: URL
    public let processor: DocumentProcessor

    public init(configuration: Configuration, baseDirectory: URL, processor: DocumentProcessor) {
        self.configuration = configuration
        self.baseDirectory = baseDirectory
        self.processor = processor
    }

    /// Runs the inputs through the pipeline. Messages for the user (skipped inputs, warnings) go to `message` as
    /// they arise; a clean finish removes the resume log. Throws when an output cannot be opened.
    public func run(_ options: Options, stop: StopRequest, message: (String) -> Void) throws(BatchRunError) -> Outcome {
        let (readable, notPages) = inputs(options.inputs, message: message)
        let recordsKind: LineWriter.Kind
        do { recordsKind = try LineWriter.kind(of: options.records).get() } catch { throw BatchRunError("--out \(error.message)") }
        // A run writing a regular file keeps a resume log beside it (OUT.resume); --resume reads it. A stream
        // (standard output, a device, a FIFO) cannot be cut back, so it has none.
        let logPath = recordsKind == .regularFile ? options.records + ".resume" : nil
        let state = try resumeState(options, logPath: logPath, message: message)
        if let database = options.database, let problem = StorePath.problem(database, option: "--db") { throw BatchRunError(problem) }
        let outputs = try Outputs(options, state: state, logPath: logPath, format: configuration.output)
        let pipeline = Pipeline(configuration: configuration, processor: processor)
        var summary = pipeline.run(inputs: readable, sinks: outputs.sinks, errorSink: outputs.errorSink, showProgress: options.showProgress,
                                   resume: outputs.tracking, finished: state?.finished ?? [], stop: stop)
        summary.skippedFiles += notPages
        for directory in InputCheck.emptyDirectories(readable) {
            message("blotter: warning: \(directory) holds no pages (\(InputCheck.readableKinds))")
        }
        if !summary.interrupted, summary.exitStatus == 0, let logPath {
            // A clean finish leaves nothing to resume.
            try? FileManager.default.removeItem(atPath: logPath)
        }
        return Outcome(summary: summary, resumeLog: logPath)
    }

    /// The inputs to read, and how many files named directly were skipped because their ending says they are
    /// not pages (notes.txt, data.json): those are skipped and counted, not read as HTML.
    private func inputs(_ named: [String], message: (String) -> Void) -> (readable: [InputSpec], notPages: Int) {
        let specs = named.isEmpty
            ? configuration.inputs.map { InputSpec.classify(URL(fileURLWithPath: $0, relativeTo: baseDirectory).path) }
            : named.map(InputSpec.classify)
        var readable: [InputSpec] = []
        var notPages = 0
        for spec in specs {
            if case .page(let path) = spec, let reason = InputCheck.notAPage(path) {
                notPages += 1
                message("blotter: \(path): skipped: \(reason)")
            } else {
                readable.append(spec)
            }
        }
        return (readable, notPages)
    }

    private func resumeState(_ options: Options, logPath: String?, message: (String) -> Void) throws(BatchRunError) -> ResumeLog.State? {
        guard options.resume else { return nil }
        guard let logPath else {
            let stream = options.records == "-" ? "standard output" : options.records
            throw BatchRunError("--resume needs --out to name a regular file (\(stream) is a stream and cannot be cut back)")
        }
        let state: ResumeLog.State?
        do { state = try ResumeLog.read(logPath) } catch { throw BatchRunError("\(logPath): \(error.localizedDescription)") }
        if state == nil { message("blotter: \(logPath) not found: starting from the beginning") }
        return state
    }

    /// Writes the summary as one JSON line to `path`.
    public static func writeSummary(_ summary: RunSummary, to path: String) throws(BatchRunError) {
        do {
            let writer = try LineWriter(path: path)
            try writer.writeLine(summary.json)
            try writer.close()
        } catch {
            throw BatchRunError("\(path): cannot write the summary: \(error.message)")
        }
    }
}

/// The outputs of one run, opened (at the resumed positions when resuming).
private struct Outputs {
    var sinks: [any RecordSink] = []
    var errorSink: any ErrorSink
    var tracking: ResumeTracking?

    init(_ options: BatchRun.Options, state: ResumeLog.State?, logPath: String?, format: Configuration.Output) throws(BatchRunError) {
        do {
            let recordsWriter = try LineWriter(path: options.records, appendingAt: state?.recordsBytes)
            sinks.append(format.format.sink(writer: recordsWriter, index: format.index))
            if let database = options.database {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: database).deletingLastPathComponent(), withIntermediateDirectories: true)
                sinks.append(try SQLiteSink(path: database))
            }
            var errorsWriter: LineWriter?
            if let errorsPath = options.errors {
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
            throw BatchRunError("cannot open output: \(error)")
        }
    }
}

/// A run that could not start: an output cannot be opened, or `--resume` cannot be honoured.
public struct BatchRunError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
