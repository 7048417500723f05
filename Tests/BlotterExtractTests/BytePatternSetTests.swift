import Testing
@testable import BlotterExtract

@Suite struct BytePatternSetTests {
    static let set = BytePatternSet(["comment", "share", "social", "cookie", "s", ""])

    @Test(arguments: [("post-comments", true), ("article-share", true), ("x-social-links", true), ("cookiebar", true),
                      ("abcs", true), ("entry-content", false), ("commen", false), ("", false)])
    func findsAnyPatternAnywhere(_ haystack: String, _ expected: Bool) {
        let patterns = Self.set
        // "s" alone matches any haystack holding an s; a set without it must not.
        let withoutS = BytePatternSet(["comment", "share", "social", "cookie"])
        #expect(patterns.occurs(in: Array(haystack.utf8)) == (expected || haystack.contains("s")))
        #expect(withoutS.occurs(in: Array(haystack.utf8)) == (expected && haystack != "abcs"))
    }

    @Test func aPatternAtTheVeryEndIsFoundAndOneCutShortIsNot() {
        let patterns = BytePatternSet(["footer"])
        #expect(patterns.occurs(in: Array("site-footer".utf8)))
        #expect(!patterns.occurs(in: Array("site-foote".utf8)))
    }
}
