import Testing
import BlotterCore
import BlotterText
import BlotterTestSupport
@testable import BlotterTag

/// `AcronymBracket.swift`: the bracket that defines an acronym, with or without a gloss on the name's language.
@Suite struct AcronymBracketTests {
    func close(_ text: String) throws -> String? {
        let tokens = try Segmenter().segment(text).tokens
        guard let open = tokens.firstIndex(where: { $0.text == "(" }),
              let close = AcronymBracket.close(at: open + 2, in: tokens, limit: tokens.count) else { return nil }
        return tokens[open...close].map(\.text).joined(separator: " ")
    }

    @Test(arguments: [
        ("the Ecuadorian National Police (PNE) said", "( PNE )"),
        ("the Ecuadorian National Police (PNE, in Spanish) said", "( PNE , in Spanish )"),
        ("the Federal Police (PF, by its Portuguese initials) said", "( PF , by its Portuguese initials )"),
        ("the Secretariat (SENAD, for its acronym in Spanish) said", "( SENAD , for its acronym in Spanish )"),
    ])
    func closesADefinition(_ text: String, _ expected: String) throws {
        #expect(try close(text) == expected)
    }

    @Test(arguments: [
        "the agency (FBI, in a statement) said",
        "the agency (FBI, Washington) said",
        "the agency (FBI, which declined to comment) said",
        "the branch (CID, in Karachi) said",
    ])
    func aCommaAndOtherWordsAreNoGloss(_ text: String) throws {
        #expect(try close(text) == nil)
    }

    @Test func theGlossedAcronymNamesTheForceLater() throws {
        let marked = MarkedText("The [[force:Ecuadorian National Police]] ([[force:PNE]], in Spanish) intercepted a truck. The [[force:PNE]] seized cocaine.")
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
