import Dispatch

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
