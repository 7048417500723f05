import Testing
@testable import BlotterExtract

@Suite struct PackedNameTests {
    @Test func namesPackByTheirBytesUpToSixteen() {
        #expect(PackedName(Array("div".utf8)) == PackedName(Array("div".utf8)))
        #expect(PackedName(Array("div".utf8)) != PackedName(Array("dir".utf8)))
        #expect(PackedName(Array("a".utf8)) != PackedName(Array("a\u{0}".utf8)), "the length is part of the name")
        #expect(PackedName(Array("abcdefghijklmnop".utf8)) != nil)
        #expect(PackedName(Array("abcdefghijklmnopq".utf8)) == nil)
        let cString = Array("blockquote".utf8) + [0]
        #expect(cString.withUnsafeBufferPointer { PackedName(cString: $0.baseAddress!) } == PackedName(Array("blockquote".utf8)))
    }

    @Test func tableFindsWhatWasInsertedAndRefusesWhenFull() {
        var table = NameTable<Int>(bits: 4)
        var stored = 0
        for index in 0..<20 where table.insert(index, for: PackedName(Array("n\(index)".utf8))!) { stored += 1 }
        #expect(stored == 12, "three quarters of 16 slots")
        for index in 0..<12 { #expect(table.value(for: PackedName(Array("n\(index)".utf8))!) == index) }
        #expect(table.value(for: PackedName(Array("n19".utf8))!) == nil)
        let replaced = table.insert(99, for: PackedName(Array("n3".utf8))!)
        #expect(replaced, "a stored name's value can be replaced when full")
        #expect(table.value(for: PackedName(Array("n3".utf8))!) == 99)
    }
}
