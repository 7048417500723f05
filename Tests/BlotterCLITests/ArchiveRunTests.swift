import Foundation
import Testing
import BlotterTestSupport

/// Archives through the whole command: repeated captures get `duplicate_of`, in every output.
@Suite struct ArchiveRunTests {
    @Test func repeatedCapturesNameTheFirst() throws {
        let article = "<html><head><title>Cash seized</title></head><body><article><p>Kent Police seized £20,000 in cash at Dover on Tuesday, officers said.</p><p>Two men were arrested.</p></article></body></html>"
        let other = "<html><head><title>Boat found</title></head><body><article><p>Essex Police found a stolen boat in Harlow on Monday.</p></article></body></html>"
        let pages = [(uri: "https://example.org/a", html: article), (uri: "https://example.org/b", html: other),
                     (uri: "https://example.org/a?day=2", html: article.replacingOccurrences(of: "<p>Two", with: "\n<p>Two"))]
        let directory = try TestPaths.temporaryDirectory()
        let warc = directory.appendingPathComponent("captures.warc")
        try Data(WARCFixture.records(pages: pages).flatMap { $0 }).write(to: warc)
        let result = try CommandRunner.blotter(["run", warc.path, "--out", "-", "--no-progress", "--stages", "extract"])
        #expect(result.status == 0)
        let records = try CommandRunner.jsonLines(result.stdout)
        #expect(records.count == 3)
        #expect(records.map { $0["duplicate_of"] as? String } == [nil, nil, "urn:uuid:page-0"])
        #expect(result.stderr.contains("1 repeated captures"))
    }
}
