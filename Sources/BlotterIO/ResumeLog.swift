import Foundation

/// The inputs a run has finished, with the sizes its output files had at that moment, one line each:
/// `input<TAB>records-bytes<TAB>errors-bytes`. `--resume` skips the finished inputs and cuts the outputs back
/// to the sizes of the last line, so records of an input that was cut off are neither kept twice nor lost.
/// @unchecked Sendable: written only on the sink queue.
public final class ResumeLog: @unchecked Sendable {
    public struct State: Sendable {
        public var finished: Set<String>
        public var recordsBytes: UInt64
        public var errorsBytes: UInt64
    }

    private let handle: FileHandle
    public let path: String

    /// The state an earlier run left (nil when there is no log).
    public static func read(_ path: String) throws -> State? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var state = State(finished: [], recordsBytes: 0, errorsBytes: 0)
        // Only whole lines count: a run killed while writing a line leaves it unfinished.
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where text.contains(line + "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let records = UInt64(fields[1]), let errors = UInt64(fields[2]) else { continue }
            state.finished.insert(String(fields[0]))
            state.recordsBytes = records
            state.errorsBytes = errors
        }
        return state
    }

    /// Opens the log for appending (`resume`) or anew.
    public init(path: String, resume: Bool) throws {
        self.path = path
        if !resume || !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw SinkError(message: "\(path): cannot create the resume log") }
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
    }

    deinit { try? handle.close() }

    /// Notes inputs as finished at the given output sizes (every input finished since the last note: their
    /// records all lie before those sizes).
    public func finished(_ inputs: [String], recordsBytes: UInt64, errorsBytes: UInt64) throws {
        guard !inputs.isEmpty else { return }
        let lines = inputs.map { "\($0)\t\(recordsBytes)\t\(errorsBytes)\n" }.joined()
        try handle.write(contentsOf: Data(lines.utf8))
        try handle.synchronize()
    }
}
