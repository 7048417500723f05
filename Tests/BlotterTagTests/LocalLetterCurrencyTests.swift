import Testing
import BlotterCore
@testable import BlotterTag

/// `LocalLetterCurrency.swift`: a one-letter currency symbol takes the currency of that letter of the story's country.
@Suite struct LocalLetterCurrencyTests {
    func money(_ text: String) throws -> [String?] {
        try TagHarness.tag(text).map(\.entity).filter { $0.type == .figure && $0.figure?.kind == .money }.map { $0.figure?.unit }
    }

    @Test func theLetterTakesTheStorysCountrysCurrency() throws {
        #expect(try money("Gaborone police in Botswana seized P50,000.") == ["BWP"])
        #expect(try money("Manila police in the Philippines seized P50,000.") == ["PHP"])
        #expect(try money("Police in Lagos, Nigeria, said he stole N1.6 billion.") == ["NGN"])
        #expect(try money("Lusaka police in Zambia recovered K500,000 in cash.") == ["ZMW"])
        #expect(try money("Police in Lilongwe, Malawi, recovered K500,000 in cash.") == ["MWK"])
    }

    @Test func westAfricanAndRwandanSumsAsThePressWritesThem() throws {
        #expect(try money("Officers in Banjul, the Gambia, recovered D70,250 from him.") == ["GMD"])
        #expect(try money("A man in Kigali was conned of Rwf500,000 last week.") == ["RWF"])
        // "D" is the dalasi only where the page names the Gambia.
        #expect(try money("Table D1.1 and Figure D2.3 show the trend; D500,000 was the budget.").isEmpty)
        #expect(try money("The CFA 2024 Level I exam costs more.").isEmpty)
    }

    @Test func aLetterApartFromItsNumberIsNoSum() throws {
        #expect(try money("He rode a BMW K 1300 S and wore an N95 mask.").isEmpty)
        #expect(try TagHarness.tag("All S&P 500 companies fell.").filter { $0.type == .figure }.isEmpty)
        #expect(LocalLetterCurrency.letter(of: "about K2 million") == "K" && LocalLetterCurrency.letter(of: "KSh 500") == nil)
    }
}
