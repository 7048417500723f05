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

    @Test func splitsCurrencySymbolsGluedToSums() throws {
        let tokens = texts(try segmenter.segment("They found RM20,000, Rs500, P3.5 million and R15 million."))
        #expect(tokens.starts(with: ["They", "found", "RM", "20,000", ",", "Rs", "500", ",", "P", "3.5", "million", "and", "R", "15"]))
        // Not codes and names that open with a symbol's letters: a form, a rating, a mask, a car's mark.
        let kept = texts(try segmenter.segment("His P45, the R18 film, an N95 mask and a Golf MK6 were found."))
        #expect(["P45", "R18", "N95", "MK6"].allSatisfy(kept.contains))
        // ISO 4217 codes glued to a sum ("VND2 trillion", "USD5,000"), not a plate or a petrol grade that opens with
        // a code's letters (JMD, RON) without a separator or a multiplier.
        let codes = texts(try segmenter.segment("It cost VND2 trillion and USD5,000, not the plate JMD4521 or RON100 petrol."))
        #expect(codes.starts(with: ["It", "cost", "VND", "2", "trillion", "and", "USD", "5,000"]))
        #expect(["JMD4521", "RON100"].allSatisfy(codes.contains))
        // A multiplier glued after the sum too ("R2.8bn", "KSh2.5m"); not a code of letters, digits and letters.
        let multiplied = texts(try segmenter.segment("They lost R2.8bn and KSh2.5m, not the B2B firm or the R2D2 toy."))
        #expect(multiplied.starts(with: ["They", "lost", "R", "2.8", "bn", "and", "KSh", "2.5", "m"]))
        #expect(["B2B", "R2D2"].allSatisfy(multiplied.contains))
        #expect(texts(try segmenter.segment("The DNA belonged to haplogroup R1b.")).contains("R1b"))
        // A sum whose thousands are grouped by spaces ("R400 000"); not a code before a number ("R18 2000").
        let grouped = texts(try segmenter.segment("He demanded R400 000 and R1 250 000, saw the R18 2000 film and the N1 100 metres on."))
        #expect(grouped.starts(with: ["He", "demanded", "R", "400", "000", "and", "R", "1", "250", "000"]))
        #expect(grouped.contains("R18") && grouped.contains("N1"))
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
