import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+UnitNumbers.swift`: a unit's number after its head is part of its name, a count is not.
@Suite struct ForceRecognizerUnitNumbersTests {
    @Test(arguments: [
        "[[force:Crime Branch Unit 9]] had arrested a man in Mumbai.",
        "Officers of the [[force:Narcotics Unit 3]] in Leeds were present.",
        // Not: a number that counts what follows, a time, a percent, a long number.
        "The [[force:Gang Unit]] 24 hours a day works.",
        "The [[force:Gang Unit]] 2 officers were hurt.",
        "The [[force:Gang Unit]] 12% of the time said nothing.",
        "The [[force:Gang Unit]] 2021 report was published.",
        "The [[force:Gang Unit]] 3 June operation ended.",
        "The raid was by [[force:Crime Branch Unit 9]]. 12 people were held.",
    ])
    func joinsAUnitsNumber(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aTablesBodyWithANumberIsItsUnit() throws {
        let found = try TagHarness.tag("Rapid Action Battalion 10 arrested two men in Dhaka, Bangladesh.")
        let unit = try #require(found.first { $0.type == .force })
        #expect(unit.text == "Rapid Action Battalion 10")
        #expect(unit.parent != nil && unit.canonical?.hasSuffix("10") == true && unit.canonical != unit.parent)
    }

    @Test func theNumberJoinsTheCanonicalToo() throws {
        let found = try TagHarness.tag("Crime Branch Unit 9 had arrested a man in Mumbai.")
        let unit = try #require(found.first { $0.type == .force })
        #expect(unit.canonical?.hasSuffix("-9") == true)
    }
}
