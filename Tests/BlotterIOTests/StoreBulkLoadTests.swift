import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// A first load into an empty store builds its derived tables at the end (`StoreBulkLoad`): exact after the run,
/// after a run killed mid-bulk and resumed, and refused by readers while they are missing.
@Suite struct StoreBulkLoadTests {
    let fixtures = StoreAggregatesTests()

    func newStore() throws -> String {
        try TestPaths.temporaryDirectory().appendingPathComponent("bulk.sqlite").path
    }

    func count(_ sql: String, in path: String) throws -> Int64? {
        try SQLiteDatabase(path: path, readOnly: true).prepare(sql).integer()
    }

    func search(_ text: String, in path: String) throws -> Int {
        var filters = StoreQuery.Filters()
        filters.text = text
        return try StoreQuery(path: path).documents(filters).rows.count
    }

    @Test func aBulkLoadEqualsARecountWithItsIndexesBuilt() throws {
        let path = try newStore()
        let sink = try SQLiteSink(path: path)
        #expect(sink.bulkLoading)
        // A record written twice in the run (an upsert inside the bulk load), the second time changed.
        var changed = fixtures.record("a", published: "2023-12-31", [(.person, "Ann Lee", "Chief Inspector")], figures: [(.money, 7000, "GBP")])
        changed.article.text += " Tractor recovered."
        for record in fixtures.first + [changed] { try sink.write(record) }
        // Mid-run (a batch committed, the derived tables not built), readers refuse the store.
        try sink.checkpoint()
        #expect(try StoreBulkLoad.isPending(SQLiteDatabase(path: path, readOnly: true)))
        #expect(throws: SQLiteError.self) { try StoreQuery(path: path) }
        try sink.finish()
        #expect(!sink.bulkLoading)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        #expect(try count("SELECT COUNT(*) FROM blotter_meta WHERE key = 'bulk_load'", in: path) == 0)
        for name in StoreBulkLoad.deferredIndexes + StoreBulkLoad.deferredTriggers {
            #expect(try count("SELECT COUNT(*) FROM sqlite_master WHERE name = '\(name)'", in: path) == 1, "\(name)")
        }
        #expect(try count("SELECT COUNT(*) FROM agg_totals WHERE canonical = 'Ann Lee'", in: path) == 1)
        #expect(try search("tractor", in: path) == 1)
        #expect(try search("said", in: path) == 3)
        // The full-text index is whole: FTS5's own check.
        try SQLiteDatabase(path: path).execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    }

    @Test func aStoreThatHoldsDocumentsIsWrittenRowByRow() throws {
        let path = try newStore()
        try fixtures.write(Array(fixtures.first.prefix(1)), to: path)
        let sink = try SQLiteSink(path: path)
        #expect(!sink.bulkLoading)
        try sink.write(fixtures.first[1])
        try sink.checkpoint()
        // Row by row, the batch is counted when it commits: no marker, readers answer.
        #expect(try count("SELECT COUNT(*) FROM blotter_meta WHERE key = 'bulk_load'", in: path) == 0)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        try sink.finish()
        let perRow = try SQLiteSink(path: try newStore(), bulkLoad: false)
        #expect(!perRow.bulkLoading)
        // An existing store with no document (another writer may hold it) is written row by row too.
        let empty = try newStore()
        try fixtures.write([], to: empty)
        #expect(try !SQLiteSink(path: empty).bulkLoading)
    }

    @Test func aBulkLoadKilledMidRunIsFinishedByTheResumingWriter() throws {
        let path = try newStore()
        let records = fixtures.first
        do {
            // Killed: one batch committed, a record written after it lost, `finish` never called.
            let sink = try SQLiteSink(path: path)
            #expect(sink.bulkLoading)
            try sink.write(records[0])
            try sink.write(records[1])
            try sink.checkpoint()
            try sink.write(records[2])
        }
        #expect(try count("SELECT COUNT(*) FROM documents", in: path) == 2)
        #expect(try count("SELECT COUNT(*) FROM agg_documents", in: path) == 0)
        #expect(throws: SQLiteError.self) { try StoreQuery(path: path) }
        // The export reads documents and entities, which are whole.
        var exported: [String] = []
        try StoreReader(path: path).forEach { exported.append($0.id) }
        #expect(exported == ["a", "b"])
        // `--resume`: the writer builds the derived tables before it writes, then goes on row by row.
        let resumed = try SQLiteSink(path: path)
        #expect(!resumed.bulkLoading)
        #expect(try count("SELECT COUNT(*) FROM blotter_meta WHERE key = 'bulk_load'", in: path) == 0)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        for record in records[1...] { try resumed.write(record) }
        try resumed.finish()
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        #expect(try search("said", in: path) == 3)
        #expect(try StoreQuery(path: path).top(type: "force", filters: StoreQuery.Filters()).rows.first?.first == .text("kent"))
        try SQLiteDatabase(path: path).execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    }

    @Test func aBulkLoadKilledWhileBuildingIsRedone() throws {
        let path = try newStore()
        do {
            let sink = try SQLiteSink(path: path)
            for record in fixtures.first { try sink.write(record) }
            try sink.checkpoint()
        }
        // Killed after the aggregate tables' transaction committed, before the indexes were made.
        try SQLiteDatabase(path: path).execute("BEGIN IMMEDIATE; \(StoreBulkLoad.buildStatements) COMMIT")
        #expect(try StoreBulkLoad.isPending(SQLiteDatabase(path: path, readOnly: true)))
        #expect(try count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'entities_type_canonical'", in: path) == 0)
        try fixtures.write([], to: path)
        #expect(try StoreAggregateCheck.differences(path: path) == 0)
        #expect(try search("said", in: path) == 3)
    }
}
