/// The record in the bulk formats search engines and archive tools read.
extension Record {
    /// Keys for cheap filters and facets: "person:Kit Malthouse", "force:bedfordshire", "operation:Operation
    /// Venetic", "figure:mass".
    public var entityKeys: [String] {
        entities.map { entity in
            let value = entity.type == .figure ? (entity.figure?.kind.rawValue ?? "other") : (entity.canonical ?? entity.text)
            return entity.type.rawValue + ":" + value
        }.distinctInOrder()
    }

    /// Elasticsearch / OpenSearch `_bulk` NDJSON: the action line and the document line (no trailing newline
    /// on either; the writer adds one to each). The document is the record plus `entity_keys`.
    public func esBulkLines(index: String) -> (action: String, document: String) {
        var action = JSONWriter()
        action.beginObject()
        action.key("index")
        action.beginObject()
        action.field("_index", index)
        action.field("_id", id)
        action.endObject()
        action.endObject()
        var line = jsonLine()
        // The record line ends with "}": insert the keys before it.
        var keys = JSONWriter()
        keys.writeStrings(entityKeys)
        line.removeLast()
        line += ",\"entity_keys\":" + keys.string + "}"
        return (action.string, line)
    }

    /// One line in the shape of the Internet Archive's Web Archive Named Entities (WANE) files, with Blotter's
    /// forces and operations as extra arrays. `organizations` holds the forces' full names; `locations` the
    /// places' canonical names.
    public func waneLine() -> String {
        func distinct(_ type: EntityType, _ value: (Entity) -> String) -> [String] {
            entities.filter { $0.type == type }.map(value).distinctInOrder()
        }
        var json = JSONWriter()
        json.beginObject()
        json.field("url", source.url ?? article.canonicalURL ?? source.path)
        json.field("timestamp", source.captured ?? article.published)
        json.field("digest", id)
        json.key("named_entities")
        json.beginObject()
        json.key("persons"); json.writeStrings(distinct(.person) { $0.canonical ?? $0.text })
        json.key("organizations"); json.writeStrings(distinct(.force) { $0.name ?? $0.text })
        json.key("locations"); json.writeStrings(distinct(.location) { $0.canonical ?? $0.text })
        json.key("forces"); json.writeStrings(distinct(.force) { $0.canonical ?? $0.text })
        json.key("operations"); json.writeStrings(distinct(.operation) { $0.canonical ?? $0.text })
        json.endObject()
        // Each distinct force once with its kind, country and parent (an addition beside named_entities, whose values stay arrays of strings).
        json.key("force_details")
        json.beginArray()
        for force in entities.filter({ $0.type == .force }).distinctInOrder(by: { $0.canonical ?? $0.text }) {
            json.beginObject()
            json.field("canonical", force.canonical ?? force.text)
            json.field("name", force.name ?? force.text)
            json.field("kind", force.forceKind?.rawValue)
            json.field("country", force.country)
            json.field("parent", force.parent)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.string
    }
}
