import BlotterCore

/// Reads records back out of the SQLite store (for `blotter export`), in the order they were first written.
public struct StoreReader {
    let database: SQLiteDatabase

    public init(path: String) throws(SQLiteError) {
        _ = try StoreQuery(path: path)  // the same checks: exists, is a Blotter store
        database = try SQLiteDatabase(path: path, readOnly: true)
    }

    /// Calls `visit` with each record; stops at the first error it throws.
    public func forEach(_ visit: (Record) throws -> Void) throws {
        let duplicateColumn = try StoreSchema.hasDuplicateColumn(database) ? ", duplicate_of" : ""
        let documents = try database.prepare("""
            SELECT doc, id, url, path, warc_file, warc_offset, warc_length, captured, title, byline, published, site, language, text\(duplicateColumn)
            FROM documents ORDER BY doc
            """)
        // A store written before the `country` column was added has none.
        let hasCountry = try database.prepare("PRAGMA table_info(entities)").rows().contains { $0["name"]?.string == "country" }
        let entities = try database.prepare("""
            SELECT ordinal, type, text, start, "end", sentence, canonical, role, name, kind, value, unit, qualifier, "of",
                   \(hasCountry ? "country" : "NULL AS country")
            FROM entities WHERE doc = ?1 ORDER BY ordinal
            """)
        var sequence = 0
        try documents.forEachRow { row in
            defer { sequence += 1 }
            func text(_ key: String) -> String? { row[key]?.string }
            func int(_ key: String) -> Int? { if case .integer(let value)? = row[key] { return Int(value) } else { return nil } }
            guard let id = text("id") else { return }  // NOT NULL in the schema
            let body = text("text") ?? ""
            var warc: WARCLocation?
            if let file = text("warc_file") { warc = WARCLocation(file: file, offset: int("warc_offset") ?? 0, length: int("warc_length") ?? 0) }
            let article = Article(title: text("title"), byline: text("byline"), published: text("published"), language: text("language"),
                                  site: text("site"), text: body)
            let utf8 = Self.utf8Offsets(body)
            var record = Record(sequence: sequence, id: id, source: SourceLocation(path: text("path"), url: text("url"), warc: warc,
                                                                                   captured: text("captured")),
                                article: article, duplicateOf: text("duplicate_of"))
            for entity in try entities.rows([row["doc"] ?? .null]) {
                guard let type = entity["type"]?.string.flatMap(EntityType.init(rawValue:)),
                      case .integer(let start)? = entity["start"], case .integer(let end)? = entity["end"],
                      0 <= start, start <= end, Int(end) < utf8.count else {
                    throw SQLiteError(code: 0, message: "document \(id): entity \(entity["ordinal"]?.string ?? "?") has an unknown type or offsets outside its text", path: database.path)
                }
                var figure: FigureFacts?
                if type == .figure, let kind = entity["kind"]?.string.flatMap(FigureKind.init(rawValue:)) {
                    let value: FigureValue
                    switch entity["value"] {
                    case .real(let number)?: value = .number(number)
                    case .integer(let number)?: value = .number(Double(number))
                    default: value = .date(entity["value"]?.string ?? "")
                    }
                    figure = FigureFacts(kind: kind, value: value, unit: entity["unit"]?.string,
                                         qualifier: entity["qualifier"]?.string.flatMap(Qualifier.init(rawValue:)), of: entity["of"]?.string)
                }
                var sentence = 0
                if case .integer(let value)? = entity["sentence"] { sentence = Int(value) }
                var read = Entity(type: type, text: entity["text"]?.string ?? "", start: utf8[Int(start)], end: utf8[Int(end)],
                                  sentence: sentence, canonical: entity["canonical"]?.string, role: entity["role"]?.string,
                                  name: entity["name"]?.string, figure: figure, recognizer: "store")
                read.country = entity["country"]?.string
                record.entities.append(read)
            }
            try visit(record)
        }
    }

    /// UTF-8 offset of each Unicode-scalar offset (and of the end).
    static func utf8Offsets(_ text: String) -> [Int] {
        var offsets = [0]
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        for scalar in text.unicodeScalars { offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar)) }
        return offsets
    }
}
