import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterPipeline

@Suite struct ConfigurationLoaderTests {
    @Test func partialFileKeepsDefaultsForMissingKeys() throws {
        let configuration = try ConfigurationLoader.parse("version: 1\nextract:\n  width: 3\n", file: "p.yaml")
        #expect(configuration.extract.width == 3)
        var expected = Configuration.defaults
        expected.extract.width = 3
        #expect(configuration == expected)
    }

    @Test func mentionPassesAreOffByDefaultAndNamedInTheFile() throws {
        #expect(Configuration.defaults.tag.mentionPasses.isEmpty)
        let configuration = try ConfigurationLoader.parse("tag:\n  mention_passes: [scorer_list, cricket_scorecard]\n", file: "p.yaml")
        #expect(configuration.tag.mentionPasses == ["scorer_list", "cricket_scorecard"])
    }

    @Test func emptyFileIsTheDefaults() throws {
        #expect(try ConfigurationLoader.parse("", file: "p.yaml") == Configuration.defaults)
    }

    @Test(arguments: [
        ("extract:\n  max_page_byte: 5\n", "p.yaml: extract.max_page_byte: unknown key"),
        ("colour: blue\n", "p.yaml: colour: unknown key"),
        ("pipeline:\n  window: 0\n", "p.yaml: pipeline.window: must be at least 1"),
        ("extract:\n  max_page_bytes: 4294967296\n", "p.yaml: extract.max_page_bytes: must be at most 536870912"),
        ("tag:\n  width: many\n", "p.yaml: tag.width: expected a whole number"),
        ("output:\n  format: xml\n", "p.yaml: output.format: 'xml' is not one of jsonl"),
        ("pipeline:\n  stages: [segment]\n", "p.yaml: pipeline.stages:"),
        ("version: 9\n", "p.yaml: version: 9 is not supported"),
        ("extract: [1, 2]\n", "p.yaml: extract: expected a mapping"),
        ("a: [unclosed\n", "p.yaml: not valid YAML"),
        ("tag:\n  mention_passes: [cricket]\n", "p.yaml: tag.mention_passes: unknown pass 'cricket'"),
    ])
    func badFilesNameTheFileAndKey(yaml: String, message: String) {
        do {
            _ = try ConfigurationLoader.parse(yaml, file: "p.yaml")
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func printedConfigurationReadsBackTheSame() throws {
        var configuration = Configuration.defaults
        configuration.output.errors = "out/errors.jsonl"
        configuration.tag.recognizers = ["force", "figure"]
        #expect(try ConfigurationLoader.parse(configuration.yaml, file: "x") == configuration)
    }

    @Test func repositoryPipelineYAMLIsValid() throws {
        _ = try ConfigurationLoader.load(path: TestPaths.packageRoot.appendingPathComponent("pipeline.yaml").path)
    }

    /// The repository's file shows the defaults; they are defined once, in `Configuration`.
    @Test func repositoryPipelineYAMLHoldsTheDefaults() throws {
        #expect(try ConfigurationLoader.load(path: TestPaths.packageRoot.appendingPathComponent("pipeline.yaml").path) == Configuration.defaults)
    }

    @Test func nullsAndListsReadAsWritten() throws {
        let configuration = try ConfigurationLoader.parse("output:\n  errors: ~\n  db: store.sqlite\ninputs: [a, b]\n", file: "p.yaml")
        #expect(configuration.output.errors == nil)
        #expect(configuration.output.db == "store.sqlite")
        #expect(configuration.inputs == ["a", "b"])
    }

    @Test(arguments: [
        ("extract: ~\n", "p.yaml: extract: expected a mapping"),
        ("[1, 2]\n", "p.yaml: top level: expected a mapping"),
        ("inputs: corpus\n", "p.yaml: inputs: expected a list"),
        ("inputs: [[a]]\n", "p.yaml: inputs: expected a list of strings"),
        ("output:\n  records: [a]\n", "p.yaml: output.records: expected a string"),
        ("extract:\n  width: 2\n  zz: 1\n", "p.yaml: extract.zz: unknown key (known here: max_page_bytes, width)"),
    ])
    func wrongShapesNameTheKey(yaml: String, message: String) {
        #expect(throws: ConfigurationLoader.Problem.self) { try ConfigurationLoader.parse(yaml, file: "p.yaml") }
        do { _ = try ConfigurationLoader.parse(yaml, file: "p.yaml") } catch { #expect(error.description.hasPrefix(message), "\(error.description)") }
    }

    @Test func stageSelectionMustBeAPrefix() {
        #expect((try? StageSelection.parse(["extract", "segment"]).get()) == [.extract, .segment])
        #expect((try? StageSelection.parse(["extract", "tag"]).get()) == nil)
        #expect((try? StageSelection.parse(["sink"]).get()) == nil)
    }
}
