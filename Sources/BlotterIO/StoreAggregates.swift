import BlotterCore

/// Aggregate tables of the store, kept exact by `SQLiteSink` in the same transactions as the documents they
/// count, so analysts' questions over the whole archive read a few thousand rows instead of every entity:
///
/// - `agg_totals(type, canonical, mentions, documents)`: each person, force, operation (and location) over all time;
/// - `agg_mentions(type, canonical, month, mentions, documents)`: the same per month;
/// - `agg_figures(kind, unit, force, month, figures, total, documents)`: figures per kind, unit and month, under
///   each force the document names and under `*` (every document, so totals never count a figure twice);
/// - `agg_pairs(type_a, canonical_a, type_b, canonical_b, documents, mentions_a, mentions_b)`: entities named in the
///   same document, each unordered pair once (`type_a`, `canonical_a` first in SQLite's binary order), with the
///   mentions of each in the documents naming the other (schema 4), so "the people named with this force" is one
///   range of an index instead of a join over the force's documents. Since schema 5 a view: the counts are kept in
///   `agg_pair_counts` by the entities' ids in `entity_keys` (shorter keys: the sink's largest table writes in half
///   the time, see `statements`);
/// - `agg_documents(month, documents)` and `agg_roles(role, canonical, documents)`: documents per month, and the
///   people each role is given to.
///
/// A document's month is the first seven characters of its published date, else of its capture date, else ''.
/// Like the views, the tables count distinct articles: a repeated capture (`duplicate_of` set) counts nothing.
/// A re-run that replaces a document subtracts what the old version counted before adding the new one; rows
/// that fall to zero are deleted. Writes made outside the sink (an analyst's DELETE) are not seen: `recount`
/// rebuilds the tables from the entities, as the migration from schema 2 does.
struct StoreAggregates {
    static let statements = """
    CREATE TABLE IF NOT EXISTS agg_totals (
        type TEXT NOT NULL, canonical TEXT NOT NULL, mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
        PRIMARY KEY (type, canonical)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS agg_totals_top ON agg_totals(type, documents DESC, mentions DESC);
    CREATE TABLE IF NOT EXISTS agg_mentions (
        type TEXT NOT NULL, canonical TEXT NOT NULL, month TEXT NOT NULL, mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
        PRIMARY KEY (type, canonical, month)
    ) WITHOUT ROWID;
    DROP INDEX IF EXISTS agg_mentions_month;
    CREATE TABLE IF NOT EXISTS agg_figures (
        kind TEXT NOT NULL, unit TEXT NOT NULL, force TEXT NOT NULL, month TEXT NOT NULL,
        figures INTEGER NOT NULL, total REAL NOT NULL, documents INTEGER NOT NULL,
        PRIMARY KEY (kind, force, unit, month)
    ) WITHOUT ROWID;
    -- The newest months first (the workspace's seizures by force and month): a row's month and kind never change, so
    -- the index is written once per row, never when its counts are. At 1,000,000 documents the question over every
    -- force took 58 ms of CPU without it (sorting every money and mass row) and 7 ms with it.
    CREATE INDEX IF NOT EXISTS agg_figures_month ON agg_figures(month, kind);
    -- Schema 5: pairs are keyed by integer ids of their entities (`entity_keys`, never renumbered; an id whose
    -- entity is no longer named stays unused). The keys of the table and its indexes are ~30 bytes instead of ~70,
    -- so their B-trees are less than half the size and their seeks compare integers; analysts and the workspace
    -- read the view `agg_pairs`, with the names, as before. The names' key is (canonical, type): a filter by name
    -- and type (`canonical_a = :force` with `type_a = 'force'`) is one unique lookup, so the pairs that follow come
    -- in the top index's order; keyed (type, canonical), SQLite walked every entity of a type for `cooccur`.
    CREATE TABLE IF NOT EXISTS entity_keys (
        id INTEGER PRIMARY KEY, type TEXT NOT NULL, canonical TEXT NOT NULL, UNIQUE (canonical, type)
    );
    CREATE TABLE IF NOT EXISTS agg_pair_counts (
        type_a TEXT NOT NULL, a INTEGER NOT NULL, type_b TEXT NOT NULL, b INTEGER NOT NULL, documents INTEGER NOT NULL,
        mentions_a INTEGER NOT NULL, mentions_b INTEGER NOT NULL,
        PRIMARY KEY (type_a, type_b, a, b)
    ) WITHOUT ROWID;
    -- The partners of one entity, most documents first, read with LIMIT straight from the index (covering). b's
    -- partners: every pair (the workspace's "forces of this person" lists singles too); a's partners: pairs in
    -- two or more documents (89% of pairs are in one; StoreQuery reads those from the primary key when fewer than
    -- the limit are frequent). Ties are broken by name in StoreQuery, which reads the whole tied group.
    CREATE INDEX IF NOT EXISTS agg_pair_counts_b_top ON agg_pair_counts(b, type_a, documents DESC, mentions_a DESC);
    CREATE INDEX IF NOT EXISTS agg_pair_counts_a_top ON agg_pair_counts(a, type_b, documents DESC, mentions_b DESC) WHERE documents > 1;
    CREATE INDEX IF NOT EXISTS agg_pair_counts_top ON agg_pair_counts(type_a, type_b, documents DESC) WHERE documents > 1;
    CREATE VIEW IF NOT EXISTS agg_pairs AS
        SELECT p.type_a, ka.canonical AS canonical_a, p.type_b, kb.canonical AS canonical_b, p.documents, p.mentions_a, p.mentions_b
        FROM agg_pair_counts p JOIN entity_keys ka ON ka.id = p.a AND ka.type = p.type_a JOIN entity_keys kb ON kb.id = p.b AND kb.type = p.type_b;
    CREATE TABLE IF NOT EXISTS agg_documents (month TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS agg_roles (
        role TEXT NOT NULL, canonical TEXT NOT NULL, documents INTEGER NOT NULL, PRIMARY KEY (canonical, role)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts_vocab USING fts5vocab('documents_fts', 'row');
    """

    /// The aggregate tables with their key columns and counted columns (totals compared to 1e-6).
    static let tables: [(name: String, keys: String, counts: String)] = [
        ("agg_totals", "type, canonical", "mentions, documents"),
        ("agg_mentions", "type, canonical, month", "mentions, documents"),
        ("agg_figures", "kind, unit, force, month", "figures, round(total, 6), documents"),
        ("agg_pairs", "type_a, canonical_a, type_b, canonical_b", "documents, mentions_a, mentions_b"),
        ("agg_documents", "month", "documents"),
        ("agg_roles", "role, canonical", "documents"),
    ]

    /// The SQL expression of a document's month, over a `documents` row aliased `d`.
    static let monthSQL = "COALESCE(substr(COALESCE(d.published, d.captured), 1, 7), '')"

    /// Rebuilds every aggregate table from the entities (the migration from schema 2, and the tests' oracle).
    static let recountStatements = """
    DELETE FROM agg_totals; DELETE FROM agg_mentions; DELETE FROM agg_figures; DELETE FROM agg_pair_counts;
    DELETE FROM agg_documents; DELETE FROM agg_roles;
    INSERT INTO agg_documents (month, documents) SELECT \(monthSQL), COUNT(*) FROM documents d WHERE d.duplicate_of IS NULL GROUP BY 1;
    INSERT INTO agg_roles (role, canonical, documents)
        SELECT e.role, e.canonical, COUNT(DISTINCT e.doc) FROM entities e JOIN documents d ON d.doc = e.doc
        WHERE e.type = 'person' AND e.role IS NOT NULL AND e.canonical IS NOT NULL AND d.duplicate_of IS NULL GROUP BY 1, 2;
    INSERT INTO agg_mentions (type, canonical, month, mentions, documents)
        SELECT e.type, e.canonical, \(monthSQL), COUNT(*), COUNT(DISTINCT e.doc)
        FROM entities e JOIN documents d ON d.doc = e.doc
        WHERE e.type != 'figure' AND e.canonical IS NOT NULL AND d.duplicate_of IS NULL GROUP BY 1, 2, 3;
    INSERT INTO agg_totals (type, canonical, mentions, documents)
        SELECT type, canonical, SUM(mentions), SUM(documents) FROM agg_mentions GROUP BY 1, 2;
    INSERT INTO agg_figures (kind, unit, force, month, figures, total, documents)
        SELECT e.kind, COALESCE(e.unit, ''), f.force, \(monthSQL), COUNT(*),
               TOTAL(CASE WHEN typeof(e.value) IN ('integer', 'real') THEN e.value END), COUNT(DISTINCT e.doc)
        FROM entities e JOIN documents d ON d.doc = e.doc
        JOIN (SELECT DISTINCT doc, canonical AS force FROM entities WHERE type = 'force' AND canonical IS NOT NULL
              UNION ALL SELECT doc, '*' FROM documents) f ON f.doc = e.doc
        WHERE e.type = 'figure' AND e.kind IS NOT NULL AND d.duplicate_of IS NULL GROUP BY 1, 2, 3, 4;
    INSERT OR IGNORE INTO entity_keys (type, canonical)
        SELECT DISTINCT type, canonical FROM entities WHERE type != 'figure' AND canonical IS NOT NULL ORDER BY 1, 2;
    INSERT INTO agg_pair_counts (type_a, a, type_b, b, documents, mentions_a, mentions_b)
        SELECT a.type, (SELECT id FROM entity_keys k WHERE k.type = a.type AND k.canonical = a.canonical), b.type,
               (SELECT id FROM entity_keys k WHERE k.type = b.type AND k.canonical = b.canonical), COUNT(*), SUM(a.mentions), SUM(b.mentions)
        FROM (SELECT e.doc, e.type, e.canonical, COUNT(*) AS mentions FROM entities e JOIN documents d ON d.doc = e.doc
              WHERE e.type != 'figure' AND e.canonical IS NOT NULL AND d.duplicate_of IS NULL GROUP BY 1, 2, 3) a
        JOIN (SELECT doc, type, canonical, COUNT(*) AS mentions FROM entities WHERE type != 'figure' AND canonical IS NOT NULL
              GROUP BY 1, 2, 3) b
          ON a.doc = b.doc AND (a.type < b.type OR (a.type = b.type AND a.canonical < b.canonical))
        GROUP BY 1, 2, 3, 4;
    """

    struct Named: Hashable {
        var type: String
        var canonical: String
    }

    struct FigureKey: Hashable {
        var kind: String
        var unit: String
        var force: String
        var month: String
    }

    /// Two entities by id in `entity_keys`, `a` first in binary order of (type, canonical).
    struct Pair: Hashable {
        var a: Int64
        var b: Int64
    }

    /// An entity by id, and a month.
    struct EntityMonth: Hashable {
        var id: Int64
        var month: String
    }

    /// What one document counts: the units of every aggregate table.
    struct Contribution {
        var month = ""
        var mentions: [Named: Int] = [:]
        var figures: [FigureKey: (count: Int, total: Double)] = [:]
        /// The named entities in binary order of (type, canonical): each pair of them is counted once.
        var named: [Named] = []
        var roles: Set<Named> = []

        /// One entity as the store holds it: type, canonical (nil for figures), figure kind, unit, numeric value.
        struct Row {
            var type: String
            var canonical: String?
            var kind: String?
            var unit: String?
            var value: Double?
            var role: String? = nil
        }

        init(month: String, rows: [Row]) {
            self.month = month
            var forces: [String] = ["*"]
            for row in rows where row.type != EntityType.figure.rawValue {
                guard let canonical = row.canonical else { continue }
                let named = Named(type: row.type, canonical: canonical)
                let previous = mentions[named, default: 0]
                mentions[named] = previous + 1
                if previous == 0 && row.type == EntityType.force.rawValue { forces.append(canonical) }
                if row.type == EntityType.person.rawValue, let role = row.role { roles.insert(Named(type: role, canonical: canonical)) }
            }
            for row in rows where row.type == EntityType.figure.rawValue {
                guard let kind = row.kind else { continue }
                for force in forces {
                    let key = FigureKey(kind: kind, unit: row.unit ?? "", force: force, month: month)
                    let sum = figures[key, default: (0, 0)]
                    figures[key] = (sum.count + 1, sum.total + (row.value ?? 0))
                }
            }
            named = mentions.keys.sorted(by: Self.binaryOrder)
        }

        /// SQLite's BINARY collation: type, then canonical, compared as UTF-8 bytes.
        static func binaryOrder(_ left: Named, _ right: Named) -> Bool {
            if left.type != right.type { return left.type.utf8.lexicographicallyPrecedes(right.type.utf8) }
            return left.canonical.utf8.lexicographicallyPrecedes(right.canonical.utf8)
        }
    }

    /// Changes not yet written, summed over the documents of the open transaction. Entities are keyed by their
    /// ids (hashing one integer instead of two strings, four for a pair: summing took 13% of the sink's time).
    struct Delta {
        var mentions: [Int64: (mentions: Int, documents: Int)] = [:]
        var months: [EntityMonth: (mentions: Int, documents: Int)] = [:]
        var figures: [FigureKey: (count: Int, total: Double, documents: Int)] = [:]
        var pairs: [Pair: (documents: Int, mentionsA: Int, mentionsB: Int)] = [:]
        var documents: [String: Int] = [:]
        /// (role, person): `Named.type` holds the role.
        var roles: [Named: Int] = [:]
        var shrank = false

        var isEmpty: Bool { documents.isEmpty }

        /// Adds (sign +1) or removes (sign -1) one document's contribution; `ids` are those of `contribution.named`.
        mutating func apply(_ contribution: Contribution, ids: [Int64], sign: Int) {
            if sign < 0 { shrank = true }
            let counts = contribution.named.map { contribution.mentions[$0, default: 0] }
            for (index, id) in ids.enumerated() {
                let count = counts[index]
                let total = mentions[id, default: (0, 0)]
                mentions[id] = (total.mentions + sign * count, total.documents + sign)
                let key = EntityMonth(id: id, month: contribution.month)
                let month = months[key, default: (0, 0)]
                months[key] = (month.mentions + sign * count, month.documents + sign)
            }
            for (key, sum) in contribution.figures {
                let current = figures[key, default: (0, 0, 0)]
                figures[key] = (current.count + sign * sum.count, current.total + Double(sign) * sum.total, current.documents + sign)
            }
            for first in ids.indices {
                for second in ids.indices where second > first {
                    let pair = Pair(a: ids[first], b: ids[second])
                    let sum = pairs[pair, default: (0, 0, 0)]
                    pairs[pair] = (sum.documents + sign, sum.mentionsA + sign * counts[first], sum.mentionsB + sign * counts[second])
                }
            }
            documents[contribution.month, default: 0] += sign
            for role in contribution.roles { roles[role, default: 0] += sign }
        }
    }
}

/// Writes `StoreAggregates.Delta`s with prepared upserts; owned by the sink (one connection, one thread).
final class StoreAggregateWriter {
    private let database: SQLiteDatabase
    private let upsertTotals: SQLiteStatement
    private let upsertMonths: SQLiteStatement
    private let upsertFigures: SQLiteStatement
    private let upsertPairs: SQLiteStatement
    private let upsertDocuments: SQLiteStatement
    private let upsertRoles: SQLiteStatement
    private let deleteTotals: SQLiteStatement
    private let deleteMonths: SQLiteStatement
    private let deleteFigures: SQLiteStatement
    private let deletePairs: SQLiteStatement
    private let deleteDocuments: SQLiteStatement
    private let deleteRoles: SQLiteStatement
    private let documentMonth: SQLiteStatement
    private let documentEntities: SQLiteStatement
    private let findKey: SQLiteStatement
    private let insertKey: SQLiteStatement
    /// Ids of `entity_keys` met by this writer. An id is only ever added (inside the transaction that uses it), so
    /// a cached one stays valid; a transaction rolled back would leave ids the store lacks, but the sink never
    /// goes on after a failed write.
    private var keyIDs: [StoreAggregates.Named: Int64] = [:]
    /// The reverse of `keyIDs`.
    private var names: [Int64: StoreAggregates.Named] = [:]
    private(set) var delta = StoreAggregates.Delta()

    init(database: SQLiteDatabase) throws(SQLiteError) {
        self.database = database
        upsertTotals = try database.prepare("""
            INSERT INTO agg_totals (type, canonical, mentions, documents) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
            """)
        upsertMonths = try database.prepare("""
            INSERT INTO agg_mentions (type, canonical, month, mentions, documents) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
            """)
        upsertFigures = try database.prepare("""
            INSERT INTO agg_figures (kind, unit, force, month, figures, total, documents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT DO UPDATE SET figures = figures + excluded.figures, total = total + excluded.total,
                                      documents = documents + excluded.documents
            """)
        upsertPairs = try database.prepare("""
            INSERT INTO agg_pair_counts (type_a, a, type_b, b, documents, mentions_a, mentions_b)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT DO UPDATE SET documents = documents + excluded.documents, mentions_a = mentions_a + excluded.mentions_a,
                                      mentions_b = mentions_b + excluded.mentions_b
            """)
        upsertDocuments = try database.prepare("""
            INSERT INTO agg_documents (month, documents) VALUES (?1, ?2)
            ON CONFLICT DO UPDATE SET documents = documents + excluded.documents
            """)
        upsertRoles = try database.prepare("""
            INSERT INTO agg_roles (role, canonical, documents) VALUES (?1, ?2, ?3)
            ON CONFLICT DO UPDATE SET documents = documents + excluded.documents
            """)
        deleteTotals = try database.prepare("DELETE FROM agg_totals WHERE type = ?1 AND canonical = ?2 AND documents <= 0")
        deleteMonths = try database.prepare("DELETE FROM agg_mentions WHERE type = ?1 AND canonical = ?2 AND month = ?3 AND documents <= 0")
        deleteFigures = try database.prepare("DELETE FROM agg_figures WHERE kind = ?1 AND unit = ?2 AND force = ?3 AND month = ?4 AND documents <= 0")
        deletePairs = try database.prepare("""
            DELETE FROM agg_pair_counts WHERE type_a = ?1 AND a = ?2 AND type_b = ?3 AND b = ?4 AND documents <= 0
            """)
        findKey = try database.prepare("SELECT id FROM entity_keys WHERE type = ?1 AND canonical = ?2")
        insertKey = try database.prepare("INSERT INTO entity_keys (type, canonical) VALUES (?1, ?2)")
        deleteDocuments = try database.prepare("DELETE FROM agg_documents WHERE month = ?1 AND documents <= 0")
        deleteRoles = try database.prepare("DELETE FROM agg_roles WHERE role = ?1 AND canonical = ?2 AND documents <= 0")
        documentMonth = try database.prepare("SELECT \(StoreAggregates.monthSQL) AS month, d.duplicate_of FROM documents d WHERE d.doc = ?1")
        documentEntities = try database.prepare("SELECT type, canonical, kind, unit, value, role FROM entities WHERE doc = ?1")
    }

    /// The month a record counts under.
    static func month(of record: Record) -> String {
        String((record.article.published ?? record.source.captured ?? "").prefix(7))
    }

    /// Counts a record that the sink has just written (inside its open transaction: new entities get their ids).
    func add(_ record: Record, canonical: (Entity) -> String?) throws(SQLiteError) {
        guard let contribution = Self.contribution(of: record, canonical: canonical) else { return }
        delta.apply(contribution, ids: try ids(of: contribution.named), sign: 1)
    }

    /// Uncounts a stored document before the sink replaces it (its month and entities as stored).
    func subtract(document doc: Int64) throws(SQLiteError) {
        guard let contribution = try storedContribution(of: doc) else { return }
        delta.apply(contribution, ids: try ids(of: contribution.named), sign: -1)
    }

    /// What a record counts (nil for a repeated capture, which counts nothing).
    static func contribution(of record: Record, canonical: (Entity) -> String?) -> StoreAggregates.Contribution? {
        guard record.duplicateOf == nil else { return nil }
        let rows = (record.entities + record.titleEntities).map { entity -> StoreAggregates.Contribution.Row in
            var number: Double?
            if case .number(let value)? = entity.figure?.value { number = value }
            return .init(type: entity.type.rawValue, canonical: canonical(entity), kind: entity.figure?.kind.rawValue,
                         unit: entity.figure?.unit, value: number, role: entity.role)
        }
        return StoreAggregates.Contribution(month: month(of: record), rows: rows)
    }

    /// What a stored document counts, read back from its row and entities (nil for a repeated capture).
    func storedContribution(of doc: Int64) throws(SQLiteError) -> StoreAggregates.Contribution? {
        let stored = try documentMonth.rows([.integer(doc)]).first
        guard stored?["duplicate_of"] == nil || stored?["duplicate_of"] == .null else { return nil }
        let month = stored?["month"]?.string ?? ""
        let rows = try documentEntities.rows([.integer(doc)]).map { row -> StoreAggregates.Contribution.Row in
            var number: Double?
            switch row["value"] {
            case .integer(let value)?: number = Double(value)
            case .real(let value)?: number = value
            default: number = nil
            }
            return .init(type: row["type"]?.string ?? "", canonical: row["canonical"]?.string, kind: row["kind"]?.string,
                         unit: row["unit"]?.string, value: number, role: row["role"]?.string)
        }
        return StoreAggregates.Contribution(month: month, rows: rows)
    }

    private func ids(of named: [StoreAggregates.Named]) throws(SQLiteError) -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(named.count)
        for entity in named { ids.append(try id(of: entity)) }
        return ids
    }

    /// The id of an entity in `entity_keys`, added when new (inside the sink's open transaction).
    private func id(of named: StoreAggregates.Named) throws(SQLiteError) -> Int64 {
        if let known = keyIDs[named] { return known }
        let bound: [SQLiteValue] = [.text(named.type), .text(named.canonical)]
        let id: Int64
        if let stored = try findKey.integer(bound) {
            id = stored
        } else {
            try insertKey.run(bound)
            id = database.lastInsertRowID
        }
        keyIDs[named] = id
        names[id] = named
        return id
    }

    /// Forgets the pending changes and the entity ids learnt in a transaction the sink rolled back (ids of keys
    /// inserted there no longer exist and would be handed out again).
    func discard() {
        delta = StoreAggregates.Delta()
        keyIDs.removeAll()
        names.removeAll()
    }

    /// Writes the pending changes (inside the sink's open transaction). (Sorting each table's rows by key first
    /// was tried: the sort cost more CPU than the B-tree locality saved.)
    func flush() throws(SQLiteError) {
        guard !delta.isEmpty else { return }
        for (id, count) in delta.mentions where count.mentions != 0 || count.documents != 0 {
            guard let named = names[id] else { continue }
            try upsertTotals.run([.text(named.type), .text(named.canonical), .integer(Int64(count.mentions)), .integer(Int64(count.documents))])
        }
        for (key, count) in delta.months where count.mentions != 0 || count.documents != 0 {
            guard let named = names[key.id] else { continue }
            try upsertMonths.run([.text(named.type), .text(named.canonical), .text(key.month),
                                  .integer(Int64(count.mentions)), .integer(Int64(count.documents))])
        }
        for (key, sum) in delta.figures where sum.count != 0 || sum.documents != 0 {
            try upsertFigures.run([.text(key.kind), .text(key.unit), .text(key.force), .text(key.month),
                                   .integer(Int64(sum.count)), .real(sum.total), .integer(Int64(sum.documents))])
        }
        for (pair, count) in delta.pairs where count.documents != 0 || count.mentionsA != 0 || count.mentionsB != 0 {
            guard let a = names[pair.a], let b = names[pair.b] else { continue }
            try upsertPairs.run([.text(a.type), .integer(pair.a), .text(b.type), .integer(pair.b),
                                 .integer(Int64(count.documents)), .integer(Int64(count.mentionsA)), .integer(Int64(count.mentionsB))])
        }
        for (month, count) in delta.documents where count != 0 {
            try upsertDocuments.run([.text(month), .integer(Int64(count))])
        }
        for (role, count) in delta.roles where count != 0 {
            try upsertRoles.run([.text(role.type), .text(role.canonical), .integer(Int64(count))])
        }
        if delta.shrank {
            // Rows that only replaced documents held fall to zero: each key whose count went down is checked by
            // its primary key and removed at zero, so the tables equal a recount without scanning them.
            for (id, count) in delta.mentions where count.documents < 0 {
                guard let named = names[id] else { continue }
                try deleteTotals.run([.text(named.type), .text(named.canonical)])
            }
            for (key, count) in delta.months where count.documents < 0 {
                guard let named = names[key.id] else { continue }
                try deleteMonths.run([.text(named.type), .text(named.canonical), .text(key.month)])
            }
            for (key, sum) in delta.figures where sum.documents < 0 {
                try deleteFigures.run([.text(key.kind), .text(key.unit), .text(key.force), .text(key.month)])
            }
            for (pair, count) in delta.pairs where count.documents < 0 {
                guard let a = names[pair.a], let b = names[pair.b] else { continue }
                try deletePairs.run([.text(a.type), .integer(pair.a), .text(b.type), .integer(pair.b)])
            }
            for (month, count) in delta.documents where count < 0 { try deleteDocuments.run([.text(month)]) }
            for (role, count) in delta.roles where count < 0 { try deleteRoles.run([.text(role.type), .text(role.canonical)]) }
        }
        delta = StoreAggregates.Delta()
    }
}

/// Checks the kept aggregates against a recount from the entities (for tests and `blotter bench store --verify`).
public enum StoreAggregateCheck {
    /// Rows that differ between the aggregate tables and a recount (0 = exact). The store is not changed: the
    /// recount runs in a transaction that is rolled back.
    public static func differences(path: String) throws(SQLiteError) -> Int {
        let database = try SQLiteDatabase(path: path)
        try database.execute("BEGIN IMMEDIATE")
        var differences = 0
        do {
            for table in StoreAggregates.tables {
                try database.execute("CREATE TEMP TABLE kept_\(table.name) AS SELECT \(table.keys), \(table.counts) FROM \(table.name)")
            }
            try database.execute(StoreAggregates.recountStatements)
            for table in StoreAggregates.tables {
                let recount = "SELECT \(table.keys), \(table.counts) FROM \(table.name)"
                let kept = "SELECT * FROM temp.kept_\(table.name)"
                differences += Int(try database.prepare("SELECT COUNT(*) FROM (\(recount) EXCEPT \(kept))").integer() ?? 0)
                differences += Int(try database.prepare("SELECT COUNT(*) FROM (\(kept) EXCEPT \(recount))").integer() ?? 0)
            }
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        try database.execute("ROLLBACK")
        return differences
    }
}
