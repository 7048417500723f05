import BlotterIO

extension Configuration.OutputFormat {
    /// The sink that writes records in this format.
    public func sink(writer: LineWriter, index: String) -> any RecordSink {
        switch self {
        case .jsonl: LineRecordSink.jsonLines(writer)
        case .esBulk: LineRecordSink.esBulk(writer, index: index)
        case .wane: LineRecordSink.wane(writer)
        }
    }
}
