import Dispatch
import BlotterCore
import BlotterIO

/// The sink stage: restores input order by sequence number and writes each record to every sink and each
/// error entry to the error sink. Confined to its serial queue (checked with `dispatchPrecondition`).
final class OrderedSink: @unchecked Sendable {
    // @unchecked: all mutable state is touched only on `queue` (asserted in every method).
    let queue = DispatchQueue(label: "blotter.sink", qos: .userInitiated)
    private var waiting: [Int: Result<Record, DocumentError>] = [:]
    private var nextSequence = 0
    private let sinks: [any RecordSink]
    private let errorSink: any ErrorSink
    private let window: DispatchSemaphore
    private let group: DispatchGroup
    private(set) var summary = RunSummary()
    private let progress: ProgressReporter?

    init(sinks: [any RecordSink], errorSink: any ErrorSink, window: DispatchSemaphore, group: DispatchGroup, progress: ProgressReporter?) {
        self.sinks = sinks
        self.errorSink = errorSink
        self.window = window
        self.group = group
        self.progress = progress
    }

    /// Called on `queue` with a finished document.
    func deliver(_ sequence: Int, _ result: Result<Record, DocumentError>) {
        dispatchPrecondition(condition: .onQueue(queue))
        waiting[sequence] = result
        while let ready = waiting.removeValue(forKey: nextSequence) {
            write(ready)
            nextSequence += 1
            window.signal()
            group.leave()
        }
    }

    func inputError(_ message: String) {
        dispatchPrecondition(condition: .onQueue(queue))
        summary.inputErrors.append(message)
        try? errorSinkMessage(message)
    }

    func finish(inputs: Int, skipped: Int, bytes: Int, seconds: Double) -> RunSummary {
        dispatchPrecondition(condition: .onQueue(queue))
        for sink in sinks {
            do { try sink.finish() } catch { summary.sinkFailure = summary.sinkFailure ?? "\(error)" }
        }
        try? errorSink.finish()
        summary.inputs = inputs
        summary.skippedFiles = skipped
        summary.bytesRead = bytes
        summary.seconds = seconds
        return summary
    }

    private func write(_ result: Result<Record, DocumentError>) {
        summary.documents += 1
        switch result {
        case .success(let record):
            for sink in sinks {
                do { try sink.write(record) } catch { summary.sinkFailure = summary.sinkFailure ?? "\(error)" }
            }
            summary.records += 1
        case .failure(let error):
            summary.errorsByStage[error.stage, default: 0] += 1
            do { try errorSink.write(error) } catch { summary.sinkFailure = summary.sinkFailure ?? "\(error)" }
        }
        progress?.update(documents: summary.documents, errors: summary.errors)
    }

    private func errorSinkMessage(_ message: String) throws {
        FileHandleOutput.standardError("blotter: \(message)\n")
    }
}
