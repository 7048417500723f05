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
        /// Every capture of an article; by default a repeated capture (`duplicate_of` set) is left out, so
        /// documents and counts are of distinct articles.
        public var captures = false
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
    /// Stores written before `duplicate_of` existed have no such column: every document counts.
    let marksDuplicates: Bool
    /// Stores of schema 2 opened read-only have no aggregate tables (a write migrates them): every question is
    /// then counted from the entities.
    let hasAggregates: Bool
    /// Whether the pairs are kept by entity id with each partner's mentions (`agg_pair_counts`, schema 5; a store of
    /// schema 3 or 4 opened read-only has not: its partner questions are counted from the entities).
    let hasPairIDs: Bool

    public init(path: String) throws(SQLiteError) {
        try self.init(path: path, requireDerivedTables: true)
    }

    /// `requireDerivedTables`: refuse a store left mid-bulk-load (`StoreBulkLoad`), whose aggregate tables and
    /// full-text index are not built (every question would count nothing); the export reads only what it has.
    init(path: String, requireDerivedTables: Bool) throws(SQLiteError) {
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
        if requireDerivedTables, try StoreBulkLoad.isPending(database) {
            throw SQLiteError(code: 0, message: "is being bulk-loaded, or a bulk load was interrupted: its counts and full-text index are not built yet (they are built when the loading run ends; after an interrupted run, `blotter run --db \(path) --resume` or any other `blotter run --db \(path)` builds them before writing)", path: path)
        }
        marksDuplicates = try StoreSchema.hasDuplicateColumn(database)
        hasAggregates = try !database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'agg_documents'").rows().isEmpty
        hasPairIDs = try !database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'agg_pair_counts'").rows().isEmpty
    }

    /// Distinct words a text search takes at most. Every word must match, so a few specific words find as much
    /// as many; each word costs a pass over its postings (3,000 copies of "police" took 17 s on the 6-document
    /// corpus store in a debug build before words were made distinct and bounded).
    public static let maximumSearchWords = 32

    /// The words of a text search, each once (case folded, as FTS5's unicode61 tokenizer folds them), or why
    /// they cannot be searched for. A word is what FTS5's tokenizer takes as one token: a run of letters and
    /// digits ("smith-jones" is two words, "U.S." too). The full-text index keeps which columns a word is in but
    /// not its positions (`detail=column`, schema 5), so a search is every word anywhere in the document, never a
    /// phrase; FTS5 refuses a quoted string of several tokens on such an index.
    public static func searchWords(_ text: String) -> Result<[String], SearchWordsError> {
        var seen: Set<String> = []
        var words: [String] = []
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init) where seen.insert(word.lowercased()).inserted {
            words.append(word)
        }
        guard !words.isEmpty else {
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

    /// FTS5 query from user words: each distinct word quoted (one token each, see `searchWords`), so punctuation
    /// in the input cannot break the syntax. Input with no word (refused by the CLI) matches nothing.
    static func ftsQuery(_ text: String) -> String {
        let words = (try? searchWords(text).get()) ?? []
        guard !words.isEmpty else { return "\"\"" }
        return words.map { "\"" + $0 + "\"" }.joined(separator: " ")
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
        if !filters.captures && marksDuplicates {
            clauses.append("\(alias).duplicate_of IS NULL")
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

    /// Which rows a documents query starts from.
    enum Drive {
        /// The documents that mention one entity (named by the filter), fetched and sorted.
        case entity(type: String, keys: [String])
        /// The full-text match set, fetched and sorted.
        case text
        /// The published index, newest first, every filter checked per document until the limit.
        case published
    }

    /// The keys a named filter looks up in `entity_names` (an operation also as "Operation NAME").
    static func keys(_ type: String, _ value: String) -> [String] {
        type == "operation" && !value.lowercased().hasPrefix("operation ") ? [value, "Operation " + value] : [value]
    }

    /// Documents that mention an entity of this type under any of these names, from the aggregate totals.
    func entityDocuments(_ type: String, _ keys: [String]) throws(SQLiteError) -> Int {
        let placeholders = keys.map { _ in "?" }.joined(separator: ", ")
        return Int(try database.prepare("""
            SELECT COALESCE(SUM(documents), 0) FROM agg_totals WHERE type = ?1 AND canonical IN
              (SELECT canonical FROM entity_names WHERE type = ?1 AND key IN (\(placeholders)))
            """.replacingOccurrences(of: "?1", with: "'\(type)'")).integer(keys.map { .text($0) }) ?? 0)
    }

    /// Newest matches a text estimate reads (see `textEstimate`): enough to tell a rare word from a common one
    /// within a factor of ~2, and read in ~0.3 ms at 100,000 documents (the `fts5vocab` count it replaces reads
    /// a term's whole posting list: 5 ms for one common word at 100,000 documents, ~50 ms at 1,000,000).
    static let textSample = 500

    /// The documents matching every word, estimated from the newest `textSample` matches (FTS5 returns them in
    /// rowid order and stops at the limit): exact when fewer match, else the sample's density over the keys it
    /// spans times the highest key (matches are taken as spread evenly over the keys).
    func textEstimate(_ text: String) throws(SQLiteError) -> Double {
        let sample = try database.prepare("""
            SELECT COUNT(*) AS n, MIN(rowid) AS oldest, (SELECT MAX(doc) FROM documents) AS newest FROM
              (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)
            """).rows([.text(Self.ftsQuery(text)), .integer(Int64(Self.textSample))]).first
        guard case .integer(let count)? = sample?["n"], count >= Self.textSample,
              case .integer(let oldest)? = sample?["oldest"], case .integer(let newest)? = sample?["newest"] else {
            if case .integer(let count)? = sample?["n"] { return Double(count) }
            return 0
        }
        return Double(count) / Double(max(newest - oldest + 1, 1)) * Double(newest)
    }

    /// Relative costs of the per-row work of the plans (measured on `blotter bench store`'s synthetic archive:
    /// one full-text probe of a document, `MATCH ? AND rowid = ?`, costs ~50 times a row read from a sorted set;
    /// an entity filter's EXISTS on the (type, canonical) index ~2 times).
    static let probeCost = 50.0
    static let entityCheckCost = 2.0

    /// The cheapest way in, by a cost model over the aggregate counts: fetch and sort the documents of the most
    /// selective named entity, fetch and sort the full-text match set, or walk the published index newest first
    /// (expected length: the limit over the filters' joint selectivity, taken as independent). Outside the
    /// full-text drive, `documents` probes the text per candidate in date order only until the limit is reached
    /// (`probesStop`), so a common word costs about limit / its selectivity probes whatever the plan; `figures`
    /// and `top` count every candidate, so each one is probed.
    func drive(_ filters: Filters, probesStop: Bool = false) throws(SQLiteError) -> Drive {
        guard hasAggregates else { return .published }
        var entityCounts: [(count: Double, drive: Drive)] = []
        for (type, value) in [("person", filters.person), ("force", filters.force), ("operation", filters.operation)] {
            guard let value else { continue }
            let keys = Self.keys(type, value)
            entityCounts.append((Double(try entityDocuments(type, keys)), .entity(type: type, keys: keys)))
        }
        let total = Double(max(try database.prepare("SELECT COALESCE(SUM(documents), 0) FROM agg_documents").integer() ?? 0, 1))
        let textCount = try filters.text.map { text throws(SQLiteError) in try textEstimate(text) }
        let textSelectivity = textCount.map { min(max($0, 1) / total, 1) } ?? 1
        let probe = filters.text == nil ? 0 : Self.probeCost
        let probes = min(Double(filters.limit) / textSelectivity, total) * probe
        var options: [(cost: Double, drive: Drive)] = []
        let otherChecks = Double(max(entityCounts.count - 1, 0)) * Self.entityCheckCost
        for entity in entityCounts {
            let probed = probesStop ? min(probes, entity.count * probe) : entity.count * probe
            options.append((entity.count * (2 + otherChecks) + probed, entity.drive))
        }
        if let textCount {
            options.append((textCount * (2 + Double(entityCounts.count) * Self.entityCheckCost), .text))
        }
        let selectivity = entityCounts.reduce(textSelectivity) { $0 * min($1.count / total, 1) }
        let walked = min(Double(filters.limit) / max(selectivity, 1e-9), total)
        options.append((walked * (1 + Double(entityCounts.count) * Self.entityCheckCost) + (probesStop ? probes : walked * probe), .published))
        return options.min { $0.cost < $1.cost }?.drive ?? .published
    }

    /// The FROM clause for a drive: the driving set first (CROSS JOIN keeps SQLite from reordering the loops).
    func source(_ drive: Drive, values: inout [SQLiteValue]) -> String {
        switch drive {
        case .entity(let type, let keys):
            values.append(contentsOf: keys.map { .text($0) })
            let placeholders = keys.map { _ in "?" }.joined(separator: ", ")
            return """
                (SELECT DISTINCT e.doc FROM entities e WHERE e.type = '\(type)' AND e.canonical COLLATE NOCASE IN
                  (SELECT canonical FROM entity_names WHERE type = '\(type)' AND key IN (\(placeholders)))) AS m
                CROSS JOIN documents d ON d.doc = m.doc
                """
        case .text:
            return "(SELECT rowid AS doc FROM documents_fts WHERE documents_fts MATCH ?) AS m CROSS JOIN documents d ON d.doc = m.doc"
        case .published:
            return "documents d"
        }
    }

    /// Documents matching every filter, newest first, with a highlighted snippet for a text search. The query
    /// starts from its most selective part (see `drive`); snippets are made for the page of results only.
    public func documents(_ filters: Filters) throws(SQLiteError) -> Table {
        try documents(filters, drive: try self.drive(filters, probesStop: true))
    }

    /// Documents by a given plan (every plan gives the same rows; tests compare them).
    func documents(_ filters: Filters, drive: Drive) throws(SQLiteError) -> Table {
        var values: [SQLiteValue] = []
        if case .text = drive, let text = filters.text { values.append(.text(Self.ftsQuery(text))) }
        let from = source(drive, values: &values)
        var clauses: [String] = []
        entityConditions(filters, alias: "d", into: &clauses, values: &values)
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        // NULL sorts lowest, so undated documents come last in DESC order; the published index serves it.
        let order = "ORDER BY d.published DESC, d.doc DESC"
        var page = "SELECT d.doc AS rid FROM \(from) \(whereClause) \(order) LIMIT ?"
        values.append(.integer(Int64(filters.limit)))
        if let text = filters.text, !isTextDrive(drive) {
            // The candidates that pass every other filter, newest first, each probed in the full-text index until
            // the limit is reached: a common word costs about limit / its selectivity probes, a rare one stops
            // the walk at the candidates' end (SQL would probe every candidate before sorting them).
            values.removeLast()
            let probe = try database.prepare("SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?1 AND rowid = ?2")
            let words = SQLiteValue.text(Self.ftsQuery(text))
            var hits: [Int64] = []
            try database.prepare("SELECT d.doc FROM \(from) \(whereClause) \(order)").scanIntegers(values) { (doc: Int64) throws(SQLiteError) -> Bool in
                if try probe.integer([words, .integer(doc)]) != nil { hits.append(doc) }
                return hits.count < filters.limit
            }
            page = "SELECT value AS rid FROM json_each(?)"
            values = [.text("[" + hits.map(String.init).joined(separator: ",") + "]")]
        }
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

    func isTextDrive(_ drive: Drive) -> Bool {
        if case .text = drive { return true }
        return false
    }

    /// The aggregate tables count distinct articles (`StoreAggregates`): they answer unless every capture is asked for.
    func usesAggregates(_ filters: Filters) -> Bool { hasAggregates && !filters.captures }

    /// A force's full name beside its canonical id, for the page of rows of an aggregate table aliased `t`: one
    /// look-up in the (type, canonical COLLATE NOCASE) index each (compared with the index's collation, or SQLite
    /// scans the entities for every row), made after the LIMIT, never for every row of the table.
    /// Only forces carry a name (a person's mentions would all be read to find none).
    static let nameSQL = """
        CASE WHEN t.type = 'force' THEN COALESCE((SELECT e.name FROM entities e WHERE e.type = t.type
          AND e.canonical = t.canonical COLLATE NOCASE AND e.name IS NOT NULL LIMIT 1), t.canonical) ELSE t.canonical END
        """

    /// The month range a date filter covers exactly, when it does ("2020", "2020-01", "2020-01-01" as since;
    /// "2020-12", "2020-12-31" as until), so the monthly aggregates can answer it; nil when a day inside a
    /// month is asked for.
    static func monthBounds(_ filters: Filters) -> (since: String, until: String)? {
        var since = "0000-00"
        var until = "9999-99"
        if let value = filters.since {
            switch value.count {
            case 4: since = value + "-01"
            case 7: since = value
            case 10 where value.hasSuffix("-01"): since = String(value.prefix(7))
            default: return nil
            }
        }
        if let value = filters.until {
            switch value.count {
            case 4: until = value + "-12"
            case 7: until = value
            case 10:
                guard let year = Int(value.prefix(4)), let month = Int(value.dropFirst(5).prefix(2)),
                      let day = Int(value.suffix(2)), day == Self.daysIn(month: month, year: year) else { return nil }
                until = String(value.prefix(7))
            default: return nil
            }
        }
        return (since, until)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Figures of a kind with their document, and totals per unit. Totals come from `agg_figures` when the
    /// filters are kind, force and whole months; rows walk the newest documents.
    public func figures(_ filters: Filters) throws(SQLiteError) -> (rows: Table, totals: Table) {
        var documentFilters = filters
        documentFilters.kind = nil
        documentFilters.type = nil
        let drive = try self.drive(documentFilters)
        var values: [SQLiteValue] = []
        if case .text = drive, let text = filters.text { values.append(.text(Self.ftsQuery(text))) }
        let from = source(drive, values: &values)
        var clauses = ["e.type = 'figure'", "e.kind IS NOT NULL"]
        if let kind = filters.kind {
            clauses.append("e.kind = ?")
            values.append(.text(kind))
        }
        entityConditions(documentFilters, alias: "d", into: &clauses, values: &values)
        if let text = filters.text {
            if case .text = drive {} else {
                clauses.append("EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND rowid = d.doc)")
                values.append(.text(Self.ftsQuery(text)))
            }
        }
        let whereClause = "WHERE " + clauses.joined(separator: " AND ")
        // The documents drive the loop newest first; each one's figures are read by its key.
        let rows = try table("""
            SELECT e.kind, e.value, e.unit, e.qualifier, e."of", e.text, d.published, d.title, d.id
            FROM \(from) CROSS JOIN entities e ON e.doc = d.doc \(whereClause)
            ORDER BY d.published DESC, d.doc DESC, e.ordinal LIMIT ?
            """, values + [.integer(Int64(filters.limit))])
        if usesAggregates(filters), filters.text == nil, filters.person == nil, filters.operation == nil, let months = Self.monthBounds(filters) {
            var aggregateValues: [SQLiteValue] = [.text(months.since), .text(months.until)]
            var aggregateClauses = ["month >= ?", "month <= ?"]
            if filters.since == nil && filters.until == nil { aggregateClauses = ["1"]; aggregateValues = [] }
            if let kind = filters.kind {
                aggregateClauses.append("kind = ?")
                aggregateValues.append(.text(kind))
            }
            if let force = filters.force {
                aggregateClauses.append("force IN (SELECT canonical FROM entity_names WHERE type = 'force' AND key = ?)")
                aggregateValues.append(.text(force))
            } else {
                aggregateClauses.append("force = '*'")
            }
            let totals = try table("""
                SELECT kind, NULLIF(unit, '') AS unit, SUM(figures) AS figures,
                       CASE WHEN kind = 'date' THEN NULL ELSE SUM(total) END AS total, SUM(documents) AS documents
                FROM agg_figures WHERE \(aggregateClauses.joined(separator: " AND ")) GROUP BY kind, unit ORDER BY figures DESC
                """, aggregateValues)
            return (rows, totals)
        }
        let totals = try table("""
            SELECT e.kind, e.unit, COUNT(*) AS figures, SUM(CASE WHEN typeof(e.value) IN ('real', 'integer') THEN e.value END) AS total,
                   COUNT(DISTINCT d.id) AS documents
            FROM \(from) CROSS JOIN entities e ON e.doc = d.doc \(whereClause)
            GROUP BY e.kind, e.unit ORDER BY figures DESC
            """, values)
        return (rows, totals)
    }

    /// The most mentioned people, forces, operations or locations, with mention and document counts: `canonical`
    /// is the record's canonical form (a force's gazetteer id such as `nca`, a place's name), `name` the name it
    /// goes by (a force's full name; for people, operations and locations the canonical form itself). From the
    /// aggregate tables when the only filters are whole months, else counted from the entities.
    public func top(type: String, filters: Filters) throws(SQLiteError) -> Table {
        if usesAggregates(filters), filters.text == nil, filters.person == nil, filters.force == nil, filters.operation == nil, filters.kind == nil,
           let months = Self.monthBounds(filters) {
            if filters.since == nil && filters.until == nil {
                return try table("""
                    SELECT canonical, \(Self.nameSQL) AS name, mentions, documents FROM (
                      SELECT type, canonical, mentions, documents FROM agg_totals WHERE type = ?
                      ORDER BY documents DESC, mentions DESC, canonical LIMIT ?) t
                    """, [.text(type), .integer(Int64(filters.limit))])
            }
            return try table("""
                SELECT canonical, \(Self.nameSQL) AS name, mentions, documents FROM (
                  SELECT type, canonical, SUM(mentions) AS mentions, SUM(documents) AS documents FROM agg_mentions
                  WHERE type = ? AND month >= ? AND month <= ? AND month != '' GROUP BY canonical
                  ORDER BY documents DESC, mentions DESC, canonical LIMIT ?) t
                """, [.text(type), .text(months.since), .text(months.until), .integer(Int64(filters.limit))])
        }
        if let partners = try partners(type: type, filters: filters) { return partners }
        var documentFilters = filters
        documentFilters.type = nil
        let drive = try self.drive(documentFilters)
        var values: [SQLiteValue] = []
        if case .text = drive, let text = filters.text { values.append(.text(Self.ftsQuery(text))) }
        let from = source(drive, values: &values)
        var clauses = ["e.type = ?", "e.canonical IS NOT NULL"]
        values.append(.text(type))
        entityConditions(documentFilters, alias: "d", into: &clauses, values: &values)
        if let text = filters.text {
            if case .text = drive {} else {
                clauses.append("EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND rowid = d.doc)")
                values.append(.text(Self.ftsQuery(text)))
            }
        }
        values.append(.integer(Int64(filters.limit)))
        return try table("""
            SELECT e.canonical AS canonical, COALESCE(MAX(e.name), e.canonical) AS name, COUNT(*) AS mentions,
                   COUNT(DISTINCT e.doc) AS documents
            FROM \(from) CROSS JOIN entities e ON e.doc = d.doc WHERE \(clauses.joined(separator: " AND "))
            GROUP BY e.canonical COLLATE NOCASE ORDER BY documents DESC, mentions DESC, canonical LIMIT ?
            """, values)
    }

    /// `top` filtered by one named entity and nothing else, from `agg_pairs`: the entity's partners of the type
    /// with their documents and mentions in the documents naming it, read from the top indexes with the limit
    /// (the entity is `a` of a pair when its type sorts first, `b` when last, either when the types are equal).
    /// Nil when the filters are others, or the name stands for more than one canonical form (their documents
    /// overlap, so their pairs cannot be summed): the entities then count it.
    func partners(type: String, filters: Filters) throws(SQLiteError) -> Table? {
        guard usesAggregates(filters), hasPairIDs, type != "figure", Self.entityTypes.contains(type),
              filters.text == nil, filters.kind == nil, filters.since == nil, filters.until == nil else { return nil }
        let named = [("person", filters.person), ("force", filters.force), ("operation", filters.operation)].compactMap { pair in
            pair.1.map { (type: pair.0, value: $0) }
        }
        guard named.count == 1, let filter = named.first else { return nil }
        let keys = Self.keys(filter.type, filter.value)
        let placeholders = keys.map { _ in "?" }.joined(separator: ", ")
        let canonicals = try database.prepare("SELECT DISTINCT canonical FROM entity_names WHERE type = ? AND key IN (\(placeholders))")
            .rows([.text(filter.type)] + keys.map { .text($0) }).compactMap { $0["canonical"]?.string }
        guard canonicals.count <= 1 else { return nil }
        let limit = Int64(filters.limit)
        var found: [(canonical: String, mentions: Int64, documents: Int64)] = []
        var seen: Set<String> = []
        func read(_ sql: String, _ values: [SQLiteValue]) throws(SQLiteError) -> (documents: Int64, mentions: Int64)? {
            var last: (documents: Int64, mentions: Int64)?
            for row in try database.prepare(sql).rows(values) {
                guard case .text(let canonical)? = row["canonical"], case .integer(let mentions)? = row["mentions"],
                      case .integer(let documents)? = row["documents"] else { continue }
                if seen.insert(canonical).inserted { found.append((canonical, mentions, documents)) }
                last = (documents, mentions)
            }
            return last
        }
        /// Reads a side's partners in index order (documents, mentions, then id) with the limit, then, when the
        /// limit was reached, every partner tied with the last one (one range of the same index), so that the sort
        /// by name below picks among the whole tied group as the entities' count does.
        func readTop(_ sql: String, tied: String, _ values: [SQLiteValue]) throws(SQLiteError) -> Int {
            let before = found.count
            let last = try read(sql, values)
            guard let last, found.count - before >= filters.limit else { return found.count - before }
            _ = try read(tied, Array(values.prefix(3)) + [.integer(last.documents), .integer(last.mentions)])
            return found.count - before
        }
        if let canonical = canonicals.first,
           let id = try database.prepare("SELECT id FROM entity_keys WHERE type = ?1 AND canonical = ?2").integer([.text(filter.type), .text(canonical)]) {
            let bound: [SQLiteValue] = [.text(filter.type), .integer(id), .text(type), .integer(limit)]
            if !type.utf8.lexicographicallyPrecedes(filter.type.utf8) {
                // The entity is a: pairs in two or more documents from the partial index, then single ones.
                let frequent = try readTop("""
                    SELECT k.canonical, p.mentions_b AS mentions, p.documents FROM agg_pair_counts p JOIN entity_keys k ON k.id = p.b
                    WHERE p.a = ?2 AND p.type_b = ?3 AND p.documents > 1 ORDER BY p.documents DESC, p.mentions_b DESC LIMIT ?4
                    """, tied: """
                    SELECT k.canonical, p.mentions_b AS mentions, p.documents FROM agg_pair_counts p JOIN entity_keys k ON k.id = p.b
                    WHERE p.a = ?2 AND p.type_b = ?3 AND p.documents > 1 AND p.documents = ?4 AND p.mentions_b = ?5
                    """, bound)
                if frequent < filters.limit {
                    _ = try read("""
                        SELECT k.canonical, p.mentions_b AS mentions, p.documents FROM agg_pair_counts p JOIN entity_keys k ON k.id = p.b
                        WHERE p.type_a = ?1 AND p.type_b = ?3 AND p.a = ?2 AND p.documents = 1
                        ORDER BY p.mentions_b DESC, k.canonical LIMIT ?4
                        """, bound)
                }
            }
            if !filter.type.utf8.lexicographicallyPrecedes(type.utf8) {
                // The entity is b: every pair is in the index.
                _ = try readTop("""
                    SELECT k.canonical, p.mentions_a AS mentions, p.documents FROM agg_pair_counts p JOIN entity_keys k ON k.id = p.a
                    WHERE p.b = ?2 AND p.type_a = ?3 ORDER BY p.documents DESC, p.mentions_a DESC LIMIT ?4
                    """, tied: """
                    SELECT k.canonical, p.mentions_a AS mentions, p.documents FROM agg_pair_counts p JOIN entity_keys k ON k.id = p.a
                    WHERE p.b = ?2 AND p.type_a = ?3 AND p.documents = ?4 AND p.mentions_a = ?5
                    """, bound)
            }
            if type == filter.type {
                // The entity itself is named in each of its documents, as the entities count it.
                _ = try read("SELECT canonical, mentions, documents FROM agg_totals WHERE type = ?1 AND canonical = ?2", [.text(filter.type), .text(canonical)])
            }
        }
        return try partnerTable(found, type: type, limit: filters.limit)
    }

    /// The first `limit` partners by documents, mentions and name, with a force's full name.
    private func partnerTable(_ found: [(canonical: String, mentions: Int64, documents: Int64)], type: String,
                              limit: Int) throws(SQLiteError) -> Table {
        let sorted = found.sorted { left, right in
            if left.documents != right.documents { return left.documents > right.documents }
            if left.mentions != right.mentions { return left.mentions > right.mentions }
            return left.canonical.utf8.lexicographicallyPrecedes(right.canonical.utf8)
        }
        let name = type == "force" ? try database.prepare("""
            SELECT e.name FROM entities e WHERE e.type = 'force' AND e.canonical = ?1 COLLATE NOCASE AND e.name IS NOT NULL LIMIT 1
            """) : nil
        var rows: [[SQLiteValue]] = []
        for partner in sorted.prefix(limit) {
            let full = try name?.rows([.text(partner.canonical)]).first?["name"] ?? .text(partner.canonical)
            rows.append([.text(partner.canonical), full, .integer(partner.mentions), .integer(partner.documents)])
        }
        return Table(columns: ["canonical", "name", "mentions", "documents"], rows: rows)
    }

    /// Which entities of one type appear in the same documents as entities of another.
    public static let entityTypes: Set<String> = ["person", "force", "operation", "figure", "location"]

    /// Pairs named in the same documents, most documents first. Unfiltered pairs of named entities come from
    /// `agg_pairs` (pairs in two or more documents through its partial index, then single ones in key order).
    public func cooccurrence(type: String, with other: String, filters: Filters) throws(SQLiteError) -> Table {
        // The type names become column names: only the known types are accepted (the same type twice gives
        // columns type_1 and type_2).
        guard Self.entityTypes.contains(type), Self.entityTypes.contains(other) else {
            throw SQLiteError(code: 0, message: "unknown entity type (types: person, force, operation, figure, location)", path: database.path)
        }
        let unfiltered = filters.text == nil && filters.person == nil && filters.force == nil && filters.operation == nil
            && filters.since == nil && filters.until == nil
        if unfiltered, usesAggregates(filters), type != "figure", other != "figure" {
            let swapped = other.utf8.lexicographicallyPrecedes(type.utf8)
            let (first, second) = swapped ? (other, type) : (type, other)
            let (left, right) = type == other ? (type + "_1", other + "_2") : (type, other)
            let columns = swapped ? "canonical_b AS \(left), canonical_a AS \(right)" : "canonical_a AS \(left), canonical_b AS \(right)"
            let limit = Int64(filters.limit)
            // In the order of the partial index (documents, then entity ids), then every pair tied with the last
            // one: sorting them by name here reads the tied group, where sorting in SQL would read every pair.
            var frequent = try table("""
                SELECT \(columns), documents, canonical_a, canonical_b FROM agg_pairs WHERE type_a = ? AND type_b = ? AND documents > 1
                ORDER BY documents DESC LIMIT ?
                """, [.text(first), .text(second), .integer(limit)])
            if frequent.rows.count == filters.limit, case .integer(let last)? = frequent.rows.last?[2] {
                let tied = try table("""
                    SELECT \(columns), documents, canonical_a, canonical_b FROM agg_pairs WHERE type_a = ? AND type_b = ? AND documents > 1
                    AND documents = ?
                    """, [.text(first), .text(second), .integer(last)])
                frequent.rows = frequent.rows.filter { $0[2] != .integer(last) } + tied.rows
            }
            frequent.rows.sort { left, right in
                if left[2] != right[2], case .integer(let l) = left[2], case .integer(let r) = right[2] { return l > r }
                for index in [3, 4] where left[index] != right[index] {
                    if case .text(let l) = left[index], case .text(let r) = right[index] { return l.utf8.lexicographicallyPrecedes(r.utf8) }
                }
                return false
            }
            frequent = Table(columns: Array(frequent.columns.prefix(3)), rows: frequent.rows.prefix(filters.limit).map { Array($0.prefix(3)) })
            guard frequent.rows.count < filters.limit else { return frequent }
            let single = try table("""
                SELECT \(columns), documents FROM agg_pairs WHERE type_a = ? AND type_b = ? AND documents = 1
                ORDER BY canonical_a, canonical_b LIMIT ?
                """, [.text(first), .text(second), .integer(limit - Int64(frequent.rows.count))])
            return Table(columns: frequent.columns, rows: frequent.rows + single.rows)
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

    /// How a timeline groups its dates.
    public enum Period: String, Sendable, CaseIterable {
        case month, year, week
    }

    /// Mentions and documents of one entity (any of its names) per period, or, with no entity, of the eight
    /// most mentioned entities of the type. Months and years come from `agg_mentions`; weeks are counted from
    /// the entities (documents without a date are left out).
    public func timeline(type: String, canonical: String?, by period: Period) throws(SQLiteError) -> Table {
        let entity: String
        var values: [SQLiteValue] = [.text(type)]
        if let canonical {
            entity = "canonical IN (SELECT canonical FROM entity_names WHERE type = ?1 AND key IN (\(Self.keys(type, canonical).map { _ in "?" }.joined(separator: ", "))))"
            values += Self.keys(type, canonical).map { .text($0) }
        } else {
            entity = "canonical IN (SELECT canonical FROM agg_totals WHERE type = ?1 ORDER BY documents DESC, mentions DESC, canonical LIMIT 8)"
        }
        switch period {
        case .month, .year:
            let key = period == .month ? "month" : "substr(month, 1, 4)"
            return try table("""
                SELECT \(key) AS period, canonical, SUM(mentions) AS mentions, SUM(documents) AS documents FROM agg_mentions
                WHERE type = ?1 AND month != '' AND \(entity) GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
                """, values)
        case .week:
            return try table("""
                SELECT strftime('%Y-W%W', substr(COALESCE(d.published, d.captured), 1, 10)) AS period, e.canonical,
                       COUNT(*) AS mentions, COUNT(DISTINCT e.doc) AS documents
                FROM entities e JOIN documents d ON d.doc = e.doc
                WHERE e.type = ?1 AND e.\(entity) AND COALESCE(d.published, d.captured) IS NOT NULL
                GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
                """, values)
        }
    }

    /// A read-only SQL question with named parameters (`:force`), as Datasette's canned queries and the
    /// dashboard's charts ask it (used by `blotter bench store` to time them).
    public func raw(_ sql: String, parameters: [String: String]) throws(SQLiteError) -> Table {
        let statement = try database.prepare(sql)
        let columns = statement.columnNames
        return Table(columns: columns, rows: try statement.table(named: parameters.mapValues { .text($0) }))
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
                   length(text) AS text_characters\(marksDuplicates ? ", duplicate_of" : "")
            FROM documents WHERE doc = ?
            """, [.integer(doc)])
        // The title's entities (in_title = 1, offsets into the title) after the text's; a store written before the
        // column has none.
        let titled = try database.prepare("PRAGMA table_info(entities)").rows().contains { $0["name"]?.string == "in_title" }
        let entities = try table("""
            SELECT type, text, start, "end", sentence, canonical, role, name, kind, value, unit, qualifier, "of"\(titled ? ", in_title" : "")
            FROM entities WHERE doc = ? ORDER BY \(titled ? "in_title IS NOT NULL, " : "")start, ordinal
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
