import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `PersonSlots.swift`: people read where the sentence says a place, a street, initials, everyday words.
@Suite struct PersonSlotsTests {
    @Test(arguments: [
        "The driver, a 76-year-old East Mackay man, died at the scene. Police named him as [[person:John Smith]].",
        "They found him at a relative's home in the 800 block of S. Jefferson there.",
        "The driver presented his U. S. passport card to the officer.",
        "Anyone with information can contact the Garda Confidential Line on 1800 666 111.",
        "\"After speaking with Defendant [[person:Hicks]], the police investigated a home,\" the office said.",
        // Kept: a given name with an everyday surname.
        "Detective Constable [[person:Rose Line]] said the door was open.",
        "A 34-year-old Smith man was arrested.",
    ])
    func refusesPeopleInOtherSlots(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.person]) == marked.marks)
    }

    @Test func aResidentsKnownPlaceBecomesALocation() throws {
        let entities = try TagHarness.tag("A 34-year-old Bolton man was arrested on Monday.")
        #expect(!entities.contains { $0.type == .person })
        #expect(entities.contains { $0.type == .location && $0.text == "Bolton" })
    }
}
