import Testing
import BlotterCore
@testable import BlotterTag

/// `MentionResolver+LeadingParts.swift`: the first words of a long name, written again alone, are that person.
@Suite struct MentionResolverLeadingPartsTests {
    @Test func theFirstWordsOfALongNameAreOneMention() throws {
        let text = "Police held Purna Bahadur Tamang and Dhan Bahadur. Purna Bahadur had hired his brother."
        let resolved = try RecognizerHarness.resolve([RecognizerHarness.entity(.person, "Purna Bahadur Tamang", in: text, confidence: .lexicon),
                                                      RecognizerHarness.entity(.person, "Dhan Bahadur", in: text, confidence: .lexicon)], in: text)
        let people = resolved.filter { $0.type == .person }.sorted { $0.start < $1.start }
        #expect(people.map(\.text) == ["Purna Bahadur Tamang", "Dhan Bahadur", "Purna Bahadur"])
        #expect(people.last?.canonical == "Purna Bahadur Tamang")
    }

    @Test func notWhenTheRunGoesOn() throws {
        let text = "Police held Purna Bahadur Tamang. Purna Bahadur Shrestha was questioned."
        let resolved = try RecognizerHarness.resolve([RecognizerHarness.entity(.person, "Purna Bahadur Tamang", in: text, confidence: .lexicon)], in: text)
        #expect(!resolved.contains { $0.recognizer == "person.part" })
    }

    @Test func notWhenTwoPeopleShareTheWords() throws {
        let text = "Ram Bahadur Thapa and Ram Bahadur Karki met. Ram Bahadur Shrestha and Ram Bahadur left."
        let resolved = try RecognizerHarness.resolve([RecognizerHarness.entity(.person, "Ram Bahadur Thapa", in: text, confidence: .lexicon),
                                                      RecognizerHarness.entity(.person, "Ram Bahadur Karki", in: text, confidence: .lexicon)], in: text)
        #expect(!resolved.contains { $0.recognizer == "person.part" })
    }
}
