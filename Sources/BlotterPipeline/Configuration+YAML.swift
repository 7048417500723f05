extension Configuration {
    /// The configuration as YAML, every key present (what `blotter config` prints).
    public var yaml: String {
        func quoted(_ string: String) -> String {
            let plain = string.allSatisfy { $0.isLetter || $0.isNumber || "/._-@=".contains($0) } && !string.isEmpty
            return plain ? string : "\"" + string.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }
        return """
        version: \(version)
        inputs: \(list(inputs))
        output:
          records: \(quoted(output.records))
          errors: \(output.errors.map(quoted) ?? "null")
          db: \(output.db.map(quoted) ?? "null")
          format: \(output.format.rawValue)
          index: \(quoted(output.index))
        pipeline:
          window: \(pipeline.window)
          stages: \(list(pipeline.stages.map(\.rawValue)))
        extract:
          width: \(extract.width)
          max_page_bytes: \(extract.maxPageBytes)
        segment:
          width: \(segment.width)
          locale: \(quoted(segment.locale))
        tag:
          width: \(tag.width)
          models: \(quoted(tag.models))
          recognizers: \(list(tag.recognizers))
          mention_passes: \(list(tag.mentionPasses))

        """
    }
}
