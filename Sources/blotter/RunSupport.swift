import Dispatch
import Foundation
import BlotterIO
import BlotterPipeline

/// One line on standard error.
enum Message {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Checks of the inputs a run is given, made by the command before and after the run.
enum InputCheck {
    static let readableKinds = InputSpec.readableKinds

    /// Why a file named directly is not read as a page (see `InputSpec.notAPageReason`).
    static func notAPage(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return InputSpec.notAPageReason(path)
    }

    /// Directories among the inputs holding no file the run reads (the walk stops at the first one found).
    static func emptyDirectories(_ inputs: [InputSpec]) -> [String] {
        inputs.compactMap { input in
            guard case .directory(let path) = input else { return nil }
            guard let walker = FileManager.default.enumerator(atPath: path) else { return nil }
            while let name = walker.nextObject() as? String {
                if (name as NSString).lastPathComponent.hasPrefix(".") { continue }
                let lower = name.lowercased()
                let ext = (lower as NSString).pathExtension
                if InputSpec.pageExtensions.contains(ext) || InputSpec.jsonLinesExtensions.contains(ext)
                    || lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return nil }
            }
            return path
        }
    }
}

/// The SQLite store's path: a directory there is a clear error rather than SQLite's "disk I/O error".
enum StorePath {
    static func check(_ path: String, option: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure("\(option) \(path): is a directory; give the path of a SQLite file (e.g. out/blotter.sqlite)")
        }
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
