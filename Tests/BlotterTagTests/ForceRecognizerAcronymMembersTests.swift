import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+AcronymMembers.swift`: an agency known by its initials only, named by its members.
@Suite struct ForceRecognizerAcronymMembersTests {
    @Test(arguments: [
        "In March, [[force:MDEA]] agents began investigating reports of methamphetamine sales.",
        "A total of 71 suspects were arrested when [[force:DSI]] officers raided three locations.",
        "[[force:ZRP]] cops break into house, disappear with cash.",
        // Its other mentions on the page are the same agency.
        "[[force:MDEA]] agents seized a pound of fentanyl. The [[force:MDEA]] said more arrests would follow.",
    ])
    func readsTheAgencyByItsMembers(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test(arguments: [
        "UN officers visited the camp on Monday.",
        "AFL officers met the club's board.",
        "CIA officers ran the facility at Bagram.",
        "CEDARS investigators reported the results.",
        "SWAT officers entered the house.",
        "DCI officers are senior detectives in Britain.",
        "POLICE OFFICERS HURT IN CRASH",
        "US agents crossed the border.",
    ])
    func leavesOtherInitialsAlone(_ source: String) throws {
        let found = try RecognizerHarness.candidates("force", in: source)
        #expect(!found.contains { $0.recognizer == "force.members" })
    }

    @Test func theAgencyDefinedAsSomethingElseIsDropped() throws {
        let text = "The Certified Nutrition Coach (CNC) programme grew. CNC officers met on Monday."
        #expect(try TagHarness.tag(text).filter { $0.type == .force }.isEmpty)
    }
}
