import Testing
@testable import BlotterCore

@Suite struct DuplicateTableTests {
    @Test func theFirstCaptureIsNamedByLaterOnes() {
        var table = DuplicateTable()
        #expect(table.duplicate(of: "a", text: "Police said “hello”.\n\nMore text.") == nil)
        #expect(table.duplicate(of: "b", text: "police said \"hello\" more   text") == "a")  // quotes, case and spacing differ
        #expect(table.duplicate(of: "c", text: "Police said goodbye.") == nil)
        #expect(table.duplicate(of: "a", text: "Police said “hello”.\n\nMore text.") == nil)  // the same record again
        #expect(table.duplicate(of: "e", text: "") == nil && table.duplicate(of: "f", text: " — ") == nil)
        #expect(table.duplicate(of: "g", text: "", known: "a") == "a")  // a revisit's original, text or not
    }

    @Test func memoryIsBounded() {
        var table = DuplicateTable(capacity: 100)
        for index in 0..<10_000 { _ = table.duplicate(of: "id\(index)", text: "text number \(index)") }
        #expect(table.count <= 100)
        #expect(table.duplicate(of: "late", text: "text number 9999") == "id9999")  // recent texts are remembered
        #expect(table.duplicate(of: "old", text: "text number 1") == nil)  // long gone: taken as a first capture
    }

    @Test func boundedMemoKeepsWhatIsUsed() {
        var memo = BoundedMemo<Int, Int>(capacity: 4)
        memo.insertIfAbsent(1, 10)
        for key in 2...20 {
            memo.insertIfAbsent(key, key)
            #expect(memo.value(for: 1) == 10)  // looked up each time: never dropped
        }
        #expect(memo.count <= 4)
    }
}
