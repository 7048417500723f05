import Foundation
import BlotterCore

/// An archive file (WARC or ARC) read as a stream of bytes, plain or gzip (one member per record, or the
/// whole file), with what both record readers share: opening, record locations and the page decision.
final class ArchiveStream {
    let path: String
    let source: ByteSource
    let reader: ByteReader

    init(path: String) throws(SinkError) {
        self.path = path
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

    /// One record's bytes fetched again (a revisit's original), already inflated.
    init(path: String, bytes: [UInt8]) {
        self.path = path
        source = MemoryByteSource(bytes)
        reader = ByteReader(source: source)
    }

    /// The record's byte range in the file: the gzip member holding it, or the record itself in a plain file.
    func location(recordStart: Int) -> WARCLocation {
        if let member = source.member(containing: recordStart) {
            return WARCLocation(file: path, offset: member.offset, length: member.length)
        }
        return WARCLocation(file: path, offset: recordStart, length: reader.position - recordStart)
    }

    /// Whether `location` is one gzip member (or a plain range) small enough to fetch again on its own.
    static let refetchLimit = 64 << 20

    /// Reads `location`'s bytes from `file` again and inflates them when they are a gzip member.
    static func fetch(_ location: WARCLocation) -> [UInt8]? {
        guard location.length > 0, location.length <= refetchLimit, let handle = FileHandle(forReadingAtPath: location.file) else { return nil }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(location.offset))) != nil,
              let data = try? handle.read(upToCount: location.length), data.count == location.length else { return nil }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x1F, 0x8B]) { return Inflate.data(bytes, limit: refetchLimit) }
        return bytes
    }
}

/// What an archived HTTP response (or a resource) is to Blotter: a page, something else (skipped), or an
/// error. The status and type are read from the headers before any body is decoded.
enum ArchivePage {
    case page(body: [UInt8], charset: String?)
    case notPage
    case problem(String)

    /// HTML content types taken as pages.
    static let pageTypes = ["text/html", "application/xhtml+xml", "application/xhtml", "text/xhtml"]

    static func isPage(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return pageTypes.contains(type)
    }

    /// Whether the head of an HTTP response block (the first bytes are enough) is a page: 2xx and HTML.
    /// `fallbackType` is the archive's own content type, used when the block is not HTTP at all.
    static func headIsPage(_ head: [UInt8], fallbackType: String?) -> Bool {
        switch HTTPMessage.parseHead(head) {
        case .http(let message): return (200..<300).contains(message.status) && isPage(message.contentType)
        case .notHTTP: return isPage(fallbackType)
        case .problem: return false
        }
    }

    /// An HTTP response block. A block that is not HTTP (`dns:` lookups, old ARC records without headers) is
    /// a page when the archive's own type (`fallbackType`) says HTML, an error when that type says it is HTTP
    /// (`application/http`), and otherwise skipped.
    static func fromHTTP(_ block: [UInt8], fallbackType: String?) -> ArchivePage {
        switch HTTPMessage.parseHead(block) {
        case .notHTTP:
            if isPage(fallbackType) { return .page(body: block, charset: HTTPMessage.charset(fallbackType)) }
            if !block.isEmpty, fallbackType?.lowercased().hasPrefix("application/http") == true {
                let start = String(decoding: block.prefix(60), as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                return .problem("not an HTTP response (status line: \(start))")
            }
            return .notPage
        case .problem(let problem):
            return .problem(problem.message)
        case .http(let message):
            guard (200..<300).contains(message.status), isPage(message.contentType) else { return .notPage }
            switch message.decodedBody(of: block) {
            case .failure(let problem): return .problem(problem.message)
            case .success(let body): return .page(body: body, charset: HTTPMessage.charset(message.contentType))
            }
        }
    }
}
