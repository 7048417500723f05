import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+CampusPolice.swift`: a university's or college's own police, named after the institution.
@Suite struct ForceRecognizerCampusPoliceTests {
    @Test(arguments: [
        "Officers from the [[force:New Mexico State University Police]] arrested the man.",
        "[[force:Kent State University Police]] and [[force:Lone Star College Police]] responded.",
        // Not the city's force: the place is inside the university's name.
        "The [[force:University of Toledo Police Department]] said the man fled.",
        "The [[force:University of North Carolina at Chapel Hill Police]] said so.",
        // Not a sentence's opening word, nor a town named "… College" (its own police: PA01403).
        "Then [[force:Kent State University Police]] arrived at the dorm.",
        "Officers from the [[force:State College Police Department]] arrested the man.",
    ])
    func readsTheCampusForce(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aTownNamedForItsCollegeKeepsItsForce() throws {
        let found = try RecognizerHarness.candidates("force", in: "Officers from the State College Police Department arrested the man.")
        #expect(!found.contains { $0.recognizer == "force.pattern" && $0.canonical == "state-college-police-department" })
    }

    @Test func aCampusForceIsPolice() throws {
        let found = try RecognizerHarness.candidates("force", in: "Kent State University Police said so.")
        let force = try #require(found.first { $0.text == "Kent State University Police" })
        #expect(force.forceKind == .police)
    }

    @Test func aTacticalTeamIsAUnitOfItsPlaceOrForce() throws {
        let marked = MarkedText("The [[force:Franklin County SWAT]] team and [[force:Wake Forest Police SWAT]] responded.")
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
        #expect(try TagHarness.tag("When SWAT officers entered the house, they found him.").filter { $0.type == .force }.isEmpty)
    }
}
