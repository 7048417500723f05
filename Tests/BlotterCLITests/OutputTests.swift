import Foundation
import Testing
import BlotterTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What `--out` does with what is at its path: regular files written in place, devices and FIFOs as streams,
/// nothing ever replaced; write errors name the path.
@Suite(.serialized) struct OutputTests {
    func fileType(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    @Test func devNullStaysACharacterDeviceAndGetsNoResumeLog() throws {
        let result = try CommandRunner.blotter(["run", "corpus", "--out", "/dev/null", "--errors", "/dev/null", "--no-progress"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType("/dev/null") == S_IFCHR)
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.resume"))
    }

    @Test func aCleanRunLeavesNoResumeLog() throws {
        let out = try TestPaths.temporaryDirectory().appendingPathComponent("r.jsonl").path
        #expect(try CommandRunner.blotter(["run", "corpus", "--out", out, "--no-progress"]).status == 0)
        #expect(fileType(out) == S_IFREG)
        #expect(!FileManager.default.fileExists(atPath: out + ".resume"))
    }

    @Test func aFIFOIsWrittenAsAStream() throws {
        let fifo = try TestPaths.temporaryDirectory().appendingPathComponent("records.fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
        }
        reader.start()
        let result = try CommandRunner.blotter(["run", "corpus", "--out", fifo, "--no-progress"])
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CommandRunner.jsonLines(String(decoding: received, as: UTF8.self)).count == 6)
        #expect(fileType(fifo) == S_IFIFO)
        #expect(!FileManager.default.fileExists(atPath: fifo + ".resume"))
    }

    @Test func aSymbolicLinkStaysAndItsTargetIsWritten() throws {
        let directory = try TestPaths.temporaryDirectory()
        let target = directory.appendingPathComponent("target.jsonl").path
        let link = directory.appendingPathComponent("link.jsonl").path
        try "old contents, longer than nothing\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try CommandRunner.blotter(["run", "corpus", "--out", link, "--no-progress"]).status == 0)
        #expect(fileType(link) == S_IFLNK)
        #expect(try CommandRunner.jsonLines(String(contentsOfFile: target, encoding: .utf8)).count == 6)
    }

    @Test func aFullDiskNamesThePathAndCountsOnlyWhatWasWritten() throws {
        let summary = try TestPaths.temporaryDirectory().appendingPathComponent("s.json").path
        let result = try CommandRunner.blotter(["run", "corpus", "--out", "/dev/full", "--summary", summary, "--no-progress"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/full: cannot write: No space left on device"), "\(result.stderr)")
        #expect(fileType("/dev/full") == S_IFCHR)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(object["records"] as? Int == 0)
        #expect((object["sink_failure"] as? String)?.contains("/dev/full") == true)
    }

    @Test func aDirectoryIsNotAnOutputOrAStore() throws {
        let directory = try TestPaths.temporaryDirectory().path
        let out = try CommandRunner.blotter(["run", "corpus", "--out", directory])
        #expect(out.status == 2 && out.stderr.contains("\(directory): is a directory"), "\(out.stderr)")
        let db = try CommandRunner.blotter(["run", "corpus", "--out", "/dev/null", "--db", directory])
        #expect(db.status == 2 && db.stderr.contains("--db \(directory): is a directory"), "\(db.stderr)")
        let query = try CommandRunner.blotter(["query", "--db", directory])
        #expect(query.status == 2 && query.stderr.contains("is a directory"), "\(query.stderr)")
    }
}

/// SIGINT and SIGTERM: the run stops reading, finishes what is in flight, writes its summary and says how to go on.
@Suite(.serialized) struct InterruptTests {
    /// 30 WARC files of 20 pages: long enough in a debug build to be interrupted half way.
    func archive() throws -> URL {
        let directory = try TestPaths.temporaryDirectory().appendingPathComponent("warcs")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let paragraph = String(repeating: "Officers from Kent Police seized more than 20 kilos of cannabis in Dover, Detective Inspector Jane Smith said. ", count: 12)
        for file in 0..<30 {
            let pages = (0..<20).map { (uri: "https://example.org/\(file)/\($0)", html: "<html><body><article><h1>Story \(file)-\($0)</h1><p>\(paragraph)</p></article></body></html>") }
            let bytes = WARCFixture.records(pages: pages).map(WARCFixture.gzip).flatMap { $0 }
            try Data(bytes).write(to: directory.appendingPathComponent(String(format: "part-%02d.warc.gz", file)))
        }
        return directory
    }

    /// Starts a run, waits until it has finished an input, sends `signals` (0.2 s apart), and returns its
    /// status and standard error.
    func interrupt(_ arguments: [String], out: String, signals: [Int32]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = TestPaths.blotterBinary
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            if let log = try? String(contentsOfFile: out + ".resume", encoding: .utf8), log.contains("\n") { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        for number in signals {
            kill(process.processIdentifier, number)
            Thread.sleep(forTimeInterval: 0.2)
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalFinishesInFlightWritesTheSummaryAndResumes(_ number: Int32) throws {
        let input = try archive()
        let directory = input.deletingLastPathComponent()
        let out = directory.appendingPathComponent("r.jsonl").path
        let summary = directory.appendingPathComponent("s.json").path
        let first = try interrupt(["run", input.path, "--out", out, "--summary", summary, "--no-progress", "--jobs", "1"], out: out, signals: [number])
        #expect(first.status == 130, "\(first.stderr)")
        #expect(first.stderr.contains("interrupted: run again with --resume to continue"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(object["interrupted"] as? Bool == true && object["exit_status"] as? Int == 130)
        let written = try CommandRunner.jsonLines(String(contentsOfFile: out, encoding: .utf8)).count
        #expect(object["records"] as? Int == written)
        #expect(written > 0 && written < 600)

        let second = try CommandRunner.blotter(["run", input.path, "--out", out, "--no-progress", "--resume"])
        #expect(second.status == 0, "\(second.stderr)")
        // Every page once, in input order (the pages' URLs are unique; the fixture's record ids are not).
        let urls = try CommandRunner.jsonLines(String(contentsOfFile: out, encoding: .utf8))
            .map { ($0["source"] as? [String: Any])?["url"] as? String ?? "" }
        #expect(urls == (0..<30).flatMap { file in (0..<20).map { "https://example.org/\(file)/\($0)" } })
        #expect(!FileManager.default.fileExists(atPath: out + ".resume"))
    }

    @Test func aSecondSignalStopsAtOnce() throws {
        let input = try archive()
        let out = input.deletingLastPathComponent().appendingPathComponent("r.jsonl").path
        let result = try interrupt(["run", input.path, "--out", out, "--no-progress", "--jobs", "1"], out: out, signals: [SIGINT, SIGINT])
        #expect(result.status == 130)
        #expect(result.stderr.contains("stopped at once") || result.stderr.contains("interrupted: run again"), "\(result.stderr)")
    }
}
