import Testing
@testable import BlotterExtract

@Suite struct NameTokensTests {
    func kinds(_ names: String) -> [NameTokens.Kinds] {
        var out: [NameTokens.Kinds] = []
        NameTokens.forEachToken(in: Array(names.utf8)) { out.append($0) }
        return out
    }

    @Test func everyListedTokenIsFoundWithItsLists() {
        for (token, expected) in NameTokens.listed {
            #expect(token.utf8.count <= NameTokens.maximumBytes, "\(token) is too long to pack")
            #expect(NameTokens.shared.kinds(of: Array(token.utf8)) == expected, "\(token)")
        }
    }

    @Test func tokensSplitOnAnythingButLettersDigitsAndNonASCII() {
        #expect(kinds("post-comments sidebar_2") == [.content, [.boilerplate, .discussion, .strong], [.boilerplate, .strong, .layout], []])
        #expect(kinds("author-box").count == 2 && kinds("author-box")[1] == .authorBox)
        #expect(kinds("") == [])
    }

    @Test func unlistedLongAndNonASCIITokensAreNothing() {
        #expect(kinds("commentary navé") == [[], []])
        #expect(kinds("recommendationsandmore") == [[]], "longer than any listed token")
        #expect(kinds("Comment") == [[]], "upper case ends a token (\"omment\"): names are lower-cased first")
    }
}
