import Foundation

/// Where the package's files are, for tests (computed from this file's location, not the working directory).
public enum TestPaths {
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static var models: URL { packageRoot.appendingPathComponent("models") }
    public static var corpus: URL { packageRoot.appendingPathComponent("corpus") }
    /// The team's shared development data (../shared/data), present on developer machines and in CI.
    public static var sharedData: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data") }

    /// The built `blotter` executable: $BLOTTER_BIN, else beside the test bundle, else .build/debug.
    public static var blotterBinary: URL {
        if let override = ProcessInfo.processInfo.environment["BLOTTER_BIN"] { return URL(fileURLWithPath: override) }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("blotter"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("blotter"),
            packageRoot.appendingPathComponent(".build/debug/blotter"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    /// A new empty directory for one test. All of a test process's directories sit under one root
    /// (`$TMPDIR/blotter-tests-<pid>-<uuid>`) that is removed when the process exits, so test runs leave nothing
    /// behind; set `BLOTTER_KEEP_TEST_FILES=1` to keep it for a post-mortem.
    public static func temporaryDirectory() throws -> URL {
        let url = processRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The test process's root for temporary directories; the first use registers its removal at exit.
    static let processRoot: URL = {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("blotter-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        if ProcessInfo.processInfo.environment["BLOTTER_KEEP_TEST_FILES"] == nil {
            atexit { try? FileManager.default.removeItem(at: TestPaths.processRoot) }
        }
        return root
    }()
}
