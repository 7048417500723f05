import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

@Suite struct DateGrammarTests {
    /// The date read at the first token of `text` (after `before` words, which stay in the sentence), and the
    /// text it covers.
    func date(_ text: String, at index: Int = 0, published: String? = nil) throws -> (iso: String, text: String)? {
        let tokens = try Segmenter().segment(text).tokens
        guard let (iso, end) = DateGrammar.parse(tokens, at: index, limit: tokens.count, sentenceStart: 0,
                                                 reference: DateGrammar.Reference(published)) else { return nil }
        let utf8 = Array(text.utf8)
        return (iso, String(decoding: utf8[tokens[index].start..<tokens[end - 1].end], as: UTF8.self))
    }

    @Test(arguments: [
        ("27 April 2020", "2020-04-27"),
        ("27th of April 2020", "2020-04-27"),
        ("April 27, 2020", "2020-04-27"),
        ("27 April", "XXXX-04-27"),
        ("21/04/2016", "2016-04-21"),
        ("2016-04-21", "2016-04-21"),
    ])
    func calendarDates(_ text: String, _ iso: String) throws {
        let found = try #require(try date(text))
        #expect(found.iso == iso)
        #expect(found.text == text)
    }

    @Test func relativeDaysAreResolvedFromThePublishedDate() throws {
        #expect(try date("yesterday", published: "2020-04-27")?.iso == "2020-04-26")
        #expect(try date("tomorrow", published: "2020-04-30T10:00:00Z")?.iso == "2020-05-01")
        #expect(try date("yesterday")?.iso == "XXXX-XX-XX")
    }

    /// A weekday with "last week" or "next week" is that day of the calendar week before or after the published one
    /// (published Tuesday 22 October 2019; weeks run Monday to Sunday).
    @Test(arguments: [
        ("last week Monday", "2019-10-14"), ("Thursday last week", "2019-10-17"), ("last week Sunday", "2019-10-20"),
        ("this week Friday", "2019-10-25"), ("Friday next week", "2019-11-01"), ("next week Monday", "2019-10-28"),
    ])
    func aWeekdayOfAnotherWeekIsThatWeeksDay(_ text: String, _ iso: String) throws {
        let found = try #require(try date(text, published: "2019-10-22"))
        #expect(found.iso == iso)
        #expect(found.text == text)
    }

    @Test func aYearAfterAPrepositionIsADate() throws {
        #expect(try date("in 2008", at: 1)?.iso == "2008")
    }

    @Test func numbersOutsideTheYearWindowAreNoDates() throws {
        #expect(try date("in 1850", at: 1) == nil)
        #expect(try date("in 2150", at: 1) == nil)
    }

    @Test func wordsThatAreNoDatesGiveNothing() throws {
        #expect(try date("Police said") == nil)
    }
}
