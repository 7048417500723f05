import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `AliasNames.swift`: a name given as an alias is no person string of its own.
@Suite struct AliasNamesTests {
    @Test(arguments: [
        "Police arrested [[person:Vijay Kumar]] alias Puju Tiwari on Monday.",
        "Also known by the aliases Bijendra Singh and Biji, [[person:Vijay Kumar]] had 17 cases.",
        "[[person:John Smith]], aka Jonno Blake, was jailed.",
        // Without a cue a list of names stays; after a singular "alias" the next name is another person's.
        "[[person:Bijendra Singh]] and [[person:Ravi Kumar]] were charged.",
        "[[person:Ramesh Yadav]] alias Rammu and [[person:Suresh Pal]] alias Sonu were arrested.",
        "[[person:Sachin Kumar]] alias Puju Tiwari, [[person:Vijay Kumar]] and [[person:Ravi Shankar]] were held.",
    ])
    func dropsAliases(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.person]) == marked.marks)
    }
}
