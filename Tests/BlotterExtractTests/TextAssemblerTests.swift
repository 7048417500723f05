import Testing
@testable import BlotterExtract

@Suite struct TextAssemblerTests {
    /// The blocks TextAssembler reads from the page's body, filtered or not.
    func blocks(_ body: String, title: String? = nil, filtering: Bool = true) throws -> [TextBlock] {
        let dom = DOMBuilder.build(try HTMLDocument(utf8: Array("<html><body>\(body)</body></html>".utf8)))
        var assembler = TextAssembler(dom: dom, statistics: NodeStatistics(dom), title: title)
        return assembler.blocks(from: [dom.body], skip: { _, _ in false }, filtering: filtering)
    }

    @Test func blockElementsStartBlocksAndInlineTextJoins() throws {
        let found = try blocks("<p>Officers <b>seized</b>\n   <i>cash</i>.</p><p>Two men were charged.</p>")
        #expect(found.map(\.text) == ["Officers seized cash.", "Two men were charged."])
    }

    @Test func lineBreaksStayInsideTheBlock() throws {
        #expect(try blocks("<p>First line<br>second line</p>").map(\.text) == ["First line\nsecond line"])
    }

    @Test func headingsAndListItemsKeepTheirKind() throws {
        let found = try blocks("<h2>Court</h2><ul><li>One man was jailed for six years.</li></ul>")
        #expect(found.map(\.kind) == [.heading, .listItem])
        #expect(found.first?.level == 2)
    }

    @Test func linkDenseBlocksAreNavigation() throws {
        let found = try blocks(#"<p><a href="/a">Home</a> <a href="/b">News</a> <a href="/c">Sport</a></p><p>The trial began on Monday.</p>"#)
        #expect(found.map(\.text) == ["The trial began on Monday."])
        let unfiltered = try blocks(#"<p><a href="/a">Home</a> <a href="/b">News</a></p>"#, filtering: false)
        // "Home News": eight of its nine characters are link text (the space between the links is not).
        #expect(unfiltered.first?.linkDensity == 8.0 / 9.0)
    }

    @Test func aDropCapJoinsItsParagraph() throws {
        #expect(try blocks("<span>T</span><p>he force said the inquiry continues.</p>").map(\.text) == ["The force said the inquiry continues."])
    }

    @Test func theTitleRepeatedInTheTextIsDropped() throws {
        let title = "Man charged after cash seizure in Luton"
        #expect(try blocks("<h1>\(title)</h1><p>A man has been charged.</p>", title: title).map(\.text) == ["A man has been charged."])
    }

    @Test(arguments: [("Dec 12, 2025", true), ("6 hours ago", true), ("Updated 10:32 GMT", true), ("12.12.2025", true),
                      ("The 12 men were charged", false), ("42", false)])
    func dateLines(_ text: String, _ isDate: Bool) {
        #expect(TextAssembler.isDateLine(TextAssembler.comparable(text)) == isDate)
    }

    @Test func comparableFoldsCaseAndWhiteSpace() {
        #expect(TextAssembler.comparable("  Read  MORE\n about it ") == "read more about it")
    }

    @Test func wordRunsByBytesAgreeWithCharacterSplitting() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 .,-/:\r\n\té".unicodeScalars)
        for _ in 0..<300 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? " " }))
            let expected = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            #expect(TextAssembler.lettersAndDigitsRuns(text) == expected, "\(text.debugDescription)")
        }
        #expect(TextAssembler.lettersAndDigitsRuns("Dec 12, 2025") == ["Dec", "12", "2025"])
    }

    @Test func comparableKeysFoldCaseAndSpaceForASCIIAndOtherText() {
        #expect(TextAssembler.comparable("  Share  THIS\nArticle ") == "share this article")
        #expect(TextAssembler.comparable("ÉTÉ  Été") == "été été")
    }
}
