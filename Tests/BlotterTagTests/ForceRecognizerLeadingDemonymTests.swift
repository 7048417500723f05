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
        // Not: an adjective ending a longer capitalised name, or a name that opens with an adjective of its own.
        "The [[force:Royal Moroccan Gendarmerie]] said so.",
    ])
    func takesTheAdjective(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func theForceTakesTheAdjectivesCountryWhenItHadNone() throws {
        let entities = try TagHarness.tag("The Moroccan Central Bureau of Judicial Investigations (BCIJ) arrested three men.")
        let force = try #require(entities.first { $0.type == .force && $0.text.hasPrefix("Moroccan") })
        #expect(force.country == "MA")
    }
}
