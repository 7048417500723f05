import Foundation
import Dispatch
import BlotterCore
import BlotterExtract
import BlotterText
import BlotterTag
import BlotterIO

/// Runs source → extract → segment → tag → sink, each stage on its own queues, with at most `window`
/// documents in flight and records written in input order.
public final class Pipeline: Sendable {
    public let processor: DocumentProcessor
    public let configuration: Configuration

    public init(configuration: Configuration, processor: DocumentProcessor) {
        self.configuration = configuration
        self.processor = processor
    }

    /// Builds the stages a configuration names; `baseDirectory` resolves `tag.models`.
    public static func makeProcessor(_ configuration: Configuration, baseDirectory: URL) throws(PipelineSetupError) -> DocumentProcessor {
        let extractor = Extractor(options: .init(maximumPageBytes: configuration.extract.maxPageBytes))
        let segmenter = Segmenter(locale: configuration.segment.locale)
        return try DocumentProcessor(extractor: extractor, segmenter: segmenter, stages: configuration.pipeline.stages) {
            () throws(PipelineSetupError) -> Tagger in try makeTagger(configuration, baseDirectory: baseDirectory)
        }
    }

    /// The tagger `tag.recognizers` and `tag.mention_passes` name, over the models in `tag.models`.
    static func makeTagger(_ configuration: Configuration, baseDirectory: URL) throws(PipelineSetupError) -> Tagger {
        let modelsURL = URL(fileURLWithPath: configuration.tag.models, relativeTo: baseDirectory).standardizedFileURL
        do {
            let models = try TagModels.load(from: modelsURL)
            return try Tagger(models: models, names: configuration.tag.recognizers,
                              mentionPasses: configuration.tag.mentionPasses.compactMap(MentionPass.init(rawValue:)))
        } catch let error as TagModels.LoadError {
            throw PipelineSetupError(message: error.description)
        } catch {
            throw PipelineSetupError(message: "tag.recognizers: \(error)")
        }
    }

    /// Runs the inputs through the stages. With `resume`, inputs an earlier run finished (`finished`) are
    /// skipped and every finished input is noted in the resume log once its records are durable. Once `stop` is
    /// requested (a signal, or by the sink when an output fails) no more is read; what is in flight is written.
    public func run(inputs: [InputSpec], sinks: [any RecordSink], errorSink: any ErrorSink, showProgress: Bool,
                    resume: ResumeTracking? = nil, finished: Set<String> = [], stop: StopRequest = StopRequest()) -> RunSummary {
        let started = Date()
        let window = DispatchSemaphore(value: configuration.pipeline.window)
        let group = DispatchGroup()
        let progress = showProgress ? ProgressReporter() : nil
        let sink = OrderedSink(sinks: sinks, errorSink: errorSink, window: window, group: group, progress: progress, resume: resume,
                               stop: stop)
        let lanes = PipelineLanes(configuration)
        let plan = processor.plan
        let source = PageSource(inputs: inputs, maximumPageBytes: configuration.extract.maxPageBytes, finished: finished,
                                markInputs: resume != nil || showProgress)

        // The source runs on its own serial queue; the calling thread waits for the whole run.
        let sourceQueue = DispatchQueue(label: "blotter.source", qos: .userInitiated)
        let sourceDone = DispatchSemaphore(value: 0)
        let counters = SourceCounters()
        sourceQueue.async {
            while true {
                window.wait()
                guard stop.requested == nil, let item = source.next() else { window.signal(); break }
                switch item {
                case .inputError(let message):
                    window.signal()
                    sink.queue.async { sink.inputError(message) }
                case .documentError(let error):
                    group.enter()
                    sink.queue.async { sink.deliver(error.sequence, .failure(error)) }
                case .inputFinished(let path, let sequence):
                    group.enter()
                    let pending = source.inputsPending
                    let bytes = counters.bytes
                    sink.queue.async {
                        progress?.inputsPending = pending
                        progress?.bytesRead = bytes
                        sink.deliver(sequence, .inputFinished(path))
                    }
                case .page(let page):
                    group.enter()
                    counters.bytes += page.byteCount
                    let sequence = page.sequence
                    plan.run(page, on: lanes) { outcome in sink.queue.async { sink.deliver(sequence, outcome) } }
                }
            }
            counters.inputs = source.inputsRead
            counters.skipped = source.skippedFiles
            counters.resumed = source.resumedInputs
            sourceDone.signal()
        }
        sourceDone.wait()
        group.wait()
        return sink.queue.sync {
            progress?.clear()
            var summary = sink.finish(inputs: counters.inputs, skipped: counters.skipped, bytes: counters.bytes,
                                      seconds: Date().timeIntervalSince(started))
            summary.inputsResumed = counters.resumed
            summary.interrupted = stop.requested == .signal
            return summary
        }
    }
}

/// Counts kept by the source queue and read after it has finished (the semaphore orders the accesses).
private final class SourceCounters: @unchecked Sendable {
    // @unchecked: written only on the source queue, read only after `sourceDone` is signalled.
    var inputs = 0
    var skipped = 0
    var bytes = 0
    var resumed = 0
}

public struct PipelineSetupError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

extension RawPage {
    var byteCount: Int {
        switch content {
        case .html(let bytes): bytes.count
        case .text(let text): text.utf8.count
        }
    }
}
