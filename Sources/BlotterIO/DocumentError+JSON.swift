import BlotterCore

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
