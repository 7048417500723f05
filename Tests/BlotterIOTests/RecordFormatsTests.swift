import Foundation
import Testing
import BlotterCore
@testable import BlotterIO

@Suite struct RecordFormatsTests {
    func record() -> Record {
        let text = "Kent Police ran Operation Kestrel."
        return Record(sequence: 0, id: "r1", source: SourceLocation(path: "a.html", url: "https://x/a", captured: "2024-05-01T12:00:00Z"),
                      article: Article(title: "T", text: text), entities: [
                        Entity(type: .force, text: "Kent Police", start: 0, end: 11, sentence: 0, canonical: "kent", name: "Kent Police"),
                        Entity(type: .operation, text: "Operation Kestrel", start: 16, end: 33, sentence: 0, canonical: "Operation Kestrel"),
                      ])
    }

    @Test func esBulkLinesAreAnActionAndADocumentWithEntityKeys() throws {
        let (action, document) = RecordView(record()).esBulkLines(index: "news")
        let actionObject = try #require(try JSONSerialization.jsonObject(with: Data(action.utf8)) as? [String: [String: String]])
        #expect(actionObject["index"] == ["_index": "news", "_id": "r1"])
        let documentObject = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        #expect(documentObject["entity_keys"] as? [String] == ["force:kent", "operation:Operation Kestrel"])
        #expect((documentObject["entities"] as? [Any])?.count == 2)
        #expect(!action.contains("\n") && !document.contains("\n"))
    }

    @Test func locationsCarryCanonicalAndCountryInRecordsAndWANE() throws {
        var located = record()
        located.article.text = "Kent Police ran Operation Kestrel in Dover."
        located.entities.append(.location(text: "Dover", start: 37, end: 42, sentence: 0, canonical: "Dover", country: "GB"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(located.jsonLine().utf8)) as? [String: Any])
        let entity = try #require((object["entities"] as? [[String: Any]])?.last)
        #expect(entity["type"] as? String == "location" && entity["canonical"] as? String == "Dover" && entity["country"] as? String == "GB")
        let wane = try #require(try JSONSerialization.jsonObject(with: Data(RecordView(located).waneLine().utf8)) as? [String: Any])
        #expect((wane["named_entities"] as? [String: [String]])?["locations"] == ["Dover"])
        #expect(RecordView(located).entityKeys.contains("location:Dover"))
    }

    @Test func waneLineNamesPeopleOrganisationsForcesAndOperations() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(RecordView(record()).waneLine().utf8)) as? [String: Any])
        #expect(object["url"] as? String == "https://x/a")
        #expect(object["timestamp"] as? String == "2024-05-01T12:00:00Z")
        let named = try #require(object["named_entities"] as? [String: [String]])
        #expect(named["organizations"] == ["Kent Police"] && named["forces"] == ["kent"] && named["operations"] == ["Operation Kestrel"])
        #expect(named["persons"] == [] && named["locations"] == [])
    }
}

@Suite struct ForceFieldsInRecordsTests {
    func record() -> Record {
        var force = Entity(type: .force, text: "LAPD", start: 0, end: 4, sentence: 0, canonical: "CA01942",
                           name: "Los Angeles Police Department")
        force.forceKind = .police
        force.country = "US"
        var unit = Entity(type: .force, text: "LAPD Gang Unit", start: 9, end: 23, sentence: 0, canonical: "lapd-gang-unit",
                          name: "LAPD Gang Unit")
        unit.forceKind = .police
        unit.parent = "CA01942"
        return Record(sequence: 0, id: "r1", source: SourceLocation(path: "a.html"), article: Article(text: "LAPD and LAPD Gang Unit"),
                      entities: [force, unit])
    }

    @Test func recordsCarryKindCountryAndParent() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record().jsonLine().utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities[0]["kind"] as? String == "police" && entities[0]["country"] as? String == "US")
        #expect(entities[0]["parent"] is NSNull)
        #expect(entities[1]["parent"] as? String == "CA01942" && entities[1]["canonical"] as? String == "lapd-gang-unit")
    }

    @Test func waneLinesKeepNamedEntitiesAsStringsAndAddForceDetails() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(RecordView(record()).waneLine().utf8)) as? [String: Any])
        #expect(object["named_entities"] as? [String: [String]] != nil)
        let details = try #require(object["force_details"] as? [[String: Any]])
        #expect(details.count == 2)
        #expect(details[0]["canonical"] as? String == "CA01942" && details[0]["kind"] as? String == "police")
        #expect(details[1]["parent"] as? String == "CA01942")
    }

    @Test func esBulkMappingDeclaresTheNewFields() throws {
        let mapping = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("search/elasticsearch-mapping.json"), encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(mapping.utf8)) as? [String: Any])
        let properties = (((object["mappings"] as? [String: Any])?["properties"] as? [String: Any])?["entities"] as? [String: Any])?["properties"] as? [String: Any]
        #expect(properties?["country"] != nil && properties?["parent"] != nil && properties?["kind"] != nil)
    }
}
