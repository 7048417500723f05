/// The SQLite store's schema (version 5: pairs kept by entity id in `agg_pair_counts` behind the `agg_pairs` view,
/// and a full-text index without positions, `detail=column`; a store of version 2, 3 or 4 has its aggregate tables
/// recounted from the entities and its full-text index rebuilt when opened for writing. Version 4: `agg_pairs`
/// gained each partner's mentions and its two top indexes. Version 3: version 2 plus the aggregate tables of `StoreAggregates`, and
/// `entities.value_max`, the high end of a range figure, added to older stores when opened): documents, entities, an FTS5 index over title and text,
/// indexes for the common filters, `entity_names` (every way an entity was written or named → its canonical
/// form, so a filter by name becomes an index lookup), and views analysts read directly.
///
/// Keys: `documents.doc` is an explicit INTEGER PRIMARY KEY (a rowid that VACUUM cannot renumber, so the
/// FTS index's rowids stay valid); `documents.id` is the record id (unique). Entities point to `doc` and are
/// stored clustered by (doc, ordinal) WITHOUT ROWID, so replacing a document's entities is one range delete
/// and the filter indexes carry an 8-byte key instead of the 64-character record id. The views give
/// analysts `document_id` (the record id) directly. The two filter indexes are partial: people and
/// operations have a canonical form and no kind, figures the reverse, forces both (their `kind` is the agency's
/// kind: `blotter query --type force --kind sheriff`); queries say `canonical IS NOT NULL` / `kind IS NOT NULL` where the filter alone does not imply it.
///
/// FTS: rows written by the sink are indexed in one statement per batch (`SQLiteSink`); an FTS5 insert
/// per document, as an AFTER INSERT trigger does, flushes FTS5's pending terms at every statement: with schema 1,
/// `blotter bench store` wrote 100,000 documents in 31.2 s with the trigger and 16.0 s with no full-text index at
/// all; schema 2 with this batching takes ~18-20 s. Updates and
/// deletes made by anyone (a re-run's upsert, an analyst's DELETE) are kept in step by triggers.
/// WAL with `synchronous = NORMAL`: a crash keeps the database consistent; a power cut can lose the last
/// committed batch, which a re-run (`--resume`) writes again.
public enum StoreSchema {
    public static let version = 5

    /// Versions a writer brings up to `version` by rebuilding (the aggregate tables recounted from the entities,
    /// the full-text index from the documents): one transaction, minutes at a million documents.
    static let rebuiltVersions: Set<String> = ["2", "3", "4"]

    /// Drops a full-text index made before schema 5 (with positions: `detail=full`), so `statements` makes it
    /// anew with `detail=column` and the upgrade's transaction fills it (`'rebuild'`).
    static func dropPositionalFullText(_ database: SQLiteDatabase) throws(SQLiteError) {
        let sql = try database.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").rows().first?["sql"]?.string
        guard let sql, !sql.contains("detail=column") else { return }
        try database.execute("DROP TABLE documents_fts")
    }

    /// Columns added to a table after its version was fixed (additions only): a store made before them gets them
    /// with `ALTER TABLE … ADD COLUMN` when it is opened for writing, and readers select NULL for them otherwise.
    public static let addedColumns: [(table: String, column: String, type: String)] = [("entities", "country", "TEXT")]

    /// Datasette recognises an FTS table as searchable only when `content="documents"` is written with
    /// double quotes (with single quotes its search silently returns every row).
    /// Columns added to `entities` since its first version (additions only): a store written before them
    /// gains them (NULL for the old rows) when it is opened for writing.
    public static let addedEntityColumns = [("country", "TEXT"), ("parent", "TEXT"), ("in_title", "INTEGER")]

    /// Whether `documents` has the `duplicate_of` column (stores written before it was added do not).
    static func hasDuplicateColumn(_ database: SQLiteDatabase) throws(SQLiteError) -> Bool {
        try database.prepare("PRAGMA table_info(documents)").rows().contains { $0["name"]?.string == "duplicate_of" }
    }

    /// Brings a store written before `duplicate_of` up to date (an added column; the views, which hold no data,
    /// are made again so they leave repeated captures out). Run before `statements`' CREATE VIEWs.
    static func upgrade(_ database: SQLiteDatabase) throws(SQLiteError) {
        let tables = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'").rows()
        guard !tables.isEmpty else { return }
        // A store written before ranges were one figure: the high end's column, and the figures view that shows it.
        if try !database.prepare("PRAGMA table_info(entities)").rows().contains(where: { $0["name"]?.string == "value_max" }) {
            try database.execute("ALTER TABLE entities ADD COLUMN value_max REAL; DROP VIEW IF EXISTS figures;")
        }
        guard try !hasDuplicateColumn(database) else { return }
        try database.execute("""
            ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
            DROP VIEW IF EXISTS people; DROP VIEW IF EXISTS forces; DROP VIEW IF EXISTS operations; DROP VIEW IF EXISTS figures; DROP VIEW IF EXISTS locations;
            """)
    }

    /// The views people, forces, operations and figures list distinct articles: a document that repeats an
    /// earlier capture's text (`duplicate_of` set) is left out (query `documents` for every capture).
    public static let statements = """
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = NORMAL;
    PRAGMA foreign_keys = ON;
    -- 256 MiB of page cache (64 MiB before; with the 2 MiB default, pages were re-read from the OS) and a checkpoint
    -- every 10,000 WAL pages (40 MB; default 1,000): with the 2,000-document batches of schema 3, 50,000 synthetic
    -- documents took 16.45 s of CPU with these against 17.3 s without (2026-12-05; the larger batch below gained more).
    -- Memory: the writer holds up to 256 MiB; durability is unchanged (a checkpoint only copies committed pages).
    PRAGMA cache_size = -262144;
    PRAGMA wal_autocheckpoint = 10000;
    CREATE TABLE IF NOT EXISTS blotter_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS documents (
        doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        url TEXT, path TEXT, warc_file TEXT, warc_offset INTEGER, warc_length INTEGER, captured TEXT,
        title TEXT, byline TEXT, published TEXT, site TEXT, language TEXT,
        text TEXT NOT NULL, schema_version INTEGER NOT NULL, duplicate_of TEXT
    );
    CREATE TABLE IF NOT EXISTS entities (
        doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
        type TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER,
        canonical TEXT, role TEXT, name TEXT, kind TEXT, value, unit TEXT, qualifier TEXT, "of" TEXT, value_max REAL,
        country TEXT, parent TEXT, in_title INTEGER,
        PRIMARY KEY (doc, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS entities_type_canonical ON entities(type, canonical COLLATE NOCASE) WHERE canonical IS NOT NULL;
    DROP INDEX IF EXISTS entities_type_kind;
    CREATE INDEX IF NOT EXISTS entities_kind_value ON entities(type, kind, value) WHERE kind IS NOT NULL;
    CREATE TABLE IF NOT EXISTS entity_names (
        type TEXT NOT NULL, key TEXT NOT NULL COLLATE NOCASE, canonical TEXT NOT NULL,
        PRIMARY KEY (type, key, canonical)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
    -- Schema 5: the index keeps which column a word is in, not its positions (detail=column). 30,000 synthetic
    -- documents indexed in 1.33 s of CPU against 1.71 s with positions, and 1.2 KB less per document (12% of the
    -- store; 2026-12-06, sqlite3 3.40). The price: no phrase or NEAR queries (StoreQuery.searchWords asks for every
    -- word anywhere; Datasette's search box quotes each word, so "smith-jones" there is refused); snippets still
    -- work (FTS5 re-tokenizes the matched document for them).
    CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content="documents", content_rowid="doc", detail=column);
    -- FTS5 merges 16 segments of a level at a time (default 4): less rewriting of the index as it grows (50,000
    -- synthetic documents: 13.2 s of CPU against 14.1 s, 2026-12-05), at the price of up to twice as many segments for
    -- a query to read; text queries probe few documents (StoreQuery.documents), so they stay in milliseconds.
    -- Schema 5: 16 (100,000 synthetic documents indexed in batches of 20,000 with detail=column: 4.04 s of CPU against
    -- 5.04 s with 8, the same size; 2026-12-06, sqlite3 3.40).
    INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 16);
    CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.doc, old.title, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.doc, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc, new.title, new.text);
    END;
    CREATE VIEW IF NOT EXISTS people AS
        SELECT e.canonical AS person, e.text, e.role, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.doc = e.doc WHERE e.type = 'person' AND d.duplicate_of IS NULL;
    DROP VIEW IF EXISTS forces;
    CREATE VIEW forces AS
        SELECT e.canonical AS force, e.name, e.text, e.kind, e.country, e.parent, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.doc = e.doc WHERE e.type = 'force' AND d.duplicate_of IS NULL;
    CREATE VIEW IF NOT EXISTS operations AS
        SELECT e.canonical AS operation, e.text, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.doc = e.doc WHERE e.type = 'operation' AND d.duplicate_of IS NULL;
    CREATE VIEW IF NOT EXISTS locations AS
        SELECT e.canonical AS location, e.country, e.text, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.doc = e.doc WHERE e.type = 'location' AND d.duplicate_of IS NULL;
    CREATE VIEW IF NOT EXISTS figures AS
        SELECT e.kind, e.value, e.value_max, e.unit, e.qualifier, e."of", e.text, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.doc = e.doc WHERE e.type = 'figure' AND d.duplicate_of IS NULL;
    """
}
