import Testing
@testable import BlotterCore

@Suite struct JSONWriterTests {
    @Test func escapesControlCharactersQuotesAndBackslashes() {
        var json = JSONWriter()
        json.beginObject()
        json.field("text", "a\"b\\c\nd\te\u{01}é")
        json.endObject()
        #expect(json.string == #"{"text":"a\"b\\c\nd\te\u0001é"}"#)
    }

    @Test func keepsKeysInTheOrderWritten() {
        var json = JSONWriter()
        json.beginObject()
        json.field("z", 1)
        json.field("a", nil)
        json.key("list"); json.writeStrings(["x", "y"])
        json.endObject()
        #expect(json.string == #"{"z":1,"a":null,"list":["x","y"]}"#)
    }

    @Test(arguments: [(90.0, "90"), (1_200_000.0, "1200000"), (0.5, "0.5"), (-3.0, "-3"), (Double.nan, "null")])
    func formatsNumbers(value: Double, expected: String) {
        #expect(JSONWriter.format(value) == expected)
    }
}
