import Testing
import BlotterCore
import BlotterText
import BlotterTestSupport
@testable import BlotterTag

/// Date forms of news pages added in session 10 of issue 16 (`DateGrammar`, `MentionResolver.fillYears`), each
/// read in a sentence through the whole tagger.
@Suite struct DateNewsFormsTests {
    func dates(_ text: String, published: String? = nil) throws -> [String] {
        try FigureRecognizerTests.dates(text, published: published)
    }

    func spans(_ text: String) throws -> [String] {
        try TagHarness.tag(text).filter { $0.figure?.kind == .date }.map(\.text)
    }

    @Test func aSpanOfYearsIsTwoDates() throws {
        #expect(try dates("Refugees of Bosnia's 1992-95 war returned.") == ["1992", "1995"])
        #expect(try dates("He wrote about the chaotic 1966-76 Cultural Revolution.") == ["1966", "1976"])
        #expect(try dates("The budget for 1998/99 was cut.") == ["1998", "1999"])
        #expect(try dates("Sales rose in 2010-2012.") == ["2010", "2012"])
        #expect(try dates("Call 1966-7612 now.") == [])
        #expect(try dates("The score was 2-1.") == [])
    }

    @Test func daysJoinedByAndShareTheirMonth() throws {
        #expect(try dates("No decision was taken on the third and fourth of November.", published: "2012-11-06") == ["2012-11-03", "2012-11-04"])
        #expect(try dates("They met on 3 and 4 June.", published: "2012-11-06") == ["2012-06-03", "2012-06-04"])
        #expect(try dates("They met on June 3 and 4.", published: "2012-11-06") == ["2012-06-03", "2012-06-04"])
        #expect(try dates("They met on June 3 and 4 people came.", published: "2012-11-06") == ["2012-06-03"])
    }

    @Test func aMonthAfterAnotherIsADate() throws {
        #expect(try dates("Bombings killed 59 people in February and March.", published: "1996-08-30") == ["1996-02", "1996-03"])
        #expect(try dates("Between late June and July, 192 people were poisoned.", published: "1996-08-30") == ["1996-06", "1996-07"])
        #expect(try dates("They will decide by the end of June.", published: "1996-03-01") == ["1996-06"])
        #expect(try dates("They met in mid-June.", published: "1996-08-30") == ["1996-06"])
        #expect(try dates("They met in March of 2016.") == ["2016-03"])
    }

    @Test func dottedDatesWithTwoDigitYearsFollowTheDocumentsOrder() throws {
        // A US page: "06.17.01" can only be month first, so "06.12.01" is 12 June too.
        #expect(try dates("Posted 06.12.01. More on 06.17.01.") == ["2001-06-12", "2001-06-17"])
        #expect(try dates("Posted 05.06.16. More on 25.06.16.") == ["2016-06-05", "2016-06-25"])
        // With no unambiguous date, the reading nearer the article's date: a pre-sale on 09/05/96 of an August 1996 story.
        #expect(try dates("DATE: 09/05/96 DTD: 09/01/96", published: "1996-08-30") == ["1996-09-05", "1996-09-01"])
        #expect(try dates("Version 1.2.3 shipped.") == [])
    }

    @Test func plansReadAsTheFuture() throws {
        // "is to appear", a timetable verb in the present, a participle after "be" (not the past).
        #expect(try dates("He is to appear in court on Monday.", published: "2023-03-22") == ["2023-03-27"])
        #expect(try dates("Clinton departs on Sunday on a train trip.", published: "1996-08-24") == ["1996-08-25"])
        #expect(try dates("The payment will have to be allocated in January.", published: "2012-11-05") == ["2013-01"])
        // A headline's plan ("to appear"), unless the past shows before it in its clause.
        #expect(try dates("Man to appear in court on Monday.", published: "2023-03-22") == ["2023-03-27"])
        #expect(try dates("He went to visit his mother on Friday.", published: "2023-03-22") == ["2023-03-17"])
        // A plan for the article's own weekday, written without "next", is that day.
        #expect(try dates("The plane was expected to land later on Tuesday.", published: "1996-08-27") == ["1996-08-27"])
    }

    @Test func theFollowingWeekdayCountsFromTheStorysLastDay() throws {
        #expect(try dates("He was arrested on 3 March 2023. The hearing was adjourned to the following Monday.",
                          published: "2023-06-01") == ["2023-03-03", "2023-03-06"])
    }

    @Test func aDatelinesDateTakesThePublishedYear() throws {
        let text = "Saturday, August 31, 2002, Chandigarh\nShe wrote on April 21, 1999, to the President.\nNew Delhi, August 30\nCongress leaders met."
        #expect(try dates(text) == ["2002-08-31", "1999-04-21", "2002-08-30"])
    }

    @Test func eachWireStoryDatesItsWeekdaysFromItsOwnDateline() throws {
        let text = "DUBAI 1996-08-26\nSpecter met Saudi officials on Monday.\nPlane leaves Cyprus.\nLARNACA, Cyprus 1996-08-27\nThe plane took off early on Tuesday, witnesses said."
        #expect(try dates(text) == ["1996-08-26", "1996-08-26", "1996-08-27", "1996-08-27"])
    }

    @Test func yearsAfterMoreWords() throws {
        #expect(try dates("Constitution revised as of mid-1993 at the assembly.") == ["1993"])
        #expect(try dates("They will be overrun by the year 2025, he said.") == ["2025"])
        #expect(try dates("He was born around 1965, in Leeds.") == ["1965"])
        #expect(try dates("Around 2000 protesters marched.") == [])
    }

    @Test func dayPhrases() throws {
        #expect(try spans("I'll be back the 3rd at 5") == ["the 3rd"])
        #expect(try spans("I'll go back the twenty-second") == ["the twenty-second"])
        #expect(try spans("I'll go back the 1st day of July") == ["the 1st day of July"])
        #expect(try dates("They left on the second day of July.", published: "2012-11-06") == ["2012-07-02"])
        #expect(try spans("They met in june 2016") == ["june 2016"])
    }

    @Test func wordsThatNameNoDay() throws {
        #expect(try dates("It blurs the line between public school and Sunday school.", published: "2001-06-12") == [])
        #expect(try dates("From Portugal in the 15th century to the United States in the 20th.", published: "2006-12-26") == [])
    }
}
