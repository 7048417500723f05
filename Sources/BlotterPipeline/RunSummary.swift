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
    /// Inputs whose every document reached the sink.
    public var inputsFinished = 0
    /// Inputs skipped because an earlier run finished them (`--resume`).
    public var inputsResumed = 0
    /// Records whose main text repeats an earlier record's (`duplicate_of` set).
    public var duplicates = 0
    /// Stopped by SIGINT or SIGTERM before every input was read (exit status 130).
    public var interrupted = false

    public var errors: Int { errorsByStage.values.reduce(0, +) }

    /// 130 interrupted (as a shell reports SIGINT), 1 an input unreadable or an output failed, else 0.
    public var exitStatus: Int32 { interrupted ? 130 : inputErrors.isEmpty && sinkFailure == nil ? 0 : 1 }

    /// The summary as JSON (`--summary PATH`).
    public var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("inputs", inputs)
        writer.field("inputs_resumed", inputsResumed)
        writer.field("documents", documents)
        writer.field("records", records)
        writer.field("duplicates", duplicates)
        writer.field("skipped", skippedFiles)
        writer.field("errors", errors)
        writer.key("errors_by_stage")
        writer.beginObject()
        for stage in errorsByStage.keys.sorted() { writer.field(stage.rawValue, errorsByStage[stage] ?? 0) }
        writer.endObject()
        writer.key("input_errors"); writer.writeStrings(inputErrors)
        writer.field("sink_failure", sinkFailure)
        writer.key("interrupted"); writer.value(interrupted)
        writer.field("bytes_read", bytesRead)
        writer.key("seconds"); writer.value(seconds)
        writer.field("exit_status", Int(exitStatus))
        writer.endObject()
        return writer.string
    }

    public var text: String {
        let stages = errorsByStage.keys.sorted().map { "\($0.rawValue) \(errorsByStage[$0] ?? 0)" }.joined(separator: ", ")
        var line = "blotter: \(inputs) inputs, \(documents) documents, \(records) records, \(errors) errors"
        if !stages.isEmpty { line += " (\(stages))" }
        if duplicates > 0 { line += ", \(duplicates) repeated captures" }
        if skippedFiles > 0 { line += ", \(skippedFiles) skipped (not pages)" }
        if !inputErrors.isEmpty { line += ", \(inputErrors.count) inputs unreadable" }
        if sinkFailure != nil { line += ", output incomplete" }
        if interrupted { line += ", interrupted" }
        if inputsResumed > 0 { line += ", \(inputsResumed) inputs already done (resumed)" }
        line += String(format: ", %.2f s", seconds)
        if seconds > 0 { line += String(format: " (%.1f docs/s)", Double(documents) / seconds) }
        return line
    }
}
