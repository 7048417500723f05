import Dispatch
import Foundation
import BlotterPipeline

/// One line on standard error.
enum Message {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// SIGINT and SIGTERM during a run: the first asks the run to stop (no more reading; the documents in flight
/// are finished and written, then the summary), the second stops at once with status 130.
final class InterruptHandler: @unchecked Sendable {
    // @unchecked: the sources are created and cancelled on the calling thread; handlers only touch `stop`.
    private var sources: [any DispatchSourceSignal] = []

    init(stop: StopRequest) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInteractive))
            source.setEventHandler {
                if stop.request(.signal) {
                    Message.standardError("\nblotter: stopping: finishing the documents in flight (a second Ctrl-C stops at once)")
                } else if stop.requested == .signal {
                    Message.standardError("blotter: stopped at once: run again with --resume to continue")
                    exit(130)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default actions once the run is over.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
