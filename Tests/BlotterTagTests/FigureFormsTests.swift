import Testing
import BlotterCore
import BlotterText
import BlotterTestSupport
@testable import BlotterTag

/// Forms of figures added for issue 16's per-file bar: percent written before its number, signs and decimals in
/// words, units from the generated table, hedged bare numbers and bare ranges, more date and duration forms.
@Suite struct FigureFormsTests {
    typealias Case = FigureRecognizerTests.Case

    static let cases: [Case] = [
        Case(text: "percent of 10", span: "percent of 10", kind: .percent, value: .number(10), unit: "%"),
        Case(text: "It fell -5% in a year.", span: "-5%", kind: .percent, value: .number(-5), unit: "%"),
        Case(text: "It rose fifteen point five percent.", span: "fifteen point five percent", kind: .percent, value: .number(15.5), unit: "%"),
        Case(text: "It rose 3 pct on Monday.", span: "3 pct", kind: .percent, value: .number(3), unit: "%"),
        Case(text: "He drove at 60 km/h through town.", span: "60 km/h", kind: .speed, value: .number(60), unit: "km/h"),
        Case(text: "The farm covers 5 km2 of land.", span: "5 km2", kind: .other, value: .number(5), unit: "km2", of: "land"),
        Case(text: "The phone held 5 gigabytes of images.", span: "5 gigabytes", kind: .other, value: .number(5), unit: "GB", of: "images"),
        Case(text: "The boat made 30 knots.", span: "30 knots", kind: .speed, value: .number(30), unit: "kn"),
        Case(text: "x is no less than 194 and less than 12.", span: "no less than 194", kind: .count, value: .number(194), qualifier: .atLeast),
        Case(text: "More than 100 were arrested.", span: "More than 100", kind: .count, value: .number(100), qualifier: .moreThan),
        Case(text: "The number is between 20 and 30.", span: "between 20 and 30", kind: .count, value: .number(20), valueMax: 30),
        Case(text: "I'll leave for a couple of hours.", span: "a couple of hours", kind: .duration, value: .number(2), unit: "hours"),
        Case(text: "I'll leave for a quarter of an hour.", span: "a quarter of an hour", kind: .duration, value: .number(0.25), unit: "hours"),
        Case(text: "I'll leave for a whole day.", span: "a whole day", kind: .duration, value: .number(1), unit: "days"),
        Case(text: "It costs NT$100 a night.", span: "NT$100", kind: .money, value: .number(100), unit: "TWD"),
        Case(text: "It cost 100 Italian lire then.", span: "100 Italian lire", kind: .money, value: .number(100), unit: "ITL"),
        // (session 24, batch106's tune half: "kgs" is also the Kyrgyz som's code in lower case)
        Case(text: "The packages contained approximately 2.5kgs of herbal cannabis.", span: "approximately 2.5kgs", kind: .mass,
             value: .number(2.5), unit: "kg", qualifier: .about, of: "herbal cannabis"),
        Case(text: "It cost $ 1.5 bln then.", span: "$ 1.5 bln", kind: .money, value: .number(1_500_000_000), unit: "USD"),
        Case(text: "i'll go back wed, oct 26, 2016", span: "wed, oct 26, 2016", kind: .date, value: .date("2016-10-26")),
        Case(text: "i'll go back 11-nov-2016", span: "11-nov-2016", kind: .date, value: .date("2016-11-11")),
        Case(text: "i'll go back 2016-nov-11", span: "2016-nov-11", kind: .date, value: .date("2016-11-11")),
        Case(text: "i'll go back January 12 of 2016", span: "January 12 of 2016", kind: .date, value: .date("2016-01-12")),
        Case(text: "i'll go back 2016.06.05", span: "2016.06.05", kind: .date, value: .date("2016-06-05")),
        Case(text: "i'll go back sunday 20th", span: "sunday 20th", kind: .date, value: .date("XXXX-XX-20")),
        Case(text: "i'll go back friday, the 21st", span: "friday, the 21st", kind: .date, value: .date("XXXX-XX-21")),
        Case(text: "i'll go back on 21st", span: "21st", kind: .date, value: .date("XXXX-XX-21")),
    ]

    @Test(arguments: cases)
    func readsFigures(_ example: Case) throws {
        try example.check()
    }

    /// Spans that are dates without a resolvable day: only the span is checked.
    @Test(arguments: ["the last friday of june", "the third monday of next month", "the first day of next month", "1st sunday of may",
                      "this past friday", "day after tomorrow", "3 days from tomorrow", "a week from today", "two sundays ago"])
    func readsDatePhrases(_ phrase: String) throws {
        let figures = try TagHarness.tag("i'll go back " + phrase).filter { $0.figure?.kind == .date }
        #expect(figures.map(\.text) == [phrase])
    }

    @Test func resolvesRelativeDaysFromThePublishedDate() throws {
        #expect(try FigureRecognizerTests.dates("He left 3 days from tomorrow.", published: "2024-03-06") == ["2024-03-10"])
        #expect(try FigureRecognizerTests.dates("He was seen this past Friday.", published: "2024-03-06") == ["2024-03-01"])
    }

    @Test(arguments: ["Eight rebels were killed in Van, five in Sirnak and four in Hakkari.", "Three girls, all under 18, were stabbed.",
                      "COVID-19 cases rose.", "The percentage of 30 students who passed fell.", "He met at about 10 and left."])
    func readsNoFigureWhereNoneIs(_ text: String) throws {
        let figures = try TagHarness.tag(text).filter { $0.type == .figure }
        #expect(!figures.contains { [.length, .percent].contains($0.figure?.kind) || $0.text.hasSuffix("18") || $0.text.hasSuffix("10") },
                "\(figures.map(\.text))")
    }

    @Test func generatedUnitsAreWholeWordsOfTheTable() throws {
        let segmented = try Segmenter().segment("5 GBP and 5 GB")
        #expect(UnitMatch.longest(segmented.tokens, at: 1, limit: segmented.tokens.count) == nil)
        #expect(UnitMatch.longest(segmented.tokens, at: 4, limit: segmented.tokens.count)?.0.symbol == "GB")
        #expect(UnitNames.words["in"] == nil && UnitNames.symbols["in"] == nil)
    }
}
