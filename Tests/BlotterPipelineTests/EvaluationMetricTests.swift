import Testing
@testable import BlotterPipeline

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
