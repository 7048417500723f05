import Testing
@testable import BlotterExtract

@Suite struct BylineReaderTests {
    @Test func aDatedBylineLineGivesItsName() {
        #expect(BylineReader.nameAfterBy("By Jane Smith Feb 8, 2020 5 min read") == "Jane Smith")
        #expect(BylineReader.nameAfterBy("By 2030 the force will grow") == nil)
    }

    @Test func aLineThatOnlyNamesItsAuthor() {
        #expect(BylineReader.isNameLine("Written by Lisa Greene-Lewis"))
        #expect(BylineReader.isNameLine("By Jane Smith and Tom Jones"))
        #expect(!BylineReader.isNameLine("By the time officers arrived, the men had gone."))
        #expect(!BylineReader.isNameLine("By 2030 the force will have 500 more officers."))
    }

    @Test(arguments: [
        ("Jane Smith", "Jane Smith"), ("By Jane Smith", "Jane Smith"), ("Written by Marna van der Merwe", "Marna van der Merwe"),
        ("Author: Jean-Luc O’Brien,", "Jean-Luc O’Brien"), ("Dr. Vahid Osman", "Dr. Vahid Osman"),
    ])
    func authorElementsThatAreNames(text: String, name: String) {
        #expect(BylineReader.personName(text) == name)
    }

    @Test(arguments: ["Admin", "Our authors", "Share this story", "Jane", "Posted 12 March 2020", "Staff Writer",
                      "Jane Smith Crime Reporter For The Gazette Since 2004"])
    func authorElementsThatAreNot(text: String) {
        #expect(BylineReader.personName(text) == nil)
    }

    @Test func metadataBylinesAreCheckedAndTrimmed() {
        #expect(BylineReader.usable(", USA TODAY") == "USA TODAY")
        #expect(BylineReader.usable("https://example.com/user/megan") == nil)
        #expect(BylineReader.usable("content: MarketingSherpa, design: Scott McDaniel") == nil)
        #expect(BylineReader.usable("news@example.com") == nil)
        #expect(BylineReader.usable("kffnirmitap") == "kffnirmitap", "a user name is the site's own author field")
    }
}
