import BlotterCore

/// Reads records back out of the SQLite store (for `blotter export`), in the order they were first written.
public struct StoreReader {
    let database: SQLiteDatabase

    public init(path: String) throws(SQLiteError) {
        // The same checks (exists, is a Blotter store); a store left mid-bulk-load has every document and entity.
        _ = try StoreQuery(path: path, requireDerivedTables: false)
        database = try SQLiteDatabase(path: path, readOnly: true)
    }

    /// Calls `visit` with each record; stops at the first error it throws.
    public func forEach(_ visit: (Record) throws -> Void) throws {
        let duplicateColumn = try StoreSchema.hasDuplicateColumn(database) ? ", duplicate_of" : ""
        let documents = try database.prepare("""
            SELECT doc, id, url, path, warc_file, warc_offset, warc_length, captured, title, byline, published, site, language, text\(duplicateColumn)
            FROM documents ORDER BY doc
            """)
        // A store written before the force columns (read-only here, so not upgraded) reads them as NULL.
        let columns = Set(try database.prepare("PRAGMA table_info(entities)").rows().compactMap { $0["name"]?.string })
        let forceColumns = columns.contains("country") && columns.contains("parent") ? "country, parent" : "NULL AS country, NULL AS parent"
        let valueMaxColumn = columns.contains("value_max") ? "value_max" : "NULL AS value_max"
        let inTitleColumn = columns.contains("in_title") ? "in_title" : "NULL AS in_title"
        let entities = try database.prepare("""
            SELECT ordinal, type, text, start, "end", sentence, canonical, role, name, kind, value, unit, qualifier, "of", \(valueMaxColumn), \(forceColumns), \(inTitleColumn)
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
            let titleUTF8 = Self.utf8Offsets(text("title") ?? "")
            var record = Record(sequence: sequence, id: id, source: SourceLocation(path: text("path"), url: text("url"), warc: warc,
                                                                                   captured: text("captured")),
                                article: article, duplicateOf: text("duplicate_of"))
            for entity in try entities.rows([row["doc"] ?? .null]) {
                let inTitle = entity["in_title"] == .integer(1)
                let offsets = inTitle ? titleUTF8 : utf8
                guard let type = entity["type"]?.string.flatMap(EntityType.init(rawValue:)),
                      case .integer(let start)? = entity["start"], case .integer(let end)? = entity["end"],
                      0 <= start, start <= end, Int(end) < offsets.count else {
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
                    switch entity["value_max"] {
                    case .real(let number)?: figure?.valueMax = number
                    case .integer(let number)?: figure?.valueMax = Double(number)
                    default: break
                    }
                }
                var sentence = 0
                if case .integer(let value)? = entity["sentence"] { sentence = Int(value) }
                var built = Entity(type: type, text: entity["text"]?.string ?? "", start: offsets[Int(start)], end: offsets[Int(end)],
                                   sentence: sentence, canonical: entity["canonical"]?.string, role: entity["role"]?.string,
                                   name: entity["name"]?.string, figure: figure)
                built.country = entity["country"]?.string
                if type == .force {
                    built.forceKind = entity["kind"]?.string.flatMap(ForceKind.init(rawValue:))
                    built.parent = entity["parent"]?.string
                }
                if inTitle { record.titleEntities.append(built) } else { record.entities.append(built) }
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
