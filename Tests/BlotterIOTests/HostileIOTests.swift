import Foundation
import Glibc
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// Issue 21's faults in reading and writing (items 6-9), each rebuilt here.
@Suite struct HostileIOTests {
    // Item 6: names with a tab or a newline are one field of the resume log; reading it is linear.
    @Test func resumeLogKeepsNamesWithTabsAndNewlines() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("r.resume").path
        let names = ["a\tb.html", "line\nbreak.html", "back\\slash\\t.html", "cr\r.html", "plain.html"]
        let log = try ResumeLog(path: path, resume: false)
        try log.finished(names, recordsBytes: 42, errorsBytes: 7)
        let state = try #require(try ResumeLog.read(path))
        #expect(state.finished == Set(names))
        #expect(state.recordsBytes == 42 && state.errorsBytes == 7)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == names.count)
    }

    @Test func resumeLogOf50000InputsReadsInASecond() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("big.resume").path
        let text = (0..<50_000).map { "dir/input-\($0).html\t\($0 * 10)\t0\n" }.joined() + "dir/cut-off.html\t99"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let started = Date()
        let state = try #require(try ResumeLog.read(path))
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(state.finished.count == 50_000 && state.recordsBytes == 499_990 && !state.finished.contains("dir/cut-off.html"))
    }

    // Item 7: a name that is not UTF-8 is walked, counted and can be opened by the name shown.
    @Test func fileNamesThatAreNotUTF8AreReadAndNameable() throws {
        let directory = try TestPaths.temporaryDirectory()
        let raw = Array(directory.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".html".utf8)
        let descriptor = (raw.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        _ = Array("<p>Hello</p>".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        try "<p>Other</p>".write(to: directory.appendingPathComponent("good.html"), atomically: true, encoding: .utf8)

        let shown = directory.path + "/caf\\xE9.html"
        #expect(FileName.decode(raw) == shown)
        #expect(FileName.bytes(shown) == raw)
        let items = PageSource(inputs: [.directory(directory.path)], maximumPageBytes: 1 << 20).drain()
        let paths = items.compactMap { item -> String? in if case .page(let page) = item { page.source.path } else { nil } }
        #expect(paths == [shown, directory.path + "/good.html"])
        let named = PageSource(inputs: [InputSpec.classify(shown)], maximumPageBytes: 1 << 20).drain()
        guard case .page(let page)? = named.first else { Issue.record("expected the page, got \(named)"); return }
        #expect(page.content == .html(Array("<p>Hello</p>".utf8)))
    }

    @Test func decodeEscapesOnlyTheBytesThatAreNotUTF8() {
        #expect(FileName.decode(Array("é-ok".utf8)) == "é-ok")
        #expect(FileName.decode([0x61, 0xFF, 0xC3, 0xA9, 0xC3]) == "a\\xFFé\\xC3")
    }

    // Item 9: the newline scan is linear in a line's length, and error entries carry the line.
    @Test func aLongJSONLineIsReadInLinearTime() throws {
        let file = try TestPaths.temporaryDirectory().appendingPathComponent("long.jsonl")
        let body = String(repeating: "word ", count: 4_000_000)  // a 20 MB line: 320 chunks of 64 KiB
        try ("{\"id\":\"long\",\"text\":\"" + body + "\"}\n{\"id\":\"next\",\"text\":\"x\"}\nnot json\n").write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        let items = PageSource(inputs: [.jsonLines(file.path)], maximumPageBytes: 50 << 20).drain()
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(items.count == 3)
        guard case .documentError(let error) = items[2] else { Issue.record("expected an error entry"); return }
        #expect(error.source.line == 3)
        #expect(error.jsonLine().contains(#""line":3}"#))
    }

    // Item 8: two writers on one store both finish, every document committed.
    @Test func twoWritersOnOneStoreBothFinish() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("store.sqlite").path
        let first = try SQLiteSink(path: path)
        let second = try SQLiteSink(path: path)
        func record(_ id: String) -> Record {
            Record(sequence: 0, id: id, source: SourceLocation(path: id), article: Article(text: "Text of \(id)."), entities: [])
        }
        try first.write(record("a"))
        try first.checkpoint()
        try second.write(record("b"))
        try second.checkpoint()
        // The first holds an open read (a reader's snapshot) while the second ends.
        let reader = try SQLiteDatabase(path: path, readOnly: true)
        try reader.execute("BEGIN")
        _ = try reader.prepare("SELECT count(*) FROM documents").rows()
        try first.write(record("c"))
        try second.finish()
        try first.finish()
        try reader.execute("COMMIT")
        let rows = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT id FROM documents ORDER BY id").rows()
        #expect(rows.compactMap { $0["id"]?.string } == ["a", "b", "c"])
    }
}
