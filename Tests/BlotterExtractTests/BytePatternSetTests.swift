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

    @Test func reportsWhichPatternsOccur() {
        let set = BytePatternSet(["author", "comment", "date", "a"])
        #expect(set.occurrences(in: Array("comment-author".utf8)) == 0b1011)
        #expect(set.occurrences(in: Array("entry-date".utf8)) == 0b1100, "the single-byte pattern \"a\" too")
        #expect(set.occurrences(in: Array("xyz".utf8)) == 0)
        #expect(set.occurrences(in: []) == 0)
    }
}
