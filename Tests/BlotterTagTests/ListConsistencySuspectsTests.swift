import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ListConsistency+Suspects.swift`: a list of names after "the arrested are", "identified … as".
@Suite struct ListConsistencySuspectsTests {
    @Test(arguments: [
        "The arrested are [[person:Murali]], [[person:Nagesh]], [[person:Vankataraju]], [[person:Shankar]] and [[person:Nagaraju]].",
        "Police identified the suspects as [[person:Ravi Teja]] and [[person:Suresh]].",
        // Not: a list of places, everyday words, or a list after other words.
        "The arrested are from Hosur, Chennai and Madurai.",
        "The injured were taken to Hosur and Chennai.",
        "The shops are Murali, Nagesh and Shankar's, the owner said.",
    ])
    func findsListedPeople(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.person]) == marked.marks)
    }

    @Test func aBarangayIsNoPerson() throws {
        let found = try TagHarness.tag("The operation was conducted in Barangay Mohon, Cebu City.")
        #expect(!found.contains { $0.type == .person && $0.text.contains("Barangay") })
    }
}
