import Foundation
import Testing
import BlotterTestSupport

/// End to end: the built CLI on the corpus and on bad inputs. Run `swift build` first (the Makefile does).
@Suite(.serialized) struct RunCommandTests {
    func runCorpus(jobs: Int) throws -> (CommandRunner.Result, String) {
        let out = try TestPaths.temporaryDirectory().appendingPathComponent("records.jsonl")
        let result = try CommandRunner.blotter(["run", "corpus", "--out", out.path, "--jobs", "\(jobs)", "--no-progress"])
        return (result, try String(contentsOf: out, encoding: .utf8))
    }

    @Test func seedRecordHasThePeopleForcesOperationAndFigures() throws {
        let (result, output) = try runCorpus(jobs: 2)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try CommandRunner.jsonLines(output)
        #expect(records.count == 6)
        let seed = try #require(records.first { ($0["source"] as? [String: Any])?["path"] as? String == "corpus/police-oracle-malthouse.html" })
        #expect(seed["schema"] as? Int == 1)
        #expect(seed["title"] as? String == "Malthouse sees impact of new tech on crime first-hand")
        let entities = try #require(seed["entities"] as? [[String: Any]])
        func of(_ type: String) -> [[String: Any]] { entities.filter { $0["type"] as? String == type } }

        let people = Set(of("person").map { "\($0["text"]!)|\($0["canonical"]!)|\($0["role"] ?? "nil")" })
        #expect(people == [
            "Kit Malthouse|Kit Malthouse|Policing Minister", "Malthouse|Kit Malthouse|Policing Minister",
            "Kathryn Holloway|Kathryn Holloway|Police and Crime Commissioner",
            "Holloway|Kathryn Holloway|Police and Crime Commissioner", "Garry Forsyth|Garry Forsyth|Chief Constable",
        ])
        let forces = Set(of("force").map { "\($0["text"]!)|\($0["canonical"]!)" })
        #expect(forces == ["Bedfordshire Police|bedfordshire", "Eastern Region Special Operations Unit|ersou", "ERSOU|ersou",
                           "National Crime Agency|nca", "NCA|nca", "College of Policing|college-of-policing"])
        #expect(of("operation").map { $0["canonical"] as? String } == ["Operation Venetic"])

        let figures = of("figure").map { figure -> String in
            ["text", "kind", "value", "unit", "qualifier", "of"].map { key in
                let value = figure[key]
                return value is NSNull || value == nil ? "nil" : "\(value!)"
            }.joined(separator: "|")
        }
        #expect(figures == [
            "more than 90 kilos|mass|90|kg|more_than|Class A drugs",
            "seven|count|7|nil|nil|firearms",
            "over £180,000|money|180000|GBP|more_than|cash",  // "£180,000 in cash" (issue 16)
            "27 April|date|XXXX-04-27|nil|nil|nil",
            "32|count|32|nil|nil|forces",
            "over 12,000|count|12000|nil|more_than|candidates",
            "20,000|count|20000|nil|nil|additional officers",
        ])
        let text = try #require(seed["text"] as? String)
        for boilerplate in ["network problems", "Leave a Comment", "In Other News", "More News"] {
            #expect(!text.contains(boilerplate))
        }
    }

    @Test func everyEntityObeysTheOffsetRule() throws {
        let (_, output) = try runCorpus(jobs: 2)
        for record in try CommandRunner.jsonLines(output) {
            let scalars = Array(((record["text"] as? String) ?? "").unicodeScalars)
            for entity in (record["entities"] as? [[String: Any]]) ?? [] {
                let start = try #require(entity["start"] as? Int)
                let end = try #require(entity["end"] as? Int)
                try #require(start >= 0 && start < end && end <= scalars.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == entity["text"] as? String)
            }
        }
    }

    @Test func outputIsTheSameForOneAndFourJobs() throws {
        let (_, one) = try runCorpus(jobs: 1)
        let (_, four) = try runCorpus(jobs: 4)
        #expect(one == four)
        #expect(!one.isEmpty)
    }

    @Test func badInputsBecomeErrorEntriesAndTheRestComesOut() throws {
        let directory = try TestPaths.temporaryDirectory()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
        try Data(png).write(to: directory.appendingPathComponent("binary.html"))
        try Data().write(to: directory.appendingPathComponent("empty.html"))
        try "<html><body><article><p>Kent Police arrested two men.</p></article></body></html>"
            .write(to: directory.appendingPathComponent("good.html"), atomically: true, encoding: .utf8)
        try "{not json}\n{\"id\":\"x\"}\n{\"id\":\"t\",\"text\":\"Operation Kestrel began.\"}\n"
            .write(to: directory.appendingPathComponent("lines.jsonl"), atomically: true, encoding: .utf8)
        let errors = directory.appendingPathComponent("errors.jsonl")
        let result = try CommandRunner.blotter(["run", directory.path, "--out", "-", "--errors", errors.path, "--no-progress"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try CommandRunner.jsonLines(result.stdout)
        #expect(records.map { $0["id"] as? String ?? "" }.contains("t"))
        #expect(records.count == 2)
        let entries = try CommandRunner.jsonLines(try String(contentsOf: errors, encoding: .utf8))
        #expect(entries.count == 4)
        let described = entries.map { entry -> String in
            let source = entry["source"] as? [String: Any]
            return "\((source?["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } ?? "?")|\(entry["stage"]!)|\(entry["error"]!)"
        }
        #expect(described.contains { $0.hasPrefix("binary.html|extract|not HTML") })
        #expect(described.contains { $0.hasPrefix("empty.html|extract|empty page") })
        #expect(described.contains { $0.hasPrefix("lines.jsonl|source|not JSON") })
        #expect(described.contains { $0.hasPrefix("lines.jsonl|source|object has neither") })
        #expect(result.stderr.contains("6 documents, 2 records, 4 errors"))
    }

    @Test func standardInputTakesJSONLines() throws {
        let result = try CommandRunner.blotter(["run", "-", "--out", "-", "--no-progress"],
                                               stdin: "{\"id\":\"s1\",\"text\":\"DCI Laura Benn of Essex Police spoke.\"}\n")
        #expect(result.status == 0)
        let record = try #require(try CommandRunner.jsonLines(result.stdout).first)
        #expect(record["id"] as? String == "s1")
        #expect((record["summary"] as? [String: Any])?["forces"] as? [String] == ["essex"])
    }

    /// A JSON-lines object's "published" dates the story's relative days, as a page's own date does.
    @Test func aJSONLinesDateResolvesRelativeDays() throws {
        let line = "{\"id\":\"d1\",\"title\":\"Man held\",\"published\":\"2 October 2023\",\"text\":\"Police arrested a man yesterday.\"}\n"
        let result = try CommandRunner.blotter(["run", "-", "--out", "-", "--no-progress"], stdin: line)
        #expect(result.status == 0)
        let record = try #require(try CommandRunner.jsonLines(result.stdout).first)
        #expect(record["title"] as? String == "Man held" && record["published"] as? String == "2023-10-02")
        let dates = (record["entities"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "date" }
        #expect(dates.map { $0["value"] as? String } == ["2023-10-01"])
    }

    @Test func unreadableInputExitsOneAndNamesIt() throws {
        let result = try CommandRunner.blotter(["run", "corpus/no-such-page.html", "corpus/div-only-layout.html", "--out", "-", "--no-progress"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("corpus/no-such-page.html: cannot open: no such file"))
        #expect(try CommandRunner.jsonLines(result.stdout).count == 1)
    }

    @Test func badConfigurationExitsTwoAndNamesFileAndKey() throws {
        let config = try TestPaths.temporaryDirectory().appendingPathComponent("bad.yaml")
        try "extract:\n  widht: 2\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try CommandRunner.blotter(["run", "--config", config.path, "--out", "-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml: extract.widht: unknown key"))
    }

    @Test(arguments: [["run", "--jobs", "-1"], ["run", "--stages", "tag"], ["run", "--no-such-flag"], ["frobnicate"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        #expect(try CommandRunner.blotter(arguments).status == 2)
    }

    @Test func configPrintsTheEffectiveConfiguration() throws {
        let result = try CommandRunner.blotter(["config"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("version: 1\n"))
        #expect(result.stdout.contains("recognizers: [force, operation, person, model, figure]"))
    }

    @Test func stagesPrefixGivesRecordsWithoutEntities() throws {
        let result = try CommandRunner.blotter(["run", "corpus/police-oracle-malthouse.html", "--stages", "extract", "--out", "-", "--no-progress"])
        let record = try #require(try CommandRunner.jsonLines(result.stdout).first)
        #expect((record["entities"] as? [Any])?.isEmpty == true)
        #expect((record["text"] as? String)?.isEmpty == false)
    }
}

@Suite(.serialized) struct QueryCommandTests {
    @Test func runWritesAStoreThatQueryReads() throws {
        let db = try TestPaths.temporaryDirectory().appendingPathComponent("b.sqlite").path
        #expect(try CommandRunner.blotter(["run", "corpus", "--db", db, "--out", "/dev/null", "--no-progress"]).status == 0)
        let result = try CommandRunner.blotter(["query", "--db", db, "--text", "Malthouse", "--force", "bedfordshire", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["title"] as? String } == ["Malthouse sees impact of new tech on crime first-hand"])
        let figures = try CommandRunner.blotter(["query", "figures", "--db", db, "--kind", "mass", "--format", "csv"])
        #expect(figures.stdout.contains("mass,90,kg,more_than,Class A drugs"))
        let top = try CommandRunner.blotter(["query", "top", "--db", db, "--type", "operation", "--format", "json"])
        #expect(top.stdout.contains("Operation Venetic"))
    }

    @Test func missingDatabaseExitsTwo() throws {
        let result = try CommandRunner.blotter(["query", "--db", "/no/such.sqlite"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/no/such.sqlite"))
    }
}

@Suite(.serialized) struct ExportCommandTests {
    @Test func exportGivesBackWhatRunWrote() throws {
        let directory = try TestPaths.temporaryDirectory()
        let db = directory.appendingPathComponent("s.sqlite").path
        let records = directory.appendingPathComponent("r.jsonl").path
        #expect(try CommandRunner.blotter(["run", "corpus", "--db", db, "--out", records, "--no-progress"]).status == 0)
        let exported = try CommandRunner.blotter(["export", "--db", db, "--format", "jsonl"])
        func byID(_ text: String) throws -> [String: NSDictionary] {
            Dictionary(uniqueKeysWithValues: try CommandRunner.jsonLines(text).map { ($0["id"] as? String ?? "", $0 as NSDictionary) })
        }
        #expect(try byID(exported.stdout) == byID(try String(contentsOfFile: records, encoding: .utf8)))
    }

    @Test func esBulkEndsEveryLineWithANewline() throws {
        let result = try CommandRunner.blotter(["run", "corpus", "--format", "es-bulk", "--index", "police", "--out", "-", "--no-progress"])
        #expect(result.stdout.hasSuffix("}\n"))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 12)
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if index % 2 == 0 {
                #expect((object["index"] as? [String: String])?["_index"] == "police")
            } else {
                #expect(object["entity_keys"] is [String] && object["schema"] as? Int == 1)
            }
        }
    }
}

@Suite(.serialized) struct ResumeTests {
    /// 30 WARC files of 20 pages: long enough in a debug build to be killed half way.
    func archive() throws -> URL {
        let directory = try TestPaths.temporaryDirectory().appendingPathComponent("warcs")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let paragraph = String(repeating: "Officers from Kent Police seized more than 20 kilos of cannabis in Dover, Detective Inspector Jane Smith said. ", count: 12)
        for file in 0..<30 {
            let pages = (0..<20).map { (uri: "https://example.org/\(file)/\($0)", html: "<html><body><article><h1>Story \(file)-\($0)</h1><p>\(paragraph)</p><p>Item \($0).</p></article></body></html>") }
            let bytes = WARCFixture.records(pages: pages).map(WARCFixture.gzip).flatMap { $0 }
            try Data(bytes).write(to: directory.appendingPathComponent(String(format: "part-%02d.warc.gz", file)))
        }
        return directory
    }

    @Test func aKilledRunResumesWithoutLosingOrDuplicatingRecords() throws {
        let input = try archive()
        let out = input.deletingLastPathComponent()
        let full = out.appendingPathComponent("full.jsonl").path
        #expect(try CommandRunner.blotter(["run", input.path, "--out", full, "--no-progress"]).status == 0)

        let resumed = out.appendingPathComponent("resumed.jsonl").path
        let process = Process()
        process.executableURL = TestPaths.blotterBinary
        process.arguments = ["run", input.path, "--out", resumed, "--no-progress", "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it (SIGKILL: no chance to clean up) once it has noted at least one finished input.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            if let log = try? String(contentsOfFile: resumed + ".resume", encoding: .utf8), log.contains("\n") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let second = try CommandRunner.blotter(["run", input.path, "--out", resumed, "--no-progress", "--resume"])
        #expect(second.status == 0, "\(second.stderr)")
        func ids(_ path: String) throws -> [String] { try CommandRunner.jsonLines(String(contentsOfFile: path, encoding: .utf8)).map { $0["id"] as? String ?? "" } }
        let expected = try ids(full)
        #expect(expected.count == 600)
        #expect(try ids(resumed) == expected)
    }

    /// A first load into an empty store is a bulk load (the store's counts and full-text index built at the end):
    /// killed half way, the store says so to readers, and `--resume` builds them before going on, so every question
    /// answers as on a store written in one go.
    @Test func aKilledBulkLoadIsFinishedByResume() throws {
        let input = try archive()
        let out = input.deletingLastPathComponent()
        let fullDB = out.appendingPathComponent("full.sqlite").path
        #expect(try CommandRunner.blotter(["run", input.path, "--out", "/dev/null", "--db", fullDB, "--no-progress"]).status == 0)

        let resumed = out.appendingPathComponent("resumed.jsonl").path
        let db = out.appendingPathComponent("resumed.sqlite").path
        let process = Process()
        process.executableURL = TestPaths.blotterBinary
        process.arguments = ["run", input.path, "--out", resumed, "--db", db, "--no-progress", "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once an input is noted as finished (the sink commits its batch before the note).
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            if let log = try? String(contentsOfFile: resumed + ".resume", encoding: .utf8), log.contains("\n") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let midway = try CommandRunner.blotter(["query", "top", "--db", db, "--type", "force"])
        #expect(midway.status != 0 && midway.stderr.contains("bulk"), "\(midway.stderr)")

        let second = try CommandRunner.blotter(["run", input.path, "--out", resumed, "--db", db, "--no-progress", "--resume"])
        #expect(second.status == 0, "\(second.stderr)")
        for question in [["top", "--type", "force"], ["top", "--type", "person"], ["figures", "--kind", "mass"],
                         ["cooccur", "--type", "person", "--with", "force"], ["documents", "--text", "cannabis", "--limit", "1000"]] {
            let expected = try CommandRunner.blotter(["query"] + question + ["--db", fullDB, "--format", "json"])
            let answer = try CommandRunner.blotter(["query"] + question + ["--db", db, "--format", "json"])
            #expect(expected.status == 0 && answer.status == 0 && answer.stdout == expected.stdout, "\(question)")
        }
    }

    @Test func resumeNeedsAFile() throws {
        let result = try CommandRunner.blotter(["run", "corpus", "--out", "-", "--resume"])
        #expect(result.status == 2 && result.stderr.contains("--resume needs --out"))
    }

    @Test func summaryIsWrittenAsJSON() throws {
        let directory = try TestPaths.temporaryDirectory()
        let summary = directory.appendingPathComponent("s.json").path
        #expect(try CommandRunner.blotter(["run", "corpus", "--out", directory.appendingPathComponent("r.jsonl").path, "--summary", summary, "--no-progress"]).status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(object["documents"] as? Int == 6 && object["records"] as? Int == 6 && object["exit_status"] as? Int == 0)
    }
}
