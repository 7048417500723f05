import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// Units named by a generic name of models/police-units.tsv (session 17).
@Suite struct ForceRecognizerListedUnitsTests {
    @Test(arguments: [
        "[[force:Bedfordshire Police]] said officers from [[force:Special Branch]] questioned him.",
        "Officers from the [[force:Serious Collision Investigation Unit]] attended, [[force:Thames Valley Police]] said.",
        "[[force:Kent Police]] said the special branch of the bank had closed.",
        "The Special Branch Library opened on Monday.",
        "[[force:Kent Police]] said officers of the [[force:TSG]] were called.",
        "[[force:Kent Police]] sponsored the gym. Members do SIT at noon.",
        "[[force:Kent Police]] said the man was arrested. The [[force:TSG]] arrested him.",
        "Manchester United's Special Branch met; [[force:Kent Police]] said so.",
    ])
    func findsListedUnitsOnAPageThatNamesAForce(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aListedUnitIsThePagesForcesWhenItNamesOne() throws {
        let found = try TagHarness.tag("Bedfordshire Police said officers from Special Branch questioned him.")
        let unit = try #require(found.first { $0.text == "Special Branch" })
        #expect(unit.parent == "bedfordshire" && unit.country == "GB")
    }

    @Test func nothingIsListedOnAPageWithoutAForce() throws {
        #expect(try TagHarness.tag("Officers from Special Branch questioned him.").filter { $0.type == .force }.isEmpty)
    }
}
