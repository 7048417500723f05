import BlotterCore

extension Record {
    /// The record as one line of JSON (no trailing newline), keys in schema order, offsets in Unicode scalars.
    public func jsonLine() -> String {
        var json = JSONWriter(capacity: article.text.utf8.count + 256 * (entities.count + 4))
        json.beginObject()
        json.field("schema", Record.schemaVersion)
        json.field("id", id)
        json.key("source"); source.writeJSON(into: &json, fallbackURL: article.canonicalURL)
        json.field("title", article.title)
        json.field("byline", article.byline)
        json.field("published", article.published)
        json.field("language", article.language)
        json.field("site", article.site)
        json.field("text", article.text)
        json.key("entities")
        json.beginArray()
        let offsets = OffsetMap(article.text)
        for entity in entities { entity.writeJSON(into: &json, offsets: offsets) }
        json.endArray()
        json.key("summary")
        let summary = self.summary
        json.beginObject()
        json.key("people"); json.writeStrings(summary.people)
        json.key("forces"); json.writeStrings(summary.forces)
        json.key("operations"); json.writeStrings(summary.operations)
        json.field("figures", summary.figures)
        json.endObject()
        json.field("duplicate_of", duplicateOf)
        json.endObject()
        return json.string
    }
}

extension SourceLocation {
    /// `line` (the line of a JSON-lines input) is written in error entries only: records keep schema 1's keys.
    func writeJSON(into json: inout JSONWriter, fallbackURL: String? = nil, includingLine: Bool = false) {
        json.beginObject()
        json.field("path", path)
        json.field("url", url ?? fallbackURL)
        json.key("warc")
        if let warc {
            json.beginObject()
            json.field("file", warc.file)
            json.field("offset", warc.offset)
            json.field("length", warc.length)
            json.endObject()
        } else {
            json.null()
        }
        json.field("captured", captured)
        if includingLine, let line { json.field("line", line) }
        json.endObject()
    }
}

extension Entity {
    func writeJSON(into json: inout JSONWriter, offsets: OffsetMap) {
        json.beginObject()
        json.field("type", type.rawValue)
        json.field("text", text)
        json.field("start", offsets.scalarOffset(utf8: start))
        json.field("end", offsets.scalarOffset(utf8: end))
        json.field("sentence", sentence)
        switch type {
        case .person:
            json.field("canonical", canonical ?? text)
            json.field("role", role)
        case .force:
            json.field("canonical", canonical ?? text)
            json.field("name", name ?? text)
            json.field("kind", forceKind?.rawValue)
            json.field("country", country)
            json.field("parent", parent)
        case .operation:
            json.field("canonical", canonical ?? text)
        case .location:
            json.field("canonical", canonical ?? text)
            json.field("country", country)
        case .figure:
            if let figure {
                json.field("kind", figure.kind.rawValue)
                json.key("value")
                switch figure.value {
                case .number(let number): json.value(number)
                case .date(let iso): json.value(iso)
                }
                if let high = figure.valueMax {
                    json.key("value_max")
                    json.value(high)
                }
                json.field("unit", figure.unit)
                json.field("qualifier", figure.qualifier?.rawValue)
                json.field("of", figure.of)
            }
        }
        json.endObject()
    }
}

extension DocumentError {
    /// `{"id", "source", "stage", "error"}` as one line of JSON.
    public func jsonLine() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", id)
        json.key("source"); source.writeJSON(into: &json, includingLine: true)
        json.field("stage", stage.rawValue)
        json.field("error", message)
        json.endObject()
        return json.string
    }
}
