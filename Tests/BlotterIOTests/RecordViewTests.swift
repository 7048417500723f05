import Testing
import BlotterCore
@testable import BlotterIO

@Suite struct RecordViewTests {
    func record() -> Record {
        let text = "£90 seized by Kent Police from Jo Bloggs."
        let bytes = Array(text.utf8)
        func offset(of part: String) -> Int {
            let needle = Array(part.utf8)
            return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle } ?? -1
        }
        var money = FigureFacts(kind: .money, value: .number(90), unit: "GBP", qualifier: .about, of: "cash")
        money.valueMax = 100
        var force = Entity(type: .force, text: "Kent Police", start: offset(of: "Kent"), end: offset(of: "Kent") + 11, sentence: 0,
                           canonical: "kent")
        force.forceKind = .police
        force.country = "GB"
        return Record(sequence: 0, id: "r", source: SourceLocation(path: "a.html"), article: Article(title: "T", text: text), entities: [
            Entity(type: .figure, text: "£90", start: 0, end: "£90".utf8.count, sentence: 0, figure: money),
            force,
            Entity(type: .person, text: "Jo Bloggs", start: offset(of: "Jo"), end: offset(of: "Jo") + 9, sentence: 0),
        ])
    }

    @Test func offsetsAreScalarsAndCanonicalsResolved() {
        let view = RecordView(record())
        let scalars = Array(view.record.article.text.unicodeScalars)
        for entity in view.entities {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[entity.start..<entity.end])
            #expect(String(slice) == entity.text)
        }
        #expect(view.entities.map(\.canonical) == [nil, "kent", "Jo Bloggs"])
        #expect(view.entities[1].fullName == "Kent Police")
        #expect(view.entities[1].name == nil)
        #expect(view.entities.map(\.key) == ["figure:money", "force:kent", "person:Jo Bloggs"])
    }

    @Test func figureFactsAreFlattenedBesideForceFields() {
        let view = RecordView(record())
        let figure = view.entities[0], force = view.entities[1]
        #expect(figure.kind == "money" && figure.value == .number(90) && figure.valueMax == 100)
        #expect(figure.unit == "GBP" && figure.qualifier == "about" && figure.of == "cash")
        #expect(force.kind == "police" && force.country == "GB" && force.value == nil && force.unit == nil)
        #expect(view.summary == RecordSummary(people: ["Jo Bloggs"], forces: ["kent"], operations: [], figures: 1))
    }
}
