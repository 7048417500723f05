import Foundation
import CZlib

/// Builds WARC files for tests: records, HTTP responses (plain, chunked, gzip-coded), and gzip members.
public enum WARCFixture {
    public static func record(type: String, uri: String, block: [UInt8], contentType: String, id: String) -> [UInt8] {
        let head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
            + "WARC-Target-URI: \(uri)\r\nContent-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    public static func response(html: String, coding: String = "plain", contentType: String = "text/html; charset=utf-8") -> [UInt8] {
        let body = Array(html.utf8)
        switch coding {
        case "gzip":
            return Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Encoding: gzip\r\n\r\n".utf8) + gzip(body)
        case "chunked":
            var chunked: [UInt8] = []
            var index = 0
            while index < body.count {
                let piece = body[index..<min(body.count, index + 37)]
                chunked += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
                index += 37
            }
            chunked += Array("0\r\n\r\n".utf8)
            return Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + chunked
        default:
            return Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\n\r\n".utf8) + body
        }
    }

    /// One gzip member.
    public static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard blotter_deflate_init2(&stream, 6, 15 + 16) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count + 1024)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                _ = deflate(&stream, Z_FINISH)
                produced = outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    /// A small WARC: warcinfo, then for each page a request and a response (codings vary), then an image.
    public static func records(pages: [(uri: String, html: String)]) -> [[UInt8]] {
        var records = [record(type: "warcinfo", uri: "", block: Array("software: blotter-tests\r\n".utf8), contentType: "application/warc-fields", id: "00000000-0000-0000-0000-000000000000")]
        for (index, page) in pages.enumerated() {
            records.append(record(type: "request", uri: page.uri, block: Array("GET / HTTP/1.1\r\n\r\n".utf8), contentType: "application/http; msgtype=request", id: "req-\(index)"))
            let coding = ["plain", "gzip", "chunked"][index % 3]
            records.append(record(type: "response", uri: page.uri, block: response(html: page.html, coding: coding), contentType: "application/http; msgtype=response", id: "page-\(index)"))
        }
        records.append(record(type: "response", uri: "https://example.org/logo.png",
                              block: Array("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".utf8) + [0x89, 0x50, 0x4E, 0x47],
                              contentType: "application/http; msgtype=response", id: "image"))
        return records
    }
}
