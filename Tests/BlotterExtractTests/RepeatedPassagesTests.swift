import Testing
@testable import BlotterExtract

@Suite struct RepeatedPassagesTests {
    func blocks(_ texts: [String]) -> [TextBlock] { texts.map { TextBlock(kind: .paragraph, text: $0, linkDensity: 0) } }
    let prose = String(repeating: "Officers searched the house and seized drugs. ", count: 3)

    @Test func aSecondCopyOfAPassageIsRemoved() {
        let story = ["Raids in Luton", "First " + prose, "Second " + prose, "Third " + prose]
        let result = RepeatedPassages.removingCopies(blocks(story + ["Ends here."] + story))
        #expect(result.map(\.text) == story + ["Ends here."], "every block of the copy goes (windows overlap)")
    }

    @Test func repeatedLabelsAndRepeatedParagraphsStay() {
        let review = ["Pros", "Efficient service", "Careful handling", "Cons", "Damage to items"]
        let page = review + ["A mover in Queens. " + prose] + review
        #expect(RepeatedPassages.removingCopies(blocks(page)).count == page.count, "short labels under every item are structure")
        let same = [String](repeating: "Lorem ipsum " + prose, count: 8)
        #expect(RepeatedPassages.removingCopies(blocks(same)).count == 8, "one paragraph repeated is not a copied passage")
    }
}
