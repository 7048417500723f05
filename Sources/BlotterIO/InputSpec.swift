import Foundation
import BlotterCore

/// One input named on the command line or in the configuration, classified by what it is.
public enum InputSpec: Sendable, Equatable {
    case page(String)
    case directory(String)
    case jsonLines(String)
    case standardInput
    case warc(String)

    /// File endings read as pages, and as JSON lines, when walking directories.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public static func classify(_ argument: String) -> InputSpec {
        if argument == "-" { return .standardInput }
        if FileName.kind(argument).isDirectory { return .directory(argument) }
        let lower = argument.lowercased()
        if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return .warc(argument) }
        if jsonLinesExtensions.contains((lower as NSString).pathExtension) { return .jsonLines(argument) }
        return .page(argument)
    }

    public var displayName: String {
        switch self {
        case .page(let path), .directory(let path), .jsonLines(let path), .warc(let path): path
        case .standardInput: "-"
        }
    }
}
