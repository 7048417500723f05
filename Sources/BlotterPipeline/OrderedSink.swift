import Dispatch
import Foundation
import BlotterCore
import BlotterIO

/// What `--resume` needs from the run: where to note finished inputs and how big the outputs are.
public struct ResumeTracking: @unchecked Sendable {
    // @unchecked: the log and the position closures are used only on the sink queue.
    public var log: ResumeLog
    public var recordsPosition: @Sendable () -> UInt64
    public var errorsPosition: @Sendable () -> UInt64
    public init(log: ResumeLog, recordsPosition: @escaping @Sendable () -> UInt64, errorsPosition: @escaping @Sendable () -> UInt64) {
        self.log = log
        self.recordsPosition = recordsPosition
        self.errorsPosition = errorsPosition
    }
}

/// The sink stage: restores input order by sequence number and writes each record to every sink and each
/// error entry to the error sink. Confined to its serial queue (checked with `dispatchPrecondition`).
final class OrderedSink: @unchecked Sendable {
    // @unchecked: all mutable state is touched only on `queue` (asserted in every method).
    let queue = DispatchQueue(label: "blotter.sink", qos: .userInitiated)
    /// What arrives at the sink for one sequence number.
    enum Outcome: Sendable {
        case record(Record)
        case error(DocumentError)
        case inputFinished(String)
    }

    private var waiting: [Int: Outcome] = [:]
    /// Repeated captures of the same main text (bounded: see `DuplicateTable`).
    private var duplicates = DuplicateTable()
    /// Notes finished inputs for `--resume` (nil when not tracking).
    private let resumeLog: ResumeLog?
    private let recordsPosition: @Sendable () -> UInt64
    private let errorsPosition: @Sendable () -> UInt64
    private var nextSequence = 0
    private let sinks: [any RecordSink]
    private let errorSink: any ErrorSink
    private let window: DispatchSemaphore
    private let group: DispatchGroup
    private(set) var summary = RunSummary()
    private let progress: ProgressReporter?
    private let stop: StopRequest

    init(sinks: [any RecordSink], errorSink: any ErrorSink, window: DispatchSemaphore, group: DispatchGroup, progress: ProgressReporter?,
         resume: ResumeTracking?, stop: StopRequest) {
        self.stop = stop
        self.sinks = sinks
        self.errorSink = errorSink
        self.window = window
        self.group = group
        self.progress = progress
        self.resumeLog = resume?.log
        let zero: @Sendable () -> UInt64 = { 0 }
        self.recordsPosition = resume.map { $0.recordsPosition } ?? zero
        self.errorsPosition = resume.map { $0.errorsPosition } ?? zero
    }

    /// Called on `queue` with a finished document (or an input's end marker).
    func deliver(_ sequence: Int, _ outcome: Outcome) {
        dispatchPrecondition(condition: .onQueue(queue))
        waiting[sequence] = outcome
        while let ready = waiting.removeValue(forKey: nextSequence) {
            write(ready)
            nextSequence += 1
            window.signal()
            group.leave()
        }
    }

    func deliver(_ sequence: Int, _ result: Result<Record, DocumentError>) {
        switch result {
        case .success(let record): deliver(sequence, .record(record))
        case .failure(let error): deliver(sequence, .error(error))
        }
    }

    func inputError(_ message: String) {
        dispatchPrecondition(condition: .onQueue(queue))
        summary.inputErrors.append(message)
        try? errorSinkMessage(message)
    }

    /// Checkpoints cost a flush and an fsync: once a second keeps that under 1% of a run over many small
    /// files while losing at most a second's work to a kill.
    static let checkpointInterval: TimeInterval = 1
    private var finishedSinceCheckpoint: [String] = []
    private var lastCheckpoint = Date()
    /// The output sizes when the last input finished: a run stopped part way through an input (a signal, an
    /// output failure) has written records of that input after them, which a resumed run must cut off.
    private var finishedAt: (records: UInt64, errors: UInt64) = (0, 0)

    private func checkpoint() {
        do {
            for sink in sinks { try sink.checkpoint() }
            try errorSink.checkpoint()
            try resumeLog?.finished(finishedSinceCheckpoint, recordsBytes: finishedAt.records, errorsBytes: finishedAt.errors)
        } catch {
            failed(error)
        }
        finishedSinceCheckpoint.removeAll()
        lastCheckpoint = Date()
    }

    func finish(inputs: Int, skipped: Int, bytes: Int, seconds: Double) -> RunSummary {
        dispatchPrecondition(condition: .onQueue(queue))
        // After an output failure the inputs since the last checkpoint are not marked finished: a sink may have
        // rolled their records back (the SQLite store drops its open batch), so `--resume` reads them again.
        if resumeLog != nil, !finishedSinceCheckpoint.isEmpty, summary.sinkFailure == nil { checkpoint() }
        for sink in sinks {
            do { try sink.finish() } catch { failed(error) }
        }
        do { try errorSink.finish() } catch { failed(error) }
        // After a write error, only the records that reached the records output are counted.
        if let written = sinks.first?.recordsWritten { summary.records = min(summary.records, written) }
        summary.inputs = inputs
        summary.skippedFiles = skipped
        summary.bytesRead = bytes
        summary.seconds = seconds
        return summary
    }

    private func write(_ outcome: Outcome) {
        switch outcome {
        case .inputFinished(let input):
            // Everything of this input is written. At most every `checkpointInterval` the outputs are made
            // durable and the inputs finished since the last checkpoint are noted in the resume log.
            summary.inputsFinished += 1
            if resumeLog != nil {
                finishedSinceCheckpoint.append(input)
                finishedAt = (recordsPosition(), errorsPosition())
                if Date().timeIntervalSince(lastCheckpoint) >= Self.checkpointInterval { checkpoint() }
            }
            progress?.update(documents: summary.documents, errors: summary.errors, inputsFinished: summary.inputsFinished)
            return
        case .record(var record):
            // Records arrive here in input order, so "the first capture" is the first in the run's order.
            record.duplicateOf = duplicates.duplicate(of: record.id, text: record.article.text, known: record.duplicateOf)
            if record.duplicateOf != nil { summary.duplicates += 1 }
            summary.documents += 1
            for sink in sinks {
                do { try sink.write(record) } catch { failed(error) }
            }
            summary.records += 1
        case .error(let error):
            summary.documents += 1
            summary.errorsByStage[error.stage, default: 0] += 1
            do { try errorSink.write(error) } catch { failed(error) }
        }
        progress?.update(documents: summary.documents, errors: summary.errors, inputsFinished: summary.inputsFinished)
    }

    /// The first output failure is kept for the summary, and reading stops: more input would only be lost.
    private func failed(_ error: any Error) {
        guard summary.sinkFailure == nil else { return }
        summary.sinkFailure = "\(error)"
        stop.request(.outputFailed)
    }

    private func errorSinkMessage(_ message: String) throws {
        FileHandleOutput.standardError("blotter: \(message)\n")
    }
}
