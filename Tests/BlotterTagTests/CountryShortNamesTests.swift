import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `CountryShortNames.swift` and `ForceRecognizer+CountryShortNames.swift`: a country's body by the name news gives it
/// once the country is named.
@Suite struct CountryShortNamesTests {
    /// A toy gazetteer: Guatemala and its adjective, Jalisco in Mexico.
    static func isPlaceOf(_ name: String, _ country: String) -> Bool {
        ["Guatemala": "GT", "Guatemalan": "GT", "Jalisco": "MX", "Mexico": "MX", "Republic of Korea": "KR"][name] == country
    }

    @Test func theCountryComesOffEitherEnd() {
        #expect(CountryShortNames.shortForms("National Civil Police of Guatemala", country: "GT", isPlaceOf: Self.isPlaceOf)
                == ["National Civil Police"])
        #expect(CountryShortNames.shortForms("Guatemalan National Civil Police", country: "GT", isPlaceOf: Self.isPlaceOf)
                == ["National Civil Police"])
        #expect(CountryShortNames.shortForms("Jalisco State Police", country: "MX", isPlaceOf: Self.isPlaceOf) == ["State Police"])
        #expect(CountryShortNames.shortForms("Supreme Prosecutors' Office of the Republic of Korea", country: "KR",
                                             isPlaceOf: Self.isPlaceOf) == ["Supreme Prosecutors' Office"])
    }

    @Test func aShortFormKeepsTwoWordsACapitalAndItsOwnCountry() {
        // Two words at least, opening with a capital; another country's place is not taken off; "the" before the
        // country goes with it.
        #expect(CountryShortNames.shortForms("Guatemala City Police", country: "GT", isPlaceOf: Self.isPlaceOf) == ["City Police"])
        #expect(CountryShortNames.shortForms("Guatemalan Police", country: "GT", isPlaceOf: Self.isPlaceOf).isEmpty)
        #expect(CountryShortNames.shortForms("National Civil Police of Guatemala", country: "SV", isPlaceOf: Self.isPlaceOf).isEmpty)
        #expect(CountryShortNames.shortForms("the Police of Guatemala", country: "GT", isPlaceOf: Self.isPlaceOf).isEmpty)
        #expect(CountryShortNames.shortForms("Border Police of the Guatemala", country: "GT", isPlaceOf: Self.isPlaceOf) == ["Border Police"])
    }

    @Test func rowsSharingAFormAreKeptTogetherAndTakenFormsLeft() {
        func row(_ id: String, _ name: String, _ country: String) -> TagModels.ForceEntry {
            var entry = TagModels.ForceEntry(id: id, name: name, aliases: [], kind: "police", country: country)
            entry.namesNeedCountry = true
            return entry
        }
        let table = CountryShortNames.table([row("gt-pnc", "National Civil Police of Guatemala", "GT"),
                                             row("gt-pnc2", "Guatemalan National Civil Police", "GT"),
                                             row("mx-jal", "Jalisco State Police", "MX"),
                                             row("us-x", "Guatemala Police Department", "US")],
                                            isPlaceOf: Self.isPlaceOf, isTaken: { $0 == "State Police" })
        #expect(table.map(\.0) == ["National Civil Police"])
        #expect(table.first?.1.map(\.id) == ["gt-pnc", "gt-pnc2"])
    }

    @Test(arguments: [
        "Prosecutors in Guatemala charged him. The [[force:Public Ministry]] said it had evidence.",
        "In Colombia, the [[force:National Police]] seized two tonnes of cocaine.",
        "Guatemala's [[force:National Civil Police]] arrested the suspect.",
        // Not where the country is not named, nor inside a longer capitalised name.
        "The Public Ministry said it had evidence.",
        "In Guatemala, the Annual Public Ministry Awards were held.",
    ])
    func shortNamesWhereTheCountryIsNamed(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func oneRowGivesItsCanonicalSeveralRowsOfOneCountryTheCountrysName() throws {
        let found = try TagHarness.tag("In Colombia, the National Police seized two tonnes of cocaine.")
        let police = try #require(found.first { $0.type == .force })
        #expect(police.canonical == "co-police" && police.country == "CO")
        // The country written after it keeps the row's identity.
        let owned = try TagHarness.tag("In Bogota, the National Police of Colombia seized two tonnes.").first { $0.type == .force }
        #expect(owned?.text == "National Police of Colombia" && owned?.canonical == "co-police")
    }

    @Test(arguments: [
        "[[force:Bulgaria's police]] arrested three men in Sofia.",
        "[[force:Brazil's federal police]] arrested him.",
        // A watchdog named after the police is not the police.
        "Alberta's police watchdog said an officer had been charged.",
    ])
    func aPlacesPossessiveBeforeLowerCasePolice(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
