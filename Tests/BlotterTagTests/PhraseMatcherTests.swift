import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

/// `PhraseMatcher.swift`: longest matches, the first letter's case, and apostrophes of either kind.
@Suite struct PhraseMatcherTests {
    static let matcher = PhraseMatcher(phrases: [("Chiefs' Council", "straight"), ("Sheriff's Office", "straight"),
                                                 ("Sheriff’s Office", "curly"), ("Kent Police", "kent"),
                                                 ("CoLP", "colp"), ("TransCom", "transcom")],
                                       tokenize: PhraseTokenizer.tokens)

    static func match(_ text: String) throws -> (payload: String, text: String)? {
        let segmented = try Segmenter().segment(text)
        let tokens = segmented.tokens
        for start in tokens.indices {
            if let found = matcher.longestMatch(in: tokens, at: start, limit: tokens.count) {
                return (found.payload, segmented.text(of: found.tokens))
            }
        }
        return nil
    }

    @Test func curlyApostropheMatchesStraightPhrase() throws {
        #expect(try Self.match("the Chiefs’ Council met")?.text == "Chiefs’ Council")
        #expect(try Self.match("the Chiefs' Council met")?.text == "Chiefs' Council")
    }

    @Test func phraseListedInBothFormsKeepsTheWrittenOne() throws {
        #expect(try Self.match("the Sheriff’s Office said")?.payload == "curly")
        #expect(try Self.match("the Sheriff's Office said")?.payload == "straight")
    }

    @Test func firstLetterCaseStillMatters() throws {
        #expect(try Self.match("the kent police said") == nil)
        #expect(try Self.match("the Kent police said")?.payload == "kent")
    }

    @Test func aTokenOfThreeCapitalsInMixedCaseIsAnAcronym() throws {
        #expect(try Self.match("the CoLP said")?.payload == "colp")
        #expect(try Self.match("the COLP said") == nil)
        #expect(try Self.match("the Colp said") == nil)
        // Two capitals are a name's ("TransCom", "DeKalb"): still matched whatever the case after the first letter.
        #expect(try Self.match("the Transcom said")?.payload == "transcom")
    }
}
