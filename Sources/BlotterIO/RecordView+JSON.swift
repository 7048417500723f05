import BlotterCore

extension RecordView {
    /// The record as one line of JSON (no trailing newline), keys in schema order, offsets in Unicode scalars.
    public func jsonLine() -> String {
        let article = record.article
        var json = JSONWriter(capacity: article.text.utf8.count + 256 * (entities.count + 4))
        json.beginObject()
        json.field("schema", Record.schemaVersion)
        json.field("id", record.id)
        json.key("source"); record.source.writeJSON(into: &json, fallbackURL: article.canonicalURL)
        json.field("title", article.title)
        json.field("byline", article.byline)
        json.field("published", article.published)
        json.field("language", article.language)
        json.field("site", article.site)
        json.field("text", article.text)
        json.key("entities")
        json.beginArray()
        for entity in entities { entity.writeJSON(into: &json) }
        json.endArray()
        json.key("title_entities")
        json.beginArray()
        for entity in titleEntities { entity.writeJSON(into: &json) }
        json.endArray()
        json.key("summary")
        let summary = self.summary
        json.beginObject()
        json.key("people"); json.writeStrings(summary.people)
        json.key("forces"); json.writeStrings(summary.forces)
        json.key("operations"); json.writeStrings(summary.operations)
        json.field("figures", summary.figures)
        json.endObject()
        json.field("duplicate_of", record.duplicateOf)
        json.endObject()
        return json.string
    }
}

extension Record {
    /// The record as one line of JSON (see `RecordView.jsonLine`), for a record written once.
    public func jsonLine() -> String { RecordView(self).jsonLine() }
}

extension EntityView {
    func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.field("type", type.rawValue)
        json.field("text", text)
        json.field("start", start)
        json.field("end", end)
        json.field("sentence", sentence)
        switch type {
        case .person:
            json.field("canonical", canonical)
            json.field("role", role)
        case .force:
            json.field("canonical", canonical)
            json.field("name", fullName)
            json.field("kind", kind)
            json.field("country", country)
            json.field("parent", parent)
        case .operation:
            json.field("canonical", canonical)
        case .location:
            json.field("canonical", canonical)
            json.field("country", country)
        case .figure:
            if let value {
                json.field("kind", kind)
                json.key("value")
                switch value {
                case .number(let number): json.value(number)
                case .date(let iso): json.value(iso)
                }
                if let valueMax {
                    json.key("value_max")
                    json.value(valueMax)
                }
                json.field("unit", unit)
                json.field("qualifier", qualifier)
                json.field("of", of)
            }
        }
        json.endObject()
    }
}
