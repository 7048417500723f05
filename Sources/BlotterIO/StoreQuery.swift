import Foundation

/// Questions analysts ask of the SQLite store. Every filter value is bound as a parameter, never spliced
/// into SQL.
public struct StoreQuery {
    public struct Filters: Sendable {
        public var text: String?
        public var person: String?
        public var force: String?
        public var operation: String?
        public var type: String?
        public var kind: String?
        public var since: String?
        public var until: String?
        public var limit: Int = 20
        public init() {}
    }

    /// Rows with their column order.
    public struct Table: Sendable {
        public var columns: [String]
        public var rows: [[SQLiteValue]]
        public init(columns: [String], rows: [[SQLiteValue]]) {
            self.columns = columns
            self.rows = rows
        }
    }

    let database: SQLiteDatabase

    public init(path: String) throws(SQLiteError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SQLiteError(code: 0, message: "no such database (create it with blotter run --db \(path))", path: path)
        }
        guard !isDirectory.boolValue else {
            throw SQLiteError(code: 0, message: "is a directory, not a SQLite store (give the file blotter run --db wrote)", path: path)
        }
        database = try SQLiteDatabase(path: path, readOnly: true)
        let tables = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'").rows()
        guard !tables.isEmpty else { throw SQLiteError(code: 0, message: "not a Blotter store (no documents table)", path: path) }
    }

    /// Distinct words a text search takes at most. Every word must match, so a few specific words find as much
    /// as many; each word costs a pass over its postings (3,000 copies of "police" took 17 s on the 6-document
    /// corpus store in a debug build before words were made distinct and bounded).
    public static let maximumSearchWords = 32

    /// The words of a text search, each once (case folded, as FTS5's unicode61 tokenizer folds them), or why
    /// they cannot be searched for.
    public static func searchWords(_ text: String) -> Result<[String], SearchWordsError> {
        var seen: Set<String> = []
        var words: [String] = []
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) where seen.insert(word.lowercased()).inserted {
            words.append(word)
        }
        guard words.contains(where: { $0.contains(where: { $0.isLetter || $0.isNumber }) }) else {
            return .failure(SearchWordsError(message: "--text needs at least one word (letters or digits)"))
        }
        guard words.count <= maximumSearchWords else {
            return .failure(SearchWordsError(message: "--text has \(words.count) distinct words; at most \(maximumSearchWords) are searched for (every word must match, so a few specific ones find as much)"))
        }
        return .success(words)
    }

    public struct SearchWordsError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// FTS5 query from user words: each distinct term quoted, so punctuation in the input cannot break the syntax.
    static func ftsQuery(_ text: String) -> String {
        let words = (try? searchWords(text).get()) ?? text.split(whereSeparator: \.isWhitespace).map(String.init)
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }

    private func entityConditions(_ filters: Filters, alias: String, into clauses: inout [String], values: inout [SQLiteValue]) {
        func exists(_ condition: String, _ bound: [SQLiteValue]) {
            clauses.append("EXISTS (SELECT 1 FROM entities e WHERE e.doc = \(alias).doc AND \(condition))")
            values.append(contentsOf: bound)
        }
        // A name as written, a full name or a canonical id: entity_names maps each to canonical forms, and the
        // (type, canonical) index answers the rest.
        func named(_ type: String, _ keys: [String]) {
            let placeholders = keys.map { _ in "?" }.joined(separator: ", ")
            exists("e.type = '\(type)' AND e.canonical COLLATE NOCASE IN (SELECT canonical FROM entity_names WHERE type = '\(type)' AND key IN (\(placeholders)))",
                   keys.map { .text($0) })
        }
        if let person = filters.person { named("person", [person]) }
        if let force = filters.force { named("force", [force]) }
        if let operation = filters.operation {
            named("operation", operation.lowercased().hasPrefix("operation ") ? [operation] : [operation, "Operation " + operation])
        }
        if let type = filters.type {
            if let kind = filters.kind {
                exists("e.type = ? AND e.kind = ?", [.text(type), .text(kind)])
            } else {
                exists("e.type = ?", [.text(type)])
            }
        }
        if let since = filters.since {
            clauses.append("\(alias).published >= ?")
            values.append(.text(since))
        }
        if let until = filters.until {
            // Inclusive of the whole day: "2020-04-27" keeps "2020-04-27T23:00:00Z".
            clauses.append("\(alias).published <= ?")
            values.append(.text(until.count == 10 ? until + "T99" : until))
        }
    }

    /// Documents matching every filter, newest first, with a highlighted snippet for a text search. The
    /// matching rows are found and ordered first; snippets are made for the page of results only (making
    /// them for every match was most of the time on common words).
    public func documents(_ filters: Filters) throws(SQLiteError) -> Table {
        var clauses: [String] = []
        var values: [SQLiteValue] = []
        let from = "FROM documents d"
        if let text = filters.text {
            // Newest first with a limit: walk the published index and keep the rows whose id is in the text
            // match set (built once), stopping at the limit, instead of sorting every match.
            // The unary + stops SQLite from driving the query from the match set and sorting it.
            clauses.append("+d.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            values.append(.text(Self.ftsQuery(text)))
        }
        entityConditions(filters, alias: "d", into: &clauses, values: &values)
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        // NULL sorts lowest, so undated documents come last in DESC order; the published index serves it.
        let order = "ORDER BY d.published DESC, d.doc DESC"
        values.append(.integer(Int64(filters.limit)))
        let page = "SELECT d.doc AS rid \(from) \(whereClause) \(order) LIMIT ?"
        guard let text = filters.text else {
            return try table("SELECT d.published, d.title, d.url, d.path, d.id FROM (\(page)) AS hit JOIN documents d ON d.doc = hit.rid \(order)", values)
        }
        values.append(.text(Self.ftsQuery(text)))
        return try table("""
            SELECT d.published, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet, d.url, d.path, d.id
            FROM (\(page)) AS hit JOIN documents d ON d.doc = hit.rid JOIN documents_fts ON documents_fts.rowid = hit.rid
            WHERE documents_fts MATCH ? \(order)
            """, values)
    }

    /// Figures of a kind with their document, and totals per unit.
    public func figures(_ filters: Filters) throws(SQLiteError) -> (rows: Table, totals: Table) {
        var clauses = ["e.type = 'figure'", "e.kind IS NOT NULL"]  // the second lets the partial kind index serve
        var values: [SQLiteValue] = []
        if let kind = filters.kind {
            clauses.append("e.kind = ?")
            values.append(.text(kind))
        }
        var documentFilters = filters
        documentFilters.kind = nil
        documentFilters.type = nil
        entityConditions(documentFilters, alias: "d", into: &clauses, values: &values)
        if let text = filters.text {
            // The unary + stops SQLite from driving the query from the match set and sorting it.
            clauses.append("+d.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            values.append(.text(Self.ftsQuery(text)))
        }
        let whereClause = "WHERE " + clauses.joined(separator: " AND ")
        let rows = try table("""
            SELECT e.kind, e.value, e.unit, e.qualifier, e."of", e.text, d.published, d.title, d.id
            FROM entities e JOIN documents d ON d.doc = e.doc \(whereClause)
            ORDER BY d.published IS NULL, d.published DESC, d.id, e.start LIMIT ?
            """, values + [.integer(Int64(filters.limit))])
        let totals = try table("""
            SELECT e.kind, e.unit, COUNT(*) AS figures, SUM(CASE WHEN typeof(e.value) IN ('real', 'integer') THEN e.value END) AS total,
                   COUNT(DISTINCT d.id) AS documents
            FROM entities e JOIN documents d ON d.doc = e.doc \(whereClause)
            GROUP BY e.kind, e.unit ORDER BY figures DESC
            """, values)
        return (rows, totals)
    }

    /// The most mentioned people, forces, operations or locations, with mention and document counts: `canonical`
    /// is the record's canonical form (a force's gazetteer id such as `nca`, a place's name), `name` the name it
    /// goes by (a force's full name; for people, operations and locations the canonical form itself).
    public func top(type: String, filters: Filters) throws(SQLiteError) -> Table {
        let entityClauses = ["e.type = ?", "e.canonical IS NOT NULL"]  // the second lets the partial canonical index serve
        var clauses = entityClauses
        var values: [SQLiteValue] = [.text(type)]
        var documentFilters = filters
        documentFilters.type = nil
        entityConditions(documentFilters, alias: "d", into: &clauses, values: &values)
        values.append(.integer(Int64(filters.limit)))
        // The documents are joined only when a filter is about them.
        let join = clauses.count > entityClauses.count ? "JOIN documents d ON d.doc = e.doc" : ""
        return try table("""
            SELECT e.canonical AS canonical, COALESCE(MAX(e.name), e.canonical) AS name, COUNT(*) AS mentions,
                   COUNT(DISTINCT e.doc) AS documents
            FROM entities e \(join) WHERE \(clauses.joined(separator: " AND "))
            GROUP BY e.canonical COLLATE NOCASE ORDER BY documents DESC, mentions DESC, canonical LIMIT ?
            """, values)
    }

    /// Which entities of one type appear in the same documents as entities of another.
    public static let entityTypes: Set<String> = ["person", "force", "operation", "figure", "location"]

    public func cooccurrence(type: String, with other: String, filters: Filters) throws(SQLiteError) -> Table {
        // The type names become column names: only the known types are accepted (the same type twice gives
        // columns type_1 and type_2).
        guard Self.entityTypes.contains(type), Self.entityTypes.contains(other) else {
            throw SQLiteError(code: 0, message: "unknown entity type (types: person, force, operation, figure, location)", path: database.path)
        }
        var clauses = ["a.type = ?", "b.type = ?"]
        var values: [SQLiteValue] = [.text(type), .text(other)]
        // Within one type, each pair once and never an entity with itself.
        if type == other { clauses.append("COALESCE(a.canonical, a.text) < COALESCE(b.canonical, b.text)") }
        entityConditions(filters, alias: "d", into: &clauses, values: &values)
        values.append(.integer(Int64(filters.limit)))
        return try table("""
            SELECT COALESCE(a.canonical, a.text) AS \(type == other ? type + "_1" : type), COALESCE(b.canonical, b.text) AS \(type == other ? other + "_2" : other),
                   COUNT(DISTINCT d.id) AS documents
            FROM entities a JOIN entities b ON a.doc = b.doc JOIN documents d ON d.doc = a.doc
            WHERE \(clauses.joined(separator: " AND ")) GROUP BY 1, 2 ORDER BY documents DESC, 1, 2 LIMIT ?
            """, values)
    }

    /// One stored document by its id, or by a prefix of it naming one document (at least 8 characters): its
    /// fields as one row, and its entities in text order. Nil when no document has that id.
    public func document(id: String) throws(SQLiteError) -> (document: Table, entities: Table)? {
        var found = try table("SELECT doc FROM documents WHERE id = ?", [.text(id)])
        if found.rows.isEmpty, id.count >= Self.minimumIDPrefix {
            // A prefix: ids are hex digests or the input's own ids; GLOB keeps the documents_id index usable.
            let escaped = id.replacingOccurrences(of: "[", with: "[[]").replacingOccurrences(of: "*", with: "[*]").replacingOccurrences(of: "?", with: "[?]")
            found = try table("SELECT doc, id FROM documents WHERE id GLOB ? LIMIT 6", [.text(escaped + "*")])
            if found.rows.count > 1 {
                let ids = found.rows.compactMap { row -> String? in if case .text(let text) = row[1] { text } else { nil } }
                throw SQLiteError(code: 0, message: "'\(id)' starts more than one document id: \(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", …" : "")", path: database.path)
            }
        }
        guard let row = found.rows.first, case .integer(let doc) = row[0] else { return nil }
        let document = try table("""
            SELECT id, url, path, warc_file, warc_offset, warc_length, captured, title, byline, published, site, language,
                   length(text) AS text_characters
            FROM documents WHERE doc = ?
            """, [.integer(doc)])
        let entities = try table("""
            SELECT type, text, start, "end", sentence, canonical, role, name, kind, value, unit, qualifier, "of"
            FROM entities WHERE doc = ? ORDER BY start, ordinal
            """, [.integer(doc)])
        return (document, entities)
    }

    /// The shortest id prefix `document(id:)` looks up.
    public static let minimumIDPrefix = 8

    private func table(_ sql: String, _ values: [SQLiteValue]) throws(SQLiteError) -> Table {
        let statement = try database.prepare(sql)
        let columns = statement.columnNames
        let rows = try statement.rows(values)
        return Table(columns: columns, rows: rows.map { row in columns.map { row[$0] ?? .null } })
    }
}
