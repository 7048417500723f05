import Foundation
import CZlib

/// An HTTP response as archived in a WARC `response` record (or an ARC record): status, headers and the body.
/// `parseHead` reads the status line and headers only, so the reader can skip what is not a page before any
/// body is decoded; `decodedBody` then undoes the transfer and content codings.
struct HTTPMessage {
    var status: Int
    var headers: [String: String]
    /// Offset of the body in the block.
    var bodyStart: Int
    var contentType: String? { headers["content-type"] }

    struct Problem: Error { var message: String }

    /// How a block that should hold an HTTP response turned out.
    enum Head {
        case http(HTTPMessage)
        /// Not an HTTP message at all (a `dns:` lookup, a `whois:` answer, FTP…): not a page, skipped.
        case notHTTP
        case problem(Problem)
    }

    /// The status line and headers. Headers end at the first blank line (CRLF CRLF, or LF LF from sloppy
    /// servers); a block that does not start with `HTTP` is not HTTP (warcio, the reference reader, also takes
    /// odd protocol names such as `HTTPX/1.1` in pywb's samples, so only the first four letters are checked).
    static func parseHead(_ block: [UInt8]) -> Head {
        guard block.starts(with: Array("HTTP".utf8)) else { return .notHTTP }
        var headerEnd = -1
        var bodyStart = -1
        var index = 0
        while index + 1 < block.count {
            if block[index] == 0x0A && block[index + 1] == 0x0A { headerEnd = index; bodyStart = index + 2; break }
            if block[index] == 0x0A && index + 2 < block.count && block[index + 1] == 0x0D && block[index + 2] == 0x0A {
                headerEnd = index; bodyStart = index + 3; break
            }
            index += 1
        }
        if headerEnd < 0 {
            // Headers with no body at all (a HEAD answer, a redirect) end with the block.
            headerEnd = block.count
            bodyStart = block.count
        }
        let lines = String(decoding: block[0..<headerEnd], as: UTF8.self)
            .split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
        guard let statusLine = lines.first else { return .problem(Problem(message: "HTTP response has no status line")) }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else {
            return .problem(Problem(message: "bad HTTP status line: \(statusLine.prefix(80))"))
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return .http(HTTPMessage(status: status, headers: headers, bodyStart: bodyStart))
    }

    /// The body of `block` after chunked transfer coding and gzip / deflate content coding are undone. Archives
    /// made by browsers and pywb keep `Transfer-Encoding: chunked` (and `Content-Encoding`) over a body already
    /// decoded: when the body does not parse as chunks, or does not inflate, it is taken as it is (as warcio does).
    func decodedBody(of block: [UInt8]) -> Result<[UInt8], Problem> {
        var body = bodyStart < block.count ? Array(block[bodyStart...]) : []
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let decoded = Self.dechunk(body) {
            body = decoded
        }
        switch headers["content-encoding"]?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "gzip"?, "x-gzip"?, "deflate"?:
            // Only inflate what is actually compressed (gzip magic, or a zlib header for deflate).
            if let inflated = Inflate.data(body) { body = inflated }
            else if body.starts(with: [0x1F, 0x8B]) { return .failure(Problem(message: "corrupt gzip content coding")) }
        default:
            break
        }
        return .success(body)
    }

    /// `charset=` of a Content-Type value.
    static func charset(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
        }
        return nil
    }

    /// Undoes chunked transfer coding; nil when the chunk sizes do not fit the data (a size larger than what
    /// is left, however large, is a misfit, never arithmetic on it).
    static func dechunk(_ data: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var index = 0
        while index < data.count {
            guard let lineEnd = data[index...].firstIndex(of: 0x0A) else { return out.isEmpty ? nil : out }
            let sizeText = String(decoding: data[index..<lineEnd], as: UTF8.self)
                .split(separator: ";").first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !sizeText.isEmpty, sizeText.count <= 16, let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return out }
            guard size <= data.count - index else { return nil }
            out.append(contentsOf: data[index..<(index + size)])
            index += size
            // CRLF after the chunk.
            while index < data.count, data[index] == 0x0D || data[index] == 0x0A { index += 1; if data[index - 1] == 0x0A { break } }
        }
        return out
    }
}

/// In-memory inflation of gzip, zlib or raw deflate data.
enum Inflate {
    /// Inflated bytes, or nil when the data is not compressed data zlib can read.
    static func data(_ input: [UInt8], limit: Int = 256 << 20) -> [UInt8]? {
        guard !input.isEmpty else { return [] }
        // gzip or zlib header: auto-detect (15 + 32); otherwise raw deflate (-15).
        let isWrapped = input.starts(with: [0x1F, 0x8B]) || (input.count > 1 && input[0] & 0x0F == 8 && (UInt16(input[0]) << 8 | UInt16(input[1])) % 31 == 0)
        return inflate(input, windowBits: isWrapped ? 15 + 32 : -15, limit: limit)
    }

    private static func inflate(_ input: [UInt8], windowBits: Int32, limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard blotter_inflate_init2(&stream, windowBits) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: outBuffer[0..<(outBuffer.count - Int(stream.avail_out))])
                }
            } while status == Z_OK && output.count < limit && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        return status == Z_STREAM_END || (status == Z_OK && !output.isEmpty) ? output : nil
    }
}
