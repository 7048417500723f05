import Testing
@testable import BlotterText
import BlotterCore

@Suite struct SegmenterTests {
    let segmenter = Segmenter()

    func texts(_ segmented: SegmentedText) -> [String] { segmented.tokens.map(\.text) }

    @Test func splitsSentencesButNotAfterRanksAndTitles() throws {
        let text = "Det. Supt. Jane Smith said the raid worked. Mr. Jones agreed.\n\nA new paragraph."
        let segmented = try segmenter.segment(text)
        let sentences = segmented.sentences.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(sentences == ["Det. Supt. Jane Smith said the raid worked.", "Mr. Jones agreed.", "A new paragraph."])
    }

    @Test func initialsWrittenTogetherEndNoSentence() throws {
        let text = "Police questioned L.K. Advani and W.E.B. Smith. He left."
        let segmented = try segmenter.segment(text)
        #expect(segmented.sentences.count == 2)
        #expect(texts(segmented).starts(with: ["Police", "questioned", "L.K", ".", "Advani"]))
        #expect(ASCII.areInitials("W.E.B".utf8) && !ASCII.areInitials("WE.B".utf8))
    }

    @Test func separatesPossessivesAndUnits() throws {
        let segmented = try segmenter.segment("Forsyth's team seized £1.2m and 90kg; the UK’s largest.")
        let tokens = texts(segmented)
        #expect(tokens.starts(with: ["Forsyth", "'s", "team", "seized", "£", "1.2", "m", "and", "90", "kg"]))
        #expect(tokens.contains("UK") && tokens.contains("’s"))
        #expect(segmented.tokens.first { $0.text == "1.2" }?.kind == .number)
    }

    @Test func keepsIdentifiersWhole() throws {
        let tokens = texts(try segmenter.segment("The M25 and A1 were closed."))
        #expect(tokens.contains("M25") && tokens.contains("A1"))
    }

    @Test func tokenOffsetsPointIntoTheText() throws {
        let text = "Café owners near Dover – “all day”."
        let segmented = try segmenter.segment(text)
        let utf8 = Array(text.utf8)
        for token in segmented.tokens {
            #expect(String(decoding: utf8[token.start..<token.end], as: UTF8.self) == token.text)
        }
        #expect(segmented.tokens.allSatisfy { $0.sentence == 0 })
    }

    @Test func emptyTextHasNoTokens() throws {
        let segmented = try segmenter.segment("")
        #expect(segmented.tokens.isEmpty)
    }
}
