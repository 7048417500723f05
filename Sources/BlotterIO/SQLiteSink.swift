import BlotterCore

/// Writes records into the SQLite store: batched transactions, upsert by record id (a re-run replaces a
/// document and its entities, never duplicates), WAL mode so readers are not blocked. A run interrupted half
/// way leaves the last committed batch: every batch is one transaction.
public final class SQLiteSink: RecordSink {
    /// Records per transaction: large enough that commits are rare, small enough that an interrupted run loses
    /// little (and `--resume` checkpoints commit anyway).
    public static let batchSize = 2000

    private let database: SQLiteDatabase
    private let upsertDocument: SQLiteStatement
    private let deleteEntities: SQLiteStatement
    private let insertEntity: SQLiteStatement
    private let insertName: SQLiteStatement
    /// (type, key, canonical) already in entity_names, so repeats cost no SQL.
    private var knownNames = Set<String>()
    private var pending = 0
    private var inTransaction = false

    public init(path: String) throws(SQLiteError) {
        database = try SQLiteDatabase(path: path)
        try database.execute(StoreSchema.statements)
        let version = try database.prepare("SELECT value FROM blotter_meta WHERE key = 'schema_version'").rows().first?["value"]?.string
        if let version, version != String(StoreSchema.version) {
            throw SQLiteError(code: 0, message: "store has schema version \(version); this blotter writes version \(StoreSchema.version)", path: path)
        }
        try database.execute("INSERT OR IGNORE INTO blotter_meta(key, value) VALUES ('schema_version', '\(StoreSchema.version)')")
        upsertDocument = try database.prepare("""
            INSERT INTO documents (id, url, path, warc_file, warc_offset, warc_length, captured, title, byline, published,
                                   site, language, text, schema_version)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            ON CONFLICT(id) DO UPDATE SET url = excluded.url, path = excluded.path, warc_file = excluded.warc_file,
                warc_offset = excluded.warc_offset, warc_length = excluded.warc_length, captured = excluded.captured,
                title = excluded.title, byline = excluded.byline, published = excluded.published, site = excluded.site,
                language = excluded.language, text = excluded.text, schema_version = excluded.schema_version
            """)
        deleteEntities = try database.prepare("DELETE FROM entities WHERE document_id = ?1")
        insertName = try database.prepare("INSERT OR IGNORE INTO entity_names (type, key, canonical) VALUES (?1, ?2, ?3)")
        insertEntity = try database.prepare("""
            INSERT INTO entities (document_id, type, text, start, "end", sentence, canonical, role, name, kind, value, unit, qualifier, "of")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            """)
    }

    public func write(_ record: Record) throws {
        if !inTransaction {
            try database.execute("BEGIN IMMEDIATE")
            inTransaction = true
        }
        let article = record.article
        func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
        try upsertDocument.run([
            .text(record.id), text(record.source.url ?? article.canonicalURL), text(record.source.path),
            text(record.source.warc?.file), record.source.warc.map { .integer(Int64($0.offset)) } ?? .null,
            record.source.warc.map { .integer(Int64($0.length)) } ?? .null, text(record.source.captured),
            text(article.title), text(article.byline), text(article.published), text(article.site), text(article.language),
            .text(article.text), .integer(Int64(Record.schemaVersion)),
        ])
        try deleteEntities.run([.text(record.id)])
        let offsets = OffsetMap(article.text)
        for entity in record.entities {
            var value = SQLiteValue.null
            switch entity.figure?.value {
            case .number(let number)?: value = .real(number)
            case .date(let iso)?: value = .text(iso)
            case nil: break
            }
            if entity.type != .figure {
                let canonical = entity.canonical ?? entity.text
                for key in Set([canonical, entity.text, entity.name].compactMap { $0 }) {
                    let marker = entity.type.rawValue + "\u{1F}" + key.lowercased() + "\u{1F}" + canonical
                    if knownNames.insert(marker).inserted {
                        try insertName.run([.text(entity.type.rawValue), .text(key), .text(canonical)])
                    }
                }
            }
            try insertEntity.run([
                .text(record.id), .text(entity.type.rawValue), .text(entity.text),
                .integer(Int64(offsets.scalarOffset(utf8: entity.start))), .integer(Int64(offsets.scalarOffset(utf8: entity.end))),
                .integer(Int64(entity.sentence)), text(entity.canonical ?? (entity.type == .figure ? nil : entity.text)),
                text(entity.role), text(entity.name), text(entity.figure?.kind.rawValue), value, text(entity.figure?.unit),
                text(entity.figure?.qualifier?.rawValue), text(entity.figure?.of),
            ])
        }
        pending += 1
        if pending >= Self.batchSize { try commit() }
    }

    public func checkpoint() throws { try commit() }

    public func finish() throws {
        try commit()
        try database.execute("PRAGMA optimize")
    }

    private func commit() throws {
        guard inTransaction else { return }
        try database.execute("COMMIT")
        inTransaction = false
        pending = 0
    }
}
