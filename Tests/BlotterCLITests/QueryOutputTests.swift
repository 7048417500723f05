import Foundation
import Testing
import BlotterTestSupport

/// `blotter query` and `blotter show`: one document per invocation, values checked, names beside ids.
@Suite(.serialized) struct QueryOutputTests {
    static let store: String? = {
        guard let directory = try? TestPaths.temporaryDirectory() else { return nil }
        let db = directory.appendingPathComponent("q.sqlite").path
        let result = try? CommandRunner.blotter(["run", "corpus", "--db", db, "--out", "/dev/null", "--no-progress"])
        return result?.status == 0 ? db : nil
    }()

    func query(_ arguments: [String]) throws -> CommandRunner.Result {
        let db = try #require(Self.store)
        return try CommandRunner.blotter(["query", "--db", db] + arguments)
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func figuresAreOneJSONDocumentWithTheirTotals() throws {
        let result = try query(["figures", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        let totals = try #require(object["totals"] as? [[String: Any]])
        #expect(!figures.isEmpty && !totals.isEmpty)
        #expect(totals.contains { $0["kind"] as? String == "mass" && $0["unit"] as? String == "kg" })
    }

    @Test func figuresAreOneCSVTableAndTotalsAnother() throws {
        let rows = try query(["figures", "--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(rows.first == "kind,value,unit,qualifier,of,text,published,title,id")
        #expect(rows.dropFirst().allSatisfy { !$0.hasPrefix("kind,") })
        let totals = try query(["figures", "--format", "csv", "--totals"]).stdout.split(separator: "\r\n")
        #expect(totals.first == "kind,unit,figures,total,documents")
    }

    @Test func valuesThatDoNotExistExitTwoWithTheAllowedOnes() throws {
        let kind = try query(["figures", "--kind", "weight"])
        #expect(kind.status == 2 && kind.stderr.contains("money") && kind.stderr.contains("mass"), "\(kind.stderr)")
        let documentsKind = try query(["--kind", "weight"])
        #expect(documentsKind.status == 2)
        let top = try query(["top", "--type", "figure"])
        #expect(top.status == 2 && top.stderr.contains("'person', 'force', 'operation' or 'location'"), "\(top.stderr)")
    }

    @Test func topGivesNamesBesideIds() throws {
        let result = try query(["top", "--type", "force", "--format", "json"])
        let rows = try #require(try json(result.stdout) as? [[String: Any]])
        let nca = try #require(rows.first { $0["canonical"] as? String == "nca" })
        #expect(nca["name"] as? String == "National Crime Agency")
    }

    @Test func cooccurrenceOfOneTypeHasNoSelfPairs() throws {
        let result = try query(["cooccur", "--type", "force", "--with", "force", "--format", "json", "--limit", "100"])
        let rows = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(!rows.isEmpty)
        let pairs = rows.map { ($0["force_1"] as? String ?? "", $0["force_2"] as? String ?? "") }
        #expect(pairs.allSatisfy { $0.0 < $0.1 })
    }

    @Test func optionsMayComeBeforeTheSubcommand() throws {
        let db = try #require(Self.store)
        let before = try CommandRunner.blotter(["query", "--db", db, "--format", "json", "top", "--type", "operation"])
        let after = try CommandRunner.blotter(["query", "top", "--db", db, "--format", "json", "--type", "operation"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == after.stdout && before.stdout.contains("Operation Venetic"))
        // A value that happens to be a subcommand's name stays a value.
        let text = try CommandRunner.blotter(["query", "--db", db, "--text", "top", "--format", "json"])
        #expect(text.status == 0, "\(text.stderr)")
    }

    @Test func tablesShowWholeIdsAndShowPrintsOneDocument() throws {
        let db = try #require(Self.store)
        let table = try query(["--text", "Malthouse", "--format", "table"])
        let id = try #require(table.stdout.split(whereSeparator: \.isWhitespace).first { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        let shown = try CommandRunner.blotter(["show", String(id), "--db", db, "--format", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let object = try #require(try json(shown.stdout) as? [String: Any])
        #expect(object["title"] as? String == "Malthouse sees impact of new tech on crime first-hand")
        #expect((object["entities"] as? [[String: Any]])?.contains { $0["canonical"] as? String == "Operation Venetic" } == true)
        let prefix = try CommandRunner.blotter(["show", String(id.prefix(10)), "--db", db, "--format", "table"])
        #expect(prefix.status == 0 && prefix.stdout.contains("Kit Malthouse"))
        let missing = try CommandRunner.blotter(["show", "no-such-document", "--db", db])
        #expect(missing.status == 2 && missing.stderr.contains("no-such-document"))
    }

    @Test func textSearchesAreWordsAndBounded() throws {
        let empty = try query(["--text", "  "])
        #expect(empty.status == 2 && empty.stderr.contains("--text needs at least one word"), "\(empty.stderr)")
        let started = Date()
        let repeated = try query(["--text", Array(repeating: "police", count: 3000).joined(separator: " "), "--format", "json"])
        #expect(repeated.status == 0, "\(repeated.stderr)")
        #expect(Date().timeIntervalSince(started) < 5)
        let many = try query(["--text", (0..<2000).map { "word\($0)" }.joined(separator: " ")])
        #expect(many.status == 2 && many.stderr.contains("2000 distinct words"), "\(many.stderr)")
    }
}

/// Inputs and options the run checks before it starts, and eval's unreadable inputs.
@Suite(.serialized) struct RunInputTests {
    @Test func jobsZeroIsOnePerProcessorAndMinusOneIsAClearError() throws {
        #expect(try CommandRunner.blotter(["run", "corpus", "--jobs", "0", "--out", "/dev/null", "--no-progress"]).status == 0)
        let negative = try CommandRunner.blotter(["run", "corpus", "--jobs", "-1", "--out", "/dev/null"])
        #expect(negative.status == 2 && negative.stderr.contains("--jobs must be 0 (one worker per processor) or more, got -1"), "\(negative.stderr)")
    }

    @Test func aTextOrJSONFileNamedDirectlyIsSkippedAndCounted() throws {
        let directory = try TestPaths.temporaryDirectory()
        let notes = directory.appendingPathComponent("notes.txt").path
        let data = directory.appendingPathComponent("data.json").path
        try "Kent Police seized 20 kilos.".write(toFile: notes, atomically: false, encoding: .utf8)
        try "{\"id\": \"x\"}".write(toFile: data, atomically: false, encoding: .utf8)
        let summary = directory.appendingPathComponent("s.json").path
        let result = try CommandRunner.blotter(["run", notes, data, "corpus/police-oracle-malthouse.html", "--out", "-", "--summary", summary, "--no-progress"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("notes.txt: skipped: a .txt file is not a page"))
        #expect(result.stderr.contains("data.json: skipped") && result.stderr.contains(".jsonl"))
        #expect(try CommandRunner.jsonLines(result.stdout).count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(object["skipped"] as? Int == 2)
    }

    @Test func anEmptyInputDirectoryWarns() throws {
        let empty = try TestPaths.temporaryDirectory()
        try "not a page".write(to: empty.appendingPathComponent("readme.txt"), atomically: false, encoding: .utf8)
        let result = try CommandRunner.blotter(["run", empty.path, "--out", "-", "--no-progress"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: \(empty.path) holds no pages"), "\(result.stderr)")
    }

    @Test func anUnknownRecogniserNamesTheConfigurationFile() throws {
        let config = try TestPaths.temporaryDirectory().appendingPathComponent("recognisers.yaml")
        try "tag:\n  models: \(TestPaths.models.path)\n  recognizers: [force, nosuch]\n".write(to: config, atomically: false, encoding: .utf8)
        let result = try CommandRunner.blotter(["run", "corpus", "--config", config.path, "--out", "/dev/null"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config.path): tag.recognizers:") && result.stderr.contains("nosuch"), "\(result.stderr)")
    }

    @Test func evalExitsTwoNamingPagesItCannotRead() throws {
        let directory = try TestPaths.temporaryDirectory()
        let gold = directory.appendingPathComponent("gold.jsonl")
        try "{\"page\": \"/no/such/page.html\", \"people\": [], \"forces\": [], \"operations\": [], \"figures\": []}\n"
            .write(to: gold, atomically: false, encoding: .utf8)
        let result = try CommandRunner.blotter(["eval", "entities", gold.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/no/such/page.html"), "\(result.stderr)")
    }
}
