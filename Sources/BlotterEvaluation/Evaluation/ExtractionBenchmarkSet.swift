import BlotterPipeline
import Foundation
import BlotterCore
import BlotterIO

/// A main-text benchmark folder: `html/<id>.html` with `truth/<id>.txt` (full truth) or
/// `truth_raw/<id>.json` with `with` / `without` snippets (partial truth).
public struct ExtractionBenchmarkSet {
    public let directory: URL
    public let ids: [String]
    public let hasFullTruth: Bool

    /// The pages of the folder, or only those of one half of `DevSplit` (by page id).
    public init(directory: URL, half: DevSplit.Half? = nil) throws(PipelineSetupError) {
        self.directory = directory
        let html = directory.appendingPathComponent("html")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: html.path) else {
            throw PipelineSetupError(message: "\(directory.path): not a benchmark folder (no html/ inside)")
        }
        ids = names.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }
            .filter { DevSplit.includes($0, in: half) }.sorted()
        var isDirectory: ObjCBool = false
        hasFullTruth = FileManager.default.fileExists(atPath: directory.appendingPathComponent("truth").path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public var pagePaths: [String] { ids.map { directory.appendingPathComponent("html/\($0).html").path } }

    /// Runs the pipeline over the set's pages into a `TextCollector` (records kept with `keepRecords`), and also
    /// into a JSON lines file at `recordsPath` when given.
    public func run(_ configuration: Configuration, processor: DocumentProcessor, keepRecords: Bool = false,
                    recordsPath: String? = nil) throws(SinkError) -> (collector: TextCollector, summary: RunSummary) {
        let collector = TextCollector(keepRecords: keepRecords)
        var sinks: [any RecordSink] = [collector]
        if let recordsPath { sinks.append(LineRecordSink.jsonLines(try LineWriter(path: recordsPath))) }
        let summary = Pipeline(configuration: configuration, processor: processor)
            .run(inputs: pagePaths.map { .page($0) }, sinks: sinks, errorSink: collector, showProgress: false)
        return (collector, summary)
    }

    public struct Score: Sendable {
        public var pages: Int
        public var missing: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var perPage: [(id: String, f1: Double)]
        public var snippet: Bool
    }

    /// Scores extracted texts (by page id; a missing id is an empty output, as in the script).
    public func score(texts: [String: String]) -> Score {
        let missing = ids.filter { texts[$0] == nil }.count
        if hasFullTruth {
            let pages = ids.compactMap { id -> (id: String, truth: String, prediction: String)? in
                guard let truth = try? String(contentsOf: directory.appendingPathComponent("truth/\(id).txt"), encoding: .utf8) else { return nil }
                return (id: id, truth: truth, prediction: texts[id] ?? "")
            }
            let result = ShingleScore.score(pages)
            return Score(pages: pages.count, missing: missing, precision: result.precision, recall: result.recall,
                         f1: result.f1, perPage: result.pages, snippet: false)
        }
        let pages = ids.map { id -> (with: [String], without: [String], prediction: String) in
            let url = directory.appendingPathComponent("truth_raw/\(id).json")
            let object = (try? Data(contentsOf: url)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
            return (with: object?["with"] as? [String] ?? [], without: object?["without"] as? [String] ?? [], prediction: texts[id] ?? "")
        }
        let result = SnippetScore.score(pages)
        return Score(pages: pages.count, missing: missing, precision: result.precision, recall: result.recall,
                     f1: result.f1, perPage: [], snippet: true)
    }
}

/// Collects records in memory, keyed by the file stem of their source path.
public final class TextCollector: RecordSink, ErrorSink, @unchecked Sendable {
    // @unchecked: written only from the pipeline's sink queue, read after `run` returns.
    public private(set) var texts: [String: String] = [:]
    public private(set) var records: [Record] = []
    public private(set) var errors: [DocumentError] = []
    let keepRecords: Bool
    public init(keepRecords: Bool = false) { self.keepRecords = keepRecords }
    public func write(_ record: Record) throws {
        if let path = record.source.path { texts[URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent] = record.article.text }
        if keepRecords { records.append(record) }
    }
    public func write(_ error: DocumentError) throws { errors.append(error) }
    public func checkpoint() throws {}
    public func finish() throws {}
}
