import Foundation
import BlotterIO

/// Checks of the inputs a run is given, made before and after the run.
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
public enum StorePath {
    /// The problem with `path` as a store named by `option`, or nil.
    public static func problem(_ path: String, option: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return "\(option) \(path): is a directory; give the path of a SQLite file (e.g. out/blotter.sqlite)"
    }
}
