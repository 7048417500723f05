import Foundation

/// A request to stop a run early (SIGINT/SIGTERM, or a sink that can no longer write): the source stops
/// reading, the documents in flight finish and are written, and the run ends with a summary.
/// Thread-safe: set from a signal handler's queue or the sink queue, read by the source queue.
public final class StopRequest: @unchecked Sendable {
    // @unchecked: `reason` is only touched under `lock`.
    private let lock = NSLock()
    private var reason: Reason?

    public enum Reason: Sendable, Equatable {
        /// A signal (SIGINT, SIGTERM): the run is interrupted, exit status 130.
        case signal
        /// An output failed: reading more would only be lost.
        case outputFailed
    }

    public init() {}

    /// Notes the request; returns false when one was already made.
    @discardableResult
    public func request(_ reason: Reason) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard self.reason == nil else { return false }
        self.reason = reason
        return true
    }

    public var requested: Reason? {
        lock.lock()
        defer { lock.unlock() }
        return reason
    }
}
