import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer.swift`: where a grammar-built name starts and ends (session 20): its country or "the Republic"
/// after "of", the crimes a prosecutor's office is "for", a descriptor opening the name, a headline's words.
@Suite struct ForceRecognizerNameEndsTests {
    @Test(arguments: [
        "The [[force:Office of the Attorney General of the Republic]] ([[force:FGR]]) charged him.",
        "The case went to the [[force:Prosecutor's Office for Organised Crime]] in Belgrade.",
        "Officers of the [[force:National Anti-Drug Police Directorate]] seized the boat.",
        "The capture was coordinated by the [[force:National Anti-Drug Police Directorate]] (Dnpa) and the [[force:National Directorate of Border Police Services]].",
        "The [[force:National Police of Ukraine]] said so.",
        // Not: a longer name going on after the country, a headline's run of words after a force.
        "[[force:Bulgaria Police]] Hunt Down Suspected Organized Crime Group",
        "[[force:Toronto Police Traffic Services]] Seek Driver",
        // A rank word glued by a hyphen is no rank; "and" before another body's acronym joins two bodies, not one name.
        "[[force:Las Cruces Police]] and the [[force:Officer-Involved Incident Task Force]] are investigating.",
    ])
    func readsWhereANameEnds(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
