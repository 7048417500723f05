import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Buffered writing of lines to a file, a device, a FIFO or standard output.
///
/// What is at the path decides how it is written, and nothing is ever replaced: an absent path or a regular
/// file is written in place (cut to `appendingAt` bytes, or to 0; parent folders created), flushed and
/// `fsync`ed when closed; a character device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written
/// as a stream, from where it stands. A symbolic link is followed (the link stays). Anything else is an error
/// naming the path. Write errors name the path (`/dev/full: cannot write: No space left on device`).
/// @unchecked Sendable: a writer is created by the command and then used only on the sink queue.
public final class LineWriter: @unchecked Sendable {
    /// How the destination is written.
    public enum Kind: Sendable, Equatable {
        /// A regular file written in place: it can be cut back (`--resume`) and synced.
        case regularFile
        /// A device, FIFO or standard output: written in order, never cut, never synced.
        case stream
    }

    public let path: String
    public let kind: Kind
    private let descriptor: Int32
    private let closeAtEnd: Bool
    private var closed = false
    private var buffer: [UInt8] = []
    /// The first write error: later writes fail with it at once (a full disk does not fill up again).
    private var failure: SinkError?
    /// Flush when the buffer reaches this size (64 KiB keeps system calls rare and memory flat).
    static let flushBytes = 1 << 16

    /// Bytes in the file so far (what was there when appending, plus what was written).
    public private(set) var position: UInt64 = 0
    /// Bytes given so far, written or still in the buffer: where the next line will start in the file.
    public var bytesGiven: UInt64 { position + UInt64(buffer.count) }
    /// Where each unit (a record's lines) still in the buffer ends, as a position in the file.
    private var unitEnds: [UInt64] = []
    /// Units whose every byte was written (`endUnit` marks where a unit ends).
    public private(set) var unitsWritten = 0

    /// What is at `path`: `.regularFile` when it is absent or a regular file (a link to one included), `.stream`
    /// for a character device or FIFO or "-"; nil with a reason for anything else.
    public static func kind(of path: String) -> Result<Kind, SinkError> {
        if path == "-" { return .success(.stream) }
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return .success(.regularFile) }
            return .failure(SinkError(message: "\(path): \(String(cString: strerror(errno)))"))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .success(.regularFile)
        case S_IFCHR, S_IFIFO: return .success(.stream)
        case S_IFDIR: return .failure(SinkError(message: "\(path): is a directory; give a file path"))
        default: return .failure(SinkError(message: "\(path): not a regular file, device or FIFO; not written"))
        }
    }

    /// `path` "-" is standard output. With `appendingAt`, a regular file is cut to that many bytes and written
    /// after them (`--resume`); otherwise it is cut to nothing and written from the start.
    public init(path: String, appendingAt offset: UInt64? = nil) throws(SinkError) {
        self.path = path
        if path == "-" {
            descriptor = STDOUT_FILENO
            closeAtEnd = false
            kind = .stream
            return
        }
        let found = try Self.kind(of: path).get()
        if found == .regularFile {
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
                throw SinkError(message: "\(path): cannot create its folder \(parent.path): \(error.localizedDescription)")
            }
        }
        // No O_TRUNC: a device or FIFO is never truncated; a regular file is cut below, once its type is known.
        let opened = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard opened >= 0 else { throw SinkError(message: "\(path): cannot open for writing: \(String(cString: strerror(errno)))") }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = Glibc.close(opened)
            throw SinkError(message: "\(path): \(reason)")
        }
        descriptor = opened
        closeAtEnd = true
        if status.st_mode & S_IFMT == S_IFREG {
            kind = .regularFile
            let start = min(offset ?? 0, UInt64(status.st_size))
            guard ftruncate(opened, off_t(start)) == 0, lseek(opened, off_t(start), SEEK_SET) >= 0 else {
                let reason = String(cString: strerror(errno))
                _ = Glibc.close(opened)
                throw SinkError(message: "\(path): cannot cut to \(start) bytes: \(reason)")
            }
            position = start
        } else {
            kind = .stream
        }
    }

    deinit {
        if closeAtEnd && !closed { _ = Glibc.close(descriptor) }
    }

    public func writeLine(_ line: String) throws(SinkError) {
        if let failure { throw failure }
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Marks the end of a unit (one record's lines) at the current end of what was given.
    public func endUnit() {
        unitEnds.append(position + UInt64(buffer.count))
    }

    public func flush() throws(SinkError) {
        if let failure { throw failure }
        defer { countWrittenUnits() }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeFirst(offset)
                let error = SinkError(message: "\(path == "-" ? "standard output" : path): cannot write: \(reason)")
                failure = error
                throw error
            }
            offset += written
            position += UInt64(written)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func countWrittenUnits() {
        var done = 0
        while done < unitEnds.count, unitEnds[done] <= position { done += 1 }
        unitsWritten += done
        unitEnds.removeFirst(done)
    }

    /// Flushes, makes a regular file durable (`fsync`) and closes it.
    public func close() throws(SinkError) {
        guard !closed else { return }
        try flush()
        if kind == .regularFile, fsync(descriptor) != 0, errno != EINVAL {
            let error = SinkError(message: "\(path): cannot sync to disk: \(String(cString: strerror(errno)))")
            failure = error
            throw error
        }
        if closeAtEnd {
            closed = true
            guard Glibc.close(descriptor) == 0 else {
                throw SinkError(message: "\(path): cannot close: \(String(cString: strerror(errno)))")
            }
        }
    }
}
