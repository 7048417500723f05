import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// Damaged and unusual archives: each record that cannot be read is an error entry naming file and offset,
/// and the records after it are read.
@Suite struct WARCHostileTests {
    func read(_ bytes: [UInt8], name: String, maximumPageBytes: Int = 1 << 20) throws -> (pages: [RawPage], errors: [DocumentError], skipped: Int) {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: path)
        let source = PageSource(inputs: [InputSpec.classify(path.path)], maximumPageBytes: maximumPageBytes)
        let (pages, errors) = source.pagesAndErrors(label: name)
        return (pages, errors, source.skippedFiles)
    }

    func page(_ id: String, _ block: [UInt8]) -> [UInt8] {
        WARCFixture.record(type: "response", uri: "https://example.org/\(id)", block: block, contentType: "application/http; msgtype=response", id: id)
    }

    func html(_ id: String) -> [UInt8] { WARCFixture.response(html: "<html><body><p>Page \(id) of the archive.</p></body></html>") }

    /// Issue 21 item 1: a chunk size of 7fffffffffffffff overflowed `index + size` (SIGILL, the run died).
    @Test func hugeChunkSizeIsNotACrash() throws {
        let body = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n<p>x</p>\r\n0\r\n\r\n".utf8)
        #expect(HTTPMessage.dechunk(Array("7fffffffffffffff\r\nabc\r\n0\r\n\r\n".utf8)) == nil)
        #expect(HTTPMessage.dechunk(Array("ffffffffffffffffff\r\nabc\r\n".utf8)) == nil)
        let bytes = page("a", body) + page("b", html("b"))
        let (pages, errors, _) = try read(bytes, name: "chunks.warc")
        #expect(pages.map(\.inputID) == ["urn:uuid:a", "urn:uuid:b"])  // the raw body is kept, as warcio does
        #expect(errors.isEmpty)
    }

    @Test func chunkedHeaderOverAPlainBodyKeepsTheBody() throws {
        let body = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n<html><p>already de-chunked</p></html>".utf8)
        let (pages, errors, _) = try read(page("a", body), name: "dechunked.warc")
        #expect(errors.isEmpty)
        #expect(pages.first?.content == .html(Array("<html><p>already de-chunked</p></html>".utf8)))
    }

    @Test func nonHTTPResponsesAndBadImagesAreSkipped() throws {
        let dns = WARCFixture.record(type: "response", uri: "dns:example.org", block: Array("20240501120000\nexample.org. 300 IN A 1.2.3.4\n".utf8),
                                     contentType: "text/dns", id: "dns")
        let css = Array("HTTP/1.1 200 OK\r\nContent-Type: text/css\r\nTransfer-Encoding: chunked\r\n\r\nbody{}".utf8)
        let (pages, errors, skipped) = try read(dns + page("css", css) + page("b", html("b")), name: "dns.warc")
        #expect(pages.map(\.inputID) == ["urn:uuid:b"] && errors.isEmpty && skipped == 2)
    }

    @Test func foldedHeadersAndDoubledCarriageReturns() throws {
        let block = html("f")
        let head = "WARC/1.0\r\r\nWARC-Type: response\r\r\nWARC-Record-ID:\r\n <urn:uuid:folded>\r\nWARC-Target-URI: https://example.org/f\r\r\n"
            + "Content-Length: \(block.count)\r\r\n\r\r\n"
        let (pages, errors, _) = try read(Array(head.utf8) + block + Array("\r\n\r\n".utf8) + page("b", html("b")), name: "folded.warc")
        #expect(errors.isEmpty)
        #expect(pages.map(\.inputID) == ["urn:uuid:folded", "urn:uuid:b"])
    }

    @Test(arguments: [300, 5, 1 << 40, Int.max])
    func aLyingContentLengthIsAnErrorAndTheNextRecordIsRead(_ extra: Int) throws {
        for type in ["response", "request"] {
            let block = type == "response" ? html("a") : Array("GET / HTTP/1.1\r\n\r\n".utf8)
            var first = WARCFixture.record(type: type, uri: "https://example.org/a", block: block, contentType: "application/http", id: "a")
            let stated = "Content-Length: \(block.count)"
            let lying = "Content-Length: \(extra == Int.max ? Int.max : block.count + extra)"
            first = Array(String(decoding: first, as: UTF8.self).replacingOccurrences(of: stated, with: lying).utf8)
            let (pages, errors, _) = try read(first + page("b", html("b")) + page("c", html("c")), name: "lie-\(type).warc")
            #expect(pages.map(\.inputID) == ["urn:uuid:b", "urn:uuid:c"], "\(type) +\(extra)")
            #expect(errors.count == 1, "\(type) +\(extra): \(errors.map(\.message))")
            #expect(errors.first?.source.warc?.offset == 0 && errors.first?.message.contains("Content-Length") == true)
        }
    }

    @Test func aPageOverTheLimitIsAnErrorAndABigImageIsSkipped() throws {
        let big = WARCFixture.response(html: "<html><body>" + String(repeating: "<p>long page</p>", count: 10_000) + "</body></html>")
        let image = Array("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".utf8) + [UInt8](repeating: 7, count: 200_000)
        let (pages, errors, skipped) = try read(page("big", big) + page("img", image) + page("b", html("b")), name: "big.warc",
                                                maximumPageBytes: 50_000)
        #expect(pages.map(\.inputID) == ["urn:uuid:b"])
        #expect(errors.count == 1 && errors[0].id == "urn:uuid:big" && errors[0].message.contains("over the limit"))
        #expect(skipped == 1)
    }

    /// A corrupt stretch late in a whole-file gzip: the records inflated before it are read, then one error.
    @Test func wholeFileGzipKeepsWhatWasInflatedBeforeACorruption() throws {
        let records = (0..<5).map { page("p\($0)", html("p\($0)")) }
        var gz = WARCFixture.gzip(records.flatMap { $0 })
        for index in (gz.count - 8)..<gz.count { gz[index] ^= 0xFF }  // the CRC and length: checked at the end
        let (pages, errors, _) = try read(gz, name: "whole.warc.gz")
        #expect(pages.count == 5)
        #expect(errors.count == 1)
    }

    /// Issue 18 item 3: a 64 KiB read boundary inside the last bytes of a member gave the rest of the file as
    /// the member's length. Records of every size around the boundary find their own member.
    @Test func memberLengthsAtEveryReadBoundary() throws {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func noise(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in state = state &* 6364136223846793005 &+ 1442695040888963407; return UInt8(truncatingIfNeeded: state >> 56) }
        }
        for size in stride(from: 65_300, to: 65_560, by: 4) {
            let members = [size, 300, 400].enumerated().map { index, length in
                WARCFixture.gzip(WARCFixture.record(type: "resource", uri: "https://example.org/\(index)", block: noise(length),
                                                    contentType: "text/html", id: "r\(index)"))
            }
            let (pages, errors, _) = try read(members.flatMap { $0 }, name: "boundary.warc.gz")
            #expect(errors.isEmpty)
            let lengths = pages.compactMap { $0.source.warc?.length }
            #expect(lengths == members.map(\.count), "block of \(size) bytes")
        }
    }
}

@Suite struct ARCReaderTests {
    func arc(_ records: [(url: String, date: String, body: String)], version2: Bool = false) -> [UInt8] {
        let fields = version2 ? "URL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length"
            : "URL IP-address Archive-date Content-type Archive-length"
        let descriptor = "1 0 Test\n\(fields)\n"
        var out = Array("filedesc://test.arc 0.0.0.0 20080101000000 text/plain \(descriptor.utf8.count)\n\(descriptor)\n".utf8)
        for record in records {
            let extra = version2 ? " 200 - - 0 test.arc" : ""
            out += Array("\(record.url) 1.2.3.4 \(record.date) text/html\(extra) \(record.body.utf8.count)\n\(record.body)\n".utf8)
        }
        return out
    }

    func http(_ text: String) -> String { "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>\(text)</p></html>" }

    func read(_ bytes: [UInt8], name: String) throws -> (pages: [RawPage], errors: [DocumentError]) {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: path)
        let source = PageSource(inputs: [InputSpec.classify(path.path)], maximumPageBytes: 1 << 20)
        var pages: [RawPage] = []
        var errors: [DocumentError] = []
        while let item = source.next() {
            if case .page(let page) = item { pages.append(page) }
            if case .documentError(let error) = item { errors.append(error) }
        }
        return (pages, errors)
    }

    @Test(arguments: [false, true])
    func readsVersionOneAndTwo(_ version2: Bool) throws {
        let bytes = arc([("http://a.example/", "19990102030405", http("one")), ("dns:a.example", "19990102030405", "1.2.3.4"),
                         ("http://b.example/x", "20010203040506", http("two"))], version2: version2)
        for (name, data) in [("t.arc", bytes), ("t.arc.gz", WARCFixture.gzip(bytes))] {
            let (pages, errors) = try read(data, name: name)
            #expect(errors.isEmpty)
            #expect(pages.map(\.source.url) == ["http://a.example/", "http://b.example/x"])
            #expect(pages.map(\.source.captured) == ["1999-01-02T03:04:05Z", "2001-02-03T04:05:06Z"])
            #expect(pages.first?.content == .html(Array("<html><p>one</p></html>".utf8)))
            #expect(pages.allSatisfy { $0.inputID?.count == 64 })
        }
    }

    @Test func aLyingLengthIsAnErrorAndTheNextRecordIsRead() throws {
        var text = String(decoding: arc([("http://a.example/", "19990102030405", http("one")), ("http://b.example/", "19990102030405", http("the second"))]), as: UTF8.self)
        text = text.replacingOccurrences(of: "text/html \(http("one").utf8.count)", with: "text/html \(http("one").utf8.count + 40)")
        let (pages, errors) = try read(Array(text.utf8), name: "lie.arc")
        #expect(pages.map(\.source.url) == ["http://b.example/"])
        #expect(errors.count == 1)
    }

    @Test func headerDates() {
        #expect(ARCReader.Header(Array("http://x.example/ 1.2.3.4 199601020304 text/html 10".utf8))?.captured == "1996-01-02T03:04:00Z")
        #expect(ARCReader.Header(Array("<html> some text 12".utf8)) == nil)
    }
}

extension WARCHostileTests {
    /// Found by bench/fuzz_warc.py: a cut that glues the next record's version line to the end of a page's text
    /// lost that record without an error entry.
    @Test func aVersionLineGluedToDamagedTextIsFound() throws {
        let first = page("a", html("a"))
        var cut = Array(first.prefix(first.count - 40))  // the end of the page and its CRLFs are gone
        cut += page("b", html("b")) + page("c", html("c"))
        let (pages, errors, _) = try read(cut, name: "glued.warc")
        #expect(pages.map(\.inputID) == ["urn:uuid:b", "urn:uuid:c"])
        #expect(errors.count == 1)
        #expect(WARCReader.versionStart(in: Array("text WARC/1.0".utf8)) == 5)
        #expect(WARCReader.versionStart(in: Array("WARC/1.0 is a format".utf8)) == 0)
        #expect(WARCReader.versionStart(in: Array("see WARC/ 1.0".utf8)) == nil)
    }
}

extension ARCReaderTests {
    @Test func arcFilesAreClassifiedAndFoundInDirectories() throws {
        #expect(InputSpec.classify("old.ARC.gz") == .arc("old.ARC.gz"))
        #expect(InputSpec.classify("old.arc") == .arc("old.arc"))
        #expect(InputSpec.classify("new.warc.gz") == .warc("new.warc.gz"))
        let directory = try TestPaths.temporaryDirectory()
        try Data(arc([("http://a.example/", "19990102030405", http("one"))])).write(to: directory.appendingPathComponent("a.arc"))
        try Data(WARCFixture.gzip(arc([("http://b.example/", "19990102030405", http("two"))]))).write(to: directory.appendingPathComponent("b.arc.gz"))
        let source = PageSource(inputs: [.directory(directory.path)], maximumPageBytes: 1 << 20)
        var urls: [String?] = []
        while let item = source.next() { if case .page(let page) = item { urls.append(page.source.url) } }
        #expect(urls == ["http://a.example/", "http://b.example/"])
        #expect(source.skippedFiles == 2)  // the two filedesc records
    }
}
