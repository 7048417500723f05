import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+Precincts.swift`: precincts by number, and by place beside their officers.
@Suite struct ForceRecognizerPrecinctsTests {
    @Test(arguments: [
        "Officers from the [[force:84th Precinct]] arrested the man on Monday.",
        "He was held at the [[force:24th Pct]]. in Manhattan.",
        "[[force:Minneapolis police]] abandoned the [[force:Third Precinct]] building.",
        "Officers of the [[force:Beitou Precinct]] detained the man.",
        // Not: a precinct by its place alone, or a voting precinct's number.
        "Voters in the Smith Precinct and Precinct 4 waited for hours.",
    ])
    func findsPrecincts(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
