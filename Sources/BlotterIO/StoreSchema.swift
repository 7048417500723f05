/// The SQLite store's schema (version 1): documents, entities, an FTS5 index over title and text kept in
/// step by triggers, indexes for the common filters, `entity_names` (every way an entity was written or named
/// → its canonical form, so a filter by name becomes an index lookup), and views analysts read directly.
/// WAL with `synchronous = NORMAL`: a crash keeps the database consistent; a power cut can lose the last
/// committed batch, which a re-run (`--resume`) writes again.
public enum StoreSchema {
    public static let version = 1

    /// Datasette recognises an FTS table as searchable only when `content="documents"` is written with
    /// double quotes (with single quotes its search silently returns every row).
    public static let statements = """
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = NORMAL;
    PRAGMA foreign_keys = ON;
    CREATE TABLE IF NOT EXISTS blotter_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        url TEXT, path TEXT, warc_file TEXT, warc_offset INTEGER, warc_length INTEGER, captured TEXT,
        title TEXT, byline TEXT, published TEXT, site TEXT, language TEXT,
        text TEXT NOT NULL, schema_version INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS entities (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER,
        canonical TEXT, role TEXT, name TEXT, kind TEXT, value, unit TEXT, qualifier TEXT, "of" TEXT
    );
    CREATE INDEX IF NOT EXISTS entities_type_canonical ON entities(type, canonical COLLATE NOCASE, document_id);
    CREATE INDEX IF NOT EXISTS entities_type_kind ON entities(type, kind, document_id);
    CREATE INDEX IF NOT EXISTS entities_document ON entities(document_id);
    CREATE TABLE IF NOT EXISTS entity_names (
        type TEXT NOT NULL, key TEXT NOT NULL COLLATE NOCASE, canonical TEXT NOT NULL,
        PRIMARY KEY (type, key, canonical)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
    CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content="documents", content_rowid="rowid");
    CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE VIEW IF NOT EXISTS people AS
        SELECT e.canonical AS person, e.text, e.role, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.id = e.document_id WHERE e.type = 'person';
    CREATE VIEW IF NOT EXISTS forces AS
        SELECT e.canonical AS force, e.name, e.text, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.id = e.document_id WHERE e.type = 'force';
    CREATE VIEW IF NOT EXISTS operations AS
        SELECT e.canonical AS operation, e.text, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.id = e.document_id WHERE e.type = 'operation';
    CREATE VIEW IF NOT EXISTS figures AS
        SELECT e.kind, e.value, e.unit, e.qualifier, e."of", e.text, d.id AS document_id, d.title, d.published, d.url
        FROM entities e JOIN documents d ON d.id = e.document_id WHERE e.type = 'figure';
    """
}
