import BlotterCore

/// Writes records into the SQLite store: batched transactions, upsert by record id (a re-run replaces a
/// document and its entities, never duplicates), WAL mode so readers are not blocked. A run interrupted half
/// way leaves the last committed batch: every batch is one transaction, and the batch's new documents are
/// added to the full-text index inside it, in one statement (see `StoreSchema`).
public final class SQLiteSink: RecordSink {
    /// Records per transaction: large enough that commits are rare, small enough that an interrupted run loses
    /// little (and `--resume` checkpoints commit anyway). A larger batch also sums more of the aggregate tables'
    /// changes before writing them, and writes a page changed by many documents once: 50,000 synthetic documents
    /// took 17.3 s of CPU in batches of 2,000, 14.1-14.5 s in batches of 10,000 and 13.0 s in batches of 20,000
    /// (2026-12-05, one run each but the first two twice; the last two with the cache and checkpoint settings of
    /// `StoreSchema`). An interrupted run loses at most one batch (~10 s of writing).
    public static let batchSize = 20_000

    /// How long the sink waits for another writer's lock (milliseconds). A second `blotter run --db` on the same
    /// store waits while the first holds a batch's transaction: ~10 s for 20,000 records on a quiet machine and
    /// several times that on a loaded one, longer than the 5 s that readers wait.
    public static let busyTimeout: Int32 = 300_000

    /// How long `finish` waits for the lock to refresh the query statistics (milliseconds; skipped after it).
    static let optimizeTimeout: Int32 = 5000

    private let database: SQLiteDatabase
    private let findDocument: SQLiteStatement
    private let insertDocument: SQLiteStatement
    private let updateDocument: SQLiteStatement
    private let indexDocuments: SQLiteStatement
    private let deleteEntities: SQLiteStatement
    private let insertEntity: SQLiteStatement
    private let insertName: SQLiteStatement
    /// (type, key, canonical) already in entity_names, so repeats cost no SQL. Compared as written: a key differing
    /// only in case costs one `INSERT OR IGNORE` that the table's NOCASE key ignores (building a lowercased marker
    /// string for every key took ~4% of the sink's time).
    private var knownNames = Set<NameKey>()

    private struct NameKey: Hashable {
        var type: EntityType
        var key: String
        var canonical: String
    }
    private var pending = 0
    /// Keys of the documents inserted since the last full-text indexing: a contiguous range, because new keys
    /// are max + 1 and the transaction holds the write lock.
    private var unindexed: ClosedRange<Int64>?
    private var inTransaction = false
    /// The aggregate tables' pending changes, written in the same transaction as the documents.
    private let aggregates: StoreAggregateWriter
    /// Whether this sink bulk-loads an empty store (`StoreBulkLoad`): documents and entities only, the derived
    /// tables built by `finish`.
    public private(set) var bulkLoading = false
    /// A bulk load's aggregate sums, kept in memory and written by `finish` (`StoreBulkSums`); nil row by row.
    private var bulkSums: StoreBulkSums?
    /// Whether `finish` wrote the aggregate tables from the sums (false: counted from the entities, or row by row).
    private(set) var builtFromSums = false
    /// Documents this sink inserted during its bulk load (`finish` writes the sums only if the store holds no other).
    private var bulkInserted: Int64 = 0

    /// Opens (or makes) the store at `path`. A store left mid-bulk-load by an interrupted run has its derived
    /// tables built first; then, with `bulkLoad`, a new store (made by this sink) is bulk-loaded (`StoreBulkLoad`).
    /// An existing store, even empty, is written row by row: another writer may hold it, and a bulk load's
    /// `finish` waits for the write lock where the row-by-row one does not.
    /// `bulkSums`: in a bulk load, sum the aggregate tables in memory (the default) rather than count them from the
    /// entities when the run ends; `pairLimit` bounds the sums' pair map (default `StoreBulkSums.defaultPairLimit`).
    public init(path: String, bulkLoad: Bool = true, bulkSums: Bool = true, pairLimit: Int? = nil) throws(SQLiteError) {
        database = try SQLiteDatabase(path: path, busyTimeout: Self.busyTimeout)
        let isNew = try database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").rows().isEmpty
        let meta = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'blotter_meta'").rows()
        var rebuild = false
        if !meta.isEmpty,
           let version = try database.prepare("SELECT value FROM blotter_meta WHERE key = 'schema_version'").rows().first?["value"]?.string,
           version != String(StoreSchema.version) {
            // Version 2 lacks the aggregate tables, version 3 the pair table's mentions, version 4 indexes the text
            // with positions: the aggregate tables are made (the pair table anew) and counted from the entities, and
            // the full-text index is rebuilt from the documents, in one transaction with the version's update.
            guard StoreSchema.rebuiltVersions.contains(version) else {
                throw SQLiteError(code: 0, message: "store has schema version \(version); this blotter writes version \(StoreSchema.version) (write a new store)", path: path)
            }
            rebuild = true
            // Marked first, as a bulk load is: readers refuse the store until the rebuild's transaction (which
            // removes the mark) commits, so a kill between the full-text index's drop and its rebuild cannot
            // leave a store whose text searches silently find nothing; the next writer rebuilds again.
            try database.execute(StoreBulkLoad.markSQL)
            try StoreSchema.dropPositionalFullText(database)
        }
        // A store of an earlier build lacks the added columns: add them before the statements recreate the views.
        if !(try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'entities'").rows()).isEmpty {
            let present = Set(try database.prepare("PRAGMA table_info(entities)").rows().compactMap { $0["name"]?.string })
            for (column, type) in StoreSchema.addedEntityColumns where !present.contains(column) {
                try database.execute("ALTER TABLE entities ADD COLUMN \(column) \(type)")
            }
        }
        try StoreSchema.upgrade(database)
        try database.execute(StoreSchema.statements)
        for added in StoreSchema.addedColumns {
            let columns = try database.prepare("PRAGMA table_info(\(added.table))").rows().compactMap { $0["name"]?.string }
            if !columns.contains(added.column) {
                try database.execute("ALTER TABLE \(added.table) ADD COLUMN \(added.column) \(added.type)")
            }
        }
        if rebuild {
            // Schemas 3 and 4 kept the pairs by name in the table `agg_pairs`, now a view over `agg_pair_counts`.
            let pairsTable = try !database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'agg_pairs'").rows().isEmpty
            try database.execute("""
                BEGIN IMMEDIATE; \(pairsTable ? "DROP TABLE agg_pairs;" : "") \(StoreAggregates.statements) \(StoreAggregates.recountStatements)
                INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
                UPDATE blotter_meta SET value = '\(StoreSchema.version)' WHERE key = 'schema_version';
                DELETE FROM blotter_meta WHERE key = '\(StoreBulkLoad.markerKey)'; COMMIT;
                """)
        } else {
            try database.execute(StoreAggregates.statements)
        }
        try database.execute("INSERT OR IGNORE INTO blotter_meta(key, value) VALUES ('schema_version', '\(StoreSchema.version)')")
        if try StoreBulkLoad.isPending(database) { try StoreBulkLoad.finish(database) }
        if bulkLoad && isNew { bulkLoading = try StoreBulkLoad.begin(database) }
        if bulkLoading && bulkSums { self.bulkSums = StoreBulkSums(pairLimit: pairLimit ?? StoreBulkSums.defaultPairLimit) }
        aggregates = try StoreAggregateWriter(database: database)
        let columns = "url, path, warc_file, warc_offset, warc_length, captured, title, byline, published, site, language, text, schema_version, duplicate_of"
        findDocument = try database.prepare("SELECT doc FROM documents WHERE id = ?1")
        insertDocument = try database.prepare("INSERT INTO documents (id, \(columns)) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
        updateDocument = try database.prepare("UPDATE documents SET (\(columns)) = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) WHERE id = ?1")
        indexDocuments = try database.prepare("INSERT INTO documents_fts(rowid, title, text) SELECT doc, title, text FROM documents WHERE doc BETWEEN ?1 AND ?2")
        deleteEntities = try database.prepare("DELETE FROM entities WHERE doc = ?1")
        insertName = try database.prepare("INSERT OR IGNORE INTO entity_names (type, key, canonical) VALUES (?1, ?2, ?3)")
        insertEntity = try database.prepare("""
            INSERT INTO entities (doc, ordinal, type, text, start, "end", sentence, canonical, role, name, kind, value, unit, qualifier, "of", value_max, country, parent, in_title)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
            """)
    }

    /// Writes one record in the open batch. A failure part-way rolls the whole batch back (as a kill would lose
    /// it), so `finish` never commits a document with only some of its entities or aggregates that miss part of a
    /// record; `--resume` writes the batch again.
    public func write(_ record: Record) throws {
        do {
            try writeInBatch(record)
        } catch {
            rollBackBatch()
            throw error
        }
    }

    private func rollBackBatch() {
        guard inTransaction else { return }
        try? database.execute("ROLLBACK")
        inTransaction = false
        pending = 0
        unindexed = nil
        knownNames.removeAll()
        aggregates.discard()
        // The sums hold the rolled-back records: the run's end counts from the entities instead.
        bulkSums?.invalidate()
    }

    private func writeInBatch(_ record: Record) throws {
        if !inTransaction {
            try database.execute("BEGIN IMMEDIATE")
            inTransaction = true
        }
        let article = record.article
        func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
        let fields: [SQLiteValue] = [
            .text(record.id), text(record.source.url ?? article.canonicalURL), text(record.source.path),
            text(record.source.warc?.file), record.source.warc.map { .integer(Int64($0.offset)) } ?? .null,
            record.source.warc.map { .integer(Int64($0.length)) } ?? .null, text(record.source.captured),
            text(article.title), text(article.byline), text(article.published), text(article.site), text(article.language),
            .text(article.text), .integer(Int64(Record.schemaVersion)), text(record.duplicateOf),
        ]
        let doc: Int64
        if let existing = try findDocument.integer([.text(record.id)]) {
            // The update trigger replaces its full-text entry, which must exist first (a bulk load has neither).
            if let range = unindexed, range.contains(existing) { try indexPending() }
            if !bulkLoading {
                try aggregates.subtract(document: existing)
            } else if let sums = bulkSums, sums.isValid, let stored = try aggregates.storedContribution(of: existing) {
                sums.apply(stored, sign: -1)
            }
            try updateDocument.run(fields)
            try deleteEntities.run([.integer(existing)])
            doc = existing
        } else {
            try insertDocument.run(fields)
            doc = database.lastInsertRowID
            if bulkLoading { bulkInserted += 1 }
            if !bulkLoading { unindexed = unindexed.map { $0.lowerBound...doc } ?? doc...doc }
        }
        let view = RecordView(record)
        // The title's entities after the text's, marked `in_title = 1` (their offsets are into the title).
        for (ordinal, entity) in view.allEntities.enumerated() {
            let inTitle = ordinal >= view.entities.count
            var value = SQLiteValue.null
            switch entity.value {
            case .number(let number)?: value = .real(number)
            case .date(let iso)?: value = .text(iso)
            case nil: break
            }
            if let canonical = entity.canonical {
                // In a fixed order (canonical, as written, full name): `entity_names` keeps the first spelling of a
                // key that differs only in case ("BOP", "bop"), and a Set's order changes from one process to the next.
                for key in [canonical, entity.text, entity.name ?? canonical] {
                    if knownNames.insert(NameKey(type: entity.type, key: key, canonical: canonical)).inserted {
                        try insertName.run([.text(entity.type.rawValue), .text(key), .text(canonical)])
                    }
                }
            }
            try insertEntity.run([
                .integer(doc), .integer(Int64(ordinal)), .text(entity.type.rawValue), .text(entity.text),
                .integer(Int64(entity.start)), .integer(Int64(entity.end)), .integer(Int64(entity.sentence)), text(entity.canonical),
                text(entity.role), text(entity.name), text(entity.kind), value, text(entity.unit), text(entity.qualifier), text(entity.of),
                entity.valueMax.map { .real($0) } ?? .null, text(entity.country), text(entity.parent), inTitle ? .integer(1) : .null,
            ])
        }
        if !bulkLoading {
            try aggregates.add(record, canonical: EntityView.canonical(of:))
        } else if let sums = bulkSums, sums.isValid,
                  let contribution = StoreAggregateWriter.contribution(of: record, canonical: EntityView.canonical(of:)) {
            sums.apply(contribution, sign: 1)
        }
        pending += 1
        if pending >= Self.batchSize { try commit() }
    }

    public func checkpoint() throws { try commit() }

    /// Commits the last batch, then lets SQLite refresh its query statistics. The statistics are an
    /// optimisation: when another writer holds the store (two runs on one store), `PRAGMA optimize` failed with
    /// "database is locked" after every document was committed, and the run ended in failure (issue 21). It now
    /// takes the write lock first (so the busy timeout applies) and a failure of it is ignored.
    public func finish() throws {
        try commit()
        if bulkLoading {
            builtFromSums = try StoreBulkLoad.finish(database, sums: bulkSums, inserted: bulkInserted)
            bulkLoading = false
            bulkSums = nil
        }
        // The statistics are not worth waiting a batch of another writer for.
        database.setBusyTimeout(Self.optimizeTimeout)
        defer { database.setBusyTimeout(Self.busyTimeout) }
        do {
            try database.execute("BEGIN IMMEDIATE")
            do {
                try database.execute("PRAGMA optimize")
                try database.execute("COMMIT")
            } catch {
                try? database.execute("ROLLBACK")
            }
        } catch {
            // Another writer kept the lock past the busy timeout: the statistics wait for the next run.
        }
    }

    private func indexPending() throws {
        guard let range = unindexed else { return }
        try indexDocuments.run([.integer(range.lowerBound), .integer(range.upperBound)])
        unindexed = nil
    }

    private func commit() throws {
        guard inTransaction else { return }
        try indexPending()
        try aggregates.flush()
        // Marked again with every batch: a writer that opened the store meanwhile (and built its derived tables)
        // has removed the marker, and this batch's rows are not counted yet.
        if bulkLoading { try database.execute(StoreBulkLoad.markSQL) }
        try database.execute("COMMIT")
        inTransaction = false
        pending = 0
    }
}
