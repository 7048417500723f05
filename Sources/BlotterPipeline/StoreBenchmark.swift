import Foundation
import Dispatch
import BlotterCore
import BlotterIO

/// Speed of the SQLite store: records written per second (with their entities, in the sink's batched
/// transactions), then the latency of analysts' queries on the result. Records are copies of the given
/// ones under new ids, so the store reaches the wanted size from a small corpus.
public struct StoreBenchmark {
    public struct Result: Sendable {
        public var documents: Int
        public var entities: Int
        public var writeSeconds: Double
        /// (query description, median milliseconds, rows)
        public var queries: [(String, Double, Int)]
    }

    let records: [Record]

    public init(records: [Record]) { self.records = records }

    public func run(documents: Int, path: String, repeats: Int = 5) throws -> Result {
        try? FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let sink = try SQLiteSink(path: path)
        var entities = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<documents {
            var record = records[index % records.count]
            record.id = "bench-\(index)-" + record.id.prefix(16)
            // Spread publication dates over ten years so date filters select.
            record.article.published = String(format: "%04d-%02d-%02d", 2015 + index % 10, 1 + index % 12, 1 + index % 28)
            entities += record.entities.count
            try sink.write(record)
        }
        try sink.finish()
        let writeSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

        let query = try StoreQuery(path: path)
        var results: [(String, Double, Int)] = []
        func measure(_ name: String, _ body: () throws -> Int) throws {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<repeats {
                let begin = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            }
            results.append((name, times.sorted()[times.count / 2], rows))
        }
        var filters = StoreQuery.Filters()
        filters.text = "cash seized"
        filters.force = "nca"
        try measure("full text \"cash seized\" + force nca, 20 newest") { try query.documents(filters).rows.count }
        filters = StoreQuery.Filters()
        filters.text = "drugs"
        filters.person = "Kit Malthouse"
        filters.since = "2020-01-01"
        try measure("full text \"drugs\" + person + since 2020") { try query.documents(filters).rows.count }
        filters = StoreQuery.Filters()
        filters.force = "bedfordshire"
        try measure("force bedfordshire, 20 newest") { try query.documents(filters).rows.count }
        filters = StoreQuery.Filters()
        filters.kind = "mass"
        try measure("figures --kind mass (rows + totals)") { try query.figures(filters).rows.rows.count }
        try measure("top forces") { try query.top(type: "force", filters: StoreQuery.Filters()).rows.count }
        return Result(documents: documents, entities: entities, writeSeconds: writeSeconds, queries: results)
    }
}
