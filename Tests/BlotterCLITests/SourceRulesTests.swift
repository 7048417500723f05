import Foundation
import Testing
import BlotterTestSupport

/// The house rules of docs/DESIGN.md that a reviewer would otherwise check by hand: short functions, a command line
/// that sees only its two façades, no leftovers of a merge or an editor in the tree.
@Suite struct SourceRulesTests {
    static let root = TestPaths.packageRoot
    static let sources = root.appendingPathComponent("Sources")

    @Test func noFunctionInSourcesIsLongerThanTheLimit() throws {
        var long: [String] = []
        for file in try SourceTree.files(under: Self.sources, ending: ".swift") {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for function in FunctionSpans.functions(in: lines) where function.lines > FunctionSpans.limit {
                long.append("\(function.lines) lines: \(file.path):\(function.line) \(function.declaration)")
            }
        }
        #expect(long.isEmpty, "functions over \(FunctionSpans.limit) lines:\n\(long.joined(separator: "\n"))")
    }

    /// The `blotter` target reaches the stages through BlotterPipeline (running) and BlotterEvaluation (measuring:
    /// eval, bench, train only), never a stage library itself (docs/DESIGN.md, "The command line's imports").
    @Test func theCommandLineImportsOnlyItsFacades() throws {
        let everywhere: Set<String> = ["ArgumentParser", "BlotterPipeline", "Foundation", "Dispatch"]
        let measuring: Set<String> = ["EvalCommand.swift", "BenchCommand.swift", "TrainCommand.swift"]
        var wrong: [String] = []
        for file in try SourceTree.files(under: Self.sources.appendingPathComponent("blotter"), ending: ".swift") {
            let allowed = measuring.contains(file.lastPathComponent) ? everywhere.union(["BlotterEvaluation"]) : everywhere
            for module in try SourceTree.imports(of: file) where !allowed.contains(module) {
                wrong.append("\(file.lastPathComponent) imports \(module)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func theTreeHoldsNoMergeOrEditorLeftovers() throws {
        let stray = [".orig", ".rej", ".bak", ".swp", ".tmp", "~", ".DS_Store"]
        let found = try SourceTree.files(under: Self.root, ending: "").filter { file in
            stray.contains { file.lastPathComponent.hasSuffix($0) }
        }
        #expect(found.isEmpty, "stray files: \(found.map(\.path))")
    }

    @Test func theLengthCheckCountsBodiesAndSkipsStringsAndRequirements() {
        let lines = """
        protocol P {
            func required() -> Int

            func other()
        }
        struct S {
            private static func body(_ x: Int) -> String {
                let text = "{ not a brace"
                let block = \"\"\"
                }}}
                \"\"\"
                return text + block // }
            }
        }
        """.components(separatedBy: "\n")
        let found = FunctionSpans.functions(in: lines)
        #expect(found.map(\.declaration) == ["func body"])
        #expect(found.first?.lines == 7)
    }
}

/// Files of the package, without the build folder and version-control metadata.
enum SourceTree {
    static let skipped: Set<String> = [".build", ".git", ".swiftpm"]

    static func files(under directory: URL, ending suffix: String) throws -> [URL] {
        guard let walk = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        var found: [URL] = []
        for case let url as URL in walk {
            if skipped.contains(url.lastPathComponent) { walk.skipDescendants(); continue }
            if url.lastPathComponent.hasSuffix(suffix), try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The modules a Swift file imports ("import Foundation", "@testable import X", "import struct X.Y").
    static func imports(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard words.first == "import", words.count >= 2 else { return nil }
            let path = words.count >= 3 ? words[2] : words[1]
            return path.split(separator: ".").first.map(String.init)
        }
    }
}

/// Functions (`func`, `init`, `deinit`, `subscript`) and their length in lines, from the declaration to the
/// matching closing brace. Braces inside string literals (one-line and multi-line) and after `//` do not count; a
/// declaration without a body (a protocol requirement) is no function.
enum FunctionSpans {
    /// Issue 22's bound: no function in Sources/ over 80 lines.
    static let limit = 80

    struct Function {
        var declaration: String
        var line: Int
        var lines: Int
    }

    private static var declaration: Regex<(Substring, Substring)> { #/^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|class|mutating|nonmutating|override|final|convenience|required|nonisolated)(?:\([^)]*\))?\s+)*(func\s+[^\s(<]+|init[?!]?(?=[(<])|deinit\b|subscript(?=[(<]))/# }

    static func functions(in lines: [String]) -> [Function] {
        let code = codeOnly(lines), declaration = Self.declaration
        var found: [Function] = []
        for (start, line) in lines.enumerated() {
            guard let match = line.firstMatch(of: declaration) else { continue }
            var depth = 0, opened = false, end = start
            while end < lines.count {
                depth += code[end].filter { $0 == "{" }.count - code[end].filter { $0 == "}" }.count
                opened = opened || code[end].contains("{")
                if opened && depth <= 0 { break }
                // A requirement (no body) ends at a blank line, the next declaration or its type's closing brace.
                if !opened && (depth < 0 || end > start && (lines[end].trimmingCharacters(in: .whitespaces).isEmpty
                                                            || lines[end].firstMatch(of: declaration) != nil)) { break }
                end += 1
            }
            if opened { found.append(Function(declaration: String(match.1), line: start + 1, lines: end - start + 1)) }
        }
        return found
    }

    /// Each line with its string literals (one-line and multi-line) and comments blanked: only code braces remain.
    static func codeOnly(_ lines: [String]) -> [String] {
        var inBlock = false
        return lines.map { line in
            var code = ""
            for (index, part) in line.components(separatedBy: "\"\"\"").enumerated() {
                if index > 0 { inBlock.toggle() }
                if !inBlock { code += part.replacing(#/"(?:\\.|[^"\\])*"/#, with: "\"\"").components(separatedBy: "//")[0] }
            }
            return code
        }
    }
}
