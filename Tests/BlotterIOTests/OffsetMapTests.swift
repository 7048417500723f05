import Testing
@testable import BlotterIO

@Suite struct OffsetMapTests {
    @Test func convertsUTF8OffsetsToScalarOffsets() {
        let text = "£180 – café 😀 end"
        let map = OffsetMap(text)
        let utf8 = Array(text.utf8)
        // "end" starts after: £(2) 180(3) space(1) –(3) space(1) café(5) space(1) 😀(4) space(1) = 21 bytes
        #expect(String(decoding: utf8[21...], as: UTF8.self) == "end")
        #expect(map.scalarOffset(utf8: 21) == Array(text.unicodeScalars).count - 3)
        #expect(map.scalarOffset(utf8: 0) == 0)
        #expect(map.scalarOffset(utf8: utf8.count) == text.unicodeScalars.count)
    }
}
