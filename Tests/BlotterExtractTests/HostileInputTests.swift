import Foundation
import Testing
import BlotterCore
@testable import BlotterExtract

/// Issue 21's hostile pages (items 2-5), each rebuilt here: no hang, no text lost in silence.
@Suite struct HostileInputTests {
    /// Distinct sentences, so that no filter takes the paragraphs for repeated boilerplate.
    static func paragraph(_ index: Int) -> String {
        let subjects = ["Officers from Kent Police", "Detectives", "A spokesman for the force", "The court", "Neighbours"]
        let verbs = ["said the raid on", "confirmed that a search in", "heard that the flat in", "reported noise from", "described the arrest at"]
        return "<p>Item \(index): \(subjects[index % 5]) \(verbs[(index / 5) % 5]) street number \(index * 7 + 3) took place at \(index % 12 + 1) o'clock.</p>\n"
    }

    static func items(in text: String) -> [Int] {
        text.components(separatedBy: "Item ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    func extract(_ html: [UInt8]) throws(StageFailure) -> Article {
        try Extractor().extract(RawPage(sequence: 0, source: SourceLocation(path: "test.html"), content: .html(html)))
    }

    // Item 2: a pathological page is an error entry naming the bound, at once.
    @Test func manyAttributesOnOneElementAreAnErrorNotAHang() throws {
        let attributes = (0..<100_000).map { "a\($0)=x" }.joined(separator: " ")
        let page = Array("<html><body><div \(attributes)>hi</div>\(Self.paragraph(1))</body></html>".utf8)
        let started = Date()
        #expect(throws: StageFailure.self) { try extract(page) }
        #expect(Date().timeIntervalSince(started) < 5)
        do { _ = try extract(page) } catch { #expect(error.message.contains("100000 attributes, over the limit of 5000")) }
    }

    @Test func tooManyElementsAreAnError() {
        let bounds = MarkupBounds(maximumElements: 1_000)
        let page = Array(("<html><body>" + String(repeating: "<i>x</i>", count: 1_001)).utf8)
        #expect(throws: StageFailure.self) { try bounds.check(page) }
        #expect(MarkupBounds.measure(page).elements == 1_003)
    }

    @Test func manyElementsWithManyAttributesCrossTheComparisonBound() {
        let element = "<b " + (0..<500).map { "a\($0)=1" }.joined(separator: " ") + ">x</b>"
        let page = Array(String(repeating: element, count: 200).utf8)  // 200 × 124,750 comparisons
        #expect(throws: StageFailure.self) { try MarkupBounds().check(page) }
        #expect(MarkupBounds.measure(page).mostAttributes == 500)
    }

    @Test func scanCountsAttributesLikeTheTokenizer() {
        let counts = MarkupBounds.measure(Array(#"<div id="a>b" class='c' hidden data-x = y/><br/>< notatag a=1><!-- <p a b c> --> text a<b"#.utf8))
        // div (4 attributes), br, p inside the comment (3), and "b" of "a<b".
        #expect(counts.mostAttributes == 4)
        #expect(counts.elements == 4)
    }

    @Test func deepPageWithManyEndTagsIsBoundedNotQuadratic() throws {
        // 100,000 unclosed <div> then 100,000 stray end tags took libxml2 13 s without its depth limit.
        let page = Array(("<html><body>" + String(repeating: "<div>x ", count: 100_000) + String(repeating: "</span>", count: 100_000)).utf8)
        let started = Date()
        #expect(throws: StageFailure.self) { try extract(page) }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(MarkupBounds.nestingWork(Array("<p><br><img/></p></p>".utf8)) == 2)
        let closed = String(repeating: "<div>", count: 20_000) + String(repeating: "</div>", count: 20_000)
        #expect(MarkupBounds.nestingWork(Array(closed.utf8)) == 20_000)
    }

    @Test func deepButProperlyClosedPageKeepsItsText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>Deep text inside many divs.</p>" + String(repeating: "</div>", count: 20_000)
        let article = try extract(Array(html.utf8))
        #expect(article.text.contains("Deep text inside many divs."))
    }

    // Item 3: a NUL anywhere keeps the text after it (in markup, libxml2 took it for the end of the input).
    @Test(arguments: [("<p>Item 3", "<p class='a\0b'>Item 3"), ("<p>Item 3", "<p\0>Item 3"),
                      ("</p>\n<p>Item 4", "</p>\0<p>Item 4"), ("Item 10: ", "Item 10: \0"), ("<title>T", "<title>T\0")])
    func nulByteKeepsTheRestOfThePage(_ replacement: (String, String)) throws {
        let html = ("<html><head><title>T</title></head><body>" + (0..<40).map(Self.paragraph).joined() + "</body></html>")
            .replacingOccurrences(of: replacement.0, with: replacement.1)
        #expect(html.contains("\0"))
        let article = try extract(Array(html.utf8))
        #expect(Self.items(in: article.text) == Array(0..<40))
        #expect(!article.text.contains("\0"))
    }

    // Item 4: 300 paragraphs each opened by an unclosed element: all 300 kept.
    @Test(arguments: ["div", "font", "span"])
    func unclosedElementsBeyondDepth256KeepEveryParagraph(_ tag: String) throws {
        let html = "<html><head><title>Deep</title></head><body>" + (0..<300).map { "<\(tag)>" + Self.paragraph($0) }.joined() + "</body></html>"
        let article = try extract(Array(html.utf8))
        #expect(Self.items(in: article.text) == Array(0..<300))
    }

    @Test func alternatingUnclosedElementsKeepEveryParagraph() throws {
        let html = "<html><body>" + (0..<400).map { "<div><span>" + Self.paragraph($0) }.joined()
        let article = try extract(Array(html.utf8))
        #expect(Self.items(in: article.text) == Array(0..<400))
    }

    @Test func shortChainsAreLeftAlone() throws {
        // Fifteen nested wrappers, each holding a heading before the next: below `UnclosedChains.minimumLinks`.
        let html = "<html><body>" + (0..<15).map { "<div><h3>Level \($0)</h3>" }.joined() + "<p>end</p>" + String(repeating: "</div>", count: 15)
        let document = try HTMLDocument(utf8: Array(html.utf8))
        let dom = DOMBuilder.build(document)
        #expect(dom.nodes.indices.filter { dom.name(of: Int32($0)) == "div" }.count == 15)
    }

    @Test func longChainIsReadIntoItsHead() throws {
        let html = "<html><body>" + (0..<40).map { "<div><h3>Level \($0)</h3>" }.joined()
        let dom = DOMBuilder.build(try HTMLDocument(utf8: Array(html.utf8)))
        let divs = dom.nodes.indices.filter { dom.name(of: Int32($0)) == "div" }
        #expect(divs.count == 1)
        #expect(dom.nodes.indices.filter { dom.name(of: Int32($0)) == "h3" }.allSatisfy { dom.name(of: dom.nodes[$0].parent) == "div" })
    }

    @Test func elementsBeyondTheDepthBoundAreFlattenedWithTheirText() throws {
        // Nesting with nothing before each child is no unclosed chain; past the depth bound it is flattened.
        let depth = Int(DOMBuilder.maximumDepth) + 100
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep text</p>" + String(repeating: "</div>", count: depth)
        let dom = DOMBuilder.build(try HTMLDocument(utf8: Array(html.utf8)))
        #expect(String(decoding: dom.textBytes, as: UTF8.self).contains("deep text"))
        #expect(dom.nodes.indices.filter { dom.name(of: Int32($0)) == "div" }.count <= Int(DOMBuilder.maximumDepth))
    }

    @Test func hugeTextNodeIsKept() throws {
        // libxml2 stops at a text node over 10 MB without XML_PARSE_HUGE.
        let html = "<html><body><pre>" + String(repeating: "word ", count: 2_200_000) + "</pre><p>after the long text</p></body></html>"
        let dom = DOMBuilder.build(try HTMLDocument(utf8: Array(html.utf8)))
        #expect(String(decoding: dom.textBytes.suffix(100), as: UTF8.self).contains("after the long text"))
    }

    // Item 5: one stray byte in a UTF-8 page.
    @Test func strayByteInAUTF8PageKeepsTheRestUTF8() throws {
        var bytes = Array("<html><head><meta charset=utf-8></head><body><p>Detective Kathryn Hollöway said the gang made over £180,000 from the ".utf8)
        bytes += [0xFF] + Array("scheme.</p></body></html>".utf8)
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(decoded.evidence == .mostlyUTF8)
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        #expect(text.contains("Kathryn Hollöway"))
        #expect(text.contains("over £180,000 from the ÿscheme"))
    }

    @Test func windows1252BytesInAUTF8PageAreReadAsWindows1252() {
        let bytes: [UInt8] = Array("café ".utf8) + [0x99, 0x20, 0xA3] + Array("5 ".utf8) + [0xE2, 0x80]  // ™, £, a cut "–"
        let profile = MostlyUTF8.profile(bytes)
        #expect(profile == MostlyUTF8.Profile(multibyte: 1, invalid: 3))
        #expect(String(decoding: MostlyUTF8.repaired(bytes), as: UTF8.self) == "café ™ £5 â€")
    }

    @Test func windows1252PagesWithoutUTF8SequencesKeepTheirDecoding() throws {
        var bytes = Array("<html><head><meta charset=utf-8></head><body><p>Caf".utf8)
        bytes += [0xE9, 0x20, 0xA3] + Array("5</p></body></html>".utf8)
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(decoded.evidence != .mostlyUTF8)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Café £5"))
    }

    @Test func undeclaredPagesNeedAClearMajority() {
        #expect(!MostlyUTF8.isMostlyUTF8(.init(multibyte: 3, invalid: 1), declaredUTF8: false))
        #expect(MostlyUTF8.isMostlyUTF8(.init(multibyte: 4, invalid: 1), declaredUTF8: false))
        #expect(MostlyUTF8.isMostlyUTF8(.init(multibyte: 1, invalid: 1), declaredUTF8: true))
        #expect(!MostlyUTF8.isMostlyUTF8(.init(multibyte: 0, invalid: 1), declaredUTF8: true))
    }
}
