import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

/// Repeated captures in the store: views and queries count distinct articles unless asked for every capture.
@Suite struct StoreDuplicateTests {
    func record(_ id: String, duplicateOf: String?) -> Record {
        let text = "Kent Police seized cash at Dover."
        let entity = Entity(type: .force, text: "Kent Police", start: 0, end: 11, sentence: 0, canonical: "kent", name: "Kent Police")
        return Record(sequence: 0, id: id, source: SourceLocation(path: nil, url: "https://example.org/a", captured: "2024-01-0\(id.count)"),
                      article: Article(title: "Cash seized", published: "2024-01-02", text: text), entities: [entity], duplicateOf: duplicateOf)
    }

    func store(_ records: [Record]) throws -> String { try StoreFixture.store(records) }

    /// A column of the first row, by name (the query formats add columns; names stay).
    func first(_ table: StoreQuery.Table, _ column: String) -> SQLiteValue? {
        guard let index = table.columns.firstIndex(of: column) else { return nil }
        return table.rows.first?[index]
    }

    @Test func queriesAndViewsCountArticlesUnlessAskedForCaptures() throws {
        let path = try store([record("a", duplicateOf: nil), record("aa", duplicateOf: "a"), record("aaa", duplicateOf: "a")])
        let query = try StoreQuery(path: path)
        var filters = StoreQuery.Filters()
        let top = try query.top(type: "force", filters: filters)
        #expect(first(top, "mentions") == .integer(1) && first(top, "documents") == .integer(1))
        #expect(try query.documents(filters).rows.count == 1)
        filters.captures = true
        let every = try query.top(type: "force", filters: filters)
        #expect(first(every, "mentions") == .integer(3) && first(every, "documents") == .integer(3))
        #expect(try query.documents(filters).rows.count == 3)
        let database = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try database.prepare("SELECT COUNT(*) AS n FROM forces").rows().first?["n"] == .integer(1))
        // Export gives every capture back with its duplicate_of.
        var exported: [String?] = []
        try StoreReader(path: path).forEach { exported.append($0.duplicateOf) }
        #expect(exported == [nil, "a", "a"])
    }

    /// A store written before duplicate_of existed gains the column and views that leave repeats out.
    @Test func anOlderStoreIsUpgraded() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("old.sqlite").path
        let database = try SQLiteDatabase(path: path)
        let old = StoreSchema.statements.replacingOccurrences(of: ", duplicate_of TEXT", with: "")
            .replacingOccurrences(of: " AND d.duplicate_of IS NULL", with: "")
        try database.execute(old)
        try database.execute("INSERT INTO blotter_meta(key, value) VALUES ('schema_version', '\(StoreSchema.version)')")
        try database.execute("INSERT INTO documents (id, text, schema_version) VALUES ('old', 'Old text.', 1)")
        #expect(try StoreQuery(path: path).documents(StoreQuery.Filters()).rows.count == 1)  // no column yet: all count
        let sink = try SQLiteSink(path: path)
        try sink.write(record("a", duplicateOf: nil))
        try sink.write(record("aa", duplicateOf: "a"))
        try sink.finish()
        #expect(try StoreQuery(path: path).documents(StoreQuery.Filters()).rows.count == 2)
        let check = try SQLiteDatabase(path: path, readOnly: true)
        #expect(try check.prepare("SELECT COUNT(*) AS n FROM forces").rows().first?["n"] == .integer(1))
    }
}
