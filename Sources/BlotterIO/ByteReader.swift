/// Lines and exact byte counts over a `ByteSource`, with the offset of everything read.
final class ByteReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    /// Offset (in the uncompressed stream) of `buffer[start]`.
    private(set) var position = 0
    private var ended = false
    /// A corrupt stretch met while filling: reading stops there (what was decoded before it is still read)
    /// until the owner reports it and calls `recover`.
    private(set) var failure: ByteSourceError?

    init(source: ByteSource) { self.source = source }

    /// Makes at least `count` bytes available unless the input ends first. Returns the bytes available.
    @discardableResult
    func fill(_ count: Int) -> Int {
        while buffer.count - start < count, !ended {
            if start > 0 && start >= buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            do {
                if try source.read(into: &buffer) == 0 { ended = true }
            } catch {
                failure = error
                ended = true
            }
        }
        return buffer.count - start
    }

    /// Bytes available from the current position, without consuming them (at most `count`; fewer at the end).
    func peek(_ count: Int) -> ArraySlice<UInt8> {
        fill(count)
        return buffer[start..<min(buffer.count, start + count)]
    }

    /// After a failure was reported: drop what was buffered (it belongs to the corrupt stretch), skip the source
    /// to where it can go on, and read again. False when nothing can be read after it.
    func recover() -> Bool {
        failure = nil
        position += buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        guard source.resynchronize() else { ended = true; return false }
        ended = false
        return true
    }

    /// Goes back to `target` (an earlier position) by restarting the source; false if it cannot go back.
    func rewind(to target: Int) -> Bool {
        if target >= position - start, target <= position {
            // Still in the buffer.
            start -= position - target
            position = target
            return true
        }
        guard let restarted = source.restart(before: target) else { return false }
        buffer.removeAll(keepingCapacity: true)
        start = 0
        position = restarted
        ended = false
        failure = nil
        skip(target - restarted)
        return position == target
    }

    var atEnd: Bool { ended && start >= buffer.count }

    /// The failure, once everything decoded before it has been read.
    var failureReached: ByteSourceError? { start >= buffer.count ? failure : nil }

    /// A line without its CR LF (or LF); nil at the end. Lines longer than `limit` are cut there.
    func readLine(limit: Int = 1 << 16) -> [UInt8]? {
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
            fill(available + 1)
        }
    }

    /// Exactly `count` bytes, or fewer if the input ends.
    func read(_ count: Int) -> [UInt8] {
        fill(count)
        let taken = min(count, buffer.count - start)
        let bytes = Array(buffer[start..<(start + taken)])
        consume(taken)
        return bytes
    }

    /// Skips `count` bytes without keeping them (bodies of records that are not pages); returns how many were
    /// skipped (fewer when the input ends or fails first).
    @discardableResult
    func skip(_ count: Int) -> Int {
        var remaining = count
        while remaining > 0 {
            let available = fill(min(remaining, 1 << 16))
            guard available > 0 else { break }
            let step = min(available, remaining)
            consume(step)
            remaining -= step
        }
        return count - remaining
    }

    private func consume(_ count: Int) {
        start += count
        position += count
    }
}
