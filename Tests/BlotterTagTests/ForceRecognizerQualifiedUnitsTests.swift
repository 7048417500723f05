import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct ForceRecognizerQualifiedUnitsTests {
    @Test(arguments: [
        // (session 24, batch104's tune half)
        "Council staff joined with investigators and members of the [[force:Waikato Armed Offenders Squad]] to search a property in Matamata, New Zealand.",
        "Officers from the [[force:State Flying Squad]] have charged 30 people with 85 offences during a deployment to Townsville, Queensland.",
        // (the table's unit alone, or after its own force's possessive, stays the table's)
        "Detectives from the [[force:Flying Squad]] arrested two men in London on Friday.",
        "Officers of the [[force:Met]]'s [[force:Flying Squad]] arrested two men in London on Friday.",
    ])
    func aPlaceOrTierBeforeATableUnitIsPartOfItsName(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func theLongerNameKeepsItsUnitsForceAsParent() throws {
        let text = "Members of the Waikato Armed Offenders Squad searched a property in Matamata, New Zealand."
        let unit = try #require(try TagHarness.tag(text).first { $0.type == .force })
        #expect(unit.text == "Waikato Armed Offenders Squad")
        #expect(unit.parent == "nz-waikato-police")
    }

    @Test func aPlaceOfTheRowsCountryKeepsTheRowsForceWhenTheUnitRulesFoundNone() throws {
        // (the second read: "Auckland" and "London" name no force of their own to the unit rules)
        let text = "Officers from the London Flying Squad arrested two men in Enfield, the Met said."
        let unit = try #require(try TagHarness.tag(text).first { $0.type == .force && $0.text == "London Flying Squad" })
        #expect(unit.parent == "metropolitan")
        let state = "Officers from the State Flying Squad have charged 30 people with 85 offences during a deployment to Townsville, Queensland."
        let queensland = try #require(try TagHarness.tag(state).first { $0.type == .force })
        #expect(queensland.parent == nil, "a tier word names no country: not the Met's")
    }
}
