import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+LeadingDemonym.swift`: a country's adjective right before a capitalised force name is part of the
/// name as written, whichever rule read the name.
@Suite struct ForceRecognizerLeadingDemonymTests {
    @Test(arguments: [
        "Members of the [[force:Moroccan Central Bureau of Judicial Investigations]] ([[force:BCIJ]]) arrested three men.",
        "In five days, the [[force:Paraguayan National Anti-Drug Secretariat]] ([[force:SENAD]], in Spanish) took 13 tons of marijuana.",
        // Not: an adjective ending a longer capitalised run, or a name that opens with an adjective of its own.
        "The Royal Moroccan [[force:Directorate of Criminal Police]] said so.",
        "The Moroccan [[force:Mexican Federal Police]] liaison said so.",
    ])
    func takesTheAdjective(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func theForceTakesTheAdjectivesCountryWhenItHadNone() throws {
        // (A body no table knows, so the country can only be the adjective's.)
        let entities = try TagHarness.tag("Members of the Moroccan Directorate of Criminal Police arrested three men.")
        let force = try #require(entities.first { $0.type == .force && $0.text == "Moroccan Directorate of Criminal Police" })
        #expect(force.country == "MA")
    }
}
