import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

/// Each rule of `FigureRecognizer` run alone on the number (or word) that starts a text.
@Suite struct FigureRuleTests {
    /// A cursor at the first token of `text` (after its qualifier, if any) and the number read there.
    static func cursor(_ text: String) throws -> (FigureRecognizer, FigureCursor, NumberParser.Parsed?) {
        let segmented = try Segmenter().segment(text)
        let context = TagContext(text: segmented, article: Article(text: text))
        let sentence = try #require(segmented.sentences.first)
        let recognizer = FigureRecognizer()
        var cursor = FigureCursor(tokens: segmented.tokens, sentence: sentence, context: context, reference: nil, start: 0,
                                  afterQualifier: 0, qualifier: nil, rangeEnds: true)
        let number = recognizer.readNumber(&cursor)
        return (recognizer, cursor, number)
    }

    static func read(_ rule: FigureRecognizer.NumberRule, _ text: String) throws -> Candidate? {
        let (recognizer, cursor, number) = try cursor(text)
        return recognizer.apply(rule, cursor, try #require(number))?.figure?.0
    }

    @Test func eachNumberRuleReadsItsOwnFigure() throws {
        #expect(try Self.read(.moneyBefore, "£48,000 in cash was seized")?.figure?.of == "cash")
        #expect(try Self.read(.age, "34-year-old man")?.figure?.kind == .age)
        #expect(try Self.read(.multiWordUnit, "20 per cent of them")?.figure?.unit == "%")
        #expect(try Self.read(.moneyAfter, "420 million Finnish markka were paid")?.figure?.unit == "FIM")
        #expect(try Self.read(.measure, "90 kilos of cocaine")?.figure?.of == "cocaine")
        #expect(try Self.read(.eventCount, "four times he was shot") == nil)  // needs a verb before it
        #expect(try Self.read(.count, "seven firearms were found")?.figure?.of == "firearms")
        #expect(try Self.read(.partCount, "22 of the victims")?.figure?.of == "victims")
    }

    @Test func rulesLeaveOtherFiguresAlone() throws {
        #expect(try Self.read(.moneyBefore, "90 kilos") == nil)
        #expect(try Self.read(.age, "90 kilos") == nil)
        #expect(try Self.read(.moneyAfter, "90 kilos") == nil)
        #expect(try Self.read(.measure, "£90") == nil)
    }

    @Test func notAFigureRefusesTimesAndYears() throws {
        let (recognizer, cursor, number) = try Self.cursor("10 pm tonight")
        let outcome = recognizer.apply(.notAFigure, cursor, try #require(number))
        if case .refused? = outcome {} else { Issue.record("10 pm was not refused") }
    }

    @Test func readsTheCurrencyBeforeTheNumber() throws {
        for (text, code) in [("EUR 125", "EUR"), ("US$ 150 million", "USD"), ("Rs 90 crore", "INR"), ("c $ 16.4 million", "CAD")] {
            let (_, cursor, number) = try Self.cursor(text)
            #expect(cursor.currency == code, "\(text)")
            #expect(number != nil, "\(text)")
        }
    }

    @Test func dateRuleReadsADate() throws {
        let (recognizer, cursor, _) = try Self.cursor("27 April 2020 was the day")
        guard case .date(let iso)? = recognizer.apply(.date, cursor)?.figure?.0.figure?.value else {
            Issue.record("no date")
            return
        }
        #expect(iso == "2020-04-27")
    }
}
