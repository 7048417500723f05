import Foundation
import Testing
import BlotterTestSupport
@testable import BlotterTag

@Suite struct PlaceTableTests {
    @Test func looksUpNamesAndAlternatesByHash() throws {
        let table = PlaceTable(places: [
            Place(name: "Middletown", kind: .city, country: "US", admin1: "CT", population: 46756),
            Place(name: "Middletown", kind: .city, country: "US", admin1: "OH", population: 48760),
            Place(name: "São Paulo", kind: .city, country: "BR", population: 12_400_232),
            Place(name: "São Paulo", kind: .state, country: "BR", admin1: "BR-SP"),
        ], alternates: [[], [], ["Sao Paulo"], ["Sao Paulo"]])
        #expect(table.places(named: "middletown").map(\.admin1) == ["OH", "CT"])
        #expect(table.places(named: "Sao Paulo").map(\.kind) == [.state, .city])
        #expect(table.contains("SÃO PAULO"))
        #expect(!table.contains("Springfield"))
        #expect(table.maximumWords == 2)
    }

    /// A place's own name beats another place's alias whatever their kinds: "Northampton" is the English town,
    /// not one of the US counties whose alias it is; between own names the earlier kind wins ("Georgia").
    @Test func anOwnNameBeatsAnAliasInTheGazetteer() throws {
        var gazetteer = PlaceGazetteer()
        gazetteer.add(name: "Northampton County", aliases: ["Northampton"], country: "US", population: 0, kindRank: 2)
        gazetteer.add(name: "Northampton", country: "GB", population: 245_899, kindRank: 3)
        gazetteer.add(name: "Georgia", country: "GE", population: 3_700_000, kindRank: 0)
        gazetteer.add(name: "Georgia", country: "US", population: 10_000_000, kindRank: 1)
        #expect(gazetteer.place(["northampton"])?.country == "GB")
        #expect(gazetteer.place(["northampton", "county"])?.country == "US")
        #expect(gazetteer.place(["georgia"])?.country == "GE")
    }

    @Test func theShippedTableKnowsTheWorld() throws {
        let table = try PlaceTable.load(TestPaths.models.appendingPathComponent(PlaceTable.fileName))
        #expect(table.places.count > 40_000)
        #expect(table.places(named: "Kenya").first?.kind == .country)
        #expect(table.places(named: "Las Vegas").first?.admin1 == "NV")
        #expect(table.places(named: "Moscow").first?.country == "RU")
        #expect(table.places(named: "Miami-Dade").first?.kind == .county)
        #expect(table.places(named: "New South Wales").first?.country == "AU")
        #expect(table.places(named: "Kirklees").first?.country == "GB")
    }

    @Test(arguments: [
        ("Moscow\ttown\tRU\t48\t1\t1\t", "kind 'town'"),
        ("Moscow\tcity\tRussia\t48\t1\t1\t", "country 'Russia'"),
        ("Moscow\tcity\tRU\t48\tmany\t1\t", "population 'many'"),
        ("Moscow\tcity\tRU\t48\t1\tx\t", "geonameid 'x'"),
        ("Moscow\tcity\tRU", "expected 7 tab-separated columns"),
        ("\tcity\tRU\t48\t1\t1\t", "empty place name"),
    ])
    func aMalformedRowNamesTheFileAndLine(_ row: String, _ message: String) throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("places.tsv")
        let good = "Kenya\tcountry\tKE\t\t51393010\t192950\tRepublic of Kenya"
        try "name\tkind\tcountry\tadmin1\tpopulation\tgeonameid\talternates\n\(good)\n\(row)\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try PlaceTable.load(file)
            Issue.record("loaded a malformed row: \(row)")
        } catch {
            #expect(error.description.contains("\(file.path):3:"))
            #expect(error.description.contains(message))
        }
    }
}
