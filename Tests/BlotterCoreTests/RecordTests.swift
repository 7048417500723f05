import Foundation
import Testing
@testable import BlotterCore

@Suite struct RecordTests {
    @Test func stableIDIsSHA256Hex() {
        #expect(StableID.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
