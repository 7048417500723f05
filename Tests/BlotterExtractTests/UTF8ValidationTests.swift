import Testing
@testable import BlotterExtract

@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([0x41, 0x42], true), ([0xC3, 0xA9], true), ([0xE2, 0x82, 0xAC], true), ([0xF0, 0x9F, 0x98, 0x80], true),
        ([0xC0, 0xAF], false),               // overlong "/"
        ([0xE0, 0x80, 0xAF], false),         // overlong
        ([0xED, 0xA0, 0x80], false),         // surrogate U+D800
        ([0xF4, 0x90, 0x80, 0x80], false),   // above U+10FFFF
        ([0xE9], false), ([0x41, 0xC3], false), ([0x80], false), ([0xFF], false),
    ] as [([UInt8], Bool)])
    func judgesSequencesAsTheStandardLibraryDoes(_ bytes: [UInt8], _ valid: Bool) {
        #expect(UTF8Validation.isValid(bytes) == valid)
        #expect((String(validating: bytes, as: UTF8.self) != nil) == valid)
    }

    /// Random byte strings (fixed seed), mostly ASCII with runs of multi-byte sequences and stray bytes at every
    /// position relative to the eight-byte ASCII steps: the same verdict as `String(validating:)` on each.
    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let pieces: [[UInt8]] = [[0x61], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xE9], [0xED, 0xA0, 0x80], [0xC3]]
        var disagreements = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            let length = Int(next() % 40)
            for _ in 0..<length {
                let roll = next() % 100
                bytes += roll < 80 ? pieces[0] : roll < 85 ? pieces[1] : pieces[Int(2 + next() % 6)]
            }
            if UTF8Validation.isValid(bytes) != (String(validating: bytes, as: UTF8.self) != nil) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }
}
