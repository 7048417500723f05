import Dispatch
import Foundation
import Testing
import BlotterCore
import BlotterIO
import BlotterTestSupport
@testable import BlotterPipeline

/// Runs each stage on a queue of its own, and notes which stages ran for which page.
final class QueueScheduler: StageScheduler, @unchecked Sendable {
    // @unchecked: `ran` is touched only under `lock`.
    private let queue = DispatchQueue(label: "test.stages", attributes: .concurrent)
    private let lock = NSLock()
    private var ran: [Int: [StageName]] = [:]

    func schedule(_ stage: StageName, sequence: Int, _ work: @escaping @Sendable () -> Void) {
        lock.withLock { ran[sequence, default: []].append(stage) }
        queue.async(execute: work)
    }

    func stages(of sequence: Int) -> [StageName] { lock.withLock { ran[sequence] ?? [] } }
}

/// Collects the outcome a scheduled run hands back.
final class OutcomeBox: @unchecked Sendable {
    // @unchecked: written once before `done` is signalled, read after waiting on it.
    var outcome: Result<Record, DocumentError>?
    let done = DispatchSemaphore(value: 0)
}

@Suite struct StagePlanTests {
    func processor(_ stages: [StageName]) throws -> DocumentProcessor {
        var configuration = Configuration.defaults
        configuration.pipeline.stages = stages
        return try Pipeline.makeProcessor(configuration, baseDirectory: TestPaths.packageRoot)
    }

    func page(_ sequence: Int, _ html: String) -> RawPage {
        RawPage(sequence: sequence, inputID: "p\(sequence)", source: SourceLocation(path: "p\(sequence).html"),
                content: .html(Array(html.utf8)))
    }

    @Test(arguments: [[StageName.extract], [.extract, .segment], [.extract, .segment, .tag]])
    func scheduledAndInlineRunsGiveTheSameRecord(_ stages: [StageName]) throws {
        let processor = try processor(stages)
        #expect(processor.stages == stages)
        let page = page(7, "<html><body><article><p>Chief Constable Jane Doe of Kent Police said 12 people were arrested.</p></article></body></html>")
        let scheduler = QueueScheduler()
        let box = OutcomeBox()
        processor.plan.run(page, on: scheduler) { outcome in
            box.outcome = outcome
            box.done.signal()
        }
        box.done.wait()
        let inline = try processor.process(page).get()
        let scheduled = try #require(box.outcome).get()
        #expect(scheduler.stages(of: 7) == stages)
        #expect(scheduled.jsonLine() == inline.jsonLine())
        #expect(inline.entities.isEmpty == !stages.contains(.tag))
    }

    @Test func aFailedStageSkipsTheStagesAfterIt() throws {
        let processor = try processor([.extract, .segment, .tag])
        let binary = RawPage(sequence: 3, inputID: "bin", source: SourceLocation(path: "x.html"),
                             content: .html([0x00, 0x01, 0x02, 0x00, 0xFF, 0xFE] + Array(repeating: 0, count: 600)))
        let scheduler = QueueScheduler()
        let box = OutcomeBox()
        processor.plan.run(binary, on: scheduler) { outcome in
            box.outcome = outcome
            box.done.signal()
        }
        box.done.wait()
        guard case .failure(let error) = try #require(box.outcome) else {
            Issue.record("a binary page should fail extraction")
            return
        }
        #expect(error.stage == .extract)
        #expect(error.sequence == 3)
        #expect(scheduler.stages(of: 3) == [.extract])
    }

    @Test func stagesThatAreNotAPrefixAreASetupError() {
        var configuration = Configuration.defaults
        configuration.pipeline.stages = [.extract, .tag]
        #expect(throws: PipelineSetupError.self) {
            try Pipeline.makeProcessor(configuration, baseDirectory: TestPaths.packageRoot)
        }
    }
}
