import Foundation
import BlotterCore

/// Dates in running text, as ISO strings:
/// - "27 April", "27th of April 2020", "April 27, 2020", "may 19", "16. nov. 2016", "April 2020";
/// - numeric: "21/04/2016", "9-18-15", "2016-04-21", "13.5.2015", "22/04", "on 4-22" (day first unless the
///   numbers only fit month first);
/// - "jan-1", "28-nov";
/// - weekdays and relative days: "Monday", "last Sunday", "this friday", "thursday the 21st", "yesterday",
///   "the day after tomorrow", "the next day" (a day of the story, left unresolved), "two sundays from now",
///   "the 20th of next month", "2019/sep/01";
/// - a year after a preposition: "in 2008", "since 2015".
/// A missing year is "XXXX"; days relative to the article are resolved from its published date when it has one
/// (else "XXXX-XX-XX"; a weekday alone is "XXXX-WXX-N"). `MentionResolver` fills missing years later.
enum DateGrammar {
    /// The article's date, for relative expressions.
    struct Reference {
        var date: Date
        init?(_ published: String?) {
            guard let published, let iso = DateGrammar.parseISODate(String(published.prefix(10))) else { return nil }
            date = iso
        }
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
        return calendar
    }()

    static func parse(_ tokens: [Token], at start: Int, limit: Int, sentenceStart: Int, reference: Reference?) -> (String, Int)? {
        guard start < limit, mayOpenDate(tokens[start]) else { return nil }
        if let date = dayOfRelativeMonth(tokens, start, limit, reference) ?? dayFirst(tokens, start, limit) ?? monthFirst(tokens, start, limit)
            ?? numeric(tokens, start, limit, sentenceStart) ?? weekdaysFromNow(tokens, start, limit, reference) {
            return withRelativeYear(date, tokens, limit, reference)
        }
        if let date = dayOfPeriod(tokens, start, limit) ?? theDay(tokens, start, limit, sentenceStart)
            ?? glued(tokens, start, limit) ?? relativeMonthOrYear(tokens, start, limit, reference) ?? weekday(tokens, start, limit, reference) {
            return date
        }
        if let date = relativeDay(tokens, start, limit, reference) ?? storyYear(tokens, start, limit) ?? yearRange(tokens, start, limit, sentenceStart)
            ?? bareYear(tokens, start, limit, sentenceStart) ?? coordinatedDay(tokens, start, limit, sentenceStart) {
            return date
        }
        return bareMonth(tokens, start, limit, sentenceStart, reference).map { withRelativeYear($0, tokens, limit, reference, monthOnly: true) }
    }

    /// Whether a date phrase can open with `token`: digits, or a word one of the sub-parsers below reads first (a
    /// month, a weekday, a number or ordinal word, a relative day, "the", "a" and "that" of "the 20th", "a year
    /// later", "that year", the modifiers "last", "next", "this", "previous", "coming", "following", "day" of "day
    /// after tomorrow"). One set look-up instead of twenty sub-parsers' at every token: the date grammar was 13% of
    /// the pipeline's CPU time (session 12's profile). Records are byte-identical with and without it on the
    /// development pages (docs/PERFORMANCE.md, session 13); a sub-parser that opens with a new word must add it here.
    static func mayOpenDate(_ token: Token) -> Bool {
        if token.kind == .number { return true }
        guard token.kind == .word, let first = token.text.utf8.first else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || openingWords.contains(token.lower)
    }

    static let openingWords: Set<String> = {
        var words: Set<String> = ["the", "a", "that", "this", "next", "last", "previous", "coming", "following", "day",
                                  "twenty", "thirty"]
        words.formUnion(CalendarWords.months.keys)
        words.formUnion(FigureLexicon.weekdays.keys)
        words.formUnion(FigureLexicon.numberWords.keys)
        words.formUnion(FigureLexicon.ordinalWords.keys)
        words.formUnion(FigureLexicon.relativeDays.keys)
        words.formUnion(relativeShifts.keys)
        words.formUnion(storyYearPhrases.compactMap(\.0.first))
        return words
    }()

    /// A date without a year followed by "last year", "this year" or "next year" ("on June 30 next year"): the
    /// year the phrase names against the article's date, the phrase inside the span.
    /// A month alone ("in June last year") takes the named year whatever year it was resolved to.
    private static func withRelativeYear(_ date: (String, Int), _ tokens: [Token], _ limit: Int, _ reference: Reference?,
                                         monthOnly: Bool = false) -> (String, Int) {
        let (value, end) = date
        // "in April that year", "on May 3 the following year": a year of the story, which the resolver fills.
        if value.hasPrefix("XXXX-"), let phrase = storyYearPhrase(tokens, at: end, limit: limit) { return (value, phrase.end) }
        guard value.hasPrefix("XXXX-") || (monthOnly && value.utf8.count == 7), end + 1 < limit, tokens[end + 1].lower == "year", let reference,
              let shift = ["last": -1, "this": 0, "next": 1][tokens[end].lower],
              let year = calendar.dateComponents([.year], from: reference.date).year else { return date }
        return (String(year + shift) + value.dropFirst(4), end + 2)
    }

    // MARK: day first: "27 April", "27th of April 2020", "16. nov. 2016"

    private static func dayFirst(_ tokens: [Token], _ start: Int, _ limit: Int, joined: Bool = true) -> (String, Int)? {
        var first = start
        if first < limit, tokens[first].lower == "the", first + 1 < limit { first += 1 }
        guard let (day, afterDay) = dayNumber(tokens, first, limit) ?? ordinalDay(tokens, first, limit) else { return nil }
        // "the third and fourth of November", "3 and 4 June": the first day takes the month (and year) of the second.
        if joined, afterDay + 1 < limit, dayJoiners.contains(tokens[afterDay].lower),
           let (second, _) = dayFirst(tokens, afterDay + 1, limit, joined: false) {
            return (String(second.dropLast(2)) + two(day), afterDay)
        }
        // "the second" alone is not a date; "the second of August" is.
        let ordinalWord = tokens[first].kind == .word
        var cursor = afterDay
        if cursor < limit, tokens[cursor].text == ".", !tokens[cursor].spaceBefore { cursor += 1 }
        if cursor < limit, tokens[cursor].lower == "of" { cursor += 1 }
        guard cursor < limit, let month = monthName(tokens[cursor], requireCapital: false) else { return nil }
        if ordinalWord, cursor == afterDay { return nil }  // "second may" is not "the 2nd of May"
        cursor += 1
        // "16. nov. 2016": the dot of an abbreviated month, only when a year follows.
        if cursor + 1 < limit, tokens[cursor].text == ".", !tokens[cursor].spaceBefore, tokens[cursor - 1].text.count <= 4,
           tokens[cursor + 1].kind == .number {
            cursor += 1
        }
        let (year, end) = year(tokens, at: cursor, limit: limit)
        return (format(year: year, month: month, day: day), end)
    }

    // MARK: month first: "April 27, 2020", "may the eleventh", "April 2020"

    private static func monthFirst(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        guard let month = monthName(tokens[start], requireCapital: false) else { return nil }
        var cursor = start + 1
        if cursor < limit, tokens[cursor].text == "." || tokens[cursor].text == ",", !tokens[cursor].spaceBefore { cursor += 1 }
        var dayStart = cursor
        if dayStart < limit, tokens[dayStart].lower == "the" { dayStart += 1 }
        if let (day, afterDay) = dayNumber(tokens, dayStart, limit) ?? ordinalDay(tokens, dayStart, limit) {
            // A bare "may 5" in lower case is too often the verb: lower-case "may" needs "the", an ordinal word
            // or a day in digits with nothing verb-like after it.
            if tokens[start].text == "may", tokens[dayStart].kind == .number,
               afterDay < limit, tokens[afterDay].kind == .word, tokens[afterDay].isLowercaseWord { return nil }
            let (year, end) = year(tokens, at: afterDay, limit: limit)
            return (format(year: year, month: month, day: day), end)
        }
        // "April 2020", "March of 2016", "June, 2016", "june 2016" (lower case too, but for the verb "may").
        let monthWord = tokens[start].text.first?.isUppercase == true || tokens[start].lower != "may"
        if monthWord, cursor + 1 < limit, tokens[cursor].lower == "of", tokens[cursor + 1].kind == .number {
            cursor += 1
        }
        if monthWord, cursor < limit, tokens[cursor].kind == .number,
           tokens[cursor].text.count == 4, let year = Int(tokens[cursor].text), CalendarWords.years.contains(year) {
            return ("\(year)-" + two(month), cursor + 1)
        }
        return nil
    }

    // MARK: numeric: "21/04/2016", "9-18-15", "2016-04-21", "13.5.2015", "22/04", "on 4-22"

    private static func numeric(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int, afterWeekday: Bool = false) -> (String, Int)? {
        if isRoundTheClock(tokens, start, limit) { return nil }
        if let dotted = dotted(tokens, start, limit) { return dotted }
        guard tokens[start].kind == .number, let first = Int(tokens[start].text) else { return nil }
        var parts = [first]
        var separator: String?
        var cursor = start + 1
        while parts.count < 3, cursor + 1 < limit, ["/", "-", "."].contains(tokens[cursor].text), !tokens[cursor].spaceBefore,
              tokens[cursor + 1].kind == .number, !tokens[cursor + 1].spaceBefore, let value = Int(tokens[cursor + 1].text) {
            if let separator, separator != tokens[cursor].text { break }
            separator = tokens[cursor].text
            parts.append(value)
            cursor += 2
        }
        // "11/12,2016": ICU reads "12,2016" as one grouped number.
        if parts.count == 1, cursor + 1 < limit, tokens[cursor].text == "/", !tokens[cursor].spaceBefore,
           tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.contains(",") {
            let pieces = tokens[cursor + 1].text.split(separator: ",")
            if pieces.count == 2, pieces[1].count == 4, let month = Int(pieces[0]), let year = Int(pieces[1]) {
                parts += [month, year]
                separator = "/"
                cursor += 2
                let (a, b) = (parts[0], parts[1])
                if (1...12).contains(b), (1...31).contains(a) { return (format(year: year, month: b, day: a), cursor) }
                if (1...12).contains(a), (1...31).contains(b) { return (format(year: year, month: a, day: b), cursor) }
                return nil
            }
        }
        if parts.count == 2, cursor + 1 < limit, tokens[cursor].text == ",", tokens[cursor + 1].kind == .number,
           tokens[cursor + 1].text.count == 4, let year = Int(tokens[cursor + 1].text) {
            parts.append(year)
            cursor += 2
        }
        guard parts.count >= 2, let separator else { return nil }
        // "1/2 mile", "10 1/2 miles": fractions, not dates.
        if parts.count == 2, separator == "/", cursor < limit, FigureRecognizer.isUnitWord(tokens[cursor].lower) { return nil }
        if parts.count == 2, start > sentenceStart, tokens[start - 1].kind == .number { return nil }
        let yearText = parts.count == 3 ? tokens[cursor - 1].text : ""
        if parts.count == 3, tokens[start].text.count == 4 {  // 2016-04-21
            guard CalendarWords.years.contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            return (format(year: parts[0], month: parts[1], day: parts[2]), cursor)
        }
        var year: Int?
        if parts.count == 3 {
            guard yearText.count == 2 || yearText.count == 4 else { return nil }
            year = yearText.count == 2 ? 2000 + parts[2] - (parts[2] > 50 ? 100 : 0) : parts[2]
        } else {
            // Two numbers are a date only as dd/mm, or after a word that announces a date ("on 4-22").
            let announced = afterWeekday || start > sentenceStart && ["on", "in", "by", "until", "since", "from", "before", "after"].contains(tokens[start - 1].lower)
            guard separator == "/" || announced, separator != "." else { return nil }
        }
        let (a, b) = (parts[0], parts[1])
        let (day, month): (Int, Int)
        if (1...12).contains(b), (1...31).contains(a), !(a <= 12 && b > 12) { (day, month) = (a, b) }
        else if (1...12).contains(a), (1...31).contains(b) { (day, month) = (b, a) }
        else { return nil }
        return (format(year: year, month: month, day: day), cursor)
    }

    /// "open 24/7", "24/365": round the clock, not the 24th of July.
    private static func isRoundTheClock(_ tokens: [Token], _ start: Int, _ limit: Int) -> Bool {
        start + 2 < limit && tokens[start].text == "24" && tokens[start + 1].text == "/" && ["7", "365"].contains(tokens[start + 2].text)
            && !(start + 3 < limit && tokens[start + 3].text == "/")
    }

    /// Day and month of two numbers: day first ("21/04", "05/06" = 5 June) unless only month first fits ("4/22").
    /// `FigureRecognizer.orderedNumericDates` turns the ambiguous ones month first when the document writes month first.
    static func dayAndMonth(_ a: Int, _ b: Int) -> (day: Int, month: Int)? {
        if (1...12).contains(b), (1...31).contains(a), !(a <= 12 && b > 12) { return (a, b) }
        if (1...12).contains(a), (1...31).contains(b) { return (b, a) }
        return nil
    }

    /// How a numeric date's text orders its day and month: "21/04/2016" day first, "4/22/2016" month first, "05/06/2016"
    /// either; nil for any other text (a year first, "2016-04-21", orders nothing).
    enum NumericOrder { case dayFirst, monthFirst, either }

    static func numericOrder(_ text: String) -> NumericOrder? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts[0].count <= 2,
              let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        if a > 12 { return .dayFirst }
        if b > 12 { return .monthFirst }
        return a == b ? nil : .either
    }

    /// A document writes its numeric dates in one order: the dates it leaves ambiguous ("06.12.01", read day first)
    /// are turned month first when its unambiguous ones are month first ("06.17.01", a US page), or, with none, when
    /// most of them fall nearer the article's date month first (a US bond table's "09/05/96" in an August 1996
    /// story). batch3's and batch4's tune pages (a US site's "06.12.01 … 06.17.01", a Reuters pre-sale table).
    static func orderedNumericDates(_ candidates: [Candidate], reference: Reference?) -> [Candidate] {
        var dayFirst = 0, monthFirst = 0, nearerMonthFirst = 0, nearerDayFirst = 0
        var ambiguous: [Int] = []
        for (index, candidate) in candidates.enumerated() {
            guard case .date(let iso)? = candidate.figure?.value, let order = numericOrder(candidate.text) else { continue }
            switch order {
            case .dayFirst: dayFirst += 1
            case .monthFirst: monthFirst += 1
            case .either:
                ambiguous.append(index)
                guard let reference, let read = parseISODate(iso), let swapped = parseISODate(swappedDayAndMonth(iso)) else { continue }
                let distance = abs(read.timeIntervalSince(reference.date)), other = abs(swapped.timeIntervalSince(reference.date))
                if other < distance { nearerMonthFirst += 1 } else if distance < other { nearerDayFirst += 1 }
            }
        }
        let turn = monthFirst > dayFirst || (monthFirst == 0 && dayFirst == 0 && nearerMonthFirst > nearerDayFirst)
        guard turn, !ambiguous.isEmpty else { return candidates }
        var result = candidates
        for index in ambiguous {
            guard var facts = result[index].figure, case .date(let iso) = facts.value else { continue }
            facts.value = .date(swappedDayAndMonth(iso))
            result[index].figure = facts
        }
        return result
    }

    /// "2001-12-06" → "2001-06-12" (the month and day of an ISO date swapped; "XXXX" years kept).
    static func swappedDayAndMonth(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return iso }
        return "\(parts[0])-\(parts[2])-\(parts[1])"
    }

    /// "16" → 2016, "96" → 1996.
    static func twoDigitYear(_ year: Int) -> Int { 2000 + year - (year > 50 ? 100 : 0) }

    /// Dates in dots that ICU reads as one or two number tokens: "13.5.2015", "2016.06.05".
    private static func dotted(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        // "13.5.2015" as one ICU number token.
        if tokens[start].kind == .number, tokens[start].text.filter({ $0 == "." }).count == 2 {
            let parts = tokens[start].text.split(separator: ".").map(String.init)
            if parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
               (1...31).contains(day), (1...12).contains(month) {
                return (format(year: year, month: month, day: day), start + 1)
            }
            // "25.12.16", "06.17.01": a year of two digits, day first unless only month first fits.
            if parts.count == 3, parts[2].count == 2, parts[0].count <= 2, parts[1].count <= 2, let a = Int(parts[0]), let b = Int(parts[1]),
               let year = Int(parts[2]), let (day, month) = dayAndMonth(a, b) {
                return (format(year: twoDigitYear(year), month: month, day: day), start + 1)
            }
            // "2016.06.05"
            if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), CalendarWords.years.contains(year), let month = Int(parts[1]),
               let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day) {
                return (format(year: year, month: month, day: day), start + 1)
            }
        }
        // "13.5.2015": ICU reads "13.5" as one number.
        if tokens[start].kind == .number, tokens[start].text.filter({ $0 == "." }).count == 1, start + 2 < limit,
           tokens[start + 1].text == ".", !tokens[start + 1].spaceBefore, tokens[start + 2].text.count == 4,
           let year = Int(tokens[start + 2].text) {
            let parts = tokens[start].text.split(separator: ".").compactMap { Int($0) }
            if parts.count == 2, (1...31).contains(parts[0]), (1...12).contains(parts[1]) {
                return (format(year: year, month: parts[1], day: parts[0]), start + 3)
            }
        }
        // "06.12.01" read as "06.12", ".", "01": two digits each, the year too (a version "1.2.3" is none).
        if tokens[start].kind == .number, start + 2 < limit, tokens[start + 1].text == ".", !tokens[start + 1].spaceBefore,
           !tokens[start + 2].spaceBefore, tokens[start + 2].kind == .number, tokens[start + 2].text.count == 2,
           let year = Int(tokens[start + 2].text), !(start + 3 < limit && tokens[start + 3].text == "." && start + 4 < limit && tokens[start + 4].kind == .number) {
            let pieces = tokens[start].text.split(separator: ".", omittingEmptySubsequences: false)
            if pieces.count == 2, pieces.allSatisfy({ $0.count == 2 }), let a = Int(pieces[0]), let b = Int(pieces[1]),
               let (day, month) = dayAndMonth(a, b) {
                return (format(year: twoDigitYear(year), month: month, day: day), start + 3)
            }
        }
        return nil
    }

    // MARK: "the 20th of next month"

    private static func dayOfRelativeMonth(_ tokens: [Token], _ start: Int, _ limit: Int, _ reference: Reference?) -> (String, Int)? {
        var first = start
        if first < limit, tokens[first].lower == "the" { first += 1 }
        guard let (day, afterDay) = dayNumber(tokens, first, limit) ?? ordinalDay(tokens, first, limit),
              afterDay + 2 < limit, tokens[afterDay].lower == "of",
              tokens[afterDay + 2].lower == "month",
              let shift = ["last": -1, "previous": -1, "this": 0, "next": 1][tokens[afterDay + 1].lower] else { return nil }
        let end = afterDay + 3
        guard let reference, let month = calendar.date(byAdding: .month, value: shift, to: reference.date) else {
            return ("XXXX-XX-" + two(day), end)
        }
        let parts = calendar.dateComponents([.year, .month], from: month)
        return (format(year: parts.year, month: parts.month ?? 1, day: day), end)
    }

    // MARK: "two sundays from now", "3 fridays ago"

    private static func weekdaysFromNow(_ tokens: [Token], _ start: Int, _ limit: Int, _ reference: Reference?) -> (String, Int)? {
        guard start + 2 < limit, let count = FigureLexicon.numberWords[tokens[start].lower] ?? Double(tokens[start].text),
              count >= 1, count <= 10, count == count.rounded(), tokens[start + 1].lower.hasSuffix("s") else { return nil }
        guard let day = FigureLexicon.weekdays[String(tokens[start + 1].lower.dropLast())] else { return nil }
        let words = (tokens[start + 2].lower, start + 3 < limit ? tokens[start + 3].lower : "")
        let end: Int
        let forward: Bool
        if words == ("from", "now") { (end, forward) = (start + 4, true) }
        else if words.0 == "ago" { (end, forward) = (start + 3, false) }
        else { return nil }
        guard let reference else { return ("XXXX-XX-XX", end) }
        // The n-th such weekday after (or before) the article's date, never the article's day itself.
        let published = calendar.component(.weekday, from: reference.date)  // 1 = Sunday
        let publishedISO = published == 1 ? 7 : published - 1
        let weeks = Int(count) - 1
        let offset = forward ? (day - publishedISO + 7) % 7 + (day == publishedISO ? 7 : 0) + 7 * weeks
                             : -((publishedISO - day + 7) % 7 + (day == publishedISO ? 7 : 0)) - 7 * weeks
        return (isoDate(reference.date, addingDays: offset), end)
    }

    // MARK: "June 3 and 4", "the 1992-95 war"

    /// Words that join two days of one month ("the third and fourth of November", "June 3 and 4").
    static let dayJoiners: Set<String> = ["and", "or", "&"]

    /// The second day of "June 3 and 4" (the first is read by `monthFirst`): a day in digits after "and"/"or"
    /// after a month and its day, with nothing counted after it ("June 3 and 4 people" is no date).
    private static func coordinatedDay(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int) -> (String, Int)? {
        guard tokens[start].kind == .number, start - 3 >= sentenceStart, dayJoiners.contains(tokens[start - 1].lower),
              let (day, end) = dayNumber(tokens, start, limit) else { return nil }
        var before = start - 2
        if FigureLexicon.ordinalSuffixes.contains(tokens[before].lower), !tokens[before].spaceBefore { before -= 1 }
        guard before - 1 >= sentenceStart, tokens[before].kind == .number, dayNumber(tokens, before, limit) != nil,
              let month = monthName(tokens[before - 1], requireCapital: true) else { return nil }
        if end < limit, tokens[end].kind == .word, !FigureLexicon.yearPrepositions.contains(tokens[end].lower),
           monthName(tokens[end], requireCapital: false) == nil, !["at", "on", "when", "while", "as", "respectively"].contains(tokens[end].lower) {
            return nil
        }
        let (year, after) = year(tokens, at: end, limit: limit)
        return (format(year: year, month: month, day: day), after)
    }

    /// A span of years written as one ("the 1992-95 war", "China's 1966-76 Cultural Revolution", "fiscal 1998/99",
    /// "2010-2012"): two dates, one per year (dates are never joined into a range). The first year ends its span
    /// at the joiner; the second is read where it is written. The second year comes after the first, within
    /// `yearSpanLimit` years ("2016-04" is no span: April 2016 is written so).
    private static func yearRange(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int) -> (String, Int)? {
        guard tokens[start].kind == .number else { return nil }
        if start + 2 < limit, let (first, second) = yearSpan(tokens, firstAt: start, limit: limit) {
            _ = second
            return (String(first), start + 1)
        }
        if start - 2 >= sentenceStart, let (_, second) = yearSpan(tokens, firstAt: start - 2, limit: limit) {
            return (String(second), start + 1)
        }
        return nil
    }

    /// How many years a span written "1992-95" may cover (the Cultural Revolution's 1966-76 is ten).
    static let yearSpanLimit = 30

    private static func yearSpan(_ tokens: [Token], firstAt index: Int, limit: Int) -> (Int, Int)? {
        guard index + 2 < limit, tokens[index].kind == .number, tokens[index].text.count == 4, let first = Int(tokens[index].text),
              CalendarWords.years.contains(first), ["-", "–", "/"].contains(tokens[index + 1].text), !tokens[index + 1].spaceBefore,
              !tokens[index + 2].spaceBefore, tokens[index + 2].kind == .number, let written = Int(tokens[index + 2].text) else { return nil }
        // "1996-08-21" is a day, "2000-2002-2004" no span.
        if index + 4 < limit, !tokens[index + 3].spaceBefore, ["-", "–", "/", "."].contains(tokens[index + 3].text),
           !tokens[index + 4].spaceBefore, tokens[index + 4].kind == .number { return nil }
        if index > 0, !tokens[index].spaceBefore, ["-", "–", "/"].contains(tokens[index - 1].text) { return nil }
        var second: Int
        switch tokens[index + 2].text.count {
        case 2:
            second = first / 100 * 100 + written
            if second <= first { second += 100 }
        case 4: second = written
        default: return nil
        }
        guard second > first, second - first <= yearSpanLimit, CalendarWords.years.contains(second) else { return nil }
        return (first, second)
    }

    // MARK: "on the 27th", "for the second"

    private static func theDay(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int) -> (String, Int)? {
        // "on 21st", "the 2nd." : a day in digits with its ordinal suffix, ending the phrase, after "on" or "the".
        let dayAt = tokens[start].kind == .number ? start : start + 1
        // "the United States in the 20th." is a century.
        if dayAt > start, start > sentenceStart, tokens[start - 1].lower == "in" { return nil }
        if dayAt < limit, tokens[dayAt].kind == .number, dayAt == start ? start > sentenceStart && tokens[start - 1].lower == "on" : tokens[start].lower == "the",
           let (day, end) = dayNumber(tokens, dayAt, limit),
           end == dayAt + 2, end >= limit || tokens[end].kind == .punctuation || dayPhraseFollowers.contains(tokens[end].lower) {
            return ("XXXX-XX-" + two(day), end)
        }
        // "the twenty-second" ending its phrase: an ordinal of two words names a day ("a twenty-second delay" does not).
        if dayAt > start, tokens[start].lower == "the", let (day, end) = ordinalDay(tokens, dayAt, limit), end > dayAt + 1,
           end >= limit || tokens[end].kind == .punctuation {
            return ("XXXX-XX-" + two(day), end)
        }
        guard start > sentenceStart, tokens[start].lower == "the", start + 1 < limit,
              ["on", "for", "by", "until", "till", "from"].contains(tokens[start - 1].lower) else { return nil }
        // Digits need an ordinal suffix or the end of the phrase ("the 27!"); words must be ordinals.
        if let (day, end) = dayNumber(tokens, start + 1, limit) {
            let suffixed = end > start + 2
            let phraseEnds = end >= limit || tokens[end].kind == .punctuation
            return suffixed || phraseEnds ? ("XXXX-XX-" + two(day), end) : nil
        }
        if let (day, end) = ordinalDay(tokens, start + 1, limit), end >= limit || tokens[end].kind == .punctuation {
            return ("XXXX-XX-" + two(day), end)
        }
        return nil
    }

    /// Words after "the 3rd" that end a day's phrase as punctuation does: a time ("the 3rd at 5") or its part of
    /// the day ("the 3rd in the morning").
    static let dayPhraseFollowers: Set<String> = ["at", "in", "morning", "afternoon", "evening", "night"]

    // MARK: "jan-1", "28-nov"

    /// Two or three parts glued by one separator ("-" or "/"), one of them a month's name: "jan-1", "28-nov",
    /// "jan/1", "11-nov-2016", "nov-11-2016", "2016-nov-11", "2019/sep/01", "01/sep/2019". A part of four digits is
    /// the year; the other number is the day.
    private static func glued(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        guard start + 2 < limit, tokens[start + 1].kind == .punctuation, !tokens[start + 1].spaceBefore, !tokens[start + 2].spaceBefore,
              tokens[start + 1].text == "-" || tokens[start + 1].text == "/" else { return nil }
        let separator = tokens[start + 1].text
        var parts = [start, start + 2]
        if start + 4 < limit, tokens[start + 3].text == separator, !tokens[start + 3].spaceBefore, !tokens[start + 4].spaceBefore {
            parts.append(start + 4)
        }
        var month: Int?, day: Int?, year: Int?
        for index in parts {
            if month == nil, let named = monthName(tokens[index], requireCapital: false) { month = named; continue }
            guard tokens[index].kind == .number, let value = Int(tokens[index].text) else { return nil }
            if tokens[index].text.count == 4, year == nil, CalendarWords.years.contains(value) { year = value }
            else if day == nil, (1...31).contains(value) { day = value }
            else { return nil }
        }
        // "2019/sep" alone or "jan/2019" are no days; a year needs three parts, and the year comes first or last.
        guard let month, let day, parts.count == 2 ? year == nil : year != nil else {
            return parts.count == 3 ? gluedPair(tokens, start, limit) : nil
        }
        if parts.count == 3, tokens[parts[1]].text.count == 4 { return nil }
        return (format(year: year, month: month, day: day), parts.last.map { $0 + 1 } ?? start + 3)
    }

    /// The first two parts of three that make no date together ("jan-1-…").
    private static func gluedPair(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        if let month = monthName(tokens[start], requireCapital: false), let day = Int(tokens[start + 2].text), (1...31).contains(day) {
            return (format(year: nil, month: month, day: day), start + 3)
        }
        if let day = Int(tokens[start].text), (1...31).contains(day), let month = monthName(tokens[start + 2], requireCapital: false) {
            return (format(year: nil, month: month, day: day), start + 3)
        }
        return nil
    }

    // MARK: weekdays: "Monday", "last Sunday", "thursday the 21st"

    private static func weekday(_ tokens: [Token], _ start: Int, _ limit: Int, _ reference: Reference?) -> (String, Int)? {
        if let ordinal = ordinalWeekday(tokens, start, limit) { return ordinal }
        // "the following Monday": a day of the story, dated from its last dated day (`MentionResolver.fillYears`).
        if let day = followingWeekday(tokens, start, start + 3 <= limit ? start + 3 : limit) { return ("XXXX-WXX-\(day)", start + 3) }
        guard tokens[start].kind == .word else { return nil }
        // "the next tuesday", "the previous tuesday": the article belongs to the span.
        var cursor = start + 2 < limit && tokens[start].lower == "the" && theModifiers.contains(tokens[start + 1].lower) ? start + 1 : start
        let first = cursor
        var shift = 0
        var modifier = tokens[cursor].lower
        // "this week friday", "last week sunday"
        if ["last", "next", "this"].contains(modifier), cursor + 2 < limit, tokens[cursor + 1].lower == "week",
           weekdayName(tokens[cursor + 2]) != nil {
            cursor += 2
            shift = modifier == "last" ? -1 : (modifier == "next" ? 1 : 0)
            modifier = "this"
        } else if modifier == "this", cursor + 2 < limit, ["past", "coming"].contains(tokens[cursor + 1].lower) {
            // "this past friday", "this coming monday"
            shift = tokens[cursor + 1].lower == "past" ? -1 : 1
            modifier = tokens[cursor + 1].lower == "past" ? "last" : "next"
            cursor += 2
        } else if ["last", "next", "this", "coming", "previous"].contains(modifier), cursor + 1 < limit {
            shift = modifier == "last" || modifier == "previous" ? -1 : (modifier == "next" ? 1 : 0)
            cursor += 1
        }
        guard tokens[cursor].kind == .word, let day = FigureLexicon.weekdays[tokens[cursor].lower],
              isWrittenAsWeekday(tokens[cursor]) || isLowercaseAbbreviation(tokens, cursor, limit),
              !isNamePart(tokens, weekdayAt: cursor, limit: limit) else { return nil }
        cursor += 1
        // "Tues. next week": read past an abbreviation's dot, but a span that ends there ends before it.
        var abbreviationDot: Int?
        if cursor < limit, tokens[cursor].text == ".", !tokens[cursor].spaceBefore, tokens[cursor - 1].text.count <= 5 {
            abbreviationDot = cursor
            cursor += 1
        }
        if let (weekShift, after) = weekWords(tokens, cursor, limit, modifierWritten: modifier == tokens[first].lower) {
            (shift, modifier, cursor) = (weekShift, weekShift == 0 || after > cursor + 1 ? "this" : (weekShift < 0 ? "last" : "next"), after)
        }
        if let date = dateAfterWeekday(tokens, cursor, limit, weekdayAt: start) { return date }
        if let abbreviationDot, cursor == abbreviationDot + 1 { cursor = abbreviationDot }
        guard let reference else { return ("XXXX-WXX-\(day)", cursor) }
        return (resolveWeekday(day, shift: shift, modifier: modifier, tokens, start, reference), cursor)
    }

    /// Modifiers of a weekday that may follow "the" ("the next Tuesday", "the previous Friday").
    static let theModifiers: Set<String> = ["next", "previous", "last", "coming"]

    /// "Monday next", "Thursday last" (the modifier after the day, `modifierWritten` false when one came before),
    /// "friday next week", "friday this week", "tuesday of next week": the week's shift and where the words end.
    private static func weekWords(_ tokens: [Token], _ cursor: Int, _ limit: Int, modifierWritten: Bool) -> (Int, Int)? {
        var weekWords = cursor
        if weekWords < limit, tokens[weekWords].lower == "of" { weekWords += 1 }
        if weekWords + 1 < limit, ["next", "this", "last"].contains(tokens[weekWords].lower), tokens[weekWords + 1].lower == "week" {
            let word = tokens[weekWords].lower
            return (word == "next" ? 1 : (word == "last" ? -1 : 0), weekWords + 2)
        }
        if modifierWritten, cursor < limit, ["last", "next"].contains(tokens[cursor].lower),
           cursor + 1 >= limit || !["week", "month", "year", "time", "of"].contains(tokens[cursor + 1].lower) {
            return (tokens[cursor].lower == "last" ? -1 : 1, cursor + 1)
        }
        return nil
    }

    /// The date written after a weekday, which decides: "monday january 12th, 2016", "friday 7/6", "wed, oct 26,
    /// 2016", "thursday the 21st", "friday, the 21st", "sunday 20th".
    private static func dateAfterWeekday(_ tokens: [Token], _ cursor: Int, _ limit: Int, weekdayAt start: Int) -> (String, Int)? {
        var dateStart = cursor
        if dateStart < limit, tokens[dateStart].text == "," { dateStart += 1 }
        guard dateStart < limit else { return nil }
        if let date = dayFirst(tokens, dateStart, limit) ?? monthFirst(tokens, dateStart, limit)
            ?? numeric(tokens, dateStart, limit, start, afterWeekday: true) {
            return date
        }
        if dateStart + 1 < limit, tokens[dateStart].lower == "the",
           let (dayOfMonth, end) = dayNumber(tokens, dateStart + 1, limit) ?? ordinalDay(tokens, dateStart + 1, limit)
            ?? cardinalDay(tokens, dateStart + 1, limit) {
            return ("XXXX-XX-" + two(dayOfMonth), end)
        }
        // "sunday 20th": digits with their ordinal suffix.
        if let (dayOfMonth, end) = dayNumber(tokens, dateStart, limit), end == dateStart + 2 {
            return ("XXXX-XX-" + two(dayOfMonth), end)
        }
        return nil
    }

    /// A weekday abbreviated in lower case ("wed", "sat", "sun", "mon"), read only where it cannot be the word: a
    /// date follows it ("wed, oct 26, 2016"), or it stands alone after "on" ("on sat.").
    private static func isLowercaseAbbreviation(_ tokens: [Token], _ index: Int, _ limit: Int) -> Bool {
        if dateAfterWeekday(tokens, index + 1, limit, weekdayAt: index) != nil { return true }
        let alone = index + 1 >= limit || tokens[index + 1].kind == .punctuation
        return alone && index > 0 && tokens[index - 1].lower == "on" && tokens[index - 1].sentence == tokens[index].sentence
    }

    /// "the first friday of july", "second sunday", "the last friday of june", "the third monday of next month": an
    /// ordinal weekday of a month (its day left unresolved).
    private static func ordinalWeekday(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        guard start + 1 < limit, tokens[start].kind != .punctuation else { return nil }
        let ordinalStart = tokens[start].lower == "the" ? start + 1 : start
        var weekdayAt = ordinalStart + 1
        // "1st sunday of may": digits with an ordinal suffix.
        if tokens[ordinalStart].kind == .number {
            guard let (nth, afterDigits) = dayNumber(tokens, ordinalStart, limit), afterDigits == ordinalStart + 2, nth <= 5 else { return nil }
            weekdayAt = afterDigits
        }
        else if FigureLexicon.ordinalWords[tokens[ordinalStart].lower] == nil && tokens[ordinalStart].lower != "last" { return nil }
        guard weekdayAt < limit, weekdayName(tokens[weekdayAt]) != nil else { return nil }
        // "last friday" alone is the latest Friday, not an ordinal: only "the last friday of …" is.
        let end = weekdayAt + 1
        if let after = monthOfPhrase(tokens, end, limit) { return ("XXXX-XX-XX", after) }
        return tokens[ordinalStart].lower == "last" ? nil : ("XXXX-XX-XX", end)
    }

    /// "of july", "of next month", "of the month", "of this month": the month a day is counted in; its end.
    private static func monthOfPhrase(_ tokens: [Token], _ index: Int, _ limit: Int) -> Int? {
        guard index + 1 < limit, tokens[index].lower == "of" else { return nil }
        if monthName(tokens[index + 1], requireCapital: false) != nil { return index + 2 }
        if index + 2 < limit, ["next", "this", "the", "last", "previous"].contains(tokens[index + 1].lower),
           ["month", "year"].contains(tokens[index + 2].lower) { return index + 3 }
        return nil
    }

    /// "the first day of next month", "the last day of the month", "the first day of june" (unresolved).
    /// Also "the 1st day of July", "the second day of July" (`XXXX-07-02`), "the 10th day of next month".
    private static func dayOfPeriod(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        guard start + 3 < limit, tokens[start].lower == "the" else { return nil }
        let nth: Int?, dayAt: Int
        if tokens[start + 1].lower == "last" { (nth, dayAt) = (nil, start + 2) }
        else if let (day, end) = ordinalDay(tokens, start + 1, limit) ?? dayNumber(tokens, start + 1, limit), end > start + 1,
                tokens[start + 1].kind == .word || end == start + 3 { (nth, dayAt) = (day, end) }  // digits need their suffix
        else { return nil }
        guard dayAt < limit, tokens[dayAt].lower == "day", let end = monthOfPhrase(tokens, dayAt + 1, limit) else { return nil }
        if let nth, let month = monthName(tokens[dayAt + 2], requireCapital: false), end == dayAt + 3 {
            return (format(year: nil, month: month, day: nth), end)
        }
        return ("XXXX-XX-XX", end)
    }

    /// A weekday dated from the article's date: without "next"/"this", news reports the past ("arrested on
    /// Friday") unless the sentence speaks of the future ("will appear on Monday"). A bare weekday that is the
    /// article's own weekday is that day ("killed Wednesday" in a story published on a Wednesday), not a week before.
    private static func resolveWeekday(_ day: Int, shift: Int, modifier: String, _ tokens: [Token], _ start: Int, _ reference: Reference) -> String {
        var shift = shift
        let implicit = shift == 0 && modifier != "this" && modifier != "coming"
        if implicit { shift = clauseSpeaksOfFuture(tokens, around: start) ? 1 : -1 }
        let published = calendar.component(.weekday, from: reference.date)  // 1 = Sunday
        let publishedISO = published == 1 ? 7 : published - 1
        // "last week Monday", "Thursday last week", "Friday next week": that day of the calendar week (Monday to Sunday)
        // before or after the published one, on either side of the published weekday ("last week Monday" in a Tuesday
        // story is eight days back, not yesterday; session 22, batch95's tune half).
        if modifier == "this", shift != 0 { return isoDate(reference.date, addingDays: day - publishedISO + 7 * shift) }
        var offset = day - publishedISO
        if shift < 0 { offset = offset > 0 || (offset == 0 && !implicit) ? offset - 7 : offset }
        // "expected to land later on Tuesday" in a Tuesday story is that day: a plan for the article's own weekday,
        // written without "next", is the same day (reuters.jsonl's tune half), as a past one is.
        if shift > 0 { offset = offset < 0 || (offset == 0 && !implicit) ? offset + 7 : offset }
        return isoDate(reference.date, addingDays: offset)
    }

    /// The weekday (1 = Monday) of a date written as a weekday alone ("Friday", "Tues."), without "last",
    /// "next" or a date after it: such a day is dated from the story's days (`MentionResolver.fillYears`).
    static func bareWeekday(_ tokens: [Token], _ start: Int, _ end: Int) -> Int? {
        guard end == start + 1 || (end == start + 2 && tokens[start + 1].text == "."), let day = weekdayName(tokens[start]) else { return nil }
        return day
    }

    /// "the following Monday", "the following Tuesday": the weekday, counted from the story's last dated day.
    static func followingWeekday(_ tokens: [Token], _ start: Int, _ end: Int) -> Int? {
        guard end == start + 3, tokens[start].lower == "the", tokens[start + 1].lower == "following" else { return nil }
        return weekdayName(tokens[start + 2])
    }

    /// "last Saturday" (past), "next Monday", "coming Friday" (future), "this Friday" (its clause's tense): the
    /// weekday and whether it lies ahead, for dating it from a dateline when the page has no published date.
    static func modifiedWeekday(_ tokens: [Token], _ start: Int, _ end: Int) -> (day: Int, future: Bool?)? {
        let start = end == start + 3 && tokens[start].lower == "the" ? start + 1 : start  // "the next Monday"
        guard end == start + 2, let day = weekdayName(tokens[start + 1]) else { return nil }
        switch tokens[start].lower {
        case "last", "previous": return (day, false)
        case "next", "coming": return (day, true)
        case "this": return (day, nil)
        default: return nil
        }
    }

    /// A weekday inside a name: before a capitalised word that is no month or day ("Sunday Times", "Sunday
    /// Telegraph", "Tuesday Group"), or an abbreviation after "the" ("The Sun", "the Mon"). On world.jsonl's tune
    /// half "Times and Sunday Times" and "The Sun" were both read as dates.
    static func isNamePart(_ tokens: [Token], weekdayAt index: Int, limit: Int) -> Bool {
        if index + 1 < limit, tokens[index + 1].isCapitalizedWord, tokens[index + 1].spaceBefore,
           CalendarWords.months[tokens[index + 1].lower] == nil, FigureLexicon.weekdays[tokens[index + 1].lower] == nil,
           !weekdayNameFollowers.contains(tokens[index + 1].lower) {
            return true
        }
        // "Sunday school": a weekday before a noun it names.
        if index + 1 < limit, weekdayCompounds.contains(tokens[index + 1].lower) { return true }
        let isAbbreviation = tokens[index].text.count <= 4
        return isAbbreviation && index > 0 && tokens[index - 1].lower == "the" && tokens[index - 1].sentence == tokens[index].sentence
    }

    /// Nouns a weekday names rather than dates ("Sunday school", "Sunday best").
    static let weekdayCompounds: Set<String> = ["school", "schools", "best", "roast", "league", "paper", "papers"]

    /// Capitalised words that may follow a weekday in a date ("Friday Night", "Monday Morning" in headlines).
    static let weekdayNameFollowers: Set<String> = ["night", "morning", "afternoon", "evening", "the", "last", "next", "and", "or", "at", "in", "on"]

    static let futureMarkers: Set<String> = ["will", "would", "'ll", "’ll", "shall", "due", "expected", "scheduled", "going", "plans", "planned"]

    /// "will", "shall", … and the contraction "'ll" however the tokens cut it ("i'll", "'ll", "ll").
    static func isFutureMarker(_ word: String) -> Bool {
        futureMarkers.contains(word) || word == "ll" || word.hasSuffix("'ll") || word.hasSuffix("’ll")
    }

    /// Tokens either side of a date searched for a future marker: a sentence's verb is near its date, and a
    /// bounded window keeps a page of one endless "sentence" linear.
    static let futureWindow = 40

    /// Past-tense auxiliaries and common irregular past forms: "was charged on Friday" is past even when the
    /// sentence goes on "and will appear"; "came to power on June 28" and "took office in June" are past in a
    /// sentence that also says what someone "will" do. "since" dates only the past ("in office since May 18").
    /// (Regular past forms are read by their "-ed".) Irregular forms that are also present forms (set, put,
    /// cut, hit, read) are left out.
    static let pastMarkers: Set<String> = [
        "was", "were", "had", "did", "said", "told", "since",
        "came", "took", "went", "gave", "began", "became", "held", "met", "won", "got", "found", "saw", "sent", "fell",
        "rose", "led", "fled", "shot", "caught", "brought", "bought", "sought", "ran", "stole", "struck", "broke", "spoke",
        "wrote", "drove", "flew", "threw", "knew", "grew", "chose", "lost", "paid", "kept", "sat", "stood", "fought",
        "taught", "sold", "built", "spent", "heard", "felt", "seized", "died", "left",
    ]
    /// Words that end a clause when reading back from a date.
    static let clauseBreaks: Set<String> = ["and", "but", ",", ";", "while", "after", "before", "when", "who", "which"]

    /// Words that end a clause when reading on from a date (a comma does not: "On Monday, he will appear").
    static let forwardClauseBreaks: Set<String> = ["and", "but", ";", "while", "after", "before", "when", "who", "which", "."]

    /// The tense of the clause holding a date: the nearest "will"-like or past-tense word before it in its
    /// clause, else a "will"-like word after it in its clause ("was charged on Friday and will appear on Monday":
    /// past, then future; "On Monday, he will appear": future; "He spoke in Hubli on Friday and will travel":
    /// past). A clause with no such word is read as past, as news reports the past.
    static func clauseSpeaksOfFuture(_ tokens: [Token], around index: Int) -> Bool { clauseTense(tokens, around: index) == true }

    /// The clause's tense as `clauseSpeaksOfFuture` reads it: true future, false past (a past-tense word before the
    /// date), nil when the clause shows neither.
    static func clauseTense(_ tokens: [Token], around index: Int) -> Bool? {
        if opensDateline(tokens, at: index) { return false }
        let sentence = tokens[index].sentence
        var cursor = index - 1
        // "Man to appear in court on Monday" (a headline's plan): the future unless the past shows before it in the
        // clause ("went to visit his mother on Friday").
        var plannedVerb = false
        while cursor >= 0, index - cursor <= futureWindow, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            if isFutureMarker(word), word != "going" { return true }
            if isPlannedInfinitive(tokens, cursor) || scheduledPresent.contains(word) { return true }
            if word == "to", cursor + 1 < index, plannedVerbs.contains(tokens[cursor + 1].lower) { plannedVerb = true }
            // "will have to be allocated in January": a participle after "be" is no past tense.
            let participle = cursor > 0 && ["be", "being"].contains(tokens[cursor - 1].lower)
            if pastMarkers.contains(word) || (!participle && tokens[cursor].isLowercaseWord && word.count > 4 && word.hasSuffix("ed")) { return false }
            if clauseBreaks.contains(word) { break }
            cursor -= 1
        }
        if plannedVerb { return true }
        cursor = index + 1
        while cursor < tokens.count, cursor - index <= futureWindow, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            if isFutureMarker(word), word != "going" || (cursor + 1 < tokens.count && tokens[cursor + 1].lower == "to") { return true }
            if isPlannedInfinitive(tokens, cursor) { return true }
            if forwardClauseBreaks.contains(word) { break }
            cursor += 1
        }
        return nil
    }

    /// A full date that ends a dateline sentence: "LARNACA, Cyprus 1996-08-27", "Hanoi, Aug. 30, 2002", or a date
    /// alone on its line after one ("CHESAPEAKE, Va." / "1996-08-23"). Only capitalised words, commas and dots
    /// come before it in its sentence.
    static func isDateline(_ tokens: [Token], span: Range<Int>, sentence: Range<Int>) -> Bool {
        guard span.upperBound == sentence.upperBound || (span.upperBound + 1 == sentence.upperBound && tokens[span.upperBound].kind == .punctuation),
              span.lowerBound - sentence.lowerBound <= 8 else { return false }
        return tokens[sentence.lowerBound..<span.lowerBound].allSatisfy {
            $0.text == "," || $0.text == "." || ($0.kind == .word && $0.text.first?.isUppercase == true)
        }
    }

    /// Verbs of a timetable in the present tense, which news writes of what is planned: "Clinton departs on Sunday",
    /// "the federation launches a payment system on Friday", "he appears in court on Monday" (batch3's tune half).
    /// Only verbs that are seldom nouns in that form.
    static let scheduledPresent: Set<String> = [
        "departs", "arrives", "begins", "launches", "delivers", "resumes", "appears", "opens", "travels", "flies",
        "visits", "meets", "hosts", "convenes", "reconvenes", "testifies", "addresses", "unveils", "kicks",
    ]

    /// Verbs of a plan after "to" ("to appear in court on Monday", "FinMin to make statement midday Thursday").
    static let plannedVerbs: Set<String> = [
        "appear", "face", "make", "meet", "hold", "announce", "vote", "decide", "sign", "testify", "start", "begin",
        "launch", "attend", "rule", "resume", "unveil", "host", "address", "deliver", "reopen", "reconvene", "debate",
        "publish", "release", "present", "visit", "travel", "fly", "arrive", "depart", "open", "stand",
    ]

    /// "is to appear", "are to play": news's plan ("He is to appear in court on Monday"), read at its "to".
    static func isPlannedInfinitive(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].lower == "to" && index > 0 && ["is", "are", "am"].contains(tokens[index - 1].lower)
            && index + 1 < tokens.count && tokens[index + 1].isLowercaseWord && tokens[index + 1].sentence == tokens[index].sentence
    }

    /// A date right after a dateline's place at the start of a sentence ("ZURICH, Oct 31 (Reuters) -", "New
    /// Delhi, August 30") dates the report: it is never in the future, whatever the story goes on to plan.
    static func opensDateline(_ tokens: [Token], at index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].text == ",", tokens[index - 1].sentence == tokens[index].sentence else { return false }
        var cursor = index - 2
        var words = 0
        while cursor >= 0, tokens[cursor].sentence == tokens[index].sentence, words <= 4 {
            let token = tokens[cursor]
            guard token.kind == .word, token.text.first?.isUppercase == true else { return false }
            words += 1
            if cursor == 0 || tokens[cursor - 1].sentence != token.sentence { return true }
            cursor -= 1
        }
        return false
    }

    static func speaksOfFuture(_ tokens: [Token], around index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var cursor = index
        while cursor > 0, index - cursor < futureWindow, tokens[cursor - 1].sentence == sentence { cursor -= 1 }
        while cursor < tokens.count, cursor - index < futureWindow, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            // "going" only as "going to" ("an investigation that's just getting going" is not the future).
            if isFutureMarker(word),
               word != "going" || (cursor + 1 < tokens.count && tokens[cursor + 1].lower == "to") { return true }
            cursor += 1
        }
        return false
    }

    /// "the next day" → +1, "the previous day" → −1, "the same day" → 0: days of the story, counted from the
    /// last day the text dates (`MentionResolver.fillYears`), never from the article's date.
    static func narrativeDayOffset(_ tokens: [Token], _ start: Int, _ limit: Int) -> Int? {
        guard start + 2 < limit, tokens[start].lower == "the", tokens[start + 2].lower == "day" else { return nil }
        return FigureLexicon.narrativeDays[tokens[start + 1].lower]
    }

    // MARK: "yesterday", "the day after tomorrow"

    private static func relativeDay(_ tokens: [Token], _ start: Int, _ limit: Int, _ reference: Reference?) -> (String, Int)? {
        let first = tokens[start].text
        guard let initial = first.utf8.first, initial | 0x20 == UInt8(ascii: "t") || initial | 0x20 == UInt8(ascii: "y")
                || initial | 0x20 == UInt8(ascii: "d"), first.utf8.count >= 3 else { return nil }
        var cursor = start
        var extra = 0
        let words = tokens[start..<min(limit, start + 4)].map { $0.lower }
        if words.starts(with: ["the", "day", "after"]) { extra = 1; cursor += 3 }
        else if words.starts(with: ["the", "day", "before"]) { extra = -1; cursor += 3 }
        else if words.starts(with: ["day", "after"]) { extra = 1; cursor += 2 }  // "day after tomorrow"
        else if words.starts(with: ["day", "before"]) { extra = -1; cursor += 2 }
        // "the next day", "the following day": days of the story, not of the article (resolved later from the story).
        else if narrativeDayOffset(tokens, start, limit) != nil {
            return ("XXXX-XX-XX", start + 3)
        }
        guard cursor < limit, let offset = FigureLexicon.relativeDays[tokens[cursor].lower] else { return nil }
        // Without the article's date the day is unknown, as "tomorrow"'s is: "XXXX-XX-XX".
        guard let reference else { return ("XXXX-XX-XX", cursor + 1) }
        return (isoDate(reference.date, addingDays: offset + extra), cursor + 1)
    }

    // MARK: "last month", "last June", "this month", "next year"

    /// "last year" is the year before the published one; "last month" the month before the published one; "last June" the latest June before the published
    /// month (a year earlier when the article is of June). Without a published date "last June" is `XXXX-06`
    /// and "last month" is no date.
    /// Also "this month", "next month" and "next year" (`relativePeriod`).
    private static func relativeMonthOrYear(_ tokens: [Token], _ start: Int, _ limit: Int, _ reference: Reference?) -> (String, Int)? {
        guard start + 1 < limit else { return nil }
        if let shift = relativeShifts[tokens[start].lower] {
            return relativePeriod(shift: shift, tokens[start + 1].lower, reference).map { ($0, start + 2) }
        }
        guard tokens[start].lower == "last" else { return nil }
        let next = tokens[start + 1]
        let components = reference.map { calendar.dateComponents([.year, .month], from: $0.date) }
        if next.lower == "year" {
            guard let year = components?.year else { return nil }
            return ("\(year - 1)", start + 2)
        }
        if next.lower == "month" {
            guard let year = components?.year, let month = components?.month else { return nil }
            return month == 1 ? ("\(year - 1)-12", start + 2) : ("\(year)-" + two(month - 1), start + 2)
        }
        guard let named = monthName(next, requireCapital: true),
              start + 2 >= limit || tokens[start + 2].kind != .number else { return nil }
        guard let year = components?.year, let month = components?.month else { return ("XXXX-" + two(named), start + 2) }
        return ("\(named < month ? year : year - 1)-" + two(named), start + 2)
    }

    /// Years of the story, counted from the last year the text names: "the following year" +1, "the year before"
    /// −1, "that year" 0 ("jailed in 2005 and freed the following year" is 2006). `MentionResolver` fills them.
    static let storyYearPhrases: [([String], Int)] = [
        (["the", "following", "year"], 1), (["the", "next", "year"], 1), (["a", "year", "later"], 1),
        (["the", "previous", "year"], -1), (["the", "preceding", "year"], -1), (["the", "year", "before"], -1),
        (["that", "same", "year"], 0), (["the", "same", "year"], 0), (["that", "year"], 0),
    ]

    static func storyYearPhrase(_ tokens: [Token], at start: Int, limit: Int) -> (offset: Int, end: Int)? {
        for (words, offset) in storyYearPhrases where reads(tokens, start..<(start + words.count), words, within: start..<limit) {
            return (offset, start + words.count)
        }
        return nil
    }

    /// The story-year phrase that ends a date's span, with its offset.
    static func storyYearOffset(_ tokens: [Token], start: Int, end: Int) -> Int? {
        storyYearPhrases.first { reads(tokens, (end - $0.0.count)..<end, $0.0, within: start..<end) }?.1
    }

    /// Whether the tokens of `range` (inside `bounds`) are `words`, lower-cased.
    private static func reads(_ tokens: [Token], _ range: Range<Int>, _ words: [String], within bounds: Range<Int>) -> Bool {
        range.lowerBound >= bounds.lowerBound && range.upperBound <= bounds.upperBound
            && zip(tokens[range], words).allSatisfy { $0.0.lower == $0.1 }
    }

    private static func storyYear(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        storyYearPhrase(tokens, at: start, limit: limit).map { ("XXXX", $0.end) }
    }

    /// "this month" and "next month", "next year", read against the article's date ("earlier this month" in
    /// an August 1996 story is 1996-08). "this year" is left out: news writes it of the running year as a
    /// whole ("the 26th person executed this year"), which is no date of an event.
    static let relativeShifts: [String: Int] = ["this": 0, "next": 1]

    private static func relativePeriod(shift: Int, _ unit: String, _ reference: Reference?) -> String? {
        guard let reference else { return nil }
        let components = calendar.dateComponents([.year, .month], from: reference.date)
        guard let year = components.year, let month = components.month else { return nil }
        switch unit {
        case "month":
            let index = year * 12 + (month - 1) + shift
            return "\(index / 12)-" + two(index % 12 + 1)
        case "year" where shift == 1:
            return String(year + 1)
        default:
            return nil
        }
    }

    // MARK: "in 2008"

    private static func bareYear(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int) -> (String, Int)? {
        let first = tokens[start]
        // "2000N" (a road) is no year: nothing may be written against the number.
        if start + 1 < limit, !tokens[start + 1].spaceBefore, tokens[start + 1].kind == .word { return nil }
        guard first.kind == .number, first.text.count == 4, let year = Int(first.text), CalendarWords.years.contains(year),
              start > sentenceStart else { return nil }
        let before = tokens[start - 1]
        // A year as a noun's modifier after a determiner or a possessive: "the 1995 massacre", "a 2019 law",
        // "Bosnia's 1992 war" (a count of a thousand or more is written with a comma: "the 1,995 officers").
        let modifiesNoun = (FigureLexicon.yearDeterminers.contains(before.lower) || before.isPossessive)
            && start + 1 < limit && tokens[start + 1].kind == .word
        // "mid-1993", "early-2000": a part of the year glued to it.
        let partOfYear = before.text == "-" && !first.spaceBefore && start - 1 > sentenceStart && ["mid", "early", "late"].contains(tokens[start - 2].lower)
        // "around 1965," "through 2020.": after a word that also hedges a count ("around 2000 protesters") only when
        // no word follows that could be counted.
        let hedged = FigureLexicon.countingYearPrepositions.contains(before.lower)
            && (start + 1 >= limit || tokens[start + 1].kind != .word || !tokens[start + 1].isLowercaseWord
                || FigureLexicon.afterYearWords.contains(tokens[start + 1].lower))
        guard modifiesNoun || partOfYear || hedged || FigureLexicon.yearPrepositions.contains(before.lower) else { return nil }
        return (String(year), start + 1)
    }

    /// A month alone after a preposition: "in February" ("XXXX-02", its year filled later), "last October"
    /// (the latest October before the article), "next March". Capitalised full names only ("Jan", "mar" and
    /// "may" are words and names).
    private static func bareMonth(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int, _ reference: Reference?) -> (String, Int)? {
        var cursor = start
        var shift: Int?
        let first = tokens[start].lower
        if ["last", "next", "this"].contains(first), start + 1 < limit {
            shift = first == "last" ? -1 : (first == "next" ? 1 : 0)
            cursor += 1
        } else {
            guard start > sentenceStart, FigureLexicon.monthPrepositions.contains(tokens[start - 1].lower)
                    || followsMonth(tokens, start, sentenceStart) else { return nil }
        }
        let token = tokens[cursor]
        guard let month = monthName(token, requireCapital: true), token.text.count >= 5 || token.text == "May" || token.text == "June" || token.text == "July"
        else { return nil }
        // "in February 2015" and "in February, 27" are read by the day and month grammars.
        if cursor + 1 < limit, tokens[cursor + 1].kind == .number { return nil }
        let end = cursor + 1
        guard let shift else { return ("XXXX-" + two(month), end) }
        guard let reference else { return ("XXXX-" + two(month), end) }
        let now = calendar.dateComponents([.year, .month], from: reference.date)
        guard let year = now.year, let current = now.month else { return ("XXXX-" + two(month), end) }
        var resolved = year
        if shift < 0, month >= current { resolved -= 1 }
        if shift > 0, month <= current { resolved += 1 }
        return (String(resolved) + "-" + two(month), end)
    }

    /// A month named after another ("in February and March", "between late June and July", "from June to
    /// August"), after the part of a month it ends ("by the end of June", "the middle of May") or glued to "mid"
    /// ("mid-June").
    private static func followsMonth(_ tokens: [Token], _ start: Int, _ sentenceStart: Int) -> Bool {
        guard start - 2 >= sentenceStart else { return false }
        let before = tokens[start - 1].lower, word = tokens[start - 2]
        if monthJoiners.contains(before) { return monthName(word, requireCapital: true) != nil }
        if before == "of" { return monthParts.contains(word.lower) }
        return before == "-" && !tokens[start].spaceBefore && ["mid", "early", "late"].contains(word.lower)
    }

    /// Words between two months of one sentence ("February and March", "June to August").
    static let monthJoiners: Set<String> = ["and", "or", "to", ",", "till", "until"]
    /// Parts of a month before "of" ("the end of June").
    static let monthParts: Set<String> = ["end", "beginning", "start", "middle", "half"]

    // MARK: pieces

    /// A day of the month in digits with an optional ordinal suffix: "27", "21st".
    private static func dayNumber(_ tokens: [Token], _ start: Int, _ limit: Int) -> (Int, Int)? {
        guard start < limit, tokens[start].kind == .number, tokens[start].text.count <= 2,
              let day = Int(tokens[start].text), (1...31).contains(day) else { return nil }
        var cursor = start + 1
        if cursor < limit, FigureLexicon.ordinalSuffixes.contains(tokens[cursor].lower), !tokens[cursor].spaceBefore { cursor += 1 }
        return (day, cursor)
    }

    /// "fifteen", "twenty one": a day of the month as a cardinal word (after "the").
    private static func cardinalDay(_ tokens: [Token], _ start: Int, _ limit: Int) -> (Int, Int)? {
        guard start < limit, let value = FigureLexicon.numberWords[tokens[start].lower], value >= 1, value <= 31,
              value == value.rounded() else { return nil }
        return (Int(value), start + 1)
    }

    /// "second", "eleventh", "twenty-first", "thirty first".
    private static func ordinalDay(_ tokens: [Token], _ start: Int, _ limit: Int) -> (Int, Int)? {
        guard start < limit else { return nil }
        let word = tokens[start].lower
        if let day = FigureLexicon.ordinalWords[word] { return (day, start + 1) }
        if word == "twenty" || word == "thirty" {
            var cursor = start + 1
            if cursor < limit, tokens[cursor].text == "-" { cursor += 1 }
            if cursor < limit, let unit = FigureLexicon.ordinalWords[tokens[cursor].lower], unit < 10 {
                let day = (word == "twenty" ? 20 : 30) + unit
                return day <= 31 ? (day, cursor + 1) : nil
            }
        }
        return nil
    }

    private static func monthName(_ token: Token, requireCapital: Bool) -> Int? {
        guard token.kind == .word else { return nil }
        if requireCapital, token.text.first?.isUppercase != true { return nil }
        return CalendarWords.months[token.lower]
    }

    /// Full weekday names in any case; abbreviations ("Mon", "Sun") only capitalised, except the unambiguous
    /// "tues" / "thurs".
    static func weekdayName(_ token: Token) -> Int? {
        guard token.kind == .word, let day = FigureLexicon.weekdays[token.lower], isWrittenAsWeekday(token) else { return nil }
        return day
    }

    /// A weekday's word as a weekday is written: in full, "tues"/"thurs", or capitalised ("Mon", "Sun").
    static func isWrittenAsWeekday(_ token: Token) -> Bool {
        let lower = token.lower
        return lower.count > 5 || lower == "tues" || lower == "thurs" || lower == "thur" || token.text.first?.isUppercase == true
    }

    private static func year(_ tokens: [Token], at index: Int, limit: Int) -> (Int?, Int) {
        var cursor = index
        if cursor < limit, tokens[cursor].text == "," || tokens[cursor].lower == "of" { cursor += 1 }  // "January 12, 2016", "January 12 of 2016"
        if cursor < limit, tokens[cursor].kind == .number, tokens[cursor].text.count == 4,
           let year = Int(tokens[cursor].text), (1000...2100).contains(year) {
            return (year, cursor + 1)
        }
        return (nil, index)
    }

    static func parseISODate(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    static func isoDate(_ date: Date, addingDays days: Int) -> String {
        let shifted = calendar.date(byAdding: .day, value: days, to: date) ?? date
        let components = calendar.dateComponents([.year, .month, .day], from: shifted)
        return format(year: components.year, month: components.month ?? 1, day: components.day ?? 1)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func format(year: Int?, month: Int, day: Int) -> String {
        (year.map(String.init) ?? "XXXX") + "-" + two(month) + "-" + two(day)
    }
}

/// Ages: "34-year-old", "34 years old", "ten months old", "90 day old", "3 years of age", "87 yo".
enum AgeGrammar {
    static let units: [String: String] = ["year": "years", "years": "years", "yr": "years", "yrs": "years",
                                           "month": "months", "months": "months", "week": "weeks", "weeks": "weeks",
                                           "day": "days", "days": "days"]

    /// The end of the age phrase after a number and its unit, or nil.
    static func end(_ tokens: [Token], afterNumber index: Int, limit: Int) -> (end: Int, unit: String)? {
        var cursor = index
        if cursor < limit, tokens[cursor].lower == "yo" { return (cursor + 1, "years") }
        if cursor < limit, tokens[cursor].text == "-" { cursor += 1 }
        guard cursor < limit, let unit = units[tokens[cursor].lower] else { return nil }
        cursor += 1
        if cursor < limit, tokens[cursor].text == "-" { cursor += 1 }
        // ("two 17-year-olds": the noun's plural; session 15, batch21's tune half.)
        if cursor < limit, ["old", "olds"].contains(tokens[cursor].lower) { return (cursor + 1, unit) }
        if cursor + 1 < limit, tokens[cursor].lower == "of", tokens[cursor + 1].lower == "age" {
            return (cursor + 2, unit)
        }
        return nil
    }
}
