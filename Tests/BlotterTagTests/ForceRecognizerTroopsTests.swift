import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+Troops.swift`: a state force's troops by letter or number, only on a page naming such a force.
@Suite struct ForceRecognizerTroopsTests {
    @Test(arguments: [
        "The [[force:Missouri State Highway Patrol]] said [[force:Troop K]] responded.",
        "Troopers from [[force:Troop C]] of the [[force:Missouri State Highway Patrol]] arrested him.",
        "[[force:Louisiana State Police Troop E]] investigated. [[force:Troop E]] said the driver died.",
        // Without a state force: a troop whose sentence speaks of state police or troopers, on a page with a force.
        "[[force:Concord police]] said so. State Police at [[force:Troop D]] were alerted by [[force:Troop F]].",
        "[[force:Concord police]] said so. The scouts of Troop 7 camped.",
        // Not: a troop on a page without a state force, or a troop named by a word.
        "The boys of Troop 7 camped by the lake.",
        "The [[force:Missouri State Highway Patrol]] thanked Troop Leader Smith.",
    ])
    func findsTroops(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func troopTakesItsForceAsParent() throws {
        let found = try TagHarness.tag("The Missouri State Highway Patrol said Troop K responded.")
        let troop = try #require(found.first { $0.text == "Troop K" })
        #expect(troop.parent == "us-mo-highway-patrol")
        #expect(troop.forceKind == .highwayPatrol)
    }
}
