import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

@Suite struct WARCReaderTests {
    let pages = (0..<5).map { (uri: "https://example.org/\($0)", html: "<html><body><p>Page \($0): Kent Police said “hello”.</p></body></html>") }

    func read(_ bytes: [UInt8], name: String) throws -> (items: [PageSource.Item], skipped: Int) {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: path)
        let source = PageSource(inputs: [.warc(path.path)], maximumPageBytes: 1 << 20)
        let items = source.drain()
        return (items, source.skippedFiles)
    }

    func pagesOf(_ items: [PageSource.Item]) -> [RawPage] {
        items.compactMap { if case .page(let page) = $0 { return page } else { return nil } }
    }

    @Test(arguments: ["plain.warc", "members.warc.gz", "whole.warc.gz"])
    func readsResponsesInEveryLayout(_ name: String) throws {
        let records = WARCFixture.records(pages: pages)
        let bytes: [UInt8] = switch name {
        case "members.warc.gz": records.flatMap(WARCFixture.gzip)
        case "whole.warc.gz": WARCFixture.gzip(records.flatMap { $0 })
        default: records.flatMap { $0 }
        }
        let (items, skipped) = try read(bytes, name: name)
        let found = pagesOf(items)
        #expect(found.count == 5)
        #expect(skipped == 7)  // warcinfo, five requests, the image
        for (index, page) in found.enumerated() {
            #expect(page.inputID == "urn:uuid:page-\(index)")
            #expect(page.source.url == "https://example.org/\(index)")
            #expect(page.source.captured == "2024-05-01T12:00:00Z")
            #expect(page.content == .html(Array(pages[index].html.utf8)))
            #expect(page.declaredCharset == "utf-8")
        }
    }

    @Test func offsetsFindTheRecordAgain() throws {
        let records = WARCFixture.records(pages: pages)
        let members = records.map(WARCFixture.gzip)
        let bytes = members.flatMap { $0 }
        let found = pagesOf(try read(bytes, name: "again.warc.gz").items)
        // Page 0's response is the third record (warcinfo, request, response).
        let expectedOffset = members[0].count + members[1].count
        let warc = try #require(found.first?.source.warc)
        #expect(warc.offset == expectedOffset && warc.length == members[2].count)
        #expect(Array(bytes[warc.offset..<(warc.offset + warc.length)]) == members[2])
        let plain = records.flatMap { $0 }
        let plainFound = pagesOf(try read(plain, name: "again.warc").items)
        let plainWARC = try #require(plainFound.first?.source.warc)
        #expect(plainWARC.offset == records[0].count + records[1].count)
        #expect(String(decoding: plain[plainWARC.offset..<(plainWARC.offset + 8)], as: UTF8.self) == "WARC/1.1")
    }

    @Test func corruptMemberAndTruncatedEndAreErrorsAndTheRestIsRead() throws {
        var members = WARCFixture.records(pages: pages).map(WARCFixture.gzip)
        for index in 30..<min(60, members[4].count) { members[4][index] = 0 }  // page 1's response
        var bytes = members.flatMap { $0 }
        bytes.removeLast(20)  // the image record is cut short
        let (items, _) = try read(bytes, name: "bad.warc.gz")
        let errors = items.compactMap { item -> DocumentError? in if case .documentError(let error) = item { return error } else { return nil } }
        #expect(pagesOf(items).map(\.inputID) == ["urn:uuid:page-0", "urn:uuid:page-2", "urn:uuid:page-3", "urn:uuid:page-4"])
        #expect(errors.count == 2)
        #expect(errors.first?.message.contains("corrupt gzip member") == true)
        #expect(errors.last?.message.contains("truncated") == true)
        #expect(errors.allSatisfy { $0.source.path?.hasSuffix("bad.warc.gz") == true && $0.source.warc != nil })
    }

    @Test func truncatedPlainRecordIsAnError() throws {
        let records = WARCFixture.records(pages: Array(pages.prefix(1)))
        var bytes = records.flatMap { $0 }
        bytes.removeLast(records[records.count - 1].count + 60)  // cut inside the page's response
        let (items, _) = try read(bytes, name: "cut.warc")
        guard case .documentError(let error)? = items.last else { Issue.record("expected an error entry"); return }
        #expect(error.message.contains("truncated record"))
    }

    @Test func aFileWithoutWARCRecordsSaysSo() throws {
        let (items, _) = try read(Array("<html>not an archive</html>\n".utf8), name: "fake.warc")
        guard items.count == 1, case .documentError(let error) = items[0] else { Issue.record("expected one error entry"); return }
        #expect(error.message.contains("no WARC record found"))
    }

    @Test func httpMessagesAreDecoded() throws {
        let block = WARFixtureShim.chunkedGzip()
        guard case .http(let message) = HTTPMessage.parseHead(block) else { Issue.record("not parsed"); return }
        #expect(message.status == 200)
        #expect(String(decoding: try message.decodedBody(of: block).get(), as: UTF8.self) == "<p>chunked and gzipped</p>")
        #expect(HTTPMessage.charset("text/html; Charset=\"ISO-8859-1\"") == "ISO-8859-1")
        #expect(HTTPMessage.dechunk(Array("5\r\nhello\r\n0\r\n\r\n".utf8)) == Array("hello".utf8))
        #expect(HTTPMessage.dechunk(Array("zz\r\nhello".utf8)) == nil)
    }
}

enum WARFixtureShim {
    static func chunkedGzip() -> [UInt8] {
        let gz = WARCFixture.gzip(Array("<p>chunked and gzipped</p>".utf8))
        let chunked = Array((String(gz.count, radix: 16) + "\r\n").utf8) + gz + Array("\r\n0\r\n\r\n".utf8)
        return Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + chunked
    }
}
