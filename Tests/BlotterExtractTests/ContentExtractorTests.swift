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

    // Session 8 (quality/TUNING.md): the older layouts of dragnet-dev and cleaneval-dev.

    @Test func theDescentStopsAtAParagraphAndKeepsItsSiblings() throws {
        let long = String(repeating: "The library board voted to close the branch after a year of falling visits and rising costs. ", count: 12)
        let text = try extract("""
        <html><body><div id="main"><div class="entry"><p>It has been an honour to work with this team for three years.</p>
        <p>\(long)</p><p>Thank you to everyone for your hard work and support over the years.</p></div></div></body></html>
        """)
        #expect(text.hasPrefix("It has been an honour"))
        #expect(text.contains("Thank you to everyone"))
    }

    @Test func theLedeIsNotReadFromABoilerplateNamedHeaderBand() throws {
        let prose = "Doctors at the county hospital said the new records system had cut waiting times by a third this year. "
        let text = try extract("""
        <html><body><div id="header"><h1>Life as a Healthcare CIO</h1>
        <p>Every day I experience life in the world of healthcare IT, supporting doctors and patients alike.</p></div>
        <div class="main"><div class="post-body entry-content"><p>\(prose)</p><p>\(prose)</p></div></div></body></html>
        """)
        #expect(text.hasPrefix("Doctors at the county hospital"))
        #expect(!text.contains("Every day I experience"))
    }

    @Test func aPageOfSeveralPostsIsReadWhole() throws {
        // The heaviest post holds a third of the prose, the sidebar more than a third.
        let first = String(repeating: "The Minuteman Project is going to California to seek out businesses hiring illegally. ", count: 12)
        let second = String(repeating: "China has upgraded its economy, but can it mount expeditions beyond its borders? ", count: 6)
        let third = String(repeating: "The campaign rally drew a larger crowd than the organisers had planned for, they said. ", count: 5)
        let side = String(repeating: "Links to the blogs I read every morning, with a line about each of them for you. ", count: 14)
        let text = try extract("""
        <html><body><div id="wrap"><div id="posts">
        <div class="post"><h3>Chopping at the root</h3><div class="post-body"><p>\(first)</p></div></div>
        <div class="post"><h3>The assassin's mace</h3><div class="post-body"><p>\(second)</p></div></div>
        <div class="post"><h3>A rally</h3><div class="post-body"><p>\(third)</p></div></div></div>
        <div id="links"><p>\(side)</p></div></div></body></html>
        """)
        #expect(text.contains("The Minuteman Project"))
        #expect(text.contains("China has upgraded"))
        #expect(text.contains("The campaign rally"))
    }

    @Test func aParagraphThatIsOneLinkedSentenceIsKept() {
        let sentence = TextBlock(kind: .paragraph, text: "This week's new Tabletop is a really fun, quick, easy, and profoundly silly party game called Say Anything.", linkDensity: 0.99)
        #expect(TextAssembler.isLinkedSentence(sentence))
        let teaser = TextBlock(kind: .paragraph, text: "Six months after his Passed Me By EP advanced like a scorched-earth campaign over the ruins of dance ...", linkDensity: 1)
        #expect(!TextAssembler.isLinkedSentence(teaser))
        let headline = TextBlock(kind: .paragraph, text: "Police arrest two men after a chase through the city centre", linkDensity: 1)
        #expect(!TextAssembler.isLinkedSentence(headline))
    }

    @Test func aClosingHeadingInOnePostOfAFrontPageDoesNotEndTheText() throws {
        let post = { (topic: String) in
            "<div class=\"entry\"><h3>\(topic)</h3><div class=\"entry-content\"><p>" + String(repeating: "The court said \(topic) must be decided case by case, on all the circumstances. ", count: 4)
                + "</p><p>Related posts:</p><ul><li><a href=\"/a\">An older post</a></li></ul></div></div>"
        }
        let text = try extract("<html><body><div id=\"posts\">" + post("arbitration") + post("patents") + post("experts") + "</div></body></html>")
        #expect(text.contains("The court said arbitration"))
        #expect(text.contains("The court said experts"))
    }
}

