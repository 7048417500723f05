import Testing
@testable import BlotterCore

@Suite struct TokenCaseTests {
    @Test(arguments: [(String, TokenCase)]([
        ("Malthouse", TokenCase.capitalized), ("O", .capitalized), ("McDonald", .capitalized), ("Łódź", .capitalized),
        ("NCA", .acronym), ("G7", .acronym), ("ÉTÉ", .acronym), ("police", .lowercase), ("élan", .lowercase),
        ("7", TokenCase()), ("-", TokenCase()), ("naïve", .lowercase), ("Zoë", .capitalized), ("ÖBB", .acronym),
    ]))
    func readsTheCaseOnce(_ text: String, _ expected: TokenCase) {
        #expect(TokenCase.of(text, kind: text.first?.isLetter == true ? .word : .punctuation) == expected)
    }

    @Test func aWordOfDigitsOnlyHasNoCase() {
        #expect(TokenCase.of("2020", kind: .word) == [])
        #expect(TokenCase.of("A", kind: .word) == .capitalized)
    }

    @Test func aTokenKeepsItsCaseWhenItsTextOrKindChanges() {
        var token = Token(start: 0, end: 3, kind: .word, text: "nca", sentence: 0, spaceBefore: true)
        #expect(token.letterCase == .lowercase)
        token.text = "NCA"
        #expect(token.letterCase == .acronym)
        token.kind = .number
        #expect(token.letterCase == [])
    }
}
