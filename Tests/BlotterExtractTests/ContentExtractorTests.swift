import Testing
import BlotterCore
@testable import BlotterExtract

/// The main-region rules added on the tune halves of the extraction sets (quality/TUNING.md, session 7).
@Suite struct ContentExtractorTests {
    let extractor = Extractor()

    func extract(_ html: String) throws -> String {
        try extractor.extract(RawPage(sequence: 0, source: SourceLocation(path: "t.html"), content: .html(Array(html.utf8)))).text
    }

    static let comment = "I have read this twice now, and I still think the council got it wrong, but thank you for writing it up. "

    @Test func aShortPostKeepsItsTextAboveALongDiscussion() throws {
        let comments = (1...30).map { "<li class=\"comment c\($0)\"><p>\(Self.comment)</p></li>" }.joined()
        let text = try extract("""
        <html><body><div class="post"><h2>Nook</h2><p>The new reader is out in the shops today.</p></div>
        <div id="comments"><ol class="commentlist">\(comments)</ol></div></body></html>
        """)
        #expect(!text.contains("council got it wrong"), "comments are never the main text, whatever the cleaning level")
        #expect(text.contains("The new reader is out"))
    }

    @Test func commentaryAndACommentedStateAreNotDiscussions() {
        #expect(BoilerplateClassifier.namesDiscussion(Array("comment-list".utf8)))
        #expect(BoilerplateClassifier.namesDiscussion(Array("disqus_thread".utf8)))
        #expect(!BoilerplateClassifier.namesDiscussion(Array("commentary-body".utf8)))
        #expect(!BoilerplateClassifier.namesDiscussion(Array("post hentry commented".utf8)))
    }

    @Test func aShareNamedWrapperAroundTheArticleBodyIsKept() throws {
        let prose = String(repeating: "Officers searched the house and seized drugs, cash and phones over two days. ", count: 5)
        let text = try extract("""
        <html><body><div class="leftcol"><div class="share_wrapper"><div class="article-body"><p>\(prose)</p><p>\(prose)</p></div>
        <div class="share-buttons"><p>Share this on Facebook</p></div></div></div>
        <div class="promo-box"><p>Gartner's quadrant included no vendors as leaders this year, learn why here.</p></div></body></html>
        """)
        #expect(text.hasPrefix("Officers searched"))
        #expect(!text.contains("Gartner"))
    }

    @Test func proseStraightInsideOldLayoutBlocksIsRead() throws {
        let line = "The Hon. member for the north said the bill would cost farmers dearly over the coming years. "
        let text = try extract("""
        <html><body><table><tr><td><a href="/">Home</a> | <a href="/p">Papers</a></td></tr></table>
        <div id="hansText"><ul><b>Second Reading</b><br>\(line)<br>\(line)<br>\(line)<br></ul></div>
        <div id="foot"><a href="/c">Contact</a></div></body></html>
        """)
        #expect(text.contains("would cost farmers dearly"))
    }

    @Test func aShortPostInItsBodyContainerWinsOverALongerUnnamedColumn() throws {
        let bio = "I live, I learn and I teach, and here I share the creativity of others, every day of the week. "
        let text = try extract("""
        <html><body><div class="wrapper"><div class="main"><div class="entry-content">
        <p>Need a last-minute costume? An illustrator has drawn free masks you can print and assemble, three designs in all.</p>
        <p>A fourth design is coming soon, and all of them print on a single sheet of card.</p>
        </div></div><div class="side"><p>\(bio)</p><p>\(bio)</p><p>\(bio)</p></div></div></body></html>
        """)
        #expect(text.hasPrefix("Need a last-minute costume?"))
        #expect(!text.contains("I live, I learn"))
    }
}
