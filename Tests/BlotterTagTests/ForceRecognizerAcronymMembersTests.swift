import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+AcronymMembers.swift`: an agency known by its initials only, named by its members.
@Suite struct ForceRecognizerAcronymMembersTests {
    @Test(arguments: [
        "In March, [[force:MDEA]] agents began investigating, [[force:Bangor Police]] said.",
        "[[force:Thai police]] said 71 suspects were arrested when [[force:DSI]] officers raided three locations.",
        "[[force:ZRP]] cops break into house. [[force:Harare police]] are looking for them.",
        // Its other mentions on the page are the same agency.
        "[[force:MDEA]] agents seized a pound of fentanyl. The [[force:MDEA]] and [[force:Bangor Police]] said so.",
    ])
    func readsTheAgencyByItsMembers(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    /// The members' noun is not enough alone: police work in the sentence or the one before, or a police force named
    /// elsewhere on the page, must say the letters are police.
    @Test func theAgencyNeedsPoliceWorkOrAForceOnThePage() throws {
        #expect(try TagHarness.tag("In March, MDEA agents began investigating.").filter { $0.type == .force }.map(\.text) == ["MDEA"])
        #expect(try TagHarness.tag("IDFA agents met the school board.").filter { $0.type == .force }.isEmpty)
        #expect(try TagHarness.tag("IDFA agents met the school board. Kent Police said so.").filter { $0.type == .force }.count == 2)
    }

    @Test(arguments: [
        "UN officers visited the camp on Monday.",
        "AFL officers met the club's board.",
        "CIA officers ran the facility at Bagram.",
        "CEDARS investigators reported the results.",
        "IDF officers and IRS agents met KGB officers.",
        "SWAT officers entered the house.",
        "DCI officers are senior detectives in Britain.",
        "POLICE OFFICERS HURT IN CRASH",
        "US agents crossed the border.",
    ])
    func leavesOtherInitialsAlone(_ source: String) throws {
        let found = try RecognizerHarness.candidates("force", in: source + " Kent Police said so.")
        #expect(!found.contains { [ForceRecognizer.membersRecognizer, ForceRecognizer.vouchedMembersRecognizer].contains($0.recognizer) })
    }

    @Test func theAgencyDefinedAsSomethingElseIsDropped() throws {
        let text = "The Certified Nutrition Coach (CNC) programme grew. CNC officers met on Monday."
        #expect(try TagHarness.tag(text).filter { $0.type == .force }.isEmpty)
    }
}
