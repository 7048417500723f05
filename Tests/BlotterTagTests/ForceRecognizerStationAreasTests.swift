import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+StationAreas.swift`: South Asian news names the police by the station's area.
@Suite struct ForceRecognizerStationAreasTests {
    @Test(arguments: [
        "In Bengaluru, India, [[force:Hebbal police]] arrested one peddler and [[force:RMC Yard police]] two.",
        "The case in Lahore, Pakistan, was registered by [[force:Shalimar police]] on Monday.",
        "The [[force:Hebbal police]] registered a case in Bengaluru, India.",
        // Not: an everyday word or an acronym alone before "police", nor an unknown area anywhere else.
        "In Mumbai, India, Traffic police fined him and STF police questioned him.",
        "In Columbus, Ohio, Hebbal police arrested one man.",
    ])
    func readsTheArea(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
