import Foundation
import BlotterCore

/// One input named on the command line or in the configuration, classified by what it is.
public enum InputSpec: Sendable, Equatable {
    case page(String)
    case directory(String)
    case jsonLines(String)
    case standardInput
    case warc(String)
    /// An ARC file (`.arc`, `.arc.gz`): the Internet Archive's format before WARC.
    case arc(String)

    /// File endings read as pages, and as JSON lines, when walking directories.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public static func classify(_ argument: String) -> InputSpec {
        if argument == "-" { return .standardInput }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            return .directory(argument)
        }
        let lower = argument.lowercased()
        if let archive = archive(argument) { return archive }
        if jsonLinesExtensions.contains((lower as NSString).pathExtension) { return .jsonLines(argument) }
        return .page(argument)
    }

    /// A WARC or ARC file by its name (`.warc`, `.warc.gz`, `.arc`, `.arc.gz`), else nil.
    public static func archive(_ path: String) -> InputSpec? {
        let lower = path.lowercased()
        if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return .warc(path) }
        if lower.hasSuffix(".arc") || lower.hasSuffix(".arc.gz") { return .arc(path) }
        return nil
    }

    public var displayName: String {
        switch self {
        case .page(let path), .directory(let path), .jsonLines(let path), .warc(let path), .arc(let path): path
        case .standardInput: "-"
        }
    }
}

extension InputSpec {
    /// Endings of files that are not pages, whatever their bytes (a `.json` file is one document, not JSON lines).
    public static let notPageExtensions: Set<String> = [
        "txt", "json", "md", "csv", "tsv", "xml", "rss", "pdf", "doc", "docx", "png", "jpg", "jpeg", "gif", "webp", "svg",
        "zip", "gz", "tar", "css", "js", "yaml", "yml", "sqlite", "db",
    ]

    /// Why a file named directly is not read as a page (nil when it is one: a page ending, or an ending not
    /// known to be something else).
    public static func notAPageReason(_ path: String) -> String? {
        let ext = (path as NSString).pathExtension.lowercased()
        guard notPageExtensions.contains(ext) else { return nil }
        let jsonHint = ext == "json" ? " (JSON lines of {\"id\",\"url\",\"html\"} objects are read from .jsonl or .ndjson files)" : ""
        return "a .\(ext) file is not a page\(jsonHint); \(readableKinds)"
    }

    public static let readableKinds = "inputs are pages (.html, .htm, .xhtml, .shtml), .jsonl/.ndjson, .warc/.warc.gz, or directories of them"
}
