import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// The aggregate tables the sink keeps: exact after inserts, re-runs that change documents, and migration.
@Suite struct StoreAggregatesTests {
    /// A record whose text names each entity once, in order.
    func record(_ id: String, published: String?, _ mentions: [(EntityType, String, String?)], figures: [(FigureKind, Double, String?)] = []) -> Record {
        var text = ""
        var entities: [Entity] = []
        for (type, written, role) in mentions {
            let start = text.utf8.count
            text += written + " said. "
            entities.append(Entity(type: type, text: written, start: start, end: start + written.utf8.count, sentence: 0,
                                   canonical: type == .force ? written.lowercased() : written, role: role,
                                   name: type == .force ? written : nil))
        }
        for (kind, value, unit) in figures {
            let written = "\(Int(value))"
            let start = text.utf8.count
            text += written + " seized. "
            entities.append(Entity(type: .figure, text: written, start: start, end: start + written.utf8.count, sentence: 0,
                                   figure: FigureFacts(kind: kind, value: .number(value), unit: unit)))
        }
        return Record(sequence: 0, id: id, source: SourceLocation(path: "\(id).html"),
                      article: Article(title: id, published: published, text: text), entities: entities)
    }

    var first: [Record] {
        [
            record("a", published: "2024-01-02", [(.force, "Kent", nil), (.person, "Ann Lee", "Inspector"), (.force, "Kent", nil)],
                   figures: [(.money, 5000, "GBP"), (.mass, 2, "kg")]),
            record("b", published: "2024-01-20", [(.force, "Kent", nil), (.force, "Essex", nil), (.operation, "Operation Tide", nil)],
                   figures: [(.money, 100, "GBP")]),
            record("c", published: nil, [(.person, "Ann Lee", nil), (.operation, "Operation Tide", nil)]),
        ]
    }

    func write(_ records: [Record], to path: String) throws {
        let sink = try SQLiteSink(path: path)
        for record in records { try sink.write(record) }
        try sink.finish()
    }

    func newStore() throws -> String {
        try TestPaths.temporaryDirectory().appendingPathComponent("aggregates.sqlite").path
    }

    @Test func aggregatesEqualARecountAfterWrites() throws {
        let path = try newStore()
        try write(first, to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let database = try SQLiteDatabase(path: path, readOnly: true)
        let kent = try database.prepare("SELECT mentions, documents FROM agg_totals WHERE type = 'force' AND canonical = 'kent'").rows().first
        #expect(kent?["mentions"] == .integer(3) && kent?["documents"] == .integer(2))
        let money = try database.prepare("SELECT total, documents FROM agg_figures WHERE kind = 'money' AND force = '*' AND month = '2024-01'").rows().first
        #expect(money?["total"] == .real(5100) && money?["documents"] == .integer(2))
        let pair = try database.prepare("SELECT documents FROM agg_pairs WHERE type_a = 'force' AND canonical_a = 'essex' AND type_b = 'force' AND canonical_b = 'kent'").rows().first
        #expect(pair?["documents"] == .integer(1))
    }

    @Test func rerunsThatChangeDocumentsKeepAggregatesExact() throws {
        let path = try newStore()
        try write(first, to: path)
        // The same inputs again, then changed versions: fewer mentions, another month, a dropped force.
        try write(first, to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let changed = [
            record("a", published: "2023-12-31", [(.person, "Ann Lee", "Chief Inspector")], figures: [(.money, 7000, "GBP")]),
            record("b", published: "2024-01-20", [(.force, "Essex", nil)]),
        ]
        try write(changed, to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let database = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM agg_totals WHERE canonical = 'kent'").rows().first?["n"] == .integer(0))
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM agg_roles WHERE role = 'Inspector'").rows().first?["n"] == .integer(0))
    }

    @Test func aStoreOfSchemaTwoGainsCountedAggregates() throws {
        let path = try newStore()
        try write(first, to: path)
        let database = try SQLiteDatabase(path: path)
        try database.execute("""
            DROP TABLE agg_totals; DROP TABLE agg_mentions; DROP TABLE agg_figures; DROP VIEW agg_pairs; DROP TABLE agg_pair_counts;
            DROP TABLE entity_keys; DROP TABLE agg_documents; DROP TABLE agg_roles; UPDATE blotter_meta SET value = '2' WHERE key = 'schema_version'
            """)
        try write([], to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let version = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT value FROM blotter_meta WHERE key = 'schema_version'").rows().first
        #expect(version?["value"] == .text(String(StoreSchema.version)))
        #expect(try StoreQuery(path: path).top(type: "force", filters: StoreQuery.Filters()).rows.first?.first == .text("kent"))
    }

    @Test func aStoreOfSchemaThreeGainsPairMentions() throws {
        let path = try newStore()
        try write(first, to: path)
        let database = try SQLiteDatabase(path: path)
        // Schema 3's pair table: no mentions, one secondary index.
        try database.execute("""
            DROP VIEW agg_pairs; DROP TABLE agg_pair_counts; DROP TABLE entity_keys;
            CREATE TABLE agg_pairs (type_a TEXT NOT NULL, canonical_a TEXT NOT NULL, type_b TEXT NOT NULL, canonical_b TEXT NOT NULL,
                documents INTEGER NOT NULL, PRIMARY KEY (type_a, type_b, canonical_a, canonical_b)) WITHOUT ROWID;
            CREATE INDEX agg_pairs_b ON agg_pairs(type_b, canonical_b, type_a);
            UPDATE blotter_meta SET value = '3' WHERE key = 'schema_version'
            """)
        var filters = StoreQuery.Filters()
        filters.force = "Kent"
        // Read-only, a schema 3 store is counted from the entities.
        #expect(try StoreQuery(path: path).partners(type: "person", filters: filters) == nil)
        try write([], to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let version = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT value FROM blotter_meta WHERE key = 'schema_version'").rows().first
        #expect(version?["value"] == .text(String(StoreSchema.version)))
        let kentAnn = try SQLiteDatabase(path: path, readOnly: true).prepare("""
            SELECT documents, mentions_a, mentions_b FROM agg_pairs WHERE canonical_a = 'kent' AND canonical_b = 'Ann Lee'
            """).rows().first
        #expect(kentAnn == ["documents": .integer(1), "mentions_a": .integer(2), "mentions_b": .integer(1)])
    }

    /// Schema 4 kept the pairs by name and the full-text index with positions: a writer rebuilds both (schema 5:
    /// pairs by entity id behind the `agg_pairs` view, `detail=column`), and searches and partners still answer.
    @Test func aStoreOfSchemaFourIsRebuilt() throws {
        let path = try newStore()
        try write(first, to: path)
        let database = try SQLiteDatabase(path: path)
        try database.execute("""
            DROP VIEW agg_pairs; DROP TABLE agg_pair_counts; DROP TABLE entity_keys;
            CREATE TABLE agg_pairs (type_a TEXT NOT NULL, canonical_a TEXT NOT NULL, type_b TEXT NOT NULL, canonical_b TEXT NOT NULL,
                documents INTEGER NOT NULL, mentions_a INTEGER NOT NULL, mentions_b INTEGER NOT NULL,
                PRIMARY KEY (type_a, type_b, canonical_a, canonical_b)) WITHOUT ROWID;
            DROP TABLE documents_fts;
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content="documents", content_rowid="doc");
            INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
            UPDATE blotter_meta SET value = '4' WHERE key = 'schema_version'
            """)
        var filters = StoreQuery.Filters()
        filters.force = "Kent"
        // Read-only, a schema 4 store has its partners counted from the entities, and its text searched.
        #expect(try StoreQuery(path: path).partners(type: "person", filters: filters) == nil)
        filters.text = "Ann-Lee"
        #expect(try StoreQuery(path: path).documents(filters).rows.count == 1)
        try write([], to: path)
        let upgraded = try SQLiteDatabase(path: path, readOnly: true)
        let sql = try upgraded.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").rows().first?["sql"]?.string ?? ""
        #expect(sql.contains("detail=column"))
        #expect(try upgraded.prepare("SELECT value FROM blotter_meta WHERE key = 'schema_version'").rows().first?["value"] == .text(String(StoreSchema.version)))
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let query = try StoreQuery(path: path)
        #expect(try query.documents(filters).rows.count == 1)
        filters.text = nil
        #expect(try query.partners(type: "person", filters: filters)?.rows.first?.first == .text("Ann Lee"))
    }

    /// A search is its words anywhere, split as FTS5 splits them: punctuation joins nothing (the index keeps no
    /// positions, and FTS5 refuses a quoted string of several tokens on it).
    @Test func searchWordsAreTheTokenizersWords() throws {
        #expect(try StoreQuery.searchWords("Smith-Jones  U.S. smith").get() == ["Smith", "Jones", "U", "S"])
        #expect(StoreQuery.ftsQuery("cash, seized!") == #""cash" "seized""#)
        #expect((try? StoreQuery.searchWords("-- !!").get()) == nil)
        let path = try newStore()
        try write(first, to: path)
        var filters = StoreQuery.Filters()
        filters.text = "Operation-Tide"
        #expect(try StoreQuery(path: path).documents(filters).rows.count == 2)
    }

    /// Every named filter with every type: the partners read from `agg_pairs` equal the entities' count (asked
    /// for with `captures`, which the aggregates never answer), after writes and a re-run that changes them.
    @Test func topWithOneNamedFilterFromPairsEqualsTheEntities() throws {
        let path = try newStore()
        var records = first
        records.append(record("d", published: "2024-02-01", [(.force, "Kent", nil), (.person, "Bo Yu", nil), (.person, "Ann Lee", nil),
                                                               (.person, "Bo Yu", nil), (.operation, "Operation Tide", nil)]))
        records.append(record("e", published: "2024-03-01", [(.force, "Essex", nil), (.person, "Bo Yu", nil), (.force, "Kent", nil)]))
        try write(records, to: path)
        try write([record("b", published: "2024-01-20", [(.force, "Essex", nil), (.person, "Cy Ray", nil)])], to: path)
        let query = try StoreQuery(path: path)
        var compared = 0
        for (filterType, value) in [("force", "Kent"), ("force", "essex"), ("person", "Ann Lee"), ("person", "Bo Yu"), ("operation", "Tide")] {
            for type in ["person", "force", "operation"] {
                for limit in [1, 20] {
                    var filters = StoreQuery.Filters()
                    filters.limit = limit
                    switch filterType {
                    case "force": filters.force = value
                    case "person": filters.person = value
                    default: filters.operation = value
                    }
                    let fromPairs = try #require(try query.partners(type: type, filters: filters))
                    filters.captures = true
                    let counted = try query.top(type: type, filters: filters)
                    #expect(fromPairs.rows == counted.rows, "top --type \(type) --\(filterType) \(value) --limit \(limit)")
                    compared += fromPairs.rows.count
                }
            }
        }
        #expect(compared > 20)
    }

    /// Every plan of a documents query gives the same page: the full-text match set sorted, or candidates
    /// (an entity's documents, the published index) probed in date order until the limit.
    @Test func everyDocumentsPlanGivesTheSamePage() throws {
        let path = try newStore()
        var records: [Record] = []
        for index in 0..<60 {
            let forces: [(EntityType, String, String?)] = index % 3 == 0 ? [(.force, "Kent", nil)] : [(.force, "Essex", nil)]
            let people: [(EntityType, String, String?)] = index % 4 == 0 ? [(.person, "Ann Lee", nil)] : []
            let day = String(format: "2024-%02d-%02d", 1 + index % 12, 1 + index % 28)
            records.append(record("doc\(index)", published: index % 10 == 9 ? nil : day, forces + people,
                                  figures: index % 5 == 0 ? [] : [(.money, Double(100 * index), "GBP")]))
        }
        try write(records, to: path)
        let query = try StoreQuery(path: path)
        var cases: [StoreQuery.Filters] = []
        for (text, force, person, since, limit) in [("seized", "Kent", nil, nil, 5), ("seized", nil, "Ann Lee", "2024-03-01", 3),
                                                    ("seized said", nil, nil, nil, 7), ("seized", "Essex", "Ann Lee", nil, 50)] as [(String, String?, String?, String?, Int)] {
            var filters = StoreQuery.Filters()
            filters.text = text
            filters.force = force
            filters.person = person
            filters.since = since
            filters.limit = limit
            cases.append(filters)
        }
        for filters in cases {
            let bySet = try query.documents(filters, drive: .text)
            #expect(!bySet.rows.isEmpty)
            #expect(try query.documents(filters, drive: .published).rows == bySet.rows)
            if let force = filters.force {
                #expect(try query.documents(filters, drive: .entity(type: "force", keys: [force])).rows == bySet.rows)
            }
            if let person = filters.person {
                #expect(try query.documents(filters, drive: .entity(type: "person", keys: [person])).rows == bySet.rows)
            }
            #expect(try query.documents(filters).rows == bySet.rows)
        }
    }

    @Test func queriesAnsweredFromAggregatesMatchTheEntities() throws {
        let path = try newStore()
        try write(first, to: path)
        let query = try StoreQuery(path: path)
        var filters = StoreQuery.Filters()
        let top = try query.top(type: "force", filters: filters)
        #expect(top.rows == [[.text("kent"), .text("Kent"), .integer(3), .integer(2)], [.text("essex"), .text("Essex"), .integer(1), .integer(1)]])
        filters.since = "2024-01"
        #expect(try query.top(type: "operation", filters: filters).rows == [[.text("Operation Tide"), .text("Operation Tide"), .integer(1), .integer(1)]])
        filters = StoreQuery.Filters()
        filters.kind = "money"
        filters.force = "Essex"
        let totals = try query.figures(filters).totals
        #expect(totals.rows == [[.text("money"), .text("GBP"), .integer(1), .real(100), .integer(1)]])
        let pairs = try query.cooccurrence(type: "operation", with: "force", filters: StoreQuery.Filters())
        #expect(pairs.columns == ["operation", "force", "documents"])
        #expect(pairs.rows == [[.text("Operation Tide"), .text("essex"), .integer(1)], [.text("Operation Tide"), .text("kent"), .integer(1)]])
        let timeline = try query.timeline(type: "force", canonical: "Kent", by: .month)
        #expect(timeline.rows == [[.text("2024-01"), .text("kent"), .integer(3), .integer(2)]])
    }

    @Test func monthBoundsOnlyForWholeMonths() {
        var filters = StoreQuery.Filters()
        filters.since = "2020-01-01"
        filters.until = "2020-02-29"
        #expect(StoreQuery.monthBounds(filters)! == ("2020-01", "2020-02"))
        filters.until = "2020-02-28"
        #expect(StoreQuery.monthBounds(filters) == nil)
        filters.since = "2020-01-15"
        filters.until = nil
        #expect(StoreQuery.monthBounds(filters) == nil)
    }
}
