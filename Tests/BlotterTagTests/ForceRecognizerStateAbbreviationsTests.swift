import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+StateAbbreviations.swift`: a state agency after the state's AP abbreviation.
@Suite struct ForceRecognizerStateAbbreviationsTests {
    @Test(arguments: [
        "[[force:R.I. State Police]] say two people are in custody.",
        // The segmenter ends a sentence at "Calif." and "Conn.": the agency is still one name.
        "The driver fled from the [[force:Calif. Highway Patrol]] on Monday.",
        "[[force:Conn. State Police]] said the driver fled.",
    ])
    func readsTheStateAgency(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func theAgencyTakesTheTablesIdAndName() throws {
        let force = try #require(try TagHarness.tag("R.I. State Police say two people are in custody.").first { $0.type == .force })
        let full = try #require(try TagHarness.tag("Rhode Island State Police say two people are in custody.").first { $0.type == .force })
        #expect(force.canonical == full.canonical)
        #expect(force.name == full.name)
        #expect(force.forceKind == .statePolice)
    }

    /// A sentence's last word is no state of the next sentence's bare head, nor of a head after a paragraph break, nor
    /// an abbreviation that is a word at a sentence's end.
    @Test(arguments: ["He moved to Burlington, Vt. Police said he fled.", "He was shot in Erie, Pa.\n\nState Police said so.",
                      "She was walking home from Mass. State Police said she was struck."])
    func aSentenceEndIsNoStateOfTheNextHead(_ text: String) throws {
        let forces = try TagHarness.tag(text).filter { $0.type == .force }
        #expect(!forces.contains { $0.text.contains(".") })
    }
}
