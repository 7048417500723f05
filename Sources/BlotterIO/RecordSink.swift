import Foundation
import BlotterCore

/// Where records and error entries go. Sinks are called from the sink queue only, in input order.
public protocol RecordSink: AnyObject {
    func write(_ record: Record) throws
    /// Makes everything written so far durable (flush, commit): called when an input is finished, before the
    /// run notes it as done for `--resume`.
    func checkpoint() throws
    func finish() throws
    /// Records that reached their destination (nil when the sink does not count them): after a write error
    /// the summary counts only these.
    var recordsWritten: Int? { get }
}

/// Where error entries go.
public protocol ErrorSink: AnyObject {
    func write(_ error: DocumentError) throws
    func checkpoint() throws
    func finish() throws
}

extension RecordSink {
    public func checkpoint() throws {}
    public var recordsWritten: Int? { nil }
}

extension ErrorSink {
    public func checkpoint() throws {}
}

public struct SinkError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// Records written as lines of text, one record giving one or more lines (the formats differ only in that).
public final class LineRecordSink: RecordSink {
    private let writer: LineWriter
    private let lines: (RecordView) -> [String]
    public init(writer: LineWriter, lines: @escaping (RecordView) -> [String]) {
        self.writer = writer
        self.lines = lines
    }
    public func write(_ record: Record) throws {
        for line in lines(RecordView(record)) { try writer.writeLine(line) }
        writer.endUnit()
    }
    public func checkpoint() throws { try writer.flush() }
    public func finish() throws { try writer.close() }
    public var recordsWritten: Int? { writer.unitsWritten }
}

extension LineRecordSink {
    /// Records as JSON lines (schema 1).
    public static func jsonLines(_ writer: LineWriter) -> LineRecordSink { LineRecordSink(writer: writer) { [$0.jsonLine()] } }

    /// Elasticsearch / OpenSearch `_bulk` NDJSON: an action line then the document, every line ending with a
    /// newline (the last included), as `_bulk` requires.
    public static func esBulk(_ writer: LineWriter, index: String) -> LineRecordSink {
        LineRecordSink(writer: writer) { view in
            let lines = view.esBulkLines(index: index)
            return [lines.action, lines.document]
        }
    }

    /// Web Archive Named Entities lines (see `RecordView.waneLine`).
    public static func wane(_ writer: LineWriter) -> LineRecordSink { LineRecordSink(writer: writer) { [$0.waneLine()] } }
}

/// Error entries as JSON lines `{"id","source","stage","error"}`.
public final class JSONLinesErrorSink: ErrorSink {
    private let writer: LineWriter
    public init(writer: LineWriter) { self.writer = writer }
    public func write(_ error: DocumentError) throws { try writer.writeLine(error.jsonLine()) }
    public func checkpoint() throws { try writer.flush() }
    public func finish() throws { try writer.close() }
}

/// Error entries as one human-readable line each on standard error (when no `--errors` file is given).
public final class StandardErrorSink: ErrorSink {
    public init() {}
    public func write(_ error: DocumentError) throws {
        FileHandle.standardError.write(Data("blotter: \(error.description)\n".utf8))
    }
    public func finish() throws {}
}
