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

    // Session 16 (quality/TUNING.md): recovery must add prose; a link-dense rail in the article's column.

    @Test func recoveryDoesNotSwapAShortPostForAListOfShortLines() throws {
        let shelf = (1...40).map { "<p>Create a realistic set extension using a green screen, part \($0)</p>" }.joined()
        let text = try extract("""
        <html><body><div class="post"><h2>Nook</h2><p>The new reader is in the shops on Friday, with a lit screen.</p></div>
        <div class="sidebar">\(shelf)</div></body></html>
        """)
        #expect(text.contains("The new reader is in the shops"))
        #expect(!text.contains("realistic set extension"), "a sidebar of unfinished lines is no better than the short post")
    }

    @Test func recoveryStillTakesProseTheStrictCleaningLost() throws {
        let prose = String(repeating: "The committee met on Tuesday and agreed to publish the full report next month. ", count: 3)
        let text = try extract("""
        <html><body><div class="post"><p>Posted in news.</p></div>
        <div class="sidebar"><p>\(prose)</p><p>\(prose)</p><p>\(prose)</p></div></body></html>
        """)
        #expect(text.contains("The committee met on Tuesday"))
    }

    @Test func aLinkDenseRailInTheArticlesColumnIsDroppedWhole() throws {
        let prose = String(repeating: "The home side led 2-0 after the first period, then scored five more in the second. ", count: 4)
        // The legal notice keeps the article column under `descentShare` of the page, so the region is the page.
        let legal = String(repeating: "The league's name, shield and logos are registered trademarks of the league and its teams. ", count: 6)
        let headlines = (1...12).map { "<li><a href=\"/n\($0)\">League and players resume talks in New York, day \($0)</a></li>" }.joined()
        let text = try extract("""
        <html><body><div id="page"><div id="wide"><p>\(prose)</p><p>\(prose)</p><p>\(prose)</p></div>
        <div id="rail"><ul>\(headlines)</ul><p>The video community is a new experience where fans can watch and share clips.</p></div>
        <div id="legal"><p>\(legal)</p></div></div></body></html>
        """)
        #expect(text.contains("The home side led"))
        #expect(!text.contains("video community"), "the rail's promo paragraph goes with its links")
    }

    @Test func aWeaklyNamedColumnBesideAHeavierContentColumnIsDropped() throws {
        let prose = String(repeating: "Residents asked the speakers about the wells, the water and the trucks on their roads. ", count: 6)
        let about = String(repeating: "I started this blog after a history conference, to write about the county's past and present. ", count: 4)
        // "sidebar1Wrapper" is a weak name (a substring, not a token); its prose share is over `wrapperProseShare`.
        let text = try extract("""
        <html><body><div id="pageBody"><div id="sidebar1Wrapper"><p>\(about)</p></div>
        <div id="contentWrapper"><p>\(prose)</p><p>\(prose)</p></div></div></body></html>
        """)
        #expect(text.contains("Residents asked the speakers"))
        #expect(!text.contains("history conference"), "a column beside a heavier content column is not the article's wrapper")
    }

    @Test func aWeaklyNamedWrapperHoldingTheMostProseIsKept() throws {
        let prose = String(repeating: "Residents asked the speakers about the wells, the water and the trucks on their roads. ", count: 6)
        let note = String(repeating: "The county clerk keeps the minutes of every public meeting for ten years. ", count: 3)
        let text = try extract("""
        <html><body><div id="pageBody"><div id="sidebar1Wrapper"><p>\(prose)</p><p>\(prose)</p></div>
        <div id="notes"><p>\(note)</p></div></div></body></html>
        """)
        #expect(text.contains("Residents asked the speakers"), "no heavier sibling: the weak name wraps the article")
    }
}
