import Foundation
import BlotterCore

/// Reads `{"id","url","html"}` or `{"id","text"}` objects, one per line, streaming in chunks, with the "title",
/// "published" and "byline" an object may give (`GivenMetadata`). A bad line is an error entry naming the file and
/// line; the lines after it are still read.
final class JSONLinesReader: PageReader {
    let skipped = 0
    static let chunkBytes = 1 << 16

    private let handle: FileHandle
    private let path: String
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    /// Where the newline search resumes: bytes before it (from `bufferStart`) hold no newline. Without it each
    /// chunk read searched the whole line again, quadratic in its length (a 40 MB line took 3.6 s; issue 21).
    private var scanned = 0
    private var lineNumber = 0
    private var atEnd = false
    /// True while skipping the rest of a line that was too long.
    private var discarding = false

    init(handle: FileHandle, path: String, maximumLineBytes: Int) {
        self.handle = handle
        self.path = path
        self.maximumLineBytes = maximumLineBytes
    }

    deinit {
        if path != "-" { try? handle.close() }
    }

    func next(sequence: Int) -> PageSource.Item? {
        while let line = nextLine() {
            lineNumber += 1
            let location = SourceLocation(path: path, line: lineNumber)
            if line.tooLong {
                return .documentError(DocumentError(sequence: sequence, id: nil, source: location, stage: .source,
                                                    message: "line is over the limit of \(maximumLineBytes) bytes (extract.max_page_bytes)"))
            }
            let bytes = line.bytes
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return parse(bytes, sequence: sequence, location: location)
        }
        return nil
    }

    private func parse(_ bytes: ArraySlice<UInt8>, sequence: Int, location: SourceLocation) -> PageSource.Item {
        func failure(_ message: String, id: String? = nil) -> PageSource.Item {
            .documentError(DocumentError(sequence: sequence, id: id, source: location, stage: .source, message: message))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            return failure("not JSON: \(Self.reason(error))")
        }
        guard let record = object as? [String: Any] else { return failure("not a JSON object") }
        var id: String?
        if let string = record["id"] as? String { id = string }
        else if let number = record["id"] as? NSNumber { id = number.stringValue }
        var source = location
        source.url = record["url"] as? String
        source.captured = record["captured"] as? String
        var fields: [String: String] = [:]
        for key in Self.givenKeys {
            guard let value = record[key], !(value is NSNull) else { continue }
            guard let string = value as? String else { return failure("\"\(key)\" is not a string", id: id) }
            // (An empty or blank member gives nothing: the second read's `"title": ""` blanked a page's own title.)
            let words = string.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { fields[key] = words.joined(separator: " ") }
        }
        let given = GivenMetadata(title: fields["title"], published: fields["published"], byline: fields["byline"])
        var page: RawPage
        if let html = record["html"] as? String {
            page = RawPage(sequence: sequence, inputID: id, source: source, content: .html(Array(html.utf8)), declaredCharset: "UTF-8")
        } else if let text = record["text"] as? String {
            page = RawPage(sequence: sequence, inputID: id, source: source, content: .text(text))
        } else {
            return failure("object has neither an \"html\" nor a \"text\" string", id: id)
        }
        if given != GivenMetadata() { page.given = given }
        return .page(page)
    }

    /// The members of an object read as `GivenMetadata` (null or absent: not given).
    static let givenKeys = ["title", "published", "byline"]

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }

    private struct Line {
        var bytes: ArraySlice<UInt8>
        var tooLong: Bool
    }

    private func nextLine() -> Line? {
        while true {
            if let newline = buffer[max(bufferStart, scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[bufferStart..<newline]
                bufferStart = newline + 1
                scanned = bufferStart
                if discarding { discarding = false; return Line(bytes: [], tooLong: true) }
                return Line(bytes: line, tooLong: line.count > maximumLineBytes)
            }
            if buffer.count - bufferStart > maximumLineBytes {
                // Too long: drop what we have and skip to the next newline.
                discarding = true
                buffer.removeAll(keepingCapacity: true)
                bufferStart = 0
            }
            scanned = buffer.count
            if atEnd {
                guard bufferStart < buffer.count || discarding else { return nil }
                let line = buffer[bufferStart...]
                bufferStart = buffer.count
                if discarding { discarding = false; return Line(bytes: [], tooLong: true) }
                return Line(bytes: line, tooLong: false)
            }
            // Compact, then read more.
            if bufferStart > 0 {
                buffer.removeSubrange(0..<bufferStart)
                scanned -= bufferStart
                bufferStart = 0
            }
            let chunk = (try? handle.read(upToCount: Self.chunkBytes)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }
}
