import Dispatch
import BlotterCore

/// A stage's queues: `width` serial lanes over one concurrent target queue. A document goes to the lane of
/// its sequence number, so a stage never runs more than `width` documents at once and needs no locks.
struct StageLanes: Sendable {
    let lanes: [DispatchQueue]

    init(label: String, width: Int) {
        let target = DispatchQueue(label: label, qos: .userInitiated, attributes: .concurrent)
        lanes = (0..<max(1, width)).map { DispatchQueue(label: "\(label).\($0)", qos: .userInitiated, target: target) }
    }

    func async(sequence: Int, _ work: @escaping @Sendable () -> Void) {
        lanes[sequence % lanes.count].async(execute: work)
    }
}

/// The lanes of the extract, segment and tag stages of one run.
struct PipelineLanes: StageScheduler {
    let extract: StageLanes
    let segment: StageLanes
    let tag: StageLanes

    init(_ configuration: Configuration) {
        extract = StageLanes(label: "blotter.extract", width: Configuration.workers(configuration.extract.width))
        segment = StageLanes(label: "blotter.segment", width: Configuration.workers(configuration.segment.width))
        tag = StageLanes(label: "blotter.tag", width: Configuration.workers(configuration.tag.width))
    }

    func schedule(_ stage: StageName, sequence: Int, _ work: @escaping @Sendable () -> Void) {
        switch stage {
        case .extract: extract.async(sequence: sequence, work)
        case .segment: segment.async(sequence: sequence, work)
        case .tag: tag.async(sequence: sequence, work)
        // The source and the sink have their own serial queues and are never scheduled here.
        case .source, .sink: tag.async(sequence: sequence, work)
        }
    }
}
