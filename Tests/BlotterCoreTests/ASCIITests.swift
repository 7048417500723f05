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
}
