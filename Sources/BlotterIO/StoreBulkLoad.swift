/// A first load into an empty store, written like a bulk index load (Elasticsearch's `refresh_interval: -1`): the
/// sink writes documents, entities and `entity_names` only, and builds what is derived from them once at the end
/// of the run: the aggregate tables from the sums the sink kept in memory (`StoreBulkSums`, written in key order,
/// their indexes made after their rows), or, when those cannot be trusted, counted from the entities
/// (`buildStatements`, `INSERT ... SELECT ... GROUP BY`); the full-text index with FTS5's `'rebuild'`; then the
/// secondary indexes of `entities` and `documents` with `CREATE INDEX`. Writes into a store that already holds
/// documents keep the per-row path.
///
/// While the derived tables are missing the store carries a marker row (`blotter_meta.bulk_load`), committed
/// before the first document and again with every batch. A writer that opens a marked store (a `--resume` after a
/// kill, or any other run) builds the derived tables first (`finish`), so they equal a recount before it writes
/// anything; readers refuse a marked store (`StoreQuery`), except the export, which reads only documents and entities.
enum StoreBulkLoad {
    static let markerKey = "bulk_load"

    /// Indexes left out while bulk loading, made again by `StoreSchema.statements` (`CREATE INDEX IF NOT EXISTS`).
    static let deferredIndexes = ["entities_type_canonical", "entities_kind_value", "documents_published"]

    /// The triggers that keep the full-text index in step with updates and deletes: while the index is empty they
    /// would 'delete' entries it never held (which corrupts an FTS5 index), so they are dropped and made again by
    /// `StoreSchema.statements` before the index is rebuilt.
    static let deferredTriggers = ["documents_fts_delete", "documents_fts_update"]

    /// The statement that marks the store as mid-bulk (idempotent: run in every batch's transaction).
    static let markSQL = "INSERT OR REPLACE INTO blotter_meta (key, value) VALUES ('\(markerKey)', 'derived tables not built')"

    /// Whether the store is marked as left mid-bulk (false for a store without `blotter_meta`).
    static func isPending(_ database: SQLiteDatabase) throws(SQLiteError) -> Bool {
        let meta = try database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blotter_meta'").rows()
        guard !meta.isEmpty else { return false }
        return try !database.prepare("SELECT 1 FROM blotter_meta WHERE key = '\(markerKey)'").rows().isEmpty
    }

    /// Starts a bulk load when the store holds no document (checked under the write lock, so two writers cannot
    /// both see it empty): marks it and drops the deferred indexes and triggers. Returns whether it did.
    static func begin(_ database: SQLiteDatabase) throws(SQLiteError) -> Bool {
        try database.execute("BEGIN IMMEDIATE")
        do {
            guard try database.prepare("SELECT 1 FROM documents LIMIT 1").rows().isEmpty else {
                try database.execute("COMMIT")
                return false
            }
            let drops = deferredIndexes.map { "DROP INDEX IF EXISTS \($0);" } + deferredTriggers.map { "DROP TRIGGER IF EXISTS \($0);" }
            try database.execute(markSQL + "; " + drops.joined(separator: " ") + " COMMIT")
            return true
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    /// Builds the derived tables of a bulk-loaded store and removes its marker: the aggregate tables
    /// (`buildStatements`) and the full-text index (`'rebuild'`) in one transaction, before the deferred indexes
    /// exist (the builds scan the entities in key order, by document); then the indexes and triggers
    /// (`StoreSchema.statements`, each `CREATE ... IF NOT EXISTS`); then the marker's removal. Interrupted anywhere,
    /// the marker stays and the next writer does it all again (every step starts from nothing or is idempotent).
    ///
    /// `sums`: the bulk writer's in-memory aggregate sums over the `inserted` documents it wrote. They are written
    /// instead of `buildStatements` when they still describe the whole store: valid, no other writer has opened it
    /// (each one makes the deferred indexes when it opens a store), and it holds no document but the bulk writer's.
    /// Returns whether the sums were written.
    @discardableResult
    static func finish(_ database: SQLiteDatabase, sums: StoreBulkSums? = nil, inserted: Int64 = 0) throws(SQLiteError) -> Bool {
        try database.execute("BEGIN IMMEDIATE")
        var fromSums = false
        do {
            if let sums, sums.isValid, sums.fitsSortKeys, try canWrite(sums: sums, inserted: inserted, database) {
                fromSums = true
                try database.execute(clearStatements + aggregateIndexes.map { "DROP INDEX IF EXISTS \($0);" }.joined())
                try sums.write(to: database)
                try database.execute(StoreAggregates.statements)
            } else {
                try database.execute(buildStatements)
            }
            try database.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        try database.execute(StoreSchema.statements)
        try database.execute("DELETE FROM blotter_meta WHERE key = '\(markerKey)'")
        return fromSums
    }

    /// Whether a bulk writer's sums describe the store (see `finish`): checked inside the build's transaction.
    static func canWrite(sums: StoreBulkSums, inserted: Int64, _ database: SQLiteDatabase) throws(SQLiteError) -> Bool {
        let names = deferredIndexes.map { "'\($0)'" }.joined(separator: ", ")
        let made = try database.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name IN (\(names))").integer() ?? 0
        let documents = try database.prepare("SELECT COALESCE(MAX(doc), 0) FROM documents").integer() ?? 0
        let keys = try database.prepare("SELECT COUNT(*) FROM (SELECT 1 FROM entity_keys LIMIT 1)").integer() ?? 0
        return made == 0 && documents == inserted && keys == 0
    }

    /// The aggregate tables' secondary indexes, made after their rows when the sums are written.
    static let aggregateIndexes = ["agg_totals_top", "agg_figures_month", "agg_pair_counts_b_top", "agg_pair_counts_a_top", "agg_pair_counts_top"]

    /// Empties the aggregate tables (the first lines of `buildStatements`).
    static let clearStatements = """
    DELETE FROM agg_totals; DELETE FROM agg_mentions; DELETE FROM agg_figures; DELETE FROM agg_pair_counts;
    DELETE FROM agg_documents; DELETE FROM agg_roles;
    """

    /// The aggregate tables counted from the entities, as `StoreAggregates.recountStatements` counts them (the
    /// tests' and `--verify`'s oracle) but through temporary tables of one row per document and entity, so no
    /// count is `COUNT(DISTINCT ...)` and the pairs are a self-join by document on a key. 100,000 synthetic
    /// documents (1.68 M entities), sqlite3 3.40, CPU seconds: mentions and totals 1.8 -> 1.3, pairs 5.2 -> 2.6,
    /// figures 6.0 -> 4.0 (with the indexes in place; less without), roles and documents unchanged (0.5).
    static let buildStatements = clearStatements + """

    DROP TABLE IF EXISTS temp.bulk_named; DROP TABLE IF EXISTS temp.bulk_ids; DROP TABLE IF EXISTS temp.bulk_forces;
    DROP TABLE IF EXISTS temp.bulk_figures;
    CREATE TEMP TABLE bulk_named (
        doc INTEGER NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL, month TEXT NOT NULL, mentions INTEGER NOT NULL,
        PRIMARY KEY (doc, type, canonical)
    ) WITHOUT ROWID;
    INSERT INTO bulk_named
        SELECT e.doc, e.type, e.canonical, \(StoreAggregates.monthSQL), COUNT(*) FROM entities e JOIN documents d ON d.doc = e.doc
        WHERE e.type != 'figure' AND e.canonical IS NOT NULL AND d.duplicate_of IS NULL GROUP BY e.doc, e.type, e.canonical;
    INSERT INTO agg_mentions (type, canonical, month, mentions, documents)
        SELECT type, canonical, month, SUM(mentions), COUNT(*) FROM bulk_named GROUP BY 1, 2, 3;
    INSERT INTO agg_totals (type, canonical, mentions, documents)
        SELECT type, canonical, SUM(mentions), SUM(documents) FROM agg_mentions GROUP BY 1, 2;
    INSERT OR IGNORE INTO entity_keys (type, canonical) SELECT type, canonical FROM agg_totals ORDER BY 1, 2;
    CREATE TEMP TABLE bulk_ids (
        doc INTEGER NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL, id INTEGER NOT NULL, mentions INTEGER NOT NULL,
        PRIMARY KEY (doc, type, canonical)
    ) WITHOUT ROWID;
    INSERT INTO bulk_ids
        SELECT n.doc, n.type, n.canonical, k.id, n.mentions FROM bulk_named n JOIN entity_keys k ON k.canonical = n.canonical AND k.type = n.type
        ORDER BY 1, 2, 3;
    INSERT INTO agg_pair_counts (type_a, a, type_b, b, documents, mentions_a, mentions_b)
        SELECT x.type, x.id, y.type, y.id, COUNT(*), SUM(x.mentions), SUM(y.mentions)
        FROM bulk_ids x JOIN bulk_ids y ON y.doc = x.doc AND (y.type > x.type OR (y.type = x.type AND y.canonical > x.canonical))
        GROUP BY 1, 2, 3, 4;
    CREATE TEMP TABLE bulk_forces (doc INTEGER NOT NULL, force TEXT NOT NULL, PRIMARY KEY (doc, force)) WITHOUT ROWID;
    INSERT INTO bulk_forces
        SELECT doc, canonical FROM bulk_named WHERE type = 'force' UNION ALL SELECT doc, '*' FROM documents WHERE duplicate_of IS NULL
        ORDER BY 1, 2;
    CREATE TEMP TABLE bulk_figures (
        doc INTEGER NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL, figures INTEGER NOT NULL, total REAL NOT NULL,
        PRIMARY KEY (doc, kind, unit)
    ) WITHOUT ROWID;
    INSERT INTO bulk_figures
        SELECT e.doc, e.kind, COALESCE(e.unit, ''), COUNT(*), TOTAL(CASE WHEN typeof(e.value) IN ('integer', 'real') THEN e.value END)
        FROM entities e WHERE e.type = 'figure' AND e.kind IS NOT NULL GROUP BY 1, 2, 3;
    INSERT INTO agg_figures (kind, unit, force, month, figures, total, documents)
        SELECT g.kind, g.unit, f.force, \(StoreAggregates.monthSQL), SUM(g.figures), TOTAL(g.total), COUNT(*)
        FROM bulk_figures g JOIN documents d ON d.doc = g.doc JOIN bulk_forces f ON f.doc = g.doc
        GROUP BY 1, 2, 3, 4;
    INSERT INTO agg_documents (month, documents) SELECT \(StoreAggregates.monthSQL), COUNT(*) FROM documents d WHERE d.duplicate_of IS NULL GROUP BY 1;
    INSERT INTO agg_roles (role, canonical, documents)
        SELECT e.role, e.canonical, COUNT(DISTINCT e.doc) FROM entities e JOIN documents d ON d.doc = e.doc
        WHERE e.type = 'person' AND e.role IS NOT NULL AND e.canonical IS NOT NULL AND d.duplicate_of IS NULL GROUP BY 1, 2;
    DROP TABLE temp.bulk_named; DROP TABLE temp.bulk_ids; DROP TABLE temp.bulk_forces; DROP TABLE temp.bulk_figures;
    """
}

