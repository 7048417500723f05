import Testing
@testable import BlotterExtract

@Suite struct HTMLEntitiesTests {
    @Test func referencesBecomeCharacters() {
        #expect(HTMLEntities.decode("Tools &#8211; Spreadsheet") == "Tools – Spreadsheet")
        #expect(HTMLEntities.decode("Houston&#39;s &amp; Dallas&#x2019;") == "Houston's & Dallas’")
        #expect(HTMLEntities.decode("caf&eacute; &hellip;") == "café …")
    }

    @Test func whatIsNoReferenceIsLeftAlone() {
        #expect(HTMLEntities.decode("Fish & chips; peas") == "Fish & chips; peas")
        #expect(HTMLEntities.decode("&unknownname; &#xZZ; &#0; &") == "&unknownname; &#xZZ; &#0; &")
        #expect(HTMLEntities.decode("no ampersand") == "no ampersand")
    }
}
