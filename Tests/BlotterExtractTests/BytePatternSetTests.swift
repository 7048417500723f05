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

    @Test func twoByteAndLongerPatternsSharingAPairAreBothFound() {
        // "©" and "co" are two-byte patterns; "cookie" shares its first pair with "co".
        let set = BytePatternSet(["co", "cookie", "© ", "is not responsible"])
        #expect(set.occurrences(in: Array("xco".utf8)) == 0b0001, "a two-byte pattern at the very end")
        #expect(set.occurrences(in: Array("cookies".utf8)) == 0b0011)
        #expect(set.occurrences(in: Array("© 2025".utf8)) == 0b0100)
        #expect(set.occurrences(in: Array("this is not responsible".utf8)) == 0b1000)
        #expect(set.occurrences(in: Array("this is no".utf8)) == 0)
    }

    @Test func agreesWithAPlainSearchOnRandomText() {
        let phrases = ["the end", "an", "and so", "tion", "x", "ing the", "zz"]
        let set = BytePatternSet(phrases)
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aeintodgshx z".utf8)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
            let expected = phrases.enumerated().reduce(UInt64(0)) { mask, phrase in
                let needle = Array(phrase.element.utf8)
                let found = text.count >= needle.count && (0...(text.count - needle.count)).contains { Array(text[$0..<($0 + needle.count)]) == needle }
                return found ? mask | 1 << UInt64(phrase.offset) : mask
            }
            #expect(set.occurrences(in: text) == expected, "\(String(decoding: text, as: UTF8.self))")
        }
    }
}
