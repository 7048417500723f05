import Dispatch
import Foundation
import Testing
import BlotterCore
import BlotterIO
@testable import BlotterPipeline

/// A record sink that fails on the `failAt`-th write (1-based), if given.
final class FailingSink: RecordSink, @unchecked Sendable {
    // @unchecked: used only on the ordered sink's queue, read after it.
    struct Failure: Error, CustomStringConvertible { var description: String }
    var written: [String] = []
    var attempts = 0
    let failAt: Int?
    init(failAt: Int? = nil) { self.failAt = failAt }
    func write(_ record: Record) throws {
        attempts += 1
        if attempts == failAt { throw Failure(description: "disk full at \(record.id)") }
        written.append(record.id)
    }
    func finish() throws {}
}

@Suite struct OrderedSinkTests {
    struct Harness {
        let window = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        let stop = StopRequest()
        let records: MemorySink
        let sink: OrderedSink

        init(extra: [any RecordSink] = []) {
            records = MemorySink()
            sink = OrderedSink(sinks: [records] + extra, errorSink: records, window: window, group: group, progress: nil,
                               resume: nil, stop: stop)
        }

        /// Delivers on the sink's queue, as the pipeline does.
        func deliver(_ sequence: Int, _ outcome: OrderedSink.Outcome) {
            group.enter()
            sink.queue.sync { sink.deliver(sequence, outcome) }
        }

        func finish() -> RunSummary { sink.queue.sync { sink.finish(inputs: 1, skipped: 0, bytes: 0, seconds: 0) } }
    }

    static func record(_ sequence: Int, _ text: String) -> Record {
        Record(sequence: sequence, id: "r\(sequence)", source: SourceLocation(path: "in"), article: Article(text: text))
    }

    static func error(_ sequence: Int, _ stage: StageName) -> DocumentError {
        DocumentError(sequence: sequence, id: "r\(sequence)", source: SourceLocation(path: "in"), stage: stage, message: "bad")
    }

    @Test func outcomesAreWrittenInSequenceOrderWhateverOrderTheyArrive() {
        let harness = Harness()
        harness.deliver(2, .record(Self.record(2, "two")))
        harness.deliver(1, .error(Self.error(1, .extract)))
        #expect(harness.records.records.isEmpty && harness.records.errors.isEmpty)
        harness.deliver(0, .record(Self.record(0, "zero")))
        harness.deliver(3, .inputFinished("in"))
        #expect(harness.records.records.map(\.id) == ["r0", "r2"])
        #expect(harness.records.errors.map(\.sequence) == [1])
        // Each written outcome frees one place in the window and leaves the group once.
        for _ in 0..<4 { #expect(harness.window.wait(timeout: .now()) == .success) }
        #expect(harness.window.wait(timeout: .now()) == .timedOut)
        #expect(harness.group.wait(timeout: .now()) == .success)
        let summary = harness.finish()
        #expect(summary.documents == 3)
        #expect(summary.records == 2)
        #expect(summary.errorsByStage == [.extract: 1])
        #expect(summary.inputsFinished == 1)
    }

    @Test func aRepeatedTextNamesTheFirstCaptureInInputOrder() {
        let harness = Harness()
        harness.deliver(1, .record(Self.record(1, "The same story about the arrest.")))
        harness.deliver(0, .record(Self.record(0, "The same story about the arrest.")))
        #expect(harness.records.records.map(\.duplicateOf) == [nil, "r0"])
        #expect(harness.finish().duplicates == 1)
    }

    @Test func theFirstOutputFailureIsKeptAndStopsReading() {
        let failing = FailingSink(failAt: 2)
        let harness = Harness(extra: [failing])
        for sequence in 0..<3 { harness.deliver(sequence, .record(Self.record(sequence, "text \(sequence)"))) }
        #expect(harness.stop.requested == .outputFailed)
        let summary = harness.finish()
        #expect(summary.sinkFailure == "disk full at r1")
        #expect(failing.written == ["r0", "r2"])
    }
}
