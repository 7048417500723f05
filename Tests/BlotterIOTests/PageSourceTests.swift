import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

@Suite struct PageSourceTests {
    @Test func jsonLinesGiveOnePagePerGoodLineAndAnErrorPerBadOne() throws {
        let directory = try TestPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("in.jsonl")
        try """
        {"id":"a","url":"https://x/1","html":"<p>One</p>"}

        this is not json
        {"id":"x"}
        {"id":7,"text":"Plain text."}
        [1,2]
        """.write(to: file, atomically: true, encoding: .utf8)
        let items = PageSource(inputs: [.jsonLines(file.path)], maximumPageBytes: 1 << 20).drain()
        #expect(items.count == 5)
        guard case .page(let first) = items[0] else { Issue.record("expected a page"); return }
        #expect(first.inputID == "a" && first.source.url == "https://x/1" && first.sequence == 0)
        guard case .documentError(let notJSON) = items[1] else { Issue.record("expected an error"); return }
        #expect(notJSON.message.hasPrefix("not JSON") && notJSON.source.line == 3 && notJSON.sequence == 1)
        guard case .documentError(let empty) = items[2] else { Issue.record("expected an error"); return }
        #expect(empty.message.contains("neither") && empty.id == "x")
        guard case .page(let text) = items[3] else { Issue.record("expected a page"); return }
        #expect(text.inputID == "7" && text.content == .text("Plain text."))
        guard case .documentError(let array) = items[4] else { Issue.record("expected an error"); return }
        #expect(array.message == "not a JSON object")
    }

    /// A dataset's "title", "published" and "byline" travel with the page; a member that is no string is an error.
    @Test func jsonLinesCarryTheTitleDateAndBylineTheyGive() throws {
        let directory = try TestPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("given.jsonl")
        try """
        {"id":"a","text":"Police said so.","title":"Man held","published":"2023-10-02","byline":null}
        {"id":"b","text":"Police said so."}
        {"id":"c","text":"Police said so.","published":20231002}
        {"id":"d","text":"Police said so.","title":"  ","published":"","byline":"Tom\\nAckroyd"}
        """.write(to: file, atomically: true, encoding: .utf8)
        let items = PageSource(inputs: [.jsonLines(file.path)], maximumPageBytes: 1 << 20).drain()
        guard items.count == 4, case .page(let given) = items[0], case .page(let plain) = items[1],
              case .documentError(let number) = items[2], case .page(let blank) = items[3] else {
            Issue.record("expected two pages, an error and a page"); return
        }
        #expect(given.given == GivenMetadata(title: "Man held", published: "2023-10-02"))
        #expect(plain.given == nil)
        // Blank members give nothing; white space inside one is one space.
        #expect(blank.given == GivenMetadata(byline: "Tom Ackroyd"))
        #expect(number.message == "\"published\" is not a string" && number.id == "c" && number.source.line == 3)
    }

    @Test func overlongLinesAreErrorsAndReadingGoesOn() throws {
        let directory = try TestPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("long.jsonl")
        let long = "{\"id\":\"big\",\"text\":\"" + String(repeating: "a", count: 200_000) + "\"}"
        try (long + "\n{\"id\":\"ok\",\"text\":\"fine\"}\n").write(to: file, atomically: true, encoding: .utf8)
        let items = PageSource(inputs: [.jsonLines(file.path)], maximumPageBytes: 1000).drain()
        #expect(items.count == 2)
        if case .documentError(let error) = items[0] { #expect(error.message.contains("over the limit")) } else { Issue.record("expected an error") }
        if case .page(let page) = items[1] { #expect(page.inputID == "ok") } else { Issue.record("expected a page") }
    }

    @Test func directoriesAreWalkedRecursivelyInSortedOrder() throws {
        let directory = try TestPaths.temporaryDirectory()
        for name in ["b.html", "a/z.htm", "a/c.html", "notes.txt", ".hidden.html"] {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "<p>\(name)</p>".write(to: url, atomically: true, encoding: .utf8)
        }
        let source = PageSource(inputs: [.directory(directory.path)], maximumPageBytes: 1 << 20)
        let paths = source.drain().compactMap { item -> String? in
            if case .page(let page) = item { return page.source.path.map { String($0.dropFirst(directory.path.count + 1)) } }
            return nil
        }
        #expect(paths == ["a/c.html", "a/z.htm", "b.html"])
        #expect(source.skippedFiles == 1)
    }

    @Test func missingInputIsAnInputErrorNamingIt() {
        let items = PageSource(inputs: [.page("/no/such/file.html"), .jsonLines("/no/such.jsonl")], maximumPageBytes: 100).drain()
        #expect(items.count == 2)
        for item in items {
            guard case .inputError(let message) = item else { Issue.record("expected an input error"); continue }
            #expect(message.contains("/no/such") && message.contains("no such file"))
        }
    }

    @Test func inputsAreClassifiedByKind() throws {
        #expect(InputSpec.classify("-") == .standardInput)
        #expect(InputSpec.classify("a.jsonl") == .jsonLines("a.jsonl"))
        #expect(InputSpec.classify("a.warc.gz") == .warc("a.warc.gz"))
        #expect(InputSpec.classify("a.html") == .page("a.html"))
        #expect(InputSpec.classify(TestPaths.corpus.path) == .directory(TestPaths.corpus.path))
    }
}

@Suite struct ResumeLogTests {
    @Test func onlyWholeLinesCountAndTheLastOffsetsWin() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("r.resume").path
        try "a.warc\t100\t5\nb.warc\t250\t9\nc.warc\t3".write(toFile: path, atomically: true, encoding: .utf8)
        let state = try #require(try ResumeLog.read(path))
        #expect(state.finished == ["a.warc", "b.warc"])
        #expect(state.recordsBytes == 250 && state.errorsBytes == 9)
        #expect(try ResumeLog.read(path + ".missing") == nil)
    }

    @Test func appendingWriterCutsTheFileBackFirst() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("out.jsonl").path
        try "one\ntwo\nhalf a li".write(toFile: path, atomically: true, encoding: .utf8)
        let writer = try LineWriter(path: path, appendingAt: 8)
        try writer.writeLine("three")
        try writer.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\ntwo\nthree\n")
        #expect(writer.position == 14)
    }
}
