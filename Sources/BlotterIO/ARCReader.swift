import Foundation
import BlotterCore

/// Reads pages from an ARC file (the Internet Archive's format before WARC, 1996-2009), version 1 or 2,
/// plain or gzip (one member per record, as `.arc.gz` files are written). A record is a header line
/// (v1: `URL IP date content-type length`; v2 adds result code, checksum, location, offset and file name
/// before the length), then `length` bytes (the HTTP response as received), then a newline. The first
/// record (`filedesc://`) describes the file and is skipped, as are DNS lookups and everything that is not
/// a 2xx HTML response, the same rules as for WARC. A record that cannot be read is an error entry naming
/// the file and offset; when a length does not fit, reading goes on at the next header line.
///
/// Records carry `source.url` (the record's URL), `source.captured` (its 14-digit date as ISO 8601) and
/// `source.warc` = the ARC file, offset and length (the gzip member in an `.arc.gz`). ARC records have no id
/// of their own: the record id is the SHA-256 of the header line and the block, so two captures of the same
/// page on different dates have different ids and the same file read again gives the same ids.
final class ARCReader: PageReader {
    static let trailerScan = 512

    private let stream: ArchiveStream
    private var reader: ByteReader { stream.reader }
    private var path: String { stream.path }
    private let maximumPageBytes: Int
    private(set) var skipped = 0
    private var finished = false
    private var recordsSeen = 0
    /// A header line found while checking a record's length: (its offset, the line).
    private var pendingHeader: (offset: Int, line: [UInt8])?

    init(path: String, maximumPageBytes: Int) throws(SinkError) {
        stream = try ArchiveStream(path: path)
        self.maximumPageBytes = maximumPageBytes
    }

    /// One parsed header line.
    struct Header: Equatable {
        var url: String
        var date: String
        var contentType: String
        var length: Int

        /// `URL IP date type length` (v1) or with five more fields before the length (v2). URLs with spaces
        /// are tolerated: the fields are read from the end.
        init?(_ line: [UInt8]) {
            let fields = String(decoding: line, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard fields.count >= 5, let length = Int(fields[fields.count - 1]), length >= 0 else { return nil }
            // The date is the first 12-14 digit field after the URL and the IP address.
            guard let dateIndex = fields.indices.dropFirst(2).first(where: { Self.isDate(fields[$0]) }),
                  dateIndex + 1 < fields.count - 1 || dateIndex + 1 == fields.count - 1 else { return nil }
            let urlEnd = dateIndex - 1
            guard urlEnd >= 1, fields[0].contains(":") else { return nil }
            url = fields[0..<urlEnd].joined(separator: " ")
            date = fields[dateIndex]
            contentType = dateIndex + 1 < fields.count - 1 ? fields[dateIndex + 1] : "no-type"
            self.length = length
        }

        static func isDate(_ field: String) -> Bool {
            (12...14).contains(field.utf8.count) && field.utf8.allSatisfy { (0x30...0x39).contains($0) }
        }

        /// `20080430204825` → `2008-04-30T20:48:25Z` (missing seconds or minutes are zero).
        var captured: String {
            let digits = Array(date.utf8).map { Character(UnicodeScalar($0)) }
            func part(_ range: Range<Int>) -> String { range.upperBound <= digits.count ? String(digits[range]) : "00" }
            return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(8..<10)):\(part(10..<12)):\(part(12..<14))Z"
        }
    }

    func next(sequence: Int) -> PageSource.Item? {
        while !finished {
            if let item = nextRecord(sequence: sequence) { return item }
        }
        return nil
    }

    private func corruption(_ sequence: Int) -> PageSource.Item? {
        guard let failure = reader.failureReached else { return nil }
        if !reader.recover() { finished = true }
        pendingHeader = nil
        return .documentError(DocumentError(sequence: sequence, id: nil,
                                            source: SourceLocation(path: path, warc: WARCLocation(file: path, offset: failure.offset, length: 0)),
                                            stage: .source, message: "\(failure.message) at offset \(failure.offset)"))
    }

    private func nextRecord(sequence: Int) -> PageSource.Item? {
        // 1. The header line (blank lines and anything that is not a header before it are skipped).
        var recordStart = 0
        var header: Header?
        var headerLine: [UInt8] = []
        if let pending = pendingHeader {
            pendingHeader = nil
            recordStart = pending.offset
            headerLine = pending.line
            header = Header(pending.line)
        }
        while header == nil {
            recordStart = reader.position
            guard let line = reader.readLine() else {
                if let item = corruption(sequence) { return item }
                finished = true
                guard recordsSeen == 0 else { return nil }
                return .documentError(DocumentError(sequence: sequence, id: nil, source: SourceLocation(path: path), stage: .source,
                                                    message: "no ARC record found (the file does not look like ARC)"))
            }
            headerLine = WARCReader.trimmed(line)
            header = Header(headerLine)
        }
        guard let header else { return nil }
        recordsSeen += 1
        stream.source.forget(before: recordStart)
        // 2. The block.
        let blockStart = reader.position
        let wanted = !header.url.hasPrefix("filedesc:") && !header.url.hasPrefix("dns:")
        var block: [UInt8] = []
        var oversized = false
        let got: Int
        if wanted && header.length <= maximumPageBytes + WARCReader.headerAllowance {
            block = reader.read(header.length)
            got = block.count
        } else if wanted {
            block = reader.read(min(header.length, WARCReader.headerAllowance))
            got = block.count + (block.count == min(header.length, WARCReader.headerAllowance) ? reader.skip(header.length - block.count) : 0)
            oversized = true
        } else {
            got = reader.skip(header.length)
        }
        let source = SourceLocation(path: path, url: header.url, warc: nil, captured: header.captured)
        if got < header.length {
            if let item = corruption(sequence) { return item }
            var entry = error(sequence, recordStart, source, "truncated record: length \(header.length) but only \(got) bytes before the end")
            if let next = findHeaderLine(from: blockStart, until: nil) {
                pendingHeader = next
                entry.message = "length \(header.length) runs past the next record (a header line at offset \(next.offset)); " + entry.message
            } else {
                finished = true
            }
            return .documentError(entry)
        }
        // 3. The record ends with a newline, then the next header line or the end of the file.
        if !trailerFits(), let next = findHeaderLine(from: blockStart, until: blockStart + header.length) {
            pendingHeader = next
            return .documentError(error(sequence, recordStart, source, "length \(header.length) runs into the next record (a header line at offset \(next.offset))"))
        }
        guard wanted else { skipped += 1; return nil }
        var located = source
        located.warc = stream.location(recordStart: recordStart)
        let offset = located.warc?.offset ?? recordStart
        if oversized {
            guard ArchivePage.headIsPage(block, fallbackType: header.contentType) else { skipped += 1; return nil }
            return .documentError(DocumentError(sequence: sequence, id: nil, source: located, stage: .source,
                                                message: "record is \(header.length) bytes, over the limit of \(maximumPageBytes) (extract.max_page_bytes) (record at offset \(offset))"))
        }
        switch ArchivePage.fromHTTP(block, fallbackType: header.contentType) {
        case .notPage:
            skipped += 1
            return nil
        case .problem(let message):
            return .documentError(DocumentError(sequence: sequence, id: nil, source: located, stage: .source,
                                                message: "\(message) (record at offset \(offset))"))
        case .page(let body, let charset):
            let id = StableID.sha256Hex(headerLine + [0x0A] + block)
            return .page(RawPage(sequence: sequence, inputID: id, source: located, content: .html(body), declaredCharset: charset))
        }
    }

    private func trailerFits() -> Bool {
        let after = reader.peek(Self.trailerScan)
        if reader.failure != nil { return true }
        guard let first = after.firstIndex(where: { !($0 == 0x0D || $0 == 0x0A || $0 == 0x00 || $0 == 0x20 || $0 == 0x09) }) else {
            return after.count < Self.trailerScan
        }
        guard let lineEnd = after[first...].firstIndex(of: 0x0A) else { return after.count < Self.trailerScan && Header(Array(after[first...])) != nil }
        return Header(WARCReader.trimmed(Array(after[first..<lineEnd]))) != nil
    }

    /// Reads lines from `from` for a header line before `until` (nil: anywhere); nil (and the reader back where
    /// it was) when there is none.
    private func findHeaderLine(from: Int, until: Int?) -> (offset: Int, line: [UInt8])? {
        let resume = reader.position
        guard reader.rewind(to: from) else { return nil }
        while until.map({ reader.position < $0 }) ?? true {
            let start = reader.position
            guard let raw = reader.readLine() else { break }
            let line = WARCReader.trimmed(raw)
            if Header(line) != nil { return (start, line) }
        }
        if reader.failure == nil, reader.position != resume { _ = reader.rewind(to: resume) }
        return nil
    }

    private func error(_ sequence: Int, _ recordStart: Int, _ source: SourceLocation, _ message: String) -> DocumentError {
        var located = source
        located.warc = stream.location(recordStart: recordStart)
        return DocumentError(sequence: sequence, id: nil, source: located, stage: .source,
                             message: "\(message) (record at offset \(located.warc?.offset ?? recordStart))")
    }
}
