import Foundation
import Testing
import BlotterTestSupport

/// The binary outside the repository: models found beside an installed copy, through BLOTTER_MODELS or
/// --models, and a clear error naming the folder otherwise.
@Suite(.serialized) struct InstallTests {
    let page = TestPaths.corpus.appendingPathComponent("police-oracle-malthouse.html").path

    /// A copy of the binary laid out as `make install PREFIX=…` lays it out.
    func installed() throws -> (prefix: URL, binary: URL) {
        let prefix = try TestPaths.temporaryDirectory().appendingPathComponent("prefix")
        let bin = prefix.appendingPathComponent("bin")
        let models = prefix.appendingPathComponent("share/blotter/models")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: models.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.blotterBinary, to: bin.appendingPathComponent("blotter"))
        try FileManager.default.copyItem(at: TestPaths.models, to: models)
        return (prefix, bin.appendingPathComponent("blotter"))
    }

    @Test func anInstalledBinaryRunsFromAnEmptyDirectory() throws {
        let (_, binary) = try installed()
        let empty = try TestPaths.temporaryDirectory()
        let result = try CommandRunner.blotter(["run", page, "--out", "-", "--no-progress"], in: empty,
                                               environment: ["BLOTTER_MODELS": nil], binary: binary)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try CommandRunner.jsonLines(result.stdout).first)
        #expect((record["entities"] as? [Any])?.count ?? 0 > 10)
        let config = try CommandRunner.blotter(["config"], in: empty, environment: ["BLOTTER_MODELS": nil], binary: binary)
        #expect(config.stdout.contains("# tag.models from beside the binary"))
    }

    @Test func theBuildTreeBinaryNeedsModelsOutsideTheRepository() throws {
        let empty = try TestPaths.temporaryDirectory()
        let missing = try CommandRunner.blotter(["run", page, "--out", "-"], in: empty, environment: ["BLOTTER_MODELS": nil])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("models folder \(empty.appendingPathComponent("models").path)"), "\(missing.stderr)")
        #expect(missing.stderr.contains("--models") && missing.stderr.contains("BLOTTER_MODELS"))

        let byVariable = try CommandRunner.blotter(["run", page, "--out", "-"], in: empty, environment: ["BLOTTER_MODELS": TestPaths.models.path])
        #expect(byVariable.status == 0, "\(byVariable.stderr)")
        let byOption = try CommandRunner.blotter(["run", page, "--out", "-", "--models", TestPaths.models.path], in: empty,
                                                 environment: ["BLOTTER_MODELS": "/no/such/models"])
        #expect(byOption.status == 0, "--models comes before BLOTTER_MODELS: \(byOption.stderr)")
        #expect(byOption.stdout == byVariable.stdout)
    }

    @Test func anUnusableModelsFolderIsAnErrorNamingIt() throws {
        let (prefix, binary) = try installed()
        let result = try CommandRunner.blotter(["run", page, "--out", "-"], environment: ["BLOTTER_MODELS": prefix.path], binary: binary)
        #expect(result.status == 2)
        #expect(result.stderr.contains("models folder \(prefix.path) (from BLOTTER_MODELS)"), "\(result.stderr)")
        // Extraction alone needs no models.
        let extractOnly = try CommandRunner.blotter(["run", page, "--out", "-", "--stages", "extract"], environment: ["BLOTTER_MODELS": prefix.path])
        #expect(extractOnly.status == 0)
    }
}
