import BlotterCore

/// The record in the bulk formats search engines and archive tools read.
extension RecordView {
    /// Keys for cheap filters and facets: "person:Kit Malthouse", "force:bedfordshire", "operation:Operation
    /// Venetic", "figure:mass".
    public var entityKeys: [String] { allEntities.map(\.key).distinctInOrder() }

    /// Elasticsearch / OpenSearch `_bulk` NDJSON: the action line and the document line (no trailing newline
    /// on either; the writer adds one to each). The document is the record plus `entity_keys`.
    public func esBulkLines(index: String) -> (action: String, document: String) {
        var action = JSONWriter()
        action.beginObject()
        action.key("index")
        action.beginObject()
        action.field("_index", index)
        action.field("_id", record.id)
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
        let source = record.source, article = record.article
        let forces = allEntities.filter { $0.type == .force }
        var json = JSONWriter()
        json.beginObject()
        json.field("url", source.url ?? article.canonicalURL ?? source.path)
        json.field("timestamp", source.captured ?? article.published)
        json.field("digest", record.id)
        json.key("named_entities")
        json.beginObject()
        json.key("persons"); json.writeStrings(canonicals(of: .person))
        json.key("organizations"); json.writeStrings(forces.map(\.fullName).distinctInOrder())
        json.key("locations"); json.writeStrings(canonicals(of: .location))
        json.key("forces"); json.writeStrings(canonicals(of: .force))
        json.key("operations"); json.writeStrings(canonicals(of: .operation))
        json.endObject()
        // Each distinct force once with its kind, country and parent (an addition beside named_entities, whose values stay arrays of strings).
        json.key("force_details")
        json.beginArray()
        for force in forces.distinctInOrder(by: { $0.canonical }) {
            json.beginObject()
            json.field("canonical", force.canonical)
            json.field("name", force.fullName)
            json.field("kind", force.kind)
            json.field("country", force.country)
            json.field("parent", force.parent)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.string
    }
}
