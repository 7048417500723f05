import Foundation
import Testing
import BlotterTestSupport

/// Issue 21 end to end: the built CLI on hostile inputs. Run `swift build` first (the Makefile does).
@Suite(.serialized) struct HostileInputCLITests {
    func lines(_ path: String) throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try CommandRunner.jsonLines(String(contentsOfFile: path, encoding: .utf8))
    }

    @Test func pathologicalPageIsAnErrorEntryAndTheRunGoesOn() throws {
        let directory = try TestPaths.temporaryDirectory()
        let attributes = (0..<200_000).map { "a\($0)=x" }.joined(separator: " ")
        try "<html><body><div \(attributes)>x</div></body></html>".write(to: directory.appendingPathComponent("a-hostile.html"), atomically: true, encoding: .utf8)
        try "<html><body><p>Officers from Kent Police arrested a man.</p></body></html>".write(to: directory.appendingPathComponent("b-good.html"), atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out.jsonl").path, errors = directory.appendingPathComponent("errors.jsonl").path
        let started = Date()
        let result = try CommandRunner.blotter(["run", directory.path, "--out", out, "--errors", errors, "--no-progress"])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try lines(out).count == 1)
        let entries = try lines(errors)
        #expect(entries.count == 1)
        #expect((entries.first?["source"] as? [String: Any])?["path"] as? String == directory.path + "/a-hostile.html")
        #expect((entries.first?["error"] as? String)?.contains("attributes, over the limit") == true)
    }

    @Test func jsonLinesErrorEntriesCarryTheLine() throws {
        let directory = try TestPaths.temporaryDirectory()
        let input = directory.appendingPathComponent("in.jsonl")
        try "{\"id\":\"a\",\"text\":\"One.\"}\n\n{broken\n".write(to: input, atomically: true, encoding: .utf8)
        let errors = directory.appendingPathComponent("errors.jsonl").path
        let result = try CommandRunner.blotter(["run", input.path, "--out", directory.appendingPathComponent("o.jsonl").path, "--errors", errors, "--no-progress"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect((try lines(errors).first?["source"] as? [String: Any])?["line"] as? Int == 3)
    }

    @Test func resumeSkipsInputsWhosePathHoldsATab() throws {
        let directory = try TestPaths.temporaryDirectory().appendingPathComponent("with\ttab")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["one", "two"] {
            try "<html><body><p>Page \(name) about Kent Police.</p></body></html>".write(to: directory.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
        }
        let out = directory.deletingLastPathComponent().appendingPathComponent("out.jsonl").path
        // A missing input makes the run end with status 1, which keeps the resume log (a clean finish removes it).
        let missing = directory.deletingLastPathComponent().appendingPathComponent("missing.html").path
        let first = try CommandRunner.blotter(["run", directory.path, missing, "--out", out, "--no-progress", "--resume", "--stages", "extract"])
        #expect(first.status == 1, "\(first.stderr)")
        let second = try CommandRunner.blotter(["run", directory.path, missing, "--out", out, "--no-progress", "--resume", "--stages", "extract"])
        #expect(second.status == 1, "\(second.stderr)")
        #expect(second.stderr.contains("2 inputs already done"), "\(second.stderr)")
        #expect(try lines(out).count == 2)
    }

    @Test func aFileNameThatIsNotUTF8CanBeNamedOnTheCommandLine() throws {
        let directory = try TestPaths.temporaryDirectory()
        // The shell writes and passes the raw byte 0xE9: Process would encode a String as UTF-8.
        let script = """
            printf '<html><body><p>Caf\\351 page.</p></body></html>' > "$1/caf$(printf '\\351').html" &&
            "$2" run "$1/caf$(printf '\\351').html" --out "$1/out.jsonl" --no-progress --stages extract
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", directory.path, TestPaths.blotterBinary.path]
        process.currentDirectoryURL = TestPaths.packageRoot
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let records = try lines(directory.appendingPathComponent("out.jsonl").path)
        #expect((records.first?["source"] as? [String: Any])?["path"] as? String == directory.path + "/caf\\xE9.html")
        #expect((records.first?["text"] as? String)?.contains("Café page.") == true)
    }
}
