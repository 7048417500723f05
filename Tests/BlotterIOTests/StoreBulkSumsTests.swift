import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// A bulk load's aggregate tables written from sums kept in memory (`StoreBulkSums`): equal to a recount and to the
/// SQL build after upserts inside the run, and replaced by the SQL build when the sums cannot be trusted (over
/// their bound, or another writer opened the store mid-run).
@Suite struct StoreBulkSumsTests {
    let fixtures = StoreAggregatesTests()

    func newStore(_ name: String = "sums.sqlite") throws -> String {
        try TestPaths.temporaryDirectory().appendingPathComponent(name).path
    }

    /// Every row of the aggregate tables and of `entity_keys`, in key order, as text.
    func tables(_ path: String) throws -> [String] {
        let database = try SQLiteDatabase(path: path, readOnly: true)
        var rows: [String] = []
        for table in StoreAggregates.tables {
            for row in try database.prepare("SELECT \(table.keys), \(table.counts) FROM \(table.name) ORDER BY \(table.keys)").table(named: [:]) {
                rows.append(table.name + ": " + row.map { $0.string ?? "NULL" }.joined(separator: "|"))
            }
        }
        for row in try database.prepare("SELECT id, type, canonical FROM entity_keys ORDER BY id").table(named: [:]) {
            rows.append("entity_keys: " + row.map { $0.string ?? "NULL" }.joined(separator: "|"))
        }
        return rows
    }

    /// A run with upserts inside it: documents changed (another month, a force and a role dropped, figures
    /// changed), a document made a repeated capture and one a repeated capture no longer, one written three times.
    var upserts: [Record] {
        var repeated = fixtures.record("c", published: nil, [(.person, "Ann Lee", nil), (.operation, "Operation Tide", nil)])
        repeated.duplicateOf = "a"
        var restored = fixtures.record("d", published: "2024-02-01", [(.force, "Essex", nil), (.person, "Bo Ray", "Sergeant")])
        restored.duplicateOf = "b"
        return fixtures.first + [
            fixtures.record("a", published: "2023-12-31", [(.person, "Ann Lee", "Chief Inspector")], figures: [(.money, 7000, "GBP")]),
            fixtures.record("b", published: "2024-01-20", [(.force, "Essex", nil), (.force, "Surrey", nil)], figures: [(.mass, 3, "kg")]),
            repeated, restored,
            fixtures.record("d", published: "2024-02-01", [(.force, "Essex", nil), (.person, "Bo Ray", "Sergeant"), (.force, "Kent", nil)],
                            figures: [(.money, 10, nil)]),
            fixtures.record("e", published: "2025-03-04", [(.operation, "Operation Tide", nil), (.force, "Essex", nil)]),
            fixtures.record("a", published: "2023-12-31", [(.person, "Ann Lee", "Chief Inspector"), (.force, "Kent", nil)],
                            figures: [(.money, 7000, "GBP"), (.money, 0.25, "GBP")]),
        ]
    }

    @Test func sumsWithUpsertsInsideTheRunEqualARecountAndTheSQLBuild() throws {
        let path = try newStore()
        let sink = try SQLiteSink(path: path)
        #expect(sink.bulkLoading)
        for (index, record) in upserts.enumerated() {
            try sink.write(record)
            // Some upserts replace documents of a committed batch, some of the open one.
            if index == 2 || index == 5 { try sink.checkpoint() }
        }
        try sink.finish()
        #expect(sink.builtFromSums)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        // The same records through the SQL build give the same rows and the same entity ids (in name order).
        let sqlPath = try newStore("sql.sqlite")
        let sqlSink = try SQLiteSink(path: sqlPath, bulkSums: false)
        for record in upserts { try sqlSink.write(record) }
        try sqlSink.finish()
        #expect(!sqlSink.builtFromSums)
        #expect(try tables(path) == tables(sqlPath))
        #expect(try tables(path).contains("agg_totals: force|surrey|1|1"))
        #expect(try !tables(path).contains { $0.hasPrefix("agg_roles: Inspector|") })
        // The aggregate tables' indexes are made again after their rows.
        let database = try SQLiteDatabase(path: path, readOnly: true)
        for name in StoreBulkLoad.aggregateIndexes + StoreBulkLoad.deferredIndexes {
            #expect(try database.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = '\(name)'").integer() == 1, "\(name)")
        }
        try SQLiteDatabase(path: path).execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    }

    @Test func sumsPastTheirBoundGiveWayToTheSQLBuild() throws {
        let path = try newStore()
        // Record "b" alone names three entities (three pairs); the first batch holds more than two pairs.
        let sink = try SQLiteSink(path: path, pairLimit: 2)
        for record in upserts { try sink.write(record) }
        try sink.finish()
        #expect(!sink.builtFromSums)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        let within = try newStore("within.sqlite")
        let bounded = try SQLiteSink(path: within, pairLimit: 100)
        for record in upserts { try bounded.write(record) }
        try bounded.finish()
        #expect(bounded.builtFromSums)
        #expect(try tables(path) == tables(within))
    }

    @Test func sumsAreNotWrittenOverAnotherWritersDocuments() throws {
        let path = try newStore()
        let records = fixtures.first
        let bulk = try SQLiteSink(path: path)
        #expect(bulk.bulkLoading)
        try bulk.write(records[0])
        try bulk.checkpoint()
        // Another writer opens the store mid-bulk: it builds the derived tables and writes its record row by row.
        let other = try SQLiteSink(path: path)
        #expect(!other.bulkLoading)
        try other.write(records[2])
        try other.finish()
        try bulk.write(records[1])
        try bulk.finish()
        #expect(!bulk.builtFromSums)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        #expect(try tables(path).contains("agg_totals: operation|Operation Tide|2|2"))
    }

    @Test func aFailedBatchDropsTheSums() throws {
        let path = try newStore()
        let sink = try SQLiteSink(path: path)
        try sink.write(fixtures.first[0])
        try sink.checkpoint()
        try SQLiteDatabase(path: path).execute("CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN new.id = 'x' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        try sink.write(fixtures.first[1])
        // A write that fails rolls its batch back (record "b" with it): the sums no longer describe the store.
        #expect(throws: (any Error).self) { try sink.write(fixtures.record("x", published: nil, [(.person, "Ann Lee", nil)])) }
        try sink.write(fixtures.first[2])
        try sink.finish()
        #expect(!sink.builtFromSums)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        #expect(try SQLiteDatabase(path: path, readOnly: true).prepare("SELECT COUNT(*) FROM documents").integer() == 2)
    }
}
