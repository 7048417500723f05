import Testing
import BlotterCore
@testable import BlotterTag

@Suite struct LocalDollarTests {
    func money(_ text: String) throws -> [String?] {
        try TagHarness.tag(text).map(\.entity).filter { $0.type == .figure && $0.figure?.kind == .money }.map { $0.figure?.unit }
    }

    @Test func aBareDollarTakesTheCurrencyOfTheCountryTheStoryIsAbout() throws {
        #expect(try money("Victoria Police seized $30,000 in Melbourne. NSW Police found $4,000 in Sydney.") == ["AUD", "AUD"])
    }

    @Test func aDollarMarkedAmericanStaysUSD() throws {
        #expect(try money("Victoria Police in Melbourne seized US$30,000 and $4,000.") == ["USD", "AUD"])
        #expect(LocalDollar.isBareDollar("$30,000") && LocalDollar.isBareDollar("4,000 dollars"))
        #expect(!LocalDollar.isBareDollar("US$150") && !LocalDollar.isBareDollar("5 U.S. dollars"))
        #expect(try money("Melbourne police said the man stole US $30,000 from a Sydney bank in Australia.") == ["USD"])
    }

    @Test func withoutADollarCountryADollarIsUSD() throws {
        #expect(try money("Chicago police seized $30,000.") == ["USD"])
        #expect(try money("The police seized $30,000.") == ["USD"])
    }
}
