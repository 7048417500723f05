import BlotterIO

/// `blotter export`: every record of the SQLite store, in the order first written, in one output format.
public enum StoreExport {
    /// Why an export stopped: before the first record (the store or the output cannot be opened) or while
    /// writing (after `recordsRead` records).
    public enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String)
        case cannotWrite(String, recordsRead: Int)

        public var description: String {
            switch self {
            case .cannotOpen(let message): message
            case .cannotWrite(let message, let count): "\(message) (\(count) records read from the store before the failure)"
            }
        }
    }

    /// Writes the store at `database` to `out` (- for stdout) in `format` (`index` names the es-bulk index) and
    /// returns the number of records written. Errors other than `Failure` come from reading the store.
    public static func run(database: String, format: Configuration.OutputFormat, out: String, index: String) throws -> Int {
        if let problem = StorePath.problem(database, option: "--db") { throw Failure.cannotOpen(problem) }
        let reader: StoreReader
        do { reader = try StoreReader(path: database) } catch { throw Failure.cannotOpen(error.description) }
        let sink: any RecordSink
        do { sink = format.sink(writer: try LineWriter(path: out), index: index) } catch { throw Failure.cannotOpen("--out \(error.message)") }
        var count = 0
        do {
            try reader.forEach { record in
                try sink.write(record)
                count += 1
            }
            try sink.finish()
        } catch let error as SinkError {
            throw Failure.cannotWrite(error.message, recordsRead: count)
        }
        return count
    }
}
