import Foundation

/// A live progress line on standard error (only when it is a terminal, and not with `--no-progress`):
/// documents, MB read, documents per second, errors, and inputs done of known with an ETA. Updated from the
/// sink queue; prints at most every `interval` seconds.
final class ProgressReporter: @unchecked Sendable {
    // @unchecked: `update` is called only from the sink's serial queue; the counters it reads from the source
    // side are atomic-free estimates (a stale value only shows an older number).
    static let interval = 0.5
    private let start = Date()
    private var lastPrint = Date.distantPast
    /// Bytes read and inputs still pending, as last reported by the source queue.
    var bytesRead = 0
    var inputsPending = 0

    func update(documents: Int, errors: Int, inputsFinished: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastPrint) >= Self.interval else { return }
        lastPrint = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(documents) / elapsed : 0
        var line = String(format: "\r\u{1B}[Kblotter: %d documents, %.1f MB, %.1f docs/s, %d errors", documents,
                          Double(bytesRead) / 1_000_000, rate, errors)
        let pending = inputsPending
        if inputsFinished > 0, pending > 0, elapsed > 0 {
            let eta = elapsed / Double(inputsFinished) * Double(pending)
            line += String(format: ", inputs %d done, %d to go, ETA %.0f s", inputsFinished, pending, eta)
        }
        FileHandleOutput.standardError(line)
    }

    func clear() { FileHandleOutput.standardError("\r\u{1B}[K") }
}

enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
