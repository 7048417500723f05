import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+Detachments.swift`: a Canadian force's local detachment, named before "of the" and the force.
@Suite struct ForceRecognizerDetachmentsTests {
    @Test(arguments: [
        // ("OPP" alone is read where the page names the force in full.)
        "The [[force:Manitoulin Detachment]] of the [[force:OPP]] held a spot check, the [[force:Ontario Provincial Police]] said.",
        "The [[force:Upper Ottawa Valley (UOV) Detachment]] of the [[force:Ontario Provincial Police]] laid charges.",
        "The [[force:Kelowna Detachment]] of the [[force:RCMP]] said so.",
        // (the second read: no weekday or sentence-opening word in the name; "St." and a number inside it)
        "On Monday [[force:Kelowna Detachment]] of the [[force:RCMP]] said so.",
        "Yesterday [[force:Kelowna Detachment]] of the [[force:RCMP]] said so.",
        "The [[force:St. Albert Detachment]] of the [[force:RCMP]] and the [[force:100 Mile House Detachment]] of the [[force:RCMP]] met.",
    ])
    func readsADetachmentBeforeItsForce(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func theDetachmentIsAUnitOfItsForce() throws {
        let found = try TagHarness.tag("The Manitoulin Detachment of the OPP held a spot check, the Ontario Provincial Police said.")
            .filter { $0.type == .force }
        let detachment = try #require(found.first { $0.text == "Manitoulin Detachment" })
        #expect(detachment.parent == "opp" && detachment.country == "CA")
        #expect(detachment.canonical == "ontario-provincial-police-manitoulin-detachment")
    }
}
