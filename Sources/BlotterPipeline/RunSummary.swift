import Foundation
import BlotterCore

/// What a run did, for the final summary (stderr) and the exit status.
public struct RunSummary: Sendable, Equatable {
    public var inputs = 0
    public var documents = 0
    public var records = 0
    public var skippedFiles = 0
    public var errorsByStage: [StageName: Int] = [:]
    /// Inputs that could not be read at all (exit status 1).
    public var inputErrors: [String] = []
    /// A sink that failed (disk full, closed pipe): the run's output is incomplete.
    public var sinkFailure: String?
    public var seconds = 0.0
    public var bytesRead = 0

    public var errors: Int { errorsByStage.values.reduce(0, +) }

    public var exitStatus: Int32 { inputErrors.isEmpty && sinkFailure == nil ? 0 : 1 }

    public var text: String {
        let stages = errorsByStage.keys.sorted().map { "\($0.rawValue) \(errorsByStage[$0] ?? 0)" }.joined(separator: ", ")
        var line = "blotter: \(inputs) inputs, \(documents) documents, \(records) records, \(errors) errors"
        if !stages.isEmpty { line += " (\(stages))" }
        if skippedFiles > 0 { line += ", \(skippedFiles) skipped (not pages)" }
        if !inputErrors.isEmpty { line += ", \(inputErrors.count) inputs unreadable" }
        line += String(format: ", %.2f s", seconds)
        if seconds > 0 { line += String(format: " (%.1f docs/s)", Double(documents) / seconds) }
        return line
    }
}
