import Testing
import BlotterCore
@testable import BlotterTag

@Suite struct OverlapResolverTests {
    func candidate(_ type: EntityType, _ start: Int, _ end: Int, confidence: Confidence = .lexicon) -> Candidate {
        Candidate(type: type, text: String(repeating: "x", count: max(0, end - start)), start: start, end: end, sentence: 0,
               recognizer: type.rawValue, confidence: confidence)
    }

    @Test func higherPriorityWinsOverALongerSpan() {
        let rule = candidate(.force, 10, 20, confidence: .grammar)
        let model = candidate(.person, 5, 30, confidence: .lexicon)
        #expect(OverlapResolver.resolve([model, rule]) == [rule])
    }

    @Test func amongEqualPrioritiesTheLongerSpanWins() {
        let short = candidate(.person, 0, 5)
        let long = candidate(.person, 3, 15)
        #expect(OverlapResolver.resolve([short, long]) == [long])
    }

    @Test func amongEqualLengthsTheLeftmostWins() {
        let left = candidate(.person, 0, 10)
        let right = candidate(.person, 5, 15)
        #expect(OverlapResolver.resolve([right, left]) == [left])
    }

    @Test func onTheSameSpanTheTypeOrderDecides() {
        let person = candidate(.person, 0, 10)
        let force = candidate(.force, 0, 10)
        let figure = candidate(.figure, 0, 10)
        #expect(OverlapResolver.resolve([figure, person, force]) == [force])
    }

    @Test func spansThatOnlyTouchAreBothKeptInTextOrder() {
        let second = candidate(.figure, 10, 20)
        let first = candidate(.person, 0, 10)
        #expect(OverlapResolver.resolve([second, first]) == [first, second])
    }

    @Test func emptySpansAreDropped() {
        #expect(OverlapResolver.resolve([candidate(.person, 4, 4)]).isEmpty)
        #expect(OverlapResolver.resolve([]).isEmpty)
    }

    @Test func theResultDoesNotDependOnTheCandidatesOrder() {
        let candidates = [candidate(.person, 0, 8), candidate(.force, 6, 14, confidence: .grammar), candidate(.figure, 12, 20),
                          candidate(.operation, 20, 30), candidate(.person, 25, 40)]
        let expected = OverlapResolver.resolve(candidates)
        #expect(OverlapResolver.resolve(candidates.reversed()) == expected)
        // The force by confidence, then the longest of the rest (the person over 25..<40 blocks the operation).
        #expect(expected.map(\.type) == [.force, .person])
        #expect(expected.map(\.start) == [6, 25])
    }
}
