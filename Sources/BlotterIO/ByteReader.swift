/// Lines and exact byte counts over a `ByteSource`, with the offset of everything read.
final class ByteReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    /// Offset (in the uncompressed stream) of `buffer[start]`.
    private(set) var position = 0
    private var ended = false

    init(source: ByteSource) { self.source = source }

    /// Makes at least `count` bytes available unless the input ends first. Returns the bytes available.
    @discardableResult
    func fill(_ count: Int) throws(ByteSourceError) -> Int {
        while buffer.count - start < count, !ended {
            if start > 0 && start >= buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            if try source.read(into: &buffer) == 0 { ended = true }
        }
        return buffer.count - start
    }

    var atEnd: Bool { ended && start >= buffer.count }

    /// A line without its CR LF (or LF); nil at the end. Lines longer than `limit` are cut there.
    func readLine(limit: Int = 1 << 16) throws(ByteSourceError) -> [UInt8]? {
        var scanned = 0
        while true {
            let available = buffer.count - start
            if let newline = buffer[(start + scanned)..<buffer.count].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                if line.last == 0x0D { line.removeLast() }
                consume(newline + 1 - start)
                return line
            }
            scanned = available
            if available >= limit {
                let line = Array(buffer[start..<(start + limit)])
                consume(limit)
                return line
            }
            if ended {
                guard available > 0 else { return nil }
                let line = Array(buffer[start...])
                consume(available)
                return line
            }
            try fill(available + 1)
        }
    }

    /// Exactly `count` bytes, or fewer if the input ends.
    func read(_ count: Int) throws(ByteSourceError) -> [UInt8] {
        try fill(count)
        let taken = min(count, buffer.count - start)
        let bytes = Array(buffer[start..<(start + taken)])
        consume(taken)
        return bytes
    }

    /// Skips `count` bytes without keeping them (bodies of records that are not pages).
    func skip(_ count: Int) throws(ByteSourceError) {
        var remaining = count
        while remaining > 0 {
            let available = try fill(min(remaining, 1 << 16))
            guard available > 0 else { return }
            let step = min(available, remaining)
            consume(step)
            remaining -= step
        }
    }

    /// Drops what is buffered (after a corrupt gzip member the rest of the buffer belongs to it).
    func discardBuffer() {
        position += buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        ended = false
    }

    private func consume(_ count: Int) {
        start += count
        position += count
    }
}
