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
                                   name: type == .force ? written : nil, recognizer: "test"))
        }
        for (kind, value, unit) in figures {
            let written = "\(Int(value))"
            let start = text.utf8.count
            text += written + " seized. "
            entities.append(Entity(type: .figure, text: written, start: start, end: start + written.utf8.count, sentence: 0,
                                   figure: FigureFacts(kind: kind, value: .number(value), unit: unit), recognizer: "test"))
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
            DROP TABLE agg_totals; DROP TABLE agg_mentions; DROP TABLE agg_figures; DROP TABLE agg_pairs;
            DROP TABLE agg_documents; DROP TABLE agg_roles; UPDATE blotter_meta SET value = '2' WHERE key = 'schema_version'
            """)
        try write([], to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let version = try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT value FROM blotter_meta WHERE key = 'schema_version'").rows().first
        #expect(version?["value"] == .text(String(StoreSchema.version)))
        #expect(try StoreQuery(path: path).top(type: "force", filters: StoreQuery.Filters()).rows.first?.first == .text("kent"))
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
