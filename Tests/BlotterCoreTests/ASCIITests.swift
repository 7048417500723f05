import Testing
import BlotterCore

@Suite struct ASCIITests {
    @Test func lowerCasingChangesOnlyAsciiCapitals() {
        let text = "AZaz@[`{09 ÉÀ Straße"
        let lowered = ASCII.lowercased(Array(text.utf8))
        #expect(String(decoding: lowered, as: UTF8.self) == "azaz@[`{09 ÉÀ straße")
        // Every byte outside A-Z, including each byte of a multi-byte character, is left alone.
        for byte in UInt8.min...UInt8.max where !(0x41...0x5A).contains(byte) { #expect(ASCII.lowercased(byte) == byte) }
    }

    @Test func hexGivesTwoLowerCaseDigitsPerByte() {
        #expect(ASCII.hex([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
        #expect(ASCII.hex([UInt8]()) == "")
        #expect(StableID.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct DistinctInOrderTests {
    @Test func keepsTheFirstOfEachInOrder() {
        #expect(["b", "a", "b", "c", "a"].distinctInOrder() == ["b", "a", "c"])
        #expect([Int]().distinctInOrder() == [])
    }

    @Test func byKeyKeepsTheFirstElementOfEachKey() {
        let pairs = [("kent", 1), ("essex", 2), ("kent", 3)]
        #expect(pairs.distinctInOrder(by: \.0).map(\.1) == [1, 2])
    }
}

@Suite struct CalendarWordsTests {
    @Test func everyMonthHasItsNameAndAbbreviation() {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, name) in names.enumerated() {
            #expect(CalendarWords.months[name] == index + 1)
            #expect(CalendarWords.months[String(name.prefix(3))] == index + 1)
        }
        #expect(CalendarWords.months["sept"] == 9)
        #expect(CalendarWords.months.count == 24)  // "may" is its own abbreviation
    }

    @Test func yearsAreTheWindowReadAsDates() {
        #expect(CalendarWords.years.contains(1900) && CalendarWords.years.contains(2100))
        #expect(!CalendarWords.years.contains(1899) && !CalendarWords.years.contains(2101))
    }
}
