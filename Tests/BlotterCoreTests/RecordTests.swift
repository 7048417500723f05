import Foundation
import Testing
@testable import BlotterCore

@Suite struct RecordTests {
    func sampleRecord() -> Record {
        let text = "Over £5 from Kit Smith."
        let start = text.utf8.count - "Kit Smith.".utf8.count
        let entities = [
            Entity(type: .figure, text: "Over £5", start: 0, end: "Over £5".utf8.count, sentence: 0,
                   figure: FigureFacts(kind: .money, value: .number(5), unit: "GBP", qualifier: .moreThan), recognizer: "t"),
            Entity(type: .person, text: "Kit Smith", start: start, end: start + 9, sentence: 0, canonical: "Kit Smith",
                   role: "Chief Constable", recognizer: "t"),
        ]
        return Record(sequence: 0, id: "abc", source: SourceLocation(path: "x.html"), article: Article(title: "T", text: text),
                      entities: entities)
    }

    @Test func stableIDIsSHA256Hex() {
        #expect(StableID.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
