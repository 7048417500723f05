import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

@Suite struct SequenceModelTests {
    /// A few labelled sentences, tokenised by the pipeline's segmenter (labels by token text).
    func sentences() throws -> [SequenceTrainer.Sentence] {
        let data: [(String, [String: UInt8])] = [
            ("John Smith visited Paris on Monday .", ["John": 1, "Smith": 2, "Paris": 5]),
            ("Mary Jones met officials in London .", ["Mary": 1, "Jones": 2, "London": 5]),
            ("Reuters reported that Peter Brown left Berlin .", ["Reuters": 3, "Peter": 1, "Brown": 2, "Berlin": 5]),
            ("The French minister arrived in Rome .", ["French": 7, "Rome": 5]),
        ]
        return try data.map { text, labels in
            let segmented = try Segmenter().segment(text)
            return SequenceTrainer.Sentence(tokens: segmented.tokens, labels: segmented.tokens.map { labels[$0.text] ?? 0 })
        }
    }

    @Test func trainingIsReproducible() throws {
        let models = try #require(TagHarness.models)
        let trainer = SequenceTrainer(models: models)
        let data = try sentences()
        #expect(trainer.train(data, epochs: 3).bytes == trainer.train(data, epochs: 3).bytes)
        #expect(trainer.train(data, epochs: 3).bytes != trainer.train(data, epochs: 3, seed: 7).bytes || data.count < 2)
    }

    @Test func viterbiLearnsTheTrainingDataAndKeepsBIOValid() throws {
        let models = try #require(TagHarness.models)
        let data = try sentences()
        let (bytes, _) = SequenceTrainer(models: models).train(data, epochs: 10)
        let labels = try SequenceTrainer.label(data, model: bytes, models: models)
        // Every person and place of the training sentences is found again.
        for (guess, truth) in zip(labels, data.map(\.labels)) {
            for (label, expected) in zip(guess, truth) where [1, 2, 5, 6].contains(expected) { #expect(label == expected) }
        }
        for sequence in labels {
            var previous = EntityLabel.outside
            for code in sequence {
                let label = try #require(EntityLabel(rawValue: code))
                #expect(label.allowed(after: previous))
                previous = label
            }
        }
    }

    @Test func aTruncatedModelIsAnErrorNamingIt() throws {
        let models = try #require(TagHarness.models)
        #expect(throws: TagModels.LoadError.self) {
            _ = try SequenceModel.decode(Array(SequenceModel.magic) + [1, 2, 3], name: "bad.model", lexicons: NameLexicons(models: models))
        }
    }
}

@Suite struct PlaceGazetteerTests {
    /// The word index `PlaceTable` builds while it reads its rows.
    private func names(_ places: [Place], alternates: [[String]] = []) -> PlaceGazetteer {
        PlaceTable(places: places, alternates: alternates).names
    }

    @Test func namesAndAlternatesAreKeyedByTheirWords() {
        let table = names([Place(name: "Portland", kind: .city, country: "US", population: 100),
                           Place(name: "London", kind: .city, country: "GB", population: 9_000_000),
                           Place(name: "St. Louis", kind: .city, country: "US", population: 300_000)],
                          alternates: [[], ["Greater London"], []])
        #expect(table.place(["london"]) == .init(name: "London", country: "GB"))
        #expect(table.place(["greater", "london"])?.name == "London")
        #expect(table.place(["st", "louis"])?.name == "St. Louis")
        #expect(table.place(["paris"]) == nil)
    }

    @Test func aCountryComesBeforeAStateOfTheSameNameThenTheMorePopulous() {
        let table = names([Place(name: "Georgia", kind: .state, country: "US", population: 10_000_000),
                           Place(name: "Georgia", kind: .country, country: "GE", population: 3_700_000),
                           Place(name: "Portland", kind: .city, country: "US", population: 100),
                           Place(name: "Portland", kind: .city, country: "AU", population: 600_000)])
        #expect(table.place(["georgia"])?.country == "GE")
        #expect(table.place(["portland"])?.country == "AU")
    }

    @Test func theTableReadFromModelsCarriesTheNames() throws {
        let models = try #require(TagHarness.models)
        #expect(models.placeNames.count > 40_000)
        #expect(models.placeNames.place(["las", "vegas"])?.country == "US")
    }

    @Test func marksCoverTheLongestCapitalisedMatch() {
        let table = names([Place(name: "New York", kind: .city, country: "US"), Place(name: "York", kind: .city, country: "GB")])
        #expect(table.marks(["in", "new", "york", "and", "york"], capitalized: [false, true, true, false, true], headline: false)
                == [false, true, true, false, true])
        #expect(table.marks(["new", "york"], capitalized: [false, false], headline: false) == [false, false])
    }
}

@Suite struct LocationTests {
    @Test func placesBecomeLocationsWithTheirCountry() throws {
        let found = try TagHarness.tag("Darnell Hayes was shot by officers in Chicago on Tuesday, and later flew to Paris.")
            .filter { $0.type == .location }
        #expect(found.map(\.text) == ["Chicago", "Paris"])
        #expect(found.first?.canonical == "Chicago")
        #expect(found.first?.country == "US")
        #expect(found.last?.country == "FR")
    }

    @Test func aForceHoldsItsPlace() throws {
        let found = try TagHarness.tag("Bedfordshire Police arrested two men.")
        #expect(!found.contains { $0.type == .location })
    }
}
