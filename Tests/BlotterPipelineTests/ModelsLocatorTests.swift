import Foundation
import Testing
import BlotterTestSupport
@testable import BlotterPipeline

@Suite struct ModelsLocatorTests {
    let base = URL(fileURLWithPath: "/config/folder", isDirectory: true)

    /// A prefix laid out as `make install` lays it out.
    func prefix() throws -> URL {
        let prefix = try TestPaths.temporaryDirectory()
        let models = prefix.appendingPathComponent("share/blotter/models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try "nca\tNational Crime Agency\n".write(to: models.appendingPathComponent("forces.tsv"), atomically: false, encoding: .utf8)
        return prefix
    }

    @Test func theOrderIsOptionVariableInstalledThenConfiguration() throws {
        let prefix = try prefix()
        let binary = prefix.appendingPathComponent("bin/blotter")
        let installed = prefix.appendingPathComponent("share/blotter/models").standardizedFileURL
        let environment = ["BLOTTER_MODELS": "/from/variable"]

        let option = ModelsLocator.locate(option: "/from/option", environment: environment, executable: binary, configured: "models", base: base)
        #expect(option == .init(directory: URL(fileURLWithPath: "/from/option"), origin: .option))
        let variable = ModelsLocator.locate(option: nil, environment: environment, executable: binary, configured: "models", base: base)
        #expect(variable == .init(directory: URL(fileURLWithPath: "/from/variable"), origin: .environment))
        let beside = ModelsLocator.locate(option: nil, environment: [:], executable: binary, configured: "models", base: base)
        #expect(beside.directory.path == installed.path && beside.origin == .installed)
        // A binary with no models beside it (the build tree): the configuration's path, from its folder.
        let built = ModelsLocator.locate(option: nil, environment: [:], executable: URL(fileURLWithPath: "/repo/.build/debug/blotter"),
                                         configured: "models", base: base)
        #expect(built == .init(directory: URL(fileURLWithPath: "/config/folder/models"), origin: .configuration))
    }

    @Test func problemsNameThePathAndWhereItCameFrom() throws {
        let missing = ModelsLocator.problem(with: .init(directory: URL(fileURLWithPath: "/no/models"), origin: .environment))
        #expect(missing?.hasPrefix("models folder /no/models (from BLOTTER_MODELS) does not exist") == true)
        let prefix = try prefix()
        let empty = ModelsLocator.problem(with: .init(directory: prefix, origin: .option))
        #expect(empty?.contains("holds no forces.tsv") == true)
        #expect(ModelsLocator.problem(with: .init(directory: prefix.appendingPathComponent("share/blotter/models"), origin: .option)) == nil)
        #expect(ModelsLocator.problem(with: .init(directory: TestPaths.models, origin: .configuration)) == nil)
    }
}
