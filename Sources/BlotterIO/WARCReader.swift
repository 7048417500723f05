import Foundation
import BlotterCore

/// Reads pages from a WARC file (0.17, 0.18, 1.0, 1.1), plain or gzip-compressed (per-record members or
/// whole-file), as a stream. `response` records are parsed as HTTP (status and type first, then chunked
/// transfer coding and gzip / deflate content coding, the charset of `Content-Type`); `resource` records are
/// taken as they are; a `revisit` whose payload digest names a page read earlier in the run is read as a
/// capture of that page. Records that are not HTML pages (requests, metadata, DNS lookups, images,
/// redirects…) are skipped and counted. A record that cannot be read is an error entry naming the file and
/// offset, and reading goes on at the next record: after a corrupt gzip member at the next member, after a
/// Content-Length that does not fit the record at the next `WARC/` line.
///
/// In records, `source.warc.offset` / `length` are the record's byte range in the file; for `.warc.gz` they
/// are those of the gzip member that holds it (what CDX indexes store), so a record can be fetched again.
final class WARCReader: PageReader {
    /// Header blocks longer than this are not WARC headers (garbage or a wrong file).
    static let maximumHeaderLines = 200
    /// A page record's block may exceed `max_page_bytes` by its HTTP headers: up to this many bytes.
    static let headerAllowance = 65_536
    /// Bytes looked at after a record for the next `WARC/` line: CR/LF and padding writers leave there.
    static let trailerScan = 512

    private let stream: ArchiveStream
    private var reader: ByteReader { stream.reader }
    private var path: String { stream.path }
    private let maximumPageBytes: Int
    private let revisits: RevisitTable?
    private(set) var skipped = 0
    private var finished = false
    /// WARC version lines seen; a file with none is not a WARC file, and says so.
    private var recordsSeen = 0
    /// A version line found while checking a record's length (the next record starts there).
    private var pendingVersionLine: Int?

    init(path: String, maximumPageBytes: Int, revisits: RevisitTable? = nil) throws(SinkError) {
        stream = try ArchiveStream(path: path)
        self.maximumPageBytes = maximumPageBytes
        self.revisits = revisits
    }

    /// Reads records held in memory (a revisit's original fetched again).
    init(stream: ArchiveStream, maximumPageBytes: Int) {
        self.stream = stream
        self.maximumPageBytes = maximumPageBytes
        revisits = nil
    }

    /// An error entry to hand out after a page (a truncated page is kept, and its truncation reported).
    private var queued: ((Int) -> PageSource.Item)?

    func next(sequence: Int) -> PageSource.Item? {
        if let queued {
            self.queued = nil
            return queued(sequence)
        }
        while !finished {
            if let item = nextRecord(sequence: sequence) { return item }
        }
        return nil
    }

    /// A corrupt stretch of gzip data stopped the reading: its error entry, then on at the next member.
    private func corruption(_ sequence: Int, recordStart: Int?) -> PageSource.Item? {
        guard let failure = reader.failureReached else { return nil }
        let location = WARCLocation(file: path, offset: failure.offset, length: 0)
        let record = recordStart.map { " (record at uncompressed offset \($0))" } ?? ""
        if !reader.recover() { finished = true }
        pendingVersionLine = nil
        return .documentError(DocumentError(sequence: sequence, id: nil, source: SourceLocation(path: path, warc: location), stage: .source,
                                            message: "\(failure.message) at offset \(failure.offset)\(record)"))
    }

    static func isVersionLine(_ line: [UInt8]) -> Bool {
        line.count >= 6 && line.starts(with: Array("WARC/".utf8)) && (0x30...0x39).contains(line[5])
    }

    /// Where a version line starts in `line`: 0 for a version line, or the index of a `WARC/1.0`-style token
    /// that ends the line after other bytes (a record whose start was glued to the end of a damaged one), or nil.
    static func versionStart(in line: [UInt8]) -> Int? {
        if isVersionLine(line) { return 0 }
        guard line.count > 8 else { return nil }
        // The token at the end: "WARC/" digits "." digits.
        var index = line.count - 1
        var minor = 0
        while index >= 0, (0x30...0x39).contains(line[index]) { index -= 1; minor += 1 }
        guard minor > 0, index >= 0, line[index] == UInt8(ascii: ".") else { return nil }
        index -= 1
        var major = 0
        while index >= 0, (0x30...0x39).contains(line[index]) { index -= 1; major += 1 }
        guard major > 0, index >= 4 else { return nil }
        let start = index - 4
        return Array(line[start...index]) == Array("WARC/".utf8) ? start : nil
    }

    /// The next page or error entry; nil when a record was skipped or the file ended (`finished`).
    private func nextRecord(sequence: Int) -> PageSource.Item? {
        let recordStart: Int
        switch findRecordStart(sequence: sequence) {
        case .end(let item): return item
        case .at(let start): recordStart = start
        }
        recordsSeen += 1
        stream.source.forget(before: recordStart)
        let fields = readFields()
        if let item = corruption(sequence, recordStart: recordStart) { return item }
        let type = fields["warc-type"]?.lowercased() ?? ""
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            return .documentError(error(sequence, recordStart, fields, "record has no valid Content-Length"))
        }
        let block = readBlock(type: type, length: length)
        if block.got < length {
            let entry = shortBlock(sequence, recordStart: recordStart, blockStart: block.start, length: length, got: block.got, fields: fields)
            return clippedPage(sequence, entry, block: block, type: type, recordStart: recordStart, fields: fields) ?? entry
        }
        // The record should end here (CR LF CR LF, then the next version line or the end of the file).
        if !trailerFits(), let next = versionLine(from: block.start, until: block.start + length) {
            pendingVersionLine = next
            return .documentError(error(sequence, recordStart, fields,
                                        "Content-Length \(length) runs into the next record (a WARC/ line at offset \(next))"))
        }
        return item(sequence, type: type, length: length, block: block, recordStart: recordStart, fields: fields)
    }

    /// Where the next record starts, or how the reading ends (an error entry, or nil after the last record).
    private enum RecordStart {
        case at(Int)
        case end(PageSource.Item?)
    }

    /// Finds the next version line; anything before it is skipped (padding, or the rest of a broken record).
    private func findRecordStart(sequence: Int) -> RecordStart {
        if let pending = pendingVersionLine {
            pendingVersionLine = nil
            return .at(pending)
        }
        while true {
            let lineStart = reader.position
            guard let line = reader.readLine() else {
                if let item = corruption(sequence, recordStart: nil) { return .end(item) }
                finished = true
                guard recordsSeen == 0 else { return .end(nil) }
                return .end(.documentError(DocumentError(sequence: sequence, id: nil, source: SourceLocation(path: path), stage: .source,
                                                         message: "no WARC record found (the file does not look like WARC)")))
            }
            if let start = Self.versionStart(in: Self.trimmed(line)) { return .at(lineStart + start) }
        }
    }

    /// The named fields up to the empty line (names lower-cased, the first of a repeated name kept); a line
    /// starting with a space or tab continues the one before (WARC 1.0 folding).
    private func readFields() -> [String: String] {
        var fields: [String: String] = [:]
        var lastName: String?
        var headerLines = 0
        while let raw = reader.readLine() {
            let line = Self.trimmed(raw)
            if line.isEmpty { break }
            headerLines += 1
            if headerLines > Self.maximumHeaderLines { break }
            if line[0] == 0x20 || line[0] == 0x09, let name = lastName {
                let more = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                fields[name] = fields[name].map { $0.isEmpty ? more : $0 + " " + more } ?? more
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if fields[name] == nil { fields[name] = value }
            lastName = name
        }
        return fields
    }

    /// A record's block as read: its bytes kept for records that may be pages (only the head of one too large
    /// to be a page), else skipped.
    private struct Block {
        var start: Int
        var bytes: [UInt8] = []
        /// Bytes read or skipped: less than the Content-Length when the block was cut short.
        var got = 0
        /// Whether the record's type can hold a page.
        var wanted: Bool
        /// Over `max_page_bytes` (plus the header allowance): only its head is in `bytes`.
        var oversized = false
    }

    private func readBlock(type: String, length: Int) -> Block {
        var block = Block(start: reader.position, wanted: type == "response" || type == "resource" || (type == "revisit" && revisits != nil))
        if block.wanted && length <= maximumPageBytes + Self.headerAllowance {
            block.bytes = reader.read(length)
            block.got = block.bytes.count
        } else if block.wanted && type != "revisit" {
            // Too large to be read as a page: its head tells a page (an error entry) from a video.
            let head = min(length, Self.headerAllowance)
            block.bytes = reader.read(head)
            block.got = block.bytes.count + (block.bytes.count == head ? reader.skip(length - block.bytes.count) : 0)
            block.oversized = true
        } else {
            block.got = reader.skip(length)
        }
        return block
    }

    /// A page cut short by the end of the file (a clipped crawl) is kept as far as it goes, as warcio reads it,
    /// and `entry`, the truncation, is handed out after it. Nil when the short block is not such a page.
    private func clippedPage(_ sequence: Int, _ entry: PageSource.Item, block: Block, type: String, recordStart: Int, fields: [String: String]) -> PageSource.Item? {
        guard finished, !block.oversized, type == "response" || type == "resource", block.bytes.count > 0, case .documentError(let error) = entry,
              case .page(let body, let charset) = Self.outcome(type: type, block: block.bytes, fields: fields) else { return nil }
        let kept = block.bytes.count
        queued = { next in
            var truncation = error
            truncation.sequence = next
            truncation.message += " (the \(kept) bytes read are kept as a page)"
            return .documentError(truncation)
        }
        return .page(RawPage(sequence: sequence, inputID: fields["warc-record-id"].map(Self.unbracket),
                             source: source(fields, location: stream.location(recordStart: recordStart)), content: .html(body), declaredCharset: charset))
    }

    /// Where a record came from, as its fields and position say.
    private func source(_ fields: [String: String], location: WARCLocation) -> SourceLocation {
        SourceLocation(path: path, url: fields["warc-target-uri"].map(Self.unbracket), warc: location, captured: fields["warc-date"])
    }

    /// The item of a record read whole: a page, an error entry, or nil when it is skipped.
    private func item(_ sequence: Int, type: String, length: Int, block: Block, recordStart: Int, fields: [String: String]) -> PageSource.Item? {
        guard block.wanted else { skipped += 1; return nil }
        let location = stream.location(recordStart: recordStart)
        let id = fields["warc-record-id"].map(Self.unbracket)
        let source = source(fields, location: location)
        if block.oversized {
            let isPage = type == "resource" ? ArchivePage.isPage(fields["content-type"])
                : ArchivePage.headIsPage(block.bytes, fallbackType: fields["content-type"])
            guard isPage else { skipped += 1; return nil }
            return .documentError(DocumentError(sequence: sequence, id: id, source: source, stage: .source,
                                                message: "record is \(length) bytes, over the limit of \(maximumPageBytes) (extract.max_page_bytes) (record at offset \(location.offset))"))
        }
        if type == "revisit" { return revisit(sequence, fields: fields, id: id, source: source) }
        switch Self.outcome(type: type, block: block.bytes, fields: fields) {
        case .notPage:
            skipped += 1
            return nil
        case .problem(let message):
            return .documentError(DocumentError(sequence: sequence, id: id, source: source, stage: .source,
                                                message: "\(message) (record at offset \(location.offset))"))
        case .page(let body, let charset):
            if let revisits, let id {
                let digest = fields["warc-payload-digest"] ?? RevisitTable.payloadDigest(Self.payload(of: block.bytes, type: type))
                revisits.remember(digest: digest, RevisitTable.Original(id: id, location: location))
            }
            return .page(RawPage(sequence: sequence, inputID: id, source: source, content: .html(body), declaredCharset: charset))
        }
    }

    /// A `resource` is a page by its own type; a `response` by its HTTP status and type.
    static func outcome(type: String, block: [UInt8], fields: [String: String]) -> ArchivePage {
        let contentType = fields["content-type"]
        guard type == "resource" else { return ArchivePage.fromHTTP(block, fallbackType: contentType) }
        return ArchivePage.isPage(contentType) ? .page(body: block, charset: HTTPMessage.charset(contentType)) : .notPage
    }

    /// A revisit of a page read earlier in the run: that page's bytes, with the revisit's own id, URL and date.
    private func revisit(_ sequence: Int, fields: [String: String], id: String?, source: SourceLocation) -> PageSource.Item? {
        guard let revisits, let digest = fields["warc-payload-digest"], let original = revisits.original(digest: digest),
              let bytes = ArchiveStream.fetch(original.location) else {
            skipped += 1
            return nil
        }
        let again = WARCReader(stream: ArchiveStream(path: original.location.file, bytes: bytes), maximumPageBytes: maximumPageBytes)
        guard case .page(var page)? = again.next(sequence: sequence) else {
            skipped += 1
            return nil
        }
        page.inputID = id
        page.source = source
        page.duplicateOf = original.id
        return .page(page)
    }

    /// The block ended before its Content-Length: a corrupt gzip member, or a length that runs past the end
    /// of the file. In the second case the block is read again from its start, looking for the next record.
    private func shortBlock(_ sequence: Int, recordStart: Int, blockStart: Int, length: Int, got: Int, fields: [String: String]) -> PageSource.Item {
        if let failure = reader.failure {
            let item = corruption(sequence, recordStart: recordStart)
            return item ?? .documentError(error(sequence, recordStart, fields, failure.message))
        }
        let entry = error(sequence, recordStart, fields, "truncated record: Content-Length \(length) but only \(got) bytes before the end")
        if let next = versionLine(from: blockStart, until: nil) {
            pendingVersionLine = next
            var moved = entry
            moved.message = "Content-Length \(length) runs past the next record (a WARC/ line at offset \(next)); " + entry.message
            return .documentError(moved)
        }
        finished = true
        return .documentError(entry)
    }

    /// Whether the bytes after a block are what ends a record: CR/LF (and padding), then a version line or the end.
    private func trailerFits() -> Bool {
        let after = reader.peek(Self.trailerScan)
        if reader.failure != nil { return true }  // reported when the next record is read
        guard let first = after.firstIndex(where: { !($0 == 0x0D || $0 == 0x0A || $0 == 0x00 || $0 == 0x20 || $0 == 0x09) }) else {
            return after.count < Self.trailerScan  // the end of the file, or a long run of padding
        }
        let rest = after[first...]
        return rest.starts(with: Array("WARC/".utf8))
    }

    /// Goes back to `from` and reads lines for a version line before `until` (nil: anywhere); returns its offset
    /// with the line consumed, or nil with the reader back where it was when none is found before `until`.
    private func versionLine(from: Int, until: Int?) -> Int? {
        let resume = reader.position
        guard reader.rewind(to: from) else { return nil }
        while until.map({ reader.position < $0 }) ?? true {
            let start = reader.position
            guard let line = reader.readLine() else { break }
            if let offset = Self.versionStart(in: Self.trimmed(line)) { return start + offset }
        }
        if reader.failure == nil, reader.position != resume { _ = reader.rewind(to: resume) }
        return nil
    }

    /// The bytes a payload digest covers: what follows the HTTP headers (the whole block for a resource).
    static func payload(of block: [UInt8], type: String) -> [UInt8] {
        guard type == "response", case .http(let message) = HTTPMessage.parseHead(block), message.bodyStart < block.count else { return block }
        return Array(block[message.bodyStart...])
    }

    private func error(_ sequence: Int, _ recordStart: Int, _ fields: [String: String], _ message: String) -> DocumentError {
        let location = stream.location(recordStart: recordStart)
        return DocumentError(sequence: sequence, id: fields["warc-record-id"].map(Self.unbracket),
                             source: SourceLocation(path: path, url: fields["warc-target-uri"].map(Self.unbracket), warc: location),
                             stage: .source, message: "\(message) (record at offset \(location.offset))")
    }

    /// A line without the CRs some writers double (`\r\r\n`).
    static func trimmed(_ line: [UInt8]) -> [UInt8] {
        var end = line.count
        while end > 0, line[end - 1] == 0x0D { end -= 1 }
        return end == line.count ? line : Array(line[..<end])
    }

    static func isPage(_ contentType: String?) -> Bool { ArchivePage.isPage(contentType) }

    static func unbracket(_ value: String) -> String {
        value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
    }
}
