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
        guard start < limit else { return nil }
        if let date = dayOfRelativeMonth(tokens, start, limit, reference) ?? dayFirst(tokens, start, limit) ?? monthFirst(tokens, start, limit)
            ?? numeric(tokens, start, limit, sentenceStart) ?? weekdaysFromNow(tokens, start, limit, reference) {
            return date
        }
        return theDay(tokens, start, limit, sentenceStart)
            ?? glued(tokens, start, limit) ?? lastMonth(tokens, start, limit, reference) ?? weekday(tokens, start, limit, reference)
            ?? relativeDay(tokens, start, limit, reference)
            ?? bareYear(tokens, start, limit, sentenceStart) ?? bareMonth(tokens, start, limit, sentenceStart, reference)
    }

    // MARK: day first: "27 April", "27th of April 2020", "16. nov. 2016"

    private static func dayFirst(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        var first = start
        if first < limit, tokens[first].lower == "the", first + 1 < limit { first += 1 }
        guard let (day, afterDay) = dayNumber(tokens, first, limit) ?? ordinalDay(tokens, first, limit) else { return nil }
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
        if tokens[start].text.first?.isUppercase == true, cursor < limit, tokens[cursor].kind == .number,
           tokens[cursor].text.count == 4, let year = Int(tokens[cursor].text), (1900...2100).contains(year) {
            return ("\(year)-" + two(month), cursor + 1)
        }
        return nil
    }

    // MARK: numeric: "21/04/2016", "9-18-15", "2016-04-21", "13.5.2015", "22/04", "on 4-22"

    private static func numeric(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int, afterWeekday: Bool = false) -> (String, Int)? {
        // "open 24/7": round the clock, not the 24th of July.
        if start + 2 < limit, tokens[start].text == "24", tokens[start + 1].text == "/", ["7", "365"].contains(tokens[start + 2].text),
           !(start + 3 < limit && tokens[start + 3].text == "/") {
            return nil
        }
        // "13.5.2015" as one ICU number token.
        if tokens[start].kind == .number, tokens[start].text.filter({ $0 == "." }).count == 2 {
            let parts = tokens[start].text.split(separator: ".").map(String.init)
            if parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
               (1...31).contains(day), (1...12).contains(month) {
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
            guard (1900...2100).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
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
        guard start + 3 < limit, let count = FigureLexicon.numberWords[tokens[start].lower] ?? Double(tokens[start].text),
              count >= 1, count <= 10, count == count.rounded(), tokens[start + 1].lower.hasSuffix("s") else { return nil }
        guard let day = FigureLexicon.weekdays[String(tokens[start + 1].lower.dropLast())] else { return nil }
        let words = (tokens[start + 2].lower, tokens[start + 3].lower)
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

    // MARK: "on the 27th", "for the second"

    private static func theDay(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int) -> (String, Int)? {
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

    // MARK: "jan-1", "28-nov"

    private static func glued(_ tokens: [Token], _ start: Int, _ limit: Int) -> (String, Int)? {
        // "2019/sep/01", "01/sep/2019"
        if start + 4 < limit, tokens[start + 1].text == "/", tokens[start + 3].text == "/",
           !tokens[(start + 1)...(start + 4)].contains(where: \.spaceBefore),
           let month = monthName(tokens[start + 2], requireCapital: false),
           let a = Int(tokens[start].text), let b = Int(tokens[start + 4].text) {
            if tokens[start].text.count == 4, (1...31).contains(b) { return (format(year: a, month: month, day: b), start + 5) }
            if tokens[start + 4].text.count == 4, (1...31).contains(a) { return (format(year: b, month: month, day: a), start + 5) }
        }
        guard start + 2 < limit, tokens[start + 1].text == "-", !tokens[start + 1].spaceBefore, !tokens[start + 2].spaceBefore else {
            return nil
        }
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
        guard tokens[start].kind == .word else { return nil }
        var cursor = start
        var shift = 0
        var modifier = tokens[cursor].lower
        // "the first friday of july", "second sunday": an ordinal weekday of a month.
        var ordinalStart = cursor
        if modifier == "the", cursor + 1 < limit { ordinalStart = cursor + 1 }
        if ordinalStart + 1 < limit, let _ = FigureLexicon.ordinalWords[tokens[ordinalStart].lower],
           weekdayName(tokens[ordinalStart + 1]) != nil {
            var end = ordinalStart + 2
            if end + 1 < limit, tokens[end].lower == "of", monthName(tokens[end + 1], requireCapital: false) != nil { end += 2 }
            return ("XXXX-XX-XX", end)
        }
        // "this week friday", "last week sunday"
        if ["last", "next", "this"].contains(modifier), cursor + 2 < limit, tokens[cursor + 1].lower == "week",
           weekdayName(tokens[cursor + 2]) != nil {
            cursor += 2
            shift = modifier == "last" ? -1 : (modifier == "next" ? 1 : 0)
            modifier = "this"
        } else if ["last", "next", "this", "coming", "previous"].contains(modifier), cursor + 1 < limit {
            shift = modifier == "last" || modifier == "previous" ? -1 : (modifier == "next" ? 1 : 0)
            cursor += 1
        }
        guard let day = weekdayName(tokens[cursor]), !isNamePart(tokens, weekdayAt: cursor, limit: limit) else { return nil }
        cursor += 1
        // "Tues. next week": read past an abbreviation's dot, but a span that ends there ends before it.
        var abbreviationDot: Int?
        if cursor < limit, tokens[cursor].text == ".", !tokens[cursor].spaceBefore, tokens[cursor - 1].text.count <= 5 {
            abbreviationDot = cursor
            cursor += 1
        }
        // "on Thursday last", "Monday next": the modifier written after the day.
        if modifier == tokens[start].lower, cursor < limit, ["last", "next"].contains(tokens[cursor].lower),
           cursor + 1 >= limit || !["week", "month", "year", "time", "of"].contains(tokens[cursor + 1].lower) {
            shift = tokens[cursor].lower == "last" ? -1 : 1
            modifier = tokens[cursor].lower
            cursor += 1
        }
        // "friday next week", "friday this week", "tuesday of next week"
        var weekWords = cursor
        if weekWords < limit, tokens[weekWords].lower == "of" { weekWords += 1 }
        if weekWords + 1 < limit, ["next", "this", "last"].contains(tokens[weekWords].lower),
           tokens[weekWords + 1].lower == "week" {
            let word = tokens[weekWords].lower
            shift = word == "next" ? 1 : (word == "last" ? -1 : 0)
            modifier = "this"
            cursor = weekWords + 2
        }
        // "monday january 12th, 2016", "friday 7/6", "friday 2018-7-6": the date that follows decides.
        var dateStart = cursor
        if dateStart < limit, tokens[dateStart].text == "," { dateStart += 1 }
        if dateStart < limit, let (value, end) = dayFirst(tokens, dateStart, limit) ?? monthFirst(tokens, dateStart, limit)
            ?? numeric(tokens, dateStart, limit, start, afterWeekday: true) {
            return (value, end)
        }
        // "thursday the 21st", "saturday the second"
        if cursor + 1 < limit, tokens[cursor].lower == "the",
           let (dayOfMonth, end) = dayNumber(tokens, cursor + 1, limit) ?? ordinalDay(tokens, cursor + 1, limit) ?? cardinalDay(tokens, cursor + 1, limit) {
            return ("XXXX-XX-" + two(dayOfMonth), end)
        }
        if let abbreviationDot, cursor == abbreviationDot + 1 { cursor = abbreviationDot }
        guard let reference else { return ("XXXX-WXX-\(day)", cursor) }
        // Without "next"/"this", news reports the past ("arrested on Friday") unless the sentence speaks of
        // the future ("will appear on Monday").
        // A bare weekday that is the article's own weekday is that day ("killed Wednesday" in a story published
        // on a Wednesday), not a week before.
        let implicit = shift == 0 && modifier != "this" && modifier != "coming"
        if implicit { shift = clauseSpeaksOfFuture(tokens, around: start) ? 1 : -1 }
        let published = calendar.component(.weekday, from: reference.date)  // 1 = Sunday
        let publishedISO = published == 1 ? 7 : published - 1
        var offset = day - publishedISO
        if shift < 0 { offset = offset > 0 || (offset == 0 && !implicit) ? offset - 7 : offset }
        if shift > 0 { offset = offset <= 0 ? offset + 7 : offset }
        return (isoDate(reference.date, addingDays: offset), cursor)
    }

    /// The weekday (1 = Monday) of a date written as a weekday alone ("Friday", "Tues."), without "last",
    /// "next" or a date after it: such a day is dated from the story's days (`MentionResolver.fillYears`).
    static func bareWeekday(_ tokens: [Token], _ start: Int, _ end: Int) -> Int? {
        guard end == start + 1 || (end == start + 2 && tokens[start + 1].text == "."), let day = weekdayName(tokens[start]) else { return nil }
        return day
    }

    /// "last Saturday" (past), "next Monday", "coming Friday" (future), "this Friday" (its clause's tense): the
    /// weekday and whether it lies ahead, for dating it from a dateline when the page has no published date.
    static func modifiedWeekday(_ tokens: [Token], _ start: Int, _ end: Int) -> (day: Int, future: Bool?)? {
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
           FigureLexicon.months[tokens[index + 1].lower] == nil, FigureLexicon.weekdays[tokens[index + 1].lower] == nil,
           !weekdayNameFollowers.contains(tokens[index + 1].lower) {
            return true
        }
        let isAbbreviation = tokens[index].text.count <= 4
        return isAbbreviation && index > 0 && tokens[index - 1].lower == "the" && tokens[index - 1].sentence == tokens[index].sentence
    }

    /// Capitalised words that may follow a weekday in a date ("Friday Night", "Monday Morning" in headlines).
    static let weekdayNameFollowers: Set<String> = ["night", "morning", "afternoon", "evening", "the", "last", "next", "and", "or", "at", "in", "on"]

    static let futureMarkers: Set<String> = ["will", "would", "'ll", "’ll", "shall", "due", "expected", "scheduled", "going", "plans", "planned"]

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
        let sentence = tokens[index].sentence
        var cursor = index - 1
        while cursor >= 0, index - cursor <= futureWindow, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            if futureMarkers.contains(word), word != "going" { return true }
            if pastMarkers.contains(word) || (tokens[cursor].isLowercaseWord && word.count > 4 && word.hasSuffix("ed")) { return false }
            if clauseBreaks.contains(word) { break }
            cursor -= 1
        }
        cursor = index + 1
        while cursor < tokens.count, cursor - index <= futureWindow, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            if futureMarkers.contains(word), word != "going" || (cursor + 1 < tokens.count && tokens[cursor + 1].lower == "to") { return true }
            if forwardClauseBreaks.contains(word) { break }
            cursor += 1
        }
        return nil
    }

    static func speaksOfFuture(_ tokens: [Token], around index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var cursor = index
        while cursor > 0, index - cursor < futureWindow, tokens[cursor - 1].sentence == sentence { cursor -= 1 }
        while cursor < tokens.count, cursor - index < futureWindow, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            // "going" only as "going to" ("an investigation that's just getting going" is not the future).
            if futureMarkers.contains(word),
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
        guard first.count >= 3, first.first == "t" || first.first == "T" || first.first == "y" || first.first == "Y" else { return nil }
        var cursor = start
        var extra = 0
        let words = tokens[start..<min(limit, start + 4)].map { $0.lower }
        if words.starts(with: ["the", "day", "after"]) { extra = 1; cursor += 3 }
        else if words.starts(with: ["the", "day", "before"]) { extra = -1; cursor += 3 }
        // "the next day", "the following day": days of the story, not of the article (resolved later from the story).
        else if narrativeDayOffset(tokens, start, limit) != nil {
            return ("XXXX-XX-XX", start + 3)
        }
        guard cursor < limit, let offset = FigureLexicon.relativeDays[tokens[cursor].lower] else { return nil }
        // "today" is too often "nowadays" in news prose: it is a date only when the article's date resolves it.
        guard let reference else { return offset == 0 && extra == 0 ? nil : ("XXXX-XX-XX", cursor + 1) }
        return (isoDate(reference.date, addingDays: offset + extra), cursor + 1)
    }

    // MARK: "last month", "last June"

    /// "last year" is the year before the published one; "last month" the month before the published one; "last June" the latest June before the published
    /// month (a year earlier when the article is of June). Without a published date "last June" is `XXXX-06`
    /// and "last month" is no date.
    private static func lastMonth(_ tokens: [Token], _ start: Int, _ limit: Int, _ reference: Reference?) -> (String, Int)? {
        guard start + 1 < limit, tokens[start].lower == "last" else { return nil }
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

    // MARK: "in 2008"

    private static func bareYear(_ tokens: [Token], _ start: Int, _ limit: Int, _ sentenceStart: Int) -> (String, Int)? {
        let first = tokens[start]
        // "2000N" (a road) is no year: nothing may be written against the number.
        if start + 1 < limit, !tokens[start + 1].spaceBefore, tokens[start + 1].kind == .word { return nil }
        guard first.kind == .number, first.text.count == 4, let year = Int(first.text), (1900...2100).contains(year),
              start > sentenceStart else { return nil }
        let before = tokens[start - 1]
        // A year as a noun's modifier after a determiner or a possessive: "the 1995 massacre", "a 2019 law",
        // "Bosnia's 1992 war" (a count of a thousand or more is written with a comma: "the 1,995 officers").
        let modifiesNoun = (FigureLexicon.yearDeterminers.contains(before.lower) || before.isPossessive)
            && start + 1 < limit && tokens[start + 1].kind == .word
        guard modifiesNoun || FigureLexicon.yearPrepositions.contains(before.lower) else { return nil }
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
            guard start > sentenceStart, FigureLexicon.monthPrepositions.contains(tokens[start - 1].lower) else { return nil }
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
        return FigureLexicon.months[token.lower]
    }

    /// Full weekday names in any case; abbreviations ("Mon", "Sun") only capitalised, except the unambiguous
    /// "tues" / "thurs".
    static func weekdayName(_ token: Token) -> Int? {
        guard token.kind == .word, let day = FigureLexicon.weekdays[token.lower] else { return nil }
        let lower = token.lower
        if lower.count > 5 || ["tues", "thurs", "thur"].contains(lower) || token.text.first?.isUppercase == true { return day }
        return nil
    }

    private static func year(_ tokens: [Token], at index: Int, limit: Int) -> (Int?, Int) {
        var cursor = index
        if cursor < limit, tokens[cursor].text == "," { cursor += 1 }
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
        if cursor < limit, tokens[cursor].lower == "old" { return (cursor + 1, unit) }
        if cursor + 1 < limit, tokens[cursor].lower == "of", tokens[cursor + 1].lower == "age" {
            return (cursor + 2, unit)
        }
        return nil
    }
}
