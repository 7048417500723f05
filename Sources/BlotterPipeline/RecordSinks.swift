import BlotterIO

extension Configuration.OutputFormat {
    /// The sink that writes records in this format.
    public func sink(writer: LineWriter, index: String) -> any RecordSink {
        switch self {
        case .jsonl: JSONLinesSink(writer: writer)
        case .esBulk: ESBulkSink(writer: writer, index: index)
        case .wane: WANESink(writer: writer)
        }
    }
}
