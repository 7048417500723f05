import Foundation
import Testing
import BlotterCore
import BlotterIO
import BlotterTestSupport
@testable import BlotterPipeline

/// Collects what the pipeline writes, in order.
final class MemorySink: RecordSink, ErrorSink, @unchecked Sendable {
    // @unchecked: written only from the pipeline's sink queue, read after `run` returns.
    var records: [Record] = []
    var errors: [DocumentError] = []
    func write(_ record: Record) throws { records.append(record) }
    func write(_ error: DocumentError) throws { errors.append(error) }
    func checkpoint() throws {}
    func finish() throws {}
}

@Suite struct PipelineTests {
    func pipeline(jobs: Int, window: Int = 4, stages: [StageName] = [.extract, .segment, .tag]) throws -> Pipeline {
        var configuration = Configuration.defaults
        configuration.extract.width = jobs
        configuration.segment.width = jobs
        configuration.tag.width = jobs
        configuration.pipeline.window = window
        configuration.pipeline.stages = stages
        let processor = try Pipeline.makeProcessor(configuration, baseDirectory: TestPaths.packageRoot)
        return Pipeline(configuration: configuration, processor: processor)
    }

    /// 40 documents of different sizes (so workers finish out of order); lines 4, 13, 22 and 31 are not JSON.
    func input() throws -> URL {
        let directory = try TestPaths.temporaryDirectory()
        var lines: [String] = []
        for index in 0..<40 {
            if index % 9 == 4 { lines.append("not json \(index)"); continue }
            let body = String(repeating: "<p>Chief Constable Jane Doe\(index) of Kent Police spoke about \(index) arrests.</p>", count: (index * 7) % 13 + 1)
            lines.append("{\"id\":\"doc\(index)\",\"html\":\"<html><body><article>\(body)</article></body></html>\"}")
        }
        let file = directory.appendingPathComponent("docs.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func outputIsInInputOrderWhateverTheJobs() throws {
        let file = try input()
        var outputs: [[String]] = []
        for jobs in [1, 4] {
            let sink = MemorySink()
            let summary = try pipeline(jobs: jobs).run(inputs: [.jsonLines(file.path)], sinks: [sink], errorSink: sink, showProgress: false)
            #expect(summary.documents == 40 && summary.records == 36 && summary.errors == 4)
            #expect(summary.errorsByStage[.source] == 4)
            #expect(sink.records.map(\.sequence) == sink.records.map(\.sequence).sorted())
            outputs.append(sink.records.map { $0.jsonLine() })
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func aPrefixOfStagesGivesRecordsWithoutEntities() throws {
        let sink = MemorySink()
        let summary = try pipeline(jobs: 2, stages: [.extract]).run(inputs: [.jsonLines(try input().path)], sinks: [sink], errorSink: sink, showProgress: false)
        #expect(summary.records == 36)
        #expect(sink.records.allSatisfy { $0.entities.isEmpty && !$0.article.text.isEmpty })
    }

    @Test func unreadableInputsAreCountedAndTheRestIsProcessed() throws {
        let sink = MemorySink()
        let summary = try pipeline(jobs: 2).run(inputs: [.page("/no/such.html"), .directory(TestPaths.corpus.path)],
                                                sinks: [sink], errorSink: sink, showProgress: false)
        #expect(summary.inputErrors.count == 1 && summary.exitStatus == 1)
        #expect(summary.records == 6)
    }
}
