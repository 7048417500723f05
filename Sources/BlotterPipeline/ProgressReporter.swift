import Foundation

/// A live progress line on standard error (only when it is a terminal, and not with `--no-progress`).
/// Updated from the sink queue; prints at most every `interval` seconds.
final class ProgressReporter: @unchecked Sendable {
    // @unchecked: `update` is called only from the sink's serial queue; `start` is fixed at init.
    static let interval = 0.5
    private let start = Date()
    private var lastPrint = Date.distantPast

    func update(documents: Int, errors: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastPrint) >= Self.interval else { return }
        lastPrint = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(documents) / elapsed : 0
        FileHandleOutput.standardError(String(format: "\r\u{1B}[Kblotter: %d documents, %d errors, %.1f docs/s", documents, errors, rate))
    }

    func clear() { FileHandleOutput.standardError("\r\u{1B}[K") }

    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}

enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
