import Testing
@testable import BlotterCore

/// `RawPage.swift`: a document as the source stage yields it.
@Suite struct RawPageTests {
    /// Without an input id, the id is the content's hash, with the title, date and byline the input gives after it:
    /// two lines of one text with different dates are two records (the second read's case).
    @Test func theGivenMetadataTakesPartInTheDerivedID() {
        var first = RawPage(sequence: 0, source: SourceLocation(path: "in.jsonl"), content: .text("Police said so."))
        var second = first
        let plain = first.recordID
        first.given = GivenMetadata(published: "2023-10-02")
        second.given = GivenMetadata(published: "2023-10-03")
        #expect(first.recordID != second.recordID && first.recordID != plain)
        #expect(plain == StableID.sha256Hex(Array("Police said so.".utf8)))
        first.inputID = "a"
        #expect(first.recordID == "a")
    }
}
