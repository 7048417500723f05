import Foundation
import BlotterCore

/// Reads pages from a WARC 1.0 / 1.1 file, plain or gzip-compressed (per-record members or whole-file),
/// as a stream. `response` records are parsed as HTTP (status, headers, chunked transfer coding, gzip /
/// deflate content coding, the charset of `Content-Type`); `resource` records are taken as they are. Records
/// that are not HTML pages (requests, metadata, images, redirects…) are skipped and counted. A truncated or
/// corrupt record becomes an error entry naming the file and offset, and reading goes on at the next record.
///
/// In records, `source.warc.offset` / `length` are the record's byte range in the file; for `.warc.gz` they
/// are those of the gzip member that holds it (what CDX indexes store), so a record can be fetched again.
final class WARCReader: PageReader {
    /// Header blocks longer than this are not WARC headers (garbage or a wrong file).
    static let maximumHeaderLines = 200
    /// HTML content types taken as pages.
    static let pageTypes = ["text/html", "application/xhtml+xml", "application/xhtml", "text/xhtml"]

    private let path: String
    private let source: ByteSource
    private let reader: ByteReader
    private let maximumPageBytes: Int
    private(set) var skipped = 0
    private var finished = false
    /// WARC version lines seen; a file with none is not a WARC file, and says so.
    private var recordsSeen = 0

    init(path: String, maximumPageBytes: Int) throws(SinkError) {
        self.path = path
        self.maximumPageBytes = maximumPageBytes
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SinkError(message: "\(path): cannot open: \(FileProblem.describe(path))")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let magic: [UInt8] = ((try? handle.read(upToCount: 2)) ?? nil).map { [UInt8]($0) } ?? []
        try? handle.seek(toOffset: 0)
        if magic == [0x1F, 0x8B] {
            do { source = try GzipByteSource(handle: handle, fileSize: size) } catch {
                throw SinkError(message: "\(path): \(error.message)")
            }
        } else {
            source = FileByteSource(handle: handle)
        }
        reader = ByteReader(source: source)
    }

    func next(sequence: Int) -> PageSource.Item? {
        while !finished {
            do {
                if let item = try nextRecord(sequence: sequence) { return item }
            } catch {
                // A corrupt gzip member: report it, then go on at the next member.
                let location = SourceLocation(path: path, warc: WARCLocation(file: path, offset: error.offset, length: 0))
                if !source.resynchronize() { finished = true }
                reader.discardBuffer()
                return .documentError(DocumentError(sequence: sequence, id: nil, source: location, stage: .source,
                                                    message: "\(error.message) at offset \(error.offset)"))
            }
        }
        return nil
    }

    /// The next page or error entry; nil when the file ends. Skipped records loop inside.
    private func nextRecord(sequence: Int) throws(ByteSourceError) -> PageSource.Item? {
        while true {
            // 1. The version line (anything before it is skipped: padding, or the rest of a broken record).
            var recordStart = reader.position
            while true {
                recordStart = reader.position
                guard let line = try reader.readLine() else {
                    finished = true
                    guard recordsSeen == 0 else { return nil }
                    return .documentError(DocumentError(sequence: sequence, id: nil, source: SourceLocation(path: path), stage: .source,
                                                        message: "no WARC record found (the file does not look like WARC)"))
                }
                if line.starts(with: Array("WARC/".utf8)) { break }
            }
            recordsSeen += 1
            // 2. Named fields.
            var fields: [String: String] = [:]
            var headerLines = 0
            while let line = try reader.readLine(), !line.isEmpty {
                headerLines += 1
                if headerLines > Self.maximumHeaderLines { break }
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                fields[name] = value
            }
            let type = fields["warc-type"]?.lowercased() ?? ""
            guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
                return .documentError(error(sequence, recordStart, fields, "record has no valid Content-Length"))
            }
            let wanted = type == "response" || type == "resource"
            guard wanted, length <= maximumPageBytes + 65_536 else {
                try reader.skip(length)  // a record cut short here was not wanted anyway
                skipped += 1
                continue
            }
            let block = try reader.read(length)
            if block.count < length {
                finished = reader.atEnd
                return .documentError(error(sequence, recordStart, fields,
                                            "truncated record: Content-Length \(length) but only \(block.count) bytes before the end"))
            }
            // The two CRLF after the block; their absence is tolerated.
            try reader.fill(4)
            let location = self.location(recordStart: recordStart)
            let source = SourceLocation(path: path, url: fields["warc-target-uri"].map(Self.unbracket), warc: location,
                                        captured: fields["warc-date"])
            let id = fields["warc-record-id"].map(Self.unbracket)
            if type == "resource" {
                guard Self.isPage(fields["content-type"]) else { skipped += 1; continue }
                return .page(RawPage(sequence: sequence, inputID: id, source: source, content: .html(block),
                                     declaredCharset: HTTPMessage.charset(fields["content-type"])))
            }
            switch HTTPMessage.parse(block) {
            case .failure(let problem):
                return .documentError(DocumentError(sequence: sequence, id: id, source: source, stage: .source,
                                                    message: "\(problem.message) (record at offset \(location.offset))"))
            case .success(let message):
                guard (200..<300).contains(message.status), Self.isPage(message.contentType) else {
                    skipped += 1
                    continue
                }
                return .page(RawPage(sequence: sequence, inputID: id, source: source, content: .html(message.body),
                                     declaredCharset: HTTPMessage.charset(message.contentType)))
            }
        }
    }

    private func location(recordStart: Int) -> WARCLocation {
        if let member = source.member(containing: recordStart) {
            return WARCLocation(file: path, offset: member.offset, length: member.length)
        }
        return WARCLocation(file: path, offset: recordStart, length: reader.position - recordStart)
    }

    private func error(_ sequence: Int, _ recordStart: Int, _ fields: [String: String], _ message: String) -> DocumentError {
        let location = self.location(recordStart: recordStart)
        return DocumentError(sequence: sequence, id: fields["warc-record-id"].map(Self.unbracket),
                             source: SourceLocation(path: path, url: fields["warc-target-uri"], warc: location),
                             stage: .source, message: "\(message) (record at offset \(location.offset))")
    }

    static func isPage(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return pageTypes.contains(type)
    }

    static func unbracket(_ value: String) -> String {
        value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
    }
}
