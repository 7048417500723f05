import Foundation
import CZlib

/// Bytes read in chunks from a file, plain or gzip-compressed.
protocol ByteSource: AnyObject {
    /// Appends the next bytes to `buffer`; returns how many (0 at the end).
    func read(into buffer: inout [UInt8]) throws(ByteSourceError) -> Int
    /// After a corruption error: skip to where reading can go on (the next gzip member). False at the end.
    func resynchronize() -> Bool
    /// The compressed offset and length of the gzip member holding uncompressed offset `position`, when known.
    func member(containing position: Int) -> (offset: Int, length: Int)?
    /// Goes back so that the next `read` gives the bytes from uncompressed offset `start` (≤ `position`, the
    /// start of what holds `position`: a gzip member); nil when the source cannot go back.
    func restart(before position: Int) -> Int?
    /// Forgets what is kept to find members before `position` (keeps memory flat on long files).
    func forget(before position: Int)
}

struct ByteSourceError: Error, CustomStringConvertible {
    var message: String
    /// File offset where the trouble was found.
    var offset: Int
    var description: String { message }
}

/// A plain file, read in chunks.
final class FileByteSource: ByteSource {
    static let chunkBytes = 1 << 16
    private let handle: FileHandle

    init(handle: FileHandle) { self.handle = handle }
    deinit { try? handle.close() }

    func read(into buffer: inout [UInt8]) throws(ByteSourceError) -> Int {
        let chunk: Data?
        do { chunk = try handle.read(upToCount: Self.chunkBytes) } catch {
            throw ByteSourceError(message: "read failed: \(error.localizedDescription)", offset: 0)
        }
        guard let chunk, !chunk.isEmpty else { return 0 }
        buffer.append(contentsOf: chunk)
        return chunk.count
    }

    func resynchronize() -> Bool { false }
    func member(containing position: Int) -> (offset: Int, length: Int)? { nil }
    func restart(before position: Int) -> Int? {
        do { try handle.seek(toOffset: UInt64(max(0, position))) } catch { return nil }
        return max(0, position)
    }
    func forget(before position: Int) {}
}

/// Bytes already in memory (one archive record fetched again by offset).
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    func read(into buffer: inout [UInt8]) throws(ByteSourceError) -> Int {
        let count = min(1 << 16, bytes.count - offset)
        guard count > 0 else { return 0 }
        buffer.append(contentsOf: bytes[offset..<(offset + count)])
        offset += count
        return count
    }
    func resynchronize() -> Bool { false }
    func member(containing position: Int) -> (offset: Int, length: Int)? { nil }
    func restart(before position: Int) -> Int? {
        offset = min(max(0, position), bytes.count)
        return offset
    }
    func forget(before position: Int) {}
}

/// A gzip file of one or many members (WARC files compress each record as its own member), inflated as one
/// stream. Member boundaries are recorded so records can be found again by compressed offset. A corrupt
/// member raises an error; `resynchronize` then skips to the next gzip header.
final class GzipByteSource: ByteSource {
    static let chunkBytes = 1 << 16
    private let handle: FileHandle
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: [UInt8] = []
    private var inputStart = 0          // file offset of input[0]
    private var inputUsed = 0           // bytes of `input` consumed by zlib
    private var fileEnded = false
    private var uncompressed = 0        // bytes produced so far
    /// (uncompressed offset, compressed offset) where each member starts.
    private var members: [(uncompressed: Int, compressed: Int)] = [(0, 0)]
    private var memberEnded = false
    private var fileSize: Int

    init(handle: FileHandle, fileSize: Int) throws(ByteSourceError) {
        self.handle = handle
        self.fileSize = fileSize
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: the largest window, and zlib detects the gzip (or zlib) header itself.
        guard blotter_inflate_init2(stream, 15 + 32) == Z_OK else {
            stream.deallocate()
            throw ByteSourceError(message: "zlib could not start", offset: 0)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        try? handle.close()
    }

    private func refill() {
        if inputUsed > 0 {
            input.removeFirst(inputUsed)
            inputStart += inputUsed
            inputUsed = 0
        }
        guard !fileEnded else { return }
        if let chunk = try? handle.read(upToCount: Self.chunkBytes), !chunk.isEmpty {
            input.append(contentsOf: chunk)
        } else {
            fileEnded = true
        }
    }

    func read(into buffer: inout [UInt8]) throws(ByteSourceError) -> Int {
        var output = [UInt8](repeating: 0, count: Self.chunkBytes)
        while true {
            if inputUsed >= input.count { refill() }
            if inputUsed >= input.count && fileEnded {
                // The file ended inside a member that had started: a truncated file (reported once).
                if !memberEnded && inputStart + inputUsed > currentMemberOffset {
                    memberEnded = true
                    throw ByteSourceError(message: "gzip data ends in the middle of a member (truncated file)", offset: currentMemberOffset)
                }
                return 0
            }
            if memberEnded {
                // Another member follows only if the next bytes are a gzip header; trailing junk ends the file.
                if input.count - inputUsed < 2 && !fileEnded { refill() }
                guard input.count - inputUsed >= 2, input[inputUsed] == 0x1F, input[inputUsed + 1] == 0x8B else {
                    inputUsed = input.count
                    fileEnded = true
                    return 0
                }
                inflateReset(stream)
                memberEnded = false
                members.append((uncompressed, inputStart + inputUsed))
            }
            let available = input.count - inputUsed
            var status: Int32 = Z_OK
            var produced = 0
            var consumed = 0
            input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.pointee.next_in = inBuffer.baseAddress.map { $0 + inputUsed }
                    stream.pointee.avail_in = UInt32(available)
                    stream.pointee.next_out = outBuffer.baseAddress
                    stream.pointee.avail_out = UInt32(outBuffer.count)
                    status = inflate(stream, Z_NO_FLUSH)
                    consumed = available - Int(stream.pointee.avail_in)
                    produced = outBuffer.count - Int(stream.pointee.avail_out)
                }
            }
            inputUsed += consumed
            uncompressed += produced
            if produced > 0 { buffer.append(contentsOf: output[0..<produced]) }
            switch status {
            case Z_STREAM_END:
                memberEnded = true
            case Z_OK:
                break
            case Z_BUF_ERROR where fileEnded && inputUsed >= input.count:
                throw ByteSourceError(message: "gzip data ends in the middle of a member (truncated file)", offset: currentMemberOffset)
            case Z_BUF_ERROR:
                break
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                throw ByteSourceError(message: "corrupt gzip member: \(message)", offset: currentMemberOffset)
            }
            if produced > 0 { return produced }
        }
    }

    private var currentMemberOffset: Int { members.last?.compressed ?? 0 }

    func resynchronize() -> Bool {
        // The next gzip header (1F 8B 08) at least one byte past where the corrupt member failed.
        var from = inputUsed + 1
        while true {
            if input.count >= 3, from <= input.count - 3 {
                for index in from...(input.count - 3) where input[index] == 0x1F && input[index + 1] == 0x8B && input[index + 2] == 0x08 {
                    inputUsed = index
                    inflateReset(stream)
                    memberEnded = false
                    members.append((uncompressed, inputStart + inputUsed))
                    return true
                }
            }
            if fileEnded {
                inputUsed = input.count
                return false
            }
            // Keep the last two bytes: a header may straddle two chunks.
            inputUsed = max(inputUsed, input.count - 2)
            refill()
            from = 0
        }
    }

    /// The member's compressed range. The reader looks at the bytes after a record before asking (to see that
    /// the next record starts there), which makes the source inflate into the next member, so the end of the
    /// record's member is known even when a read boundary fell in its last bytes (the gzip trailer).
    func member(containing position: Int) -> (offset: Int, length: Int)? {
        guard let index = members.lastIndex(where: { $0.uncompressed <= position }) else { return nil }
        let start = members[index].compressed
        let end = index + 1 < members.count ? members[index + 1].compressed : (memberEnded || fileEnded ? inputStart + inputUsed : fileSize)
        return (start, max(0, end - start))
    }

    func restart(before position: Int) -> Int? {
        guard let index = members.lastIndex(where: { $0.uncompressed <= position }) else { return nil }
        let member = members[index]
        do { try handle.seek(toOffset: UInt64(member.compressed)) } catch { return nil }
        members.removeSubrange((index + 1)...)
        input.removeAll(keepingCapacity: true)
        inputStart = member.compressed
        inputUsed = 0
        fileEnded = false
        memberEnded = false
        uncompressed = member.uncompressed
        inflateReset(stream)
        return member.uncompressed
    }

    func forget(before position: Int) {
        // Keep the member holding `position` and everything after it.
        guard members.count > 64, let index = members.lastIndex(where: { $0.uncompressed <= position }), index > 0 else { return }
        members.removeFirst(index)
    }
}
