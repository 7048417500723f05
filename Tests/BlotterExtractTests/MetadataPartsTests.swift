import Testing
@testable import BlotterExtract

@Suite struct MetadataPartsTests {
    @Test(arguments: [
        ("2020-04-27T10:15:00Z", "2020-04-27T10:15:00Z"), ("2020-04-27", "2020-04-27"), ("27 April 2020", "2020-04-27"),
        ("April 27, 2020", "2020-04-27"), ("Mon, 27 Apr 2020 09:00:00 GMT", "2020-04-27"),
    ])
    func datesBecomeISO(raw: String, iso: String) {
        #expect(DateNormalizer.iso8601(raw) == iso)
    }

    @Test func numericDatesOnlyWhenTheirOrderIsCertain() {
        #expect(DateNormalizer.iso8601("2019/1/22") == "2019-01-22")
        #expect(DateNormalizer.iso8601("12.12.2025") == "2025-12-12")
        #expect(DateNormalizer.iso8601("03.11.2025 14:00") == "2025-11-03")
        #expect(DateNormalizer.iso8601("4/5/2020") == nil, "month or day first?")
        #expect(DateNormalizer.iso8601("1.5.2") == nil)
    }

    @Test func aClockTimeIsNoDayAndALabelledISODateIsRead() {
        // (session 24, batch104's tune half: "06:04 am on 25 August 2021" was 6 August)
        #expect(DateNormalizer.iso8601("06:04 am on 25 August 2021") == "2021-08-25")
        #expect(DateNormalizer.iso8601("Posted 11.40am, 3 May 2022") == "2022-05-03")
        #expect(DateNormalizer.iso8601("Published: 2021-08-25") == "2021-08-25")
        #expect(DateNormalizer.iso8601("on Nov 1st 2012 7:30PM") == "2012-11-01")
        #expect(DateNormalizer.iso8601("Thursday, October 11th, 2012, 10:17 am") == "2012-10-11")
        #expect(DateNormalizer.iso8601("Updated 2021-08-25T10:15:00Z by staff") == "2021-08-25T10:15:00Z")
        // (digits that only look like an ISO date: no date, and no endless re-reading of the same word)
        #expect(DateNormalizer.iso8601("Ref 1234567890 12 March") == nil)
        #expect(DateNormalizer.iso8601("Posted 2021-08-2512") == nil)
        #expect(DateNormalizer.iso8601("12.12 on 3 May 2022") == "2022-05-12", "a dotted pair without am / pm may be a day")
        // (the second read: punctuation around the ISO date, a plain day before an ordinal, months of other languages)
        #expect(DateNormalizer.iso8601("Published: 2021-08-25, 10:15") == "2021-08-25")
        #expect(DateNormalizer.iso8601("(2021-08-25)") == "2021-08-25")
        #expect(DateNormalizer.iso8601("2nd Avenue office, 5 May 2020") == "2020-05-05")
        #expect(DateNormalizer.iso8601("12 Juni 2021") == "2021-06-12")
        #expect(DateNormalizer.iso8601("3 marzo 2020") == "2020-03-03")
        #expect(DateNormalizer.iso8601("Martin Smith, 3 2020") == nil, "no month")
    }

    @Test func nonsenseIsNoDate() {
        #expect(DateNormalizer.iso8601("yesterday afternoon") == nil)
        #expect(DateNormalizer.dateInURL("https://x.org/news/story-123") == nil)
        #expect(DateNormalizer.dateInURL("https://x.org/2020-04-27-story") == "2020-04-27")
    }

    @Test func languageFromFunctionWords() {
        #expect(LanguageGuesser.guess("The police said that the man was arrested in the town and charged with theft.") == "en")
        #expect(LanguageGuesser.guess("Die Polizei hat den Mann festgenommen, der nicht mit der Sache zu tun hatte und sich auf den Weg machte.") == "de")
        #expect(LanguageGuesser.guess("12 34") == nil)
        #expect(LanguageGuesser.guess("警方周二在市中心逮捕了两名男子，并缴获大量现金。") == "zh")
        #expect(LanguageGuesser.guess("警察は火曜日に市内で男二人を逮捕したと発表した。") == "ja")
        #expect(LanguageGuesser.guess("경찰은 화요일 시내에서 남성 두 명을 체포했다고 밝혔다.") == "ko")
        #expect(LanguageGuesser.guess("Полиция задержала двух мужчин в центре города, и это был не первый случай на этой неделе.") == "ru")
        #expect(LanguageGuesser.guess("Poliția a reținut doi bărbați în centrul orașului și este a doua arestare din această săptămână care a fost făcută.") == "ro")
        #expect(MetadataExtractor.primaryLanguage("en-GB") == "en")
        #expect(MetadataExtractor.primaryLanguage("x") == nil)
    }
}

@Suite struct MarkupDateLineTests {
    @Test(arguments: [
        ("Published: 2 October 2023 | By Tom Ackroyd", "2023-10-02"),
        ("Posted on March 3, 2024 · 4 min read", "2024-03-03"),
        ("Updated 5 May 2024 | Published 1 May 2024", "2024-05-01"),
        ("December 15, 2025", "2025-12-15"),
    ])
    func readsTheDateOfAMetaLine(_ line: String, _ expected: String) {
        #expect(MarkupDate.loneDate(in: line) == expected)
    }

    @Test func readsNoDateFromAProseLine() {
        #expect(MarkupDate.loneDate(in: "The raid on 2 October 2023 followed a long investigation by detectives") == nil)
    }
}
