import Foundation
import Testing
import BlotterTestSupport
import BlotterPipeline
@testable import BlotterEvaluation

/// EVALUATION.md §2 scoring: distinct strings per page and type (case and white space folded), figures by kind,
/// value and currency.
@Suite struct EntityEvaluationTests {
    @Test func scoresDistinctStringsAndFiguresOfAPage() throws {
        let page = TestPaths.corpus.appendingPathComponent("police-oracle-malthouse.html").path
        let gold = try EntityEvaluation.gold("""
        {"page": "\(page)", "people": ["Kit Malthouse", "kathryn  holloway", "Nobody Here"], "forces": ["Bedfordshire Police"], \
        "figures": [{"kind": "money", "value": 180000, "unit": "GBP"}, {"kind": "count", "value": 999}]}
        """, file: "g.jsonl")
        let processor = try Pipeline.makeProcessor(Configuration.defaults, baseDirectory: TestPaths.packageRoot)
        let report = EntityEvaluation(processor: processor).evaluate(gold)
        let people = try #require(report.scores["person"])
        // Found: Kit Malthouse, Kathryn Holloway; missed: Nobody Here; extra: Malthouse, Holloway, Garry Forsyth.
        #expect([people.truePositives, people.falseNegatives, people.falsePositives] == [2, 1, 3] as [Int])
        let forces = try #require(report.scores["force"])
        #expect([forces.truePositives, forces.falseNegatives, forces.falsePositives] == [1, 0, 5] as [Int])
        #expect(report.scores["operation"]?.falsePositives == 1)  // Operation Venetic, not in this gold
        let figures = try #require(report.scores["figure"])
        #expect([figures.truePositives, figures.falseNegatives, figures.falsePositives] == [1, 1, 6] as [Int])
        #expect(report.errors.contains("police-oracle-malthouse.html: person - nobody here"))
    }

    @Test func anUnreadablePageFindsNothingAndIsNamed() throws {
        let gold = try EntityEvaluation.gold(#"{"page": "/nonexistent/p.html", "people": ["A Person"]}"#, file: "g.jsonl")
        let processor = try Pipeline.makeProcessor(Configuration.defaults, baseDirectory: TestPaths.packageRoot)
        let report = EntityEvaluation(processor: processor).evaluate(gold)
        #expect(report.scores["person"]?.falseNegatives == 1)
        #expect(report.errors.first == "/nonexistent/p.html: cannot read")
    }

    @Test func badGoldLinesNameTheFileAndLine() {
        #expect(throws: EntityEvaluation.GoldError.self) { try EntityEvaluation.gold("{\"page\": \"a\"}\n{\"people\": []}", file: "g.jsonl") }
        do {
            _ = try EntityEvaluation.gold("{\"page\": \"a\", \"figures\": [{\"kind\": \"age\"}]}", file: "g.jsonl")
            Issue.record("a figure without a value was accepted")
        } catch {
            #expect(error.description == "g.jsonl:1: a figure needs \"kind\" and \"value\"")
        }
    }
}
