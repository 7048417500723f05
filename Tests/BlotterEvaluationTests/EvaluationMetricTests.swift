import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
import BlotterPipeline
import BlotterTag
@testable import BlotterEvaluation

/// The Swift metrics must give the numbers ../shared/tools/score_extraction.py gives; the expected values
/// below were printed by that script's functions on the same inputs.
@Suite struct EvaluationMetricTests {
    @Test func shingleScoreMatchesTheReferenceScript() {
        let result = ShingleScore.score([
            (id: "a", truth: "The quick brown fox jumps over the lazy dog. Café naïve_test 42.",
             prediction: "The quick brown fox jumps over a lazy dog, café naïve_test 42"),
            (id: "b", truth: "one two", prediction: "one two"),
            (id: "c", truth: "alpha beta gamma delta epsilon", prediction: ""),
        ])
        #expect(abs(result.precision - 0.6666666666666666) < 1e-12)
        #expect(abs(result.recall - 0.4444444444444444) < 1e-12)
        #expect(abs(result.f1 - 0.5333333333333333) < 1e-12)
        #expect(result.pages.map(\.f1).map { ($0 * 1e9).rounded() / 1e9 } == [0.333333333, 1.0, 0.0])
    }

    @Test func snippetScoreMatchesTheReferenceScript() {
        let result = SnippetScore.score([(with: ["a  b", "zz"], without: ["c d"], prediction: "x a b c d")])
        #expect(result.precision == 0.5 && result.recall == 0.5 && result.f1 == 0.5)
    }

    @Test func wordTokensFollowPythonsBackslashW() {
        #expect(ShingleScore.tokens("Café naïve_test, 42% – x²").map(String.init) == ["Café", "naïve_test", "42", "x²"])
    }
}

/// quantulum3 cases: quantities are matched by surface and value in Blotter's units; units Blotter does not
/// record are counted apart.
@Suite struct QuantityEvaluationTests {
    @Test func countsFoundMissedAndOutOfScopeQuantities() throws {
        let file = try TestPaths.temporaryDirectory().appendingPathComponent("quantities.json")
        try Data(#"""
        [{"req": "They seized 500 mg of heroin and 1.7 eV of nothing.",
          "res": [{"value": 500, "unit": "milligram", "surface": "500 mg"}, {"value": 1.7, "unit": "electronvolt", "surface": "1.7 eV"}]},
         {"req": "It weighed 3 kg.", "res": [{"value": 4, "unit": "kilogram", "surface": "3 kg"}]}]
        """#.utf8).write(to: file)
        let processor = try Pipeline.makeProcessor(Configuration.defaults, baseDirectory: TestPaths.packageRoot)
        let result = try QuantityEvaluation(processor: processor).evaluate(file: file)
        #expect(result.cases == 2 && result.casesInScope == 2 && result.casesPassed == 1)
        #expect(result.quantities == 2 && result.found == 1 && result.outOfScope == 1)
        #expect(result.failures.count == 1 && result.failures[0].contains("3 kg=4.0 kilogram"))
    }

    /// A spec result "$ 14 million" = 14000000 matches "about $ 14 million" read as the spec reads it, not as
    /// recorded; "470 pence" = 470 matches a record of 4.7 GBP only through its stated value.
    @Test func figureSpecsAreReadWithoutQualifierAndInTheStatedUnit() {
        let hedged = FigureFacts(kind: .money, value: .number(14_000_000), unit: "USD", qualifier: .about)
        var hedgedReading = FigureReading()
        hedgedReading.qualifierLength = 6
        let pence = FigureFacts(kind: .money, value: .number(4.7), unit: "GBP")
        var penceReading = FigureReading()
        penceReading.statedValue = 470
        let figures = [
            Candidate(Entity(type: .figure, text: "about $ 14 million", start: 0, end: 18, sentence: 0, figure: hedged),
                      recognizer: "figure.money", reading: hedgedReading),
            Candidate(Entity(type: .figure, text: "470 pence", start: 30, end: 39, sentence: 0, figure: pence),
                      recognizer: "figure.money", reading: penceReading),
        ]
        let expected: [[String: Any]] = [["Text": "$ 14 million", "Resolution": ["value": "14000000"]],
                                         ["Text": "470 pence", "Resolution": ["value": "470"]]]
        #expect(FigureEvaluation.missing(expected, in: figures, reading: .spec).isEmpty)
        #expect(FigureEvaluation.missing(expected, in: figures, reading: .record).count == 2)
        #expect(!FigureEvaluation.missing([["Text": "$ 14 million", "Resolution": ["value": "15000000"]]], in: figures, reading: .spec).isEmpty)
    }
}

@Suite struct MetadataScoreTests {
    @Test func titlesMatchAcrossQuotesDashesAndASiteSuffix() {
        #expect(MetadataScore.titleMatches("We've Compiled the Top 7", "We’ve compiled the top 7"))
        #expect(MetadataScore.titleMatches("Tools - Caterer Spreadsheet", "Tools – Caterer Spreadsheet"))
        #expect(MetadataScore.titleMatches("Top 10 Secure Computing Tips | Information Security Office", "Top 10 Secure Computing Tips"))
        #expect(!MetadataScore.titleMatches("Guide to filing your taxes in 2025", "Guide to filing your taxes in 2024"))
        #expect(!MetadataScore.titleMatches("Raids in Luton: what we know so far about the seven arrests made by officers", "Raids in Luton"),
                "more than a site name left over")
    }

    @Test func bylinesMatchTheFirstNamedAuthor() {
        #expect(MetadataScore.bylineMatches("Mike Marshall, Shipping Expert", "Mike Marshall"))
        #expect(MetadataScore.bylineMatches("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen", "Danielle DeSiato, Donna Enzmann, Natalie Nguyen"))
        #expect(MetadataScore.bylineMatches("Dr. Vahid Osman", "Vahid Osman"))
        #expect(!MetadataScore.bylineMatches("Brian Truitt", ", USA TODAY"))
        #expect(!MetadataScore.bylineMatches("Paul Fenaroli", "Luke Daigle"))
        #expect(!MetadataScore.bylineMatches("Paul Fenaroli", "Paul"), "the whole first name")
    }

    @Test func fieldsAreScoredOverPagesWhoseTruthGivesThem() {
        let result = MetadataScore.score([
            (id: "a", truth: ["title": "Raids", "publish_date": "2025-06-04"], found: .init(title: "Raids", byline: "Jane Smith", published: "2025-06-04T10:00:00Z")),
            (id: "b", truth: ["title": "Arrests", "author": "Jane Smith"], found: .init(title: nil, byline: "Jane Smith", published: "2025-01-01")),
        ])
        #expect(result.title.right == 1 && result.title.pages == 2)
        #expect(result.byline.right == 1 && result.byline.pages == 1 && result.byline.unasked == 1)
        #expect(result.date.right == 1 && result.date.pages == 1 && result.date.unasked == 1)
    }
}

@Suite struct SpanScoreTests {
    @Test func spansCountAsConllevalCountsThem() {
        // gold: PER(0-2) LOC(3); predicted: PER(0-1) LOC(3) ORG(4)
        let score = SpanScore.score(gold: [[1, 2, 0, 5, 0]], predicted: [[1, 0, 0, 5, 3]])
        #expect(score.byType["LOC"]?.truePositives == 1)
        #expect(score.byType["PER"]?.falseNegatives == 1 && score.byType["PER"]?.falsePositives == 1)
        #expect(score.byType["ORG"]?.falsePositives == 1)
        #expect(score.overall.truePositives == 1 && score.overall.gold == 2 && score.overall.predicted == 3)
    }
}
