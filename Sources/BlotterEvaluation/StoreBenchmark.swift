import Foundation
import Dispatch
import Yams
import BlotterCore
import BlotterIO

/// Speed of the SQLite store at archive scale: records written per second through the real sink (with their
/// entities and the aggregate tables), the file size per document, then the latency of every `blotter query`
/// form and of every saved question and chart of the analyst workspace (`explore/metadata.yml`) on the result.
/// Records come from `SyntheticArchive` (skewed like news), or are copies of tagged pages under new ids.
public struct StoreBenchmark {
    public struct Result: Sendable {
        public var documents: Int
        public var entities: Int
        public var writeSeconds: Double
        /// CPU time of the writes (this process, all threads, less the time spent making synthetic records): on a
        /// shared machine a steadier measure than wall time.
        public var writeCPUSeconds: Double
        /// CPU time of the sink's `finish` (part of `writeCPUSeconds`): a bulk load builds its indexes, aggregate
        /// tables and full-text index there.
        public var finishCPUSeconds: Double
        /// Whether the sink bulk-loaded the empty store (`SQLiteSink.bulkLoading` at the start).
        public var bulkLoaded: Bool
        public var fileBytes: Int64
        /// (query description, median wall milliseconds, median CPU milliseconds, rows)
        public var queries: [(String, Double, Double, Int)]
        /// Rows where the kept aggregates differ from a recount (0 = exact); nil when not checked.
        public var aggregateDifferences: Int?
    }

    /// Where records come from.
    public enum Source {
        case synthetic(seed: UInt64)
        case copies([Record])
    }

    let source: Source
    /// The workspace's metadata (canned queries and dashboard charts to time), when present.
    let workspace: URL?

    public init(source: Source, workspace: URL? = nil) {
        self.source = source
        self.workspace = workspace
    }

    /// `bulkLoad: false` writes row by row as into a store that holds documents (the path before bulk loading).
    public func run(documents: Int, path: String, repeats: Int = 5, verify: Bool = false, bulkLoad: Bool = true) throws -> Result {
        try? FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let sink = try SQLiteSink(path: path, bulkLoad: bulkLoad)
        let bulkLoaded = sink.bulkLoading
        var entities = 0
        var archive: SyntheticArchive?
        if case .synthetic(let seed) = source { archive = SyntheticArchive(seed: seed) }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.cpuSeconds()
        // Making synthetic records is not the store's work: its CPU time is taken out of the write figures.
        var generationCPUSeconds = 0.0
        for index in 0..<documents {
            let record: Record
            switch source {
            case .synthetic:
                guard var generator = archive else { continue }
                let generating = Self.cpuSeconds()
                record = generator.record(index)
                generationCPUSeconds += Self.cpuSeconds() - generating
                archive = generator
            case .copies(let records):
                var copy = records[index % records.count]
                copy.id = "bench-\(index)-" + copy.id.prefix(16)
                copy.article.published = String(format: "%04d-%02d-%02d", 2006 + index % 20, 1 + index % 12, 1 + index % 28)
                record = copy
            }
            entities += record.entities.count + record.titleEntities.count
            try sink.write(record)
        }
        let finishStart = Self.cpuSeconds()
        try sink.finish()
        let finishCPUSeconds = Self.cpuSeconds() - finishStart
        let writeSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let writeCPUSeconds = Self.cpuSeconds() - cpuStart - generationCPUSeconds
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let fileBytes = (attributes?[.size] as? NSNumber)?.int64Value ?? 0

        var results: [(String, Double, Double, Int)] = []
        func measure(_ name: String, _ body: () throws -> Int) throws {
            var times: [Double] = []
            var cpu: [Double] = []
            var rows = 0
            for _ in 0..<repeats {
                let begin = DispatchTime.now().uptimeNanoseconds
                let cpuBegin = Self.cpuSeconds()
                rows = try body()
                cpu.append((Self.cpuSeconds() - cpuBegin) * 1e3)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            }
            results.append((name, times.sorted()[times.count / 2], cpu.sorted()[cpu.count / 2], rows))
        }
        let query = try StoreQuery(path: path)
        for form in queryForms() {
            try measure(form.name) { try form.run(query) }
        }
        if let workspace {
            for (name, sql, parameters) in try workspaceQueries(workspace) {
                try measure(name) { try query.raw(sql, parameters: parameters).rows.count }
            }
        }
        let differences = verify ? try StoreAggregateCheck.differences(path: path) : nil
        return Result(documents: documents, entities: entities, writeSeconds: writeSeconds, writeCPUSeconds: writeCPUSeconds,
                      finishCPUSeconds: finishCPUSeconds, bulkLoaded: bulkLoaded, fileBytes: fileBytes,
                      queries: results, aggregateDifferences: differences)
    }

    /// CPU seconds this process has used.
    static func cpuSeconds() -> Double {
        var usage = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &usage)
        return Double(usage.tv_sec) + Double(usage.tv_nsec) / 1e9
    }

    struct Form {
        var name: String
        var run: (StoreQuery) throws -> Int
    }

    /// Every `blotter query` form, with filters on common and rare entities.
    func queryForms() -> [Form] {
        let common: String
        let rare: String
        let person: String
        let operation: String
        switch source {
        case .synthetic:
            common = SyntheticArchive.force(0).canonical
            rare = SyntheticArchive.force(3_000).canonical
            person = SyntheticArchive.person(40)
            operation = SyntheticArchive.operation(5)
        case .copies:
            (common, rare, person, operation) = ("nca", "bedfordshire", "Kit Malthouse", "Venetic")
        }
        func filters(_ change: (inout StoreQuery.Filters) -> Void) -> StoreQuery.Filters {
            var filters = StoreQuery.Filters()
            change(&filters)
            return filters
        }
        return [
            Form(name: "documents: text \"cash seized\" + common force, 20 newest") { q in
                try q.documents(filters { $0.text = "cash seized"; $0.force = common }).rows.count },
            Form(name: "documents: text \"drugs\" + person + since 2020") { q in
                try q.documents(filters { $0.text = "drugs"; $0.person = person; $0.since = "2020-01-01" }).rows.count },
            Form(name: "documents: text \"cocaine warrant\", 20 newest") { q in
                try q.documents(filters { $0.text = "cocaine warrant" }).rows.count },
            Form(name: "documents: common force, 20 newest") { q in try q.documents(filters { $0.force = common }).rows.count },
            Form(name: "documents: rare force, 20 newest") { q in try q.documents(filters { $0.force = rare }).rows.count },
            Form(name: "documents: operation, 20 newest") { q in try q.documents(filters { $0.operation = operation }).rows.count },
            Form(name: "documents: type figure kind mass, since 2015") { q in
                try q.documents(filters { $0.type = "figure"; $0.kind = "mass"; $0.since = "2015-01-01" }).rows.count },
            Form(name: "figures --kind mass (rows + totals)") { q in
                let result = try q.figures(filters { $0.kind = "mass" }); return result.rows.rows.count + result.totals.rows.count },
            Form(name: "figures --kind money --force common (rows + totals)") { q in
                let result = try q.figures(filters { $0.kind = "money"; $0.force = common }); return result.rows.rows.count + result.totals.rows.count },
            Form(name: "figures --kind money --since 2020-01-01 (rows + totals)") { q in
                let result = try q.figures(filters { $0.kind = "money"; $0.since = "2020-01-01" }); return result.rows.rows.count + result.totals.rows.count },
            Form(name: "top --type force") { q in try q.top(type: "force", filters: StoreQuery.Filters()).rows.count },
            Form(name: "top --type person") { q in try q.top(type: "person", filters: StoreQuery.Filters()).rows.count },
            Form(name: "top --type force --since 2020-01-01") { q in try q.top(type: "force", filters: filters { $0.since = "2020-01-01" }).rows.count },
            Form(name: "top --type person --force common") { q in try q.top(type: "person", filters: filters { $0.force = common }).rows.count },
            Form(name: "cooccur --type force --with operation") { q in try q.cooccurrence(type: "force", with: "operation", filters: StoreQuery.Filters()).rows.count },
            Form(name: "cooccur --type person --with force") { q in try q.cooccurrence(type: "person", with: "force", filters: StoreQuery.Filters()).rows.count },
            Form(name: "timeline --type force --canonical common") { q in try q.timeline(type: "force", canonical: common, by: .month).rows.count },
            Form(name: "timeline --type force (top forces by month)") { q in try q.timeline(type: "force", canonical: nil, by: .month).rows.count },
        ]
    }

    /// The canned queries and dashboard charts of `explore/metadata.yml`, with parameters filled as an analyst
    /// would: every optional filter empty (the widest question), a force, a kind and a value where required (and
    /// the force left empty too, for every force).
    func workspaceQueries(_ url: URL) throws -> [(String, String, [String: String])] {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let root = try Yams.load(yaml: text) as? [String: Any] else { return [] }
        let force = { if case .synthetic = source { return SyntheticArchive.force(0).canonical } else { return "bedfordshire" } }()
        let values = ["force": force, "of": "", "operation": "", "person": "", "kind": "money", "value": "10000"]
        var out: [(String, String, [String: String])] = []
        let databases = root["databases"] as? [String: Any]
        let queries = (databases?["blotter"] as? [String: Any])?["queries"] as? [String: Any] ?? [:]
        for (name, body) in queries.sorted(by: { $0.key < $1.key }) {
            guard let body = body as? [String: Any], let sql = body["sql"] as? String else { continue }
            let parameters = (body["params"] as? [String] ?? []).reduce(into: [String: String]()) { $0[$1] = values[$1] ?? "" }
            out.append(("canned query \(name)", sql, parameters))
            if parameters["force"] != nil {
                // An empty force asks about every force: the widest question, not only one force's rows.
                out.append(("canned query \(name), every force", sql, parameters.merging(["force": ""]) { $1 }))
            }
        }
        let plugins = root["plugins"] as? [String: Any]
        let dashboards = plugins?["datasette-dashboards"] as? [String: Any]
        let charts = (dashboards?["blotter"] as? [String: Any])?["charts"] as? [String: Any] ?? [:]
        for (name, body) in charts.sorted(by: { $0.key < $1.key }) {
            guard let body = body as? [String: Any], let sql = body["query"] as? String else { continue }
            // datasette-dashboards drops a [[ ... ]] part whose parameter is not given: the unfiltered chart.
            let unfiltered = sql.replacingOccurrences(of: "\\[\\[.*?\\]\\]", with: "", options: .regularExpression)
            out.append(("dashboard chart \(name)", unfiltered, [:]))
            if sql.contains(":force") {
                let filtered = sql.replacingOccurrences(of: "\\[\\[(.*?)\\]\\]", with: "$1", options: .regularExpression)
                out.append(("dashboard chart \(name), one force, 2015-2020", filtered,
                            ["force": force, "date_start": "2015-01-01", "date_end": "2020-12-31"]))
            }
        }
        return out
    }
}
