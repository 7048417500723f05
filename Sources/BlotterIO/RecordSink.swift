import Foundation
import BlotterCore

/// Where records and error entries go. Sinks are called from the sink queue only, in input order.
public protocol RecordSink: AnyObject {
    func write(_ record: Record) throws
    /// Makes everything written so far durable (flush, commit): called when an input is finished, before the
    /// run notes it as done for `--resume`.
    func checkpoint() throws
    func finish() throws
}

/// Where error entries go.
public protocol ErrorSink: AnyObject {
    func write(_ error: DocumentError) throws
    func checkpoint() throws
    func finish() throws
}

extension RecordSink {
    public func checkpoint() throws {}
}

extension ErrorSink {
    public func checkpoint() throws {}
}

/// Buffered writing of lines to a file or standard output.
/// @unchecked Sendable: a writer is created by the command and then used only on the sink queue.
public final class LineWriter: @unchecked Sendable {
    private let handle: FileHandle
    private let closeAtEnd: Bool
    private var buffer: [UInt8] = []
    /// Flush when the buffer reaches this size (64 KiB keeps system calls rare and memory flat).
    static let flushBytes = 1 << 16

    /// Bytes in the file so far (what was there when appending, plus what was written).
    public private(set) var position: UInt64 = 0

    /// `path` "-" is standard output. Parent folders are created. With `appendingAt`, an existing file is cut
    /// to that many bytes and written after them (`--resume`); otherwise it is replaced.
    public init(path: String, appendingAt offset: UInt64? = nil) throws {
        if path == "-" {
            handle = FileHandle.standardOutput
            closeAtEnd = false
        } else {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if let offset, FileManager.default.fileExists(atPath: path) {
                handle = try FileHandle(forWritingTo: url)
                try handle.truncate(atOffset: offset)
                try handle.seek(toOffset: offset)
                position = offset
            } else {
                guard FileManager.default.createFile(atPath: path, contents: nil) else {
                    throw SinkError(message: "\(path): cannot create file")
                }
                handle = try FileHandle(forWritingTo: url)
            }
            closeAtEnd = true
        }
    }

    public init(handle: FileHandle) {
        self.handle = handle
        closeAtEnd = false
    }

    public func writeLine(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= Self.flushBytes { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        position += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() throws {
        try flush()
        if closeAtEnd { try handle.close() }
    }
}

public struct SinkError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Records written as lines of text, one record giving one or more lines (the formats differ only in that).
public final class LineRecordSink: RecordSink {
    private let writer: LineWriter
    private let lines: (Record) -> [String]
    public init(writer: LineWriter, lines: @escaping (Record) -> [String]) {
        self.writer = writer
        self.lines = lines
    }
    public func write(_ record: Record) throws {
        for line in lines(record) { try writer.writeLine(line) }
    }
    public func checkpoint() throws { try writer.flush() }
    public func finish() throws { try writer.close() }
}

extension LineRecordSink {
    /// Records as JSON lines (schema 1).
    public static func jsonLines(_ writer: LineWriter) -> LineRecordSink { LineRecordSink(writer: writer) { [$0.jsonLine()] } }

    /// Elasticsearch / OpenSearch `_bulk` NDJSON: an action line then the document, every line ending with a
    /// newline (the last included), as `_bulk` requires.
    public static func esBulk(_ writer: LineWriter, index: String) -> LineRecordSink {
        LineRecordSink(writer: writer) { record in
            let lines = record.esBulkLines(index: index)
            return [lines.action, lines.document]
        }
    }

    /// Web Archive Named Entities lines (see `Record.waneLine`).
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
