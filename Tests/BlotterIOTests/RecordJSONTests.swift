import Foundation
import Testing
import BlotterCore
@testable import BlotterIO

@Suite struct RecordJSONTests {
    func sampleRecord() -> Record {
        let text = "Over £5 from Kit Smith."
        let start = text.utf8.count - "Kit Smith.".utf8.count
        let entities = [
            Entity(type: .figure, text: "Over £5", start: 0, end: "Over £5".utf8.count, sentence: 0,
                   figure: FigureFacts(kind: .money, value: .number(5), unit: "GBP", qualifier: .moreThan)),
            Entity(type: .person, text: "Kit Smith", start: start, end: start + 9, sentence: 0, canonical: "Kit Smith",
                   role: "Chief Constable"),
        ]
        return Record(sequence: 0, id: "abc", source: SourceLocation(path: "x.html"), article: Article(title: "T", text: text),
                      entities: entities)
    }

    @Test func writesSchemaKeysInOrder() throws {
        let line = sampleRecord().jsonLine()
        let keys = ["\"schema\"", "\"id\"", "\"source\"", "\"title\"", "\"byline\"", "\"published\"", "\"language\"",
                    "\"site\"", "\"text\"", "\"entities\"", "\"title_entities\"", "\"summary\""]
        let positions = keys.map { line.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func titleEntitiesHaveOffsetsIntoTheTitleAndJoinTheSummary() throws {
        var record = sampleRecord()
        record.article.title = "Müller's Kent Police"
        let start = "Müller's ".utf8.count
        record.titleEntities = [Entity(type: .force, text: "Kent Police", start: start, end: start + 11, sentence: 0, canonical: "kent")]
        let object = try #require(JSONSerialization.jsonObject(with: Data(record.jsonLine().utf8)) as? [String: Any])
        let titled = try #require((object["title_entities"] as? [[String: Any]])?.first)
        #expect(titled["start"] as? Int == 9 && titled["end"] as? Int == 20)
        #expect((object["summary"] as? [String: Any])?["forces"] as? [String] == ["kent"])
    }

    @Test func entityOffsetsAreUnicodeScalars() throws {
        let line = sampleRecord().jsonLine()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let entities = try #require(object["entities"] as? [[String: Any]])
        for entity in entities {
            let start = try #require(entity["start"] as? Int)
            let end = try #require(entity["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == entity["text"] as? String)
        }
        let money = entities[0]
        #expect(money["kind"] as? String == "money")
        #expect(money["qualifier"] as? String == "more_than")
        #expect(entities[1]["role"] as? String == "Chief Constable")
    }

    @Test func errorEntryNamesSourceAndStage() throws {
        let error = DocumentError(sequence: 3, id: "x", source: SourceLocation(path: "in.jsonl", line: 4), stage: .source, message: "not JSON")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(error.jsonLine().utf8)) as? [String: Any])
        #expect(object["stage"] as? String == "source")
        #expect(object["error"] as? String == "not JSON")
        #expect(error.description == "in.jsonl:4: source: not JSON")
    }

    @Test func summaryListsDistinctCanonicalsInFirstMentionOrder() {
        let summary = RecordView(sampleRecord()).summary
        #expect(summary.people == ["Kit Smith"])
        #expect(summary.figures == 1)
    }
}
