import Foundation

/// The inputs a run has finished, with the sizes its output files had at that moment, one line each:
/// `input<TAB>records-bytes<TAB>errors-bytes`, the input's name escaped (`\\`, `\t`, `\n`, `\r`) so that a
/// path holding a tab or a newline is one field (issue 21: such inputs were not recognised and their records
/// were written again). `--resume` skips the finished inputs and cuts the outputs back
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
        // Only whole lines count: a run killed while writing a line leaves the last one unfinished. (Asking,
        // for each line, whether the text held it with its newline made reading quadratic: 20,000 finished
        // inputs took 157 s.)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // what follows the last newline: empty, or an unfinished line
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let records = UInt64(fields[1]), let errors = UInt64(fields[2]) else { continue }
            state.finished.insert(unescape(fields[0]))
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
        let lines = inputs.map { "\(Self.escape($0))\t\(recordsBytes)\t\(errorsBytes)\n" }.joined()
        try handle.write(contentsOf: Data(lines.utf8))
        try handle.synchronize()
    }

    /// An input's name as one field: backslash, tab, newline and carriage return escaped.
    static func escape(_ name: String) -> String {
        guard name.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func unescape<S: StringProtocol>(_ field: S) -> String {
        guard field.contains("\\") else { return String(field) }
        var out = ""
        var escaped = false
        for scalar in field.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
