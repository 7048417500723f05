import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct FigureRecognizerEllipticalCountsTests {
    private func counts(_ text: String) throws -> [String] {
        try TagHarness.tag(text).filter { $0.figure?.kind == .count }.map { "\($0.text)=\($0.figure?.of ?? "-")" }
    }

    @Test func aListOfCountsInOneFrameSharesTheFirstOnesNoun() throws {
        // (session 24, batch104's tune half)
        #expect(try counts("The rate fell, with 13 murders in 2010, 15 in 2011 and nine in 2012.")
                == ["13=murders", "15=murders", "nine=murders"])
    }

    @Test func aHedgeBeforeTheLeftOutCountIsItsQualifier() throws {
        // (batch105's tune half)
        let found = try TagHarness.tag("Prosecutions rose: more than 200 in the district and about 78 in the Acadiana area.")
            .filter { $0.figure?.kind == .count }
        #expect(found.map(\.text) == ["more than 200", "about 78"])
        #expect(found.last?.figure?.qualifier == .about)
    }

    @Test(arguments: [
        ("He was jailed for 5 years in 2019 and 2 in 2020.", "2"),  // a duration frames nothing
        ("Police arrested 12 people in Leeds, and 2019 in total.", "2019"),  // a year is the frame's date
        ("Police arrested 12 people in Leeds and 3 more in York.", "3"),  // another word between: not the same frame
        // (the second read: ratios, sums and other joiners)
        ("Police recorded 300 burglaries in the city last year, and one in four involved a stolen car.", "one"),
        ("Two officers were injured in the attack and 1 in 5 residents said they felt unsafe.", "1"),
        ("Officers found 2 guns in the car and 5,000 in cash.", "5,000"),
        ("Police arrested 7 people in the raid, while 40 in the crowd looked on.", "40"),
    ])
    func noLeftOutCountOutsideTheFrame(text: String, number: String) throws {
        #expect(try !counts(text).contains { $0.hasPrefix(number + "=") })
    }
}
