import Foundation
import BlotterCore

/// The source stage: walks the inputs in a stable order and hands out `RawPage`s one at a time, so the
/// caller controls how many are in flight. Directories are walked recursively in sorted order; JSON lines are
/// read a line at a time.
// @unchecked Sendable: a PageSource is handed to the source queue once and used only there.
public final class PageSource: @unchecked Sendable {
    /// What the source yields: a page, a document that could not be read (an error entry), or a whole input
    /// that could not be read (exit status 1).
    public enum Item: Sendable {
        case page(RawPage)
        case documentError(DocumentError)
        case inputError(String)
        /// Every document of this input has been handed out (it carries a sequence number so the sink sees it
        /// in order, after the input's last record: the point a resumed run can start from).
        case inputFinished(path: String, sequence: Int)
    }

    private var pending: [InputSpec]
    private var currentReader: (any PageReader)?
    private var sequence = 0
    /// Input files that were opened: pages, JSON-lines files, stdin (for the summary).
    public private(set) var inputsRead = 0
    /// Files skipped inside directories because of their type, and archive records that are not pages.
    public var skippedFiles: Int { skippedOwn + finishedReadersSkipped + (currentReader?.skipped ?? 0) }
    private var skippedOwn = 0
    private var finishedReadersSkipped = 0
    private let maximumPageBytes: Int
    /// Pages of this run by payload digest, for WARC revisit records.
    private let revisits = RevisitTable()
    /// Inputs finished by an earlier run (`--resume`): skipped.
    private let finished: Set<String>
    /// Whether to emit `.inputFinished` markers.
    private let markInputs: Bool
    private var currentInput: String?
    /// Inputs skipped because an earlier run finished them.
    public private(set) var resumedInputs = 0
    /// Input files not yet opened (directories already expanded), for progress estimates.
    public var inputsPending: Int { pending.count }

    public init(inputs: [InputSpec], maximumPageBytes: Int, finished: Set<String> = [], markInputs: Bool = false) {
        pending = inputs.reversed()
        self.maximumPageBytes = maximumPageBytes
        self.finished = finished
        self.markInputs = markInputs
    }

    private func marker(_ path: String) -> Item? {
        guard markInputs else { return nil }
        defer { sequence += 1 }
        return .inputFinished(path: path, sequence: sequence)
    }

    /// The next item, or nil when every input is exhausted. Call from one thread (the source queue).
    /// A page file's marker goes out right after its one document.
    private var pendingMarker: String?

    public func next() -> Item? {
        if let path = pendingMarker {
            pendingMarker = nil
            if let item = marker(path) { return item }
        }
        while true {
            if let reader = currentReader {
                if let item = reader.next(sequence: sequence) {
                    if case .inputError = item {} else { sequence += 1 }
                    return item
                }
                finishedReadersSkipped += reader.skipped
                currentReader = nil
                if let path = currentInput, let item = marker(path) { return item }
                continue
            }
            guard let input = pending.popLast() else { return nil }
            if case .directory = input {} else if finished.contains(input.displayName) {
                resumedInputs += 1
                continue
            }
            currentInput = input.displayName
            switch input {
            case .directory(let path):
                do {
                    // A directory is not an input itself: the files found in it are.
                    let files = try DirectoryWalker.files(under: path)
                    var expanded: [InputSpec] = []
                    for file in files {
                        let ext = (file as NSString).pathExtension.lowercased()
                        if InputSpec.pageExtensions.contains(ext) { expanded.append(.page(file)) }
                        else if InputSpec.jsonLinesExtensions.contains(ext) { expanded.append(.jsonLines(file)) }
                        else if let archive = InputSpec.archive(file) { expanded.append(archive) }
                        else { skippedOwn += 1 }
                    }
                    pending.append(contentsOf: expanded.reversed())
                } catch {
                    return .inputError("\(path): cannot read directory: \(error.localizedDescription)")
                }
            case .page(let path):
                let item = readPage(path)
                if case .inputError = item { return item }
                inputsRead += 1
                sequence += 1
                if markInputs { pendingMarker = path }
                return item
            case .jsonLines(let path):
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    return .inputError("\(path): cannot open: \(FileProblem.describe(path))")
                }
                inputsRead += 1
                currentReader = JSONLinesReader(handle: handle, path: path, maximumLineBytes: maximumPageBytes)
            case .standardInput:
                inputsRead += 1
                currentReader = JSONLinesReader(handle: FileHandle.standardInput, path: "-", maximumLineBytes: maximumPageBytes)
            case .warc(let path):
                do {
                    currentReader = try WARCReader(path: path, maximumPageBytes: maximumPageBytes, revisits: revisits)
                    inputsRead += 1
                } catch {
                    return .inputError(error.message)
                }
            case .arc(let path):
                do {
                    currentReader = try ARCReader(path: path, maximumPageBytes: maximumPageBytes)
                    inputsRead += 1
                } catch {
                    return .inputError(error.message)
                }
            }
        }
    }

    private func readPage(_ path: String) -> Item {
        let location = SourceLocation(path: path)
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .inputError("\(path): cannot open: \(FileProblem.describe(path))")
        }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumPageBytes {
                return .documentError(DocumentError(sequence: sequence, id: nil, source: location, stage: .source,
                                                    message: "page is \(size) bytes, over the limit of \(maximumPageBytes) (extract.max_page_bytes)"))
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .page(RawPage(sequence: sequence, source: location, content: .html([UInt8](data))))
        } catch {
            return .inputError("\(path): cannot read: \(error.localizedDescription)")
        }
    }
}

/// Reads documents out of one multi-document input (JSON lines, WARC).
protocol PageReader: AnyObject {
    /// The next page or error entry; nil at the end. `sequence` is the number the item must carry.
    func next(sequence: Int) -> PageSource.Item?
    /// Records seen but not pages (WARC requests, images, redirects…).
    var skipped: Int { get }
}

enum FileProblem {
    static func describe(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "is a directory" }
        return "permission denied"
    }
}

/// Recursive, sorted listing of regular files (hidden files and folders are skipped).
enum DirectoryWalker {
    static func files(under root: String) throws -> [String] {
        var out: [String] = []
        var stack = [root]
        let manager = FileManager.default
        while let directory = stack.popLast() {
            let names = try manager.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.sorted()
            var subdirectories: [String] = []
            for name in names {
                let path = (directory as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue { subdirectories.append(path) } else { out.append(path) }
            }
            stack.append(contentsOf: subdirectories.reversed())
        }
        return out.sorted()
    }
}
