import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct MentionResolverRangeYearsTests {
    @Test(arguments: [
        // (session 24, batch106's tune half)
        ("He made purchases between 30 March and 25 August 2020, the panel heard.", "30 March", "2020-03-30"),
        ("He was away from 28 December to 3 January 2021, the court heard.", "28 December", "2020-12-28"),
        ("It ran from March 3 - May 9, 2019, officers said.", "March 3", "2019-03-03"),
        // (not a range: the published year)
        ("He was seen on 30 March and arrested on 25 August 2020.", "30 March", "2024-03-30"),
    ])
    func aRangesOpeningDateTakesItsClosingYear(text: String, span: String, iso: String) throws {
        let figures = try TagHarness.tag(text, published: "2024-04-12").filter { $0.type == .figure }
        let date = try #require(figures.first { $0.text == span }, "\(figures.map(\.text))")
        #expect(date.figure?.value == .date(iso))
    }
}
