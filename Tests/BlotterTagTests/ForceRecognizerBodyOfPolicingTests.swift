import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+BodyOfPolicing.swift`: a public body named for police work, "<head> of/for <task>".
@Suite struct ForceRecognizerBodyOfPolicingTests {
    @Test(arguments: [
        "Members of the [[force:Directorate of Criminal Police]] arrested him.",
        "The U.S. delivered software to the PNE's [[force:General Directorate of Investigations]] on June 25.",
        "The [[force:General Department for Combating Narcotics]] executed raids.",
        "Raids by the [[force:General Department of Anti-Drug Trafficking]] resulted in seizures.",
        // Not: policy, justice and victims' bodies, though their names hold a word of policing.
        "The Office of National Drug Control Policy said so. The Department of Criminal Justice agreed.",
    ])
    func readsTheBody(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aProsecutionBodyIsAProsecutor() throws {
        let found = try RecognizerHarness.candidates("force", in: "The Directorate of Public Prosecution said so.")
        let body = try #require(found.first { $0.text.hasPrefix("Directorate") })
        #expect(body.forceKind == .prosecutor)
    }
}
