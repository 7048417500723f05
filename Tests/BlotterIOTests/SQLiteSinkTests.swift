import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

@Suite struct SQLiteSinkTests {
    func record(id: String, text: String, title: String, published: String?, entities: [Entity]) -> Record {
        Record(sequence: 0, id: id, source: SourceLocation(path: "\(id).html", url: "https://example.org/\(id)"),
               article: Article(title: title, published: published, text: text), entities: entities)
    }

    func force(_ text: String, canonical: String, in body: String) -> Entity {
        let start = body.utf8.count - (body.components(separatedBy: text).last?.utf8.count ?? 0) - text.utf8.count
        return Entity(type: .force, text: text, start: start, end: start + text.utf8.count, sentence: 0, canonical: canonical,
                      name: text)
    }

    func store(_ records: [Record]) throws -> String { try StoreFixture.store(records) }

    var sample: [Record] {
        let a = "Kent Police seized cash at Dover."
        let b = "Essex Police seized cannabis in Harlow."
        return [
            record(id: "a", text: a, title: "Cash seized", published: "2024-01-02", entities: [force("Kent Police", canonical: "kent", in: a)]),
            record(id: "b", text: b, title: "Cannabis seized", published: "2024-03-04", entities: [force("Essex Police", canonical: "essex", in: b)]),
        ]
    }

    @Test func rerunningReplacesInsteadOfDuplicating() throws {
        let path = try store(sample)
        let sink = try SQLiteSink(path: path)
        for record in sample { try sink.write(record) }
        try sink.finish()
        let database = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM documents").rows().first?["n"] == .integer(2))
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM entities").rows().first?["n"] == .integer(2))
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH 'seized'").rows().first?["n"] == .integer(2))
    }

    /// The full-text index is filled once per batch; a document written twice in one batch (the second time
    /// through the update trigger) must still leave one consistent index entry.
    @Test func aDocumentRewrittenInTheSameBatchKeepsTheFullTextIndexConsistent() throws {
        var changed = sample[0]
        changed.article.title = "Tractor found"
        changed.article.text = "Kent Police recovered a stolen tractor."
        changed.entities = [force("Kent Police", canonical: "kent", in: changed.article.text)]
        let path = try store(sample + [changed])
        let database = try SQLiteDatabase(path: path)
        try database.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        func count(_ match: String) throws -> SQLiteValue? {
            try database.prepare("SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH ?1").rows([.text(match)]).first?["n"]
        }
        #expect(try count("tractor") == .integer(1))
        #expect(try count("dover") == .integer(0))
        #expect(try count("seized") == .integer(1))
        // Deleting a document (as an analyst might in Datasette) removes its entities and its index entry.
        try database.execute("PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = 'b'")
        try database.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        #expect(try count("seized") == .integer(0))
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM entities").rows().first?["n"] == .integer(1))
    }

    @Test func aStoreOfAnotherSchemaVersionIsRefusedByName() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("old.sqlite").path
        let old = try SQLiteDatabase(path: path)
        try old.execute("CREATE TABLE blotter_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO blotter_meta VALUES ('schema_version', '1')")
        #expect { try SQLiteSink(path: path) } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("schema version 1")
        }
    }

    @Test func fullTextSearchWithAnEntityFilterNewestFirst() throws {
        let query = try StoreQuery(path: try store(sample))
        var filters = StoreQuery.Filters()
        filters.text = "seized"
        let all = try query.documents(filters)
        #expect(all.rows.map { $0[all.columns.firstIndex(of: "id") ?? 0] } == [.text("b"), .text("a")])
        filters.force = "kent"
        let kent = try query.documents(filters)
        #expect(kent.rows.count == 1)
        let snippet = kent.rows.first?[kent.columns.firstIndex(of: "snippet") ?? 0].string ?? ""
        #expect(snippet.contains("[seized]"))
        filters.force = "Essex Police"
        filters.text = "\"unbalanced (quote"
        #expect(try query.documents(filters).rows.isEmpty)
    }

    @Test func entityOffsetsAreStoredAsScalars() throws {
        let text = "Café: Kent Police said so."
        let path = try store([record(id: "c", text: text, title: "t", published: nil, entities: [force("Kent Police", canonical: "kent", in: text)])])
        let row = try SQLiteDatabase(path: path, readOnly: true).prepare(#"SELECT start, "end" FROM entities"#).rows().first
        #expect(row?["start"] == .integer(6) && row?["end"] == .integer(17))
    }

    @Test func ftsTableIsDeclaredTheWayDatasetteRecognises() throws {
        let database = try SQLiteDatabase(path: try store(sample), readOnly: true)
        let sql = try database.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").rows().first?["sql"]?.string ?? ""
        #expect(sql.contains(#"content="documents""#))
        let views = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").rows().compactMap { $0["name"]?.string }
        #expect(views == ["agg_pairs", "figures", "forces", "locations", "operations", "people"])
    }

    @Test func aggregatesCountPerEntity() throws {
        let query = try StoreQuery(path: try store(sample))
        let top = try query.top(type: "force", filters: StoreQuery.Filters())
        #expect(top.rows.count == 2)
        #expect(throws: SQLiteError.self) { try query.cooccurrence(type: "force; DROP TABLE documents", with: "operation", filters: StoreQuery.Filters()) }
    }

    @Test func forcesKeepKindCountryAndParentInTheStoreAndTheForcesView() throws {
        let text = "Toronto Police Traffic Services said so."
        var unit = force("Toronto Police Traffic Services", canonical: "toronto-police-traffic-services", in: text)
        unit.forceKind = .police
        unit.country = "CA"
        unit.parent = "toronto-police"
        let path = try store([record(id: "u", text: text, title: "t", published: nil, entities: [unit])])
        let row = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT force, kind, country, parent FROM forces").rows().first
        #expect(row?["kind"] == .text("police") && row?["country"] == .text("CA") && row?["parent"] == .text("toronto-police"))
        var back: [Entity] = []
        try StoreReader(path: path).forEach { back += $0.entities }
        #expect(back.first?.forceKind == .police && back.first?.country == "CA" && back.first?.parent == "toronto-police")
    }

    @Test func aStoreWrittenBeforeTheForceColumnsGainsThem() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("old.sqlite").path
        do {
            // The entities table as schema 2 first wrote it, without country and parent.
            let old = try SQLiteDatabase(path: path)
            let original = StoreSchema.statements
                .replacingOccurrences(of: "country TEXT, parent TEXT,", with: "")
                .replacingOccurrences(of: "e.kind, e.country, e.parent, d.id", with: "d.id")
            try old.execute(original)
            try old.execute("INSERT INTO blotter_meta(key, value) VALUES ('schema_version', '2')")
            let columns = try old.prepare("PRAGMA table_info(entities)").rows().compactMap { $0["name"]?.string }
            #expect(!columns.contains("country"))
        }
        let sink = try SQLiteSink(path: path)
        try sink.write(sample[0])
        try sink.finish()
        let database = try SQLiteDatabase(path: path, readOnly: true)
        let columns = try database.prepare("PRAGMA table_info(entities)").rows().compactMap { $0["name"]?.string }
        #expect(columns.contains("country") && columns.contains("parent"))
        #expect(try database.prepare("SELECT country, parent FROM forces").rows().count == 1)
    }

    @Test func titleEntitiesAreStoredMarkedAndReadBack() throws {
        let text = "Kent Police seized cash at Dover."
        let title = "Kent Police seize cash"
        var record = record(id: "t", text: text, title: title, published: "2024-01-02", entities: [force("Kent Police", canonical: "kent", in: text)])
        record.titleEntities = [force("Kent Police", canonical: "kent", in: title)]
        let path = try store([record])
        let rows = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT ordinal, in_title FROM entities ORDER BY ordinal").rows()
        #expect(rows.map { $0["in_title"] } == [.null, .integer(1)])
        var back: [Record] = []
        try StoreReader(path: path).forEach { back.append($0) }
        #expect(back.first?.entities.count == 1 && back.first?.titleEntities.count == 1)
        #expect(back.first?.titleEntities.first?.start == 0 && back.first?.titleEntities.first?.end == "Kent Police".utf8.count)
    }

    @Test func locationsKeepTheirCountryAndAreCounted() throws {
        let text = "Kent Police seized cash in Dover."
        let start = text.utf8.count - " Dover.".utf8.count + 1
        let dover = Entity.location(text: "Dover", start: start, end: start + 5, sentence: 0, canonical: "Dover", country: "GB")
        let path = try store([record(id: "d", text: text, title: "t", published: nil, entities: [force("Kent Police", canonical: "kent", in: text), dover])])
        let row = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT location, country, text FROM locations").rows().first
        #expect(row?["location"] == .text("Dover") && row?["country"] == .text("GB") && row?["text"] == .text("Dover"))
        let top = try StoreQuery(path: path).top(type: "location", filters: StoreQuery.Filters())
        #expect(top.rows.count == 1)
        var exported: [Record] = []
        try StoreReader(path: path).forEach { exported.append($0) }
        #expect(exported.first?.entities.last?.country == "GB")
    }

    @Test func missingDatabaseIsAClearError() {
        #expect(throws: SQLiteError.self) { try StoreQuery(path: "/no/such/store.sqlite") }
    }
}
