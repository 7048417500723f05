import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// The real WARC and ARC files of ../shared/data/warc (written by warcio, resiliparse, webarchive-commons,
/// jwat and pywb). Expected counts: every HTML page warcio 1.8.1 reads is a record (plus revisits of pages
/// read earlier in the file, and pages in files warcio gives up on); errors only for damaged records.
@Suite struct ArchiveFixtureTests {
    static let directory = TestPaths.sharedData.appendingPathComponent("warc")
    static var available: Bool { FileManager.default.fileExists(atPath: directory.appendingPathComponent("manifest.tsv").path) }

    /// file → (records, error entries).
    static let expected: [String: (records: Int, errors: Int)] = [
        "jwat__IAH-20080430204825-00000-blackbook.arc.gz": (94, 0),
        "jwat__small_BNF.arc": (3, 0),
        "pywb__dupes.warc.gz": (2, 0),  // warcio: 1 page; the revisit of it is the second
        "pywb__example-extra.warc": (4, 0),  // 2 pages (one with the status line HTTPX/1.1) and 2 revisits of them
        "pywb__example-url-agnostic-orig.warc.gz": (1, 0),
        "pywb__example-url-agnostic-revisit.warc.gz": (0, 0),  // its original is in another file
        "pywb__example-wget-1-14.warc.gz": (1, 0),
        "pywb__example-wpull.warc.gz": (1, 0),
        "pywb__example2.warc.gz": (1, 0),
        "pywb__httpbin-resource.warc.gz": (0, 0),
        "pywb__iana.warc.gz": (16, 0),  // chunked header over de-chunked bodies: 0 pages and 25 errors before
        "pywb__missing-status-text.warc": (0, 0),
        "resiliparse__block-sized-records.warc": (0, 0),
        "resiliparse__block-sized-records.warc.gz": (0, 0),
        "resiliparse__clipped.warc.gz": (1, 1),  // the clipped page is kept, and its truncation reported
        "resiliparse__clueweb-quirk.warc.gz": (29, 0),
        "resiliparse__warcfile.warc": (16, 0),
        "resiliparse__warcfile.warc.gz": (16, 0),
        "wacommons__IAH-20080430204825-00000-blackbook-truncated.arc": (2, 0),  // warcio cannot read it
        "wacommons__IAH-urls-wget.warc": (2, 0),
        "wacommons__IAH-urls-wget.warc.gz": (2, 0),
        "wacommons__link-extraction-test.warc": (7, 0),  // warcio stops after 3 (extra CRLFs after a record)
        "wacommons__mutliple-headers.warc": (1, 0),
        "warcio__example-bad-non-chunked.warc.gz": (2, 0),  // warcio refuses whole-file gzip
        "warcio__example-digest.warc": (0, 0),
        "warcio__example-iana.org-chunked.warc": (1, 0),
        "warcio__example-resource.warc.gz": (1, 0),
        "warcio__example-space-in-target-uri.warc.gz": (0, 0),
        "warcio__example-trunc.warc": (1, 0),
        "warcio__example-wget-bad-target-uri.warc.gz": (1, 0),
        "warcio__example-wrong-chunks.warc.gz": (1, 0),
        "warcio__example.arc": (1, 0),
        "warcio__example.arc.gz": (1, 0),
        "warcio__example.warc": (2, 0),  // the page and a revisit of it
        "warcio__example.warc.gz": (2, 0),
        "warcio__post-test.warc.gz": (0, 0),
    ]

    func read(_ name: String) -> (pages: [RawPage], errors: [DocumentError]) {
        let path = Self.directory.appendingPathComponent(name).path
        return PageSource(inputs: [InputSpec.classify(path)], maximumPageBytes: 8 << 20).pagesAndErrors(label: name)
    }

    @Test(.enabled(if: ArchiveFixtureTests.available), arguments: expected.keys.sorted())
    func everyPageIsARecord(_ name: String) throws {
        let expected = try #require(Self.expected[name])
        let (pages, errors) = read(name)
        #expect(pages.count == expected.records, "\(name): \(errors.map(\.message))")
        #expect(errors.count == expected.errors, "\(name): \(errors.map(\.message))")
        for page in pages {
            #expect(page.source.url?.isEmpty == false || name.hasPrefix("wacommons__link"), "\(name): a page without its URL")
            #expect(page.source.warc?.file.hasSuffix(name) == true)
        }
    }

    @Test(.enabled(if: ArchiveFixtureTests.available))
    func arcRecordsCarryTheirOwnURLAndDate() throws {
        let (pages, _) = read("jwat__small_BNF.arc")
        let first = try #require(pages.first)
        #expect(first.source.url == "http://cctr.umkc.edu:80/user/jbenz/tst.htm")
        #expect(first.source.captured == "1997-04-17T17:57:10Z")
        #expect(Set(pages.map(\.inputID)).count == pages.count)
        // The offset and length find the record again.
        let warc = try #require(first.source.warc)
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("jwat__small_BNF.arc"))
        let slice = data[warc.offset..<(warc.offset + 42)]
        #expect(String(decoding: slice, as: UTF8.self) == "http://cctr.umkc.edu:80/user/jbenz/tst.htm")
        let (gzipped, _) = read("jwat__IAH-20080430204825-00000-blackbook.arc.gz")
        let member = try #require(gzipped.first?.source.warc)
        let whole = try Data(contentsOf: Self.directory.appendingPathComponent("jwat__IAH-20080430204825-00000-blackbook.arc.gz"))
        let inflated = try #require(Inflate.data([UInt8](whole[member.offset..<(member.offset + member.length)])))
        #expect(String(decoding: inflated.prefix(30), as: UTF8.self).hasPrefix(gzipped[0].source.url ?? "?"))
    }

    @Test(.enabled(if: ArchiveFixtureTests.available))
    func chunkedHeaderOverADechunkedBodyIsRead() {
        let (pages, errors) = read("pywb__iana.warc.gz")
        #expect(pages.count == 16 && errors.isEmpty)
        #expect(pages.allSatisfy { if case .html(let bytes) = $0.content { bytes.count > 100 } else { false } })
    }
}
