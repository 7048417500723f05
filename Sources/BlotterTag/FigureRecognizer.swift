import Foundation
import BlotterCore

/// Figures: money, mass, counts, percentages, ages, durations, dates, lengths, volumes and speeds, with the
/// hedge before them (`qualifier`) and what they measure (`of`). The grammar, in order at each token:
/// qualifier? then (date | currency? number magnitude? (age | unit | currency word)? | number noun-phrase).
/// Numbers inside identifiers (COVID-19, section 18, 10:30, phone numbers) are refused. Word data lives in
/// `FigureLexicon`.
struct FigureRecognizer: Recognizer {
    let name = "figure"
    let numbers = NumberParser()
    let qualifiers: PhraseMatcher<Qualifier>

    init() {
        qualifiers = PhraseMatcher(phrases: FigureLexicon.qualifiers.map { ($0.0, $0.1) }, tokenize: PhraseTokenizer.tokens,
                                   matchFirstLetterCase: false)
    }

    func candidates(in context: TagContext) -> [Candidate] {
        let tokens = context.text.tokens
        var out: [Candidate] = []
        // Parsed once per document (it was 7% of tagging time when parsed at every token).
        let published = DateGrammar.Reference(context.article.published)
        var reference = published ?? datelineReference(context.text, after: context.titleSentences)
        for sentence in context.text.sentences {
            var index = sentence.tokens.lowerBound
            let sentenceStart = out.count
            defer { out += ellipticalCounts(in: sentence, found: Array(out[sentenceStart...]), tokens: tokens, context: context) }
            while index < sentence.tokens.upperBound {
                if let (found, foundEnd) = figure(at: index, tokens: tokens, sentence: sentence, reference: reference, context: context) {
                    var entity = found, end = foundEnd
                    if let (range, rangeEnd) = joinedRange(entity, end: end, tokens: tokens, sentence: sentence, reference: reference,
                                                           context: context) {
                        entity = range
                        end = rangeEnd
                    }
                    out.append(withQualifierLength(entity, tokens: tokens, at: index, limit: sentence.tokens.upperBound))
                    // A page of several wire stories: each story's weekdays count from its own dateline.
                    if published == nil, case .date(let iso)? = entity.figure?.value,
                       DateGrammar.numericOrder(entity.text) != .either,  // "06.12.01": its order is known only at the end
                       DateGrammar.isDateline(tokens, span: index..<end, sentence: sentence.tokens), let dateline = DateGrammar.Reference(iso) {
                        reference = dateline
                    }
                    index = max(end, index + 1)
                } else {
                    index += 1
                }
            }
        }
        return DateGrammar.orderedNumericDates(out, reference: reference)
    }

    /// A page with no published date often opens with its dateline ("HELSINKI 1996-08-29", "Saturday, August 31,
    /// 2002, Chandigarh"): the first full date in its first two sentences stands in for the published date.
    func datelineReference(_ text: SegmentedText, after titleSentences: Int = 0) -> DateGrammar.Reference? {
        for sentence in text.sentences.dropFirst(titleSentences).prefix(2) {
            for index in sentence.tokens where text.tokens[index].kind == .number || FigureLexicon.weekdays[text.tokens[index].lower] != nil
                || CalendarWords.months[text.tokens[index].lower] != nil {
                if let (value, _) = DateGrammar.parse(text.tokens, at: index, limit: sentence.tokens.upperBound, sentenceStart: sentence.tokens.lowerBound,
                                                      reference: nil), value.utf8.count == 10, !value.hasPrefix("X"),
                   let reference = DateGrammar.Reference(value) {
                    return reference
                }
            }
        }
        return nil
    }

    /// Records where the quantity proper starts when the span opens with the qualifier.
    private func withQualifierLength(_ candidate: Candidate, tokens: [Token], at index: Int, limit: Int) -> Candidate {
        guard candidate.figure?.qualifier != nil, tokens[index].start == candidate.start,
              let match = qualifiers.longestMatch(in: tokens, at: index, limit: limit), match.tokens.upperBound < limit,
              tokens[match.tokens.upperBound].start < candidate.end else { return candidate }
        var candidate = candidate
        candidate.reading.qualifierLength = tokens[match.tokens.upperBound].start - candidate.start
        return candidate
    }

    /// The figure starting at `start`: the qualifier, then the rules of `WordRule` (figures written without a
    /// number), then the number with any currency or sign before it, then the rules of `NumberRule` in order. The
    /// first rule that reads a figure, or refuses the number, ends the search. `rangeEnds` is false when reading
    /// the second end of a range, so a chain "1 - 2 - 3 - …" costs one look-ahead, not a recursion per joiner.
    private func figure(at start: Int, tokens: [Token], sentence: Sentence, reference: DateGrammar.Reference?,
                        context: TagContext, rangeEnds: Bool = true) -> (Candidate, Int)? {
        let match = qualifiers.longestMatch(in: tokens, at: start, limit: sentence.tokens.upperBound)
        var cursor = FigureCursor(tokens: tokens, sentence: sentence, context: context, reference: reference, start: start,
                                  afterQualifier: match?.tokens.upperBound ?? start, qualifier: match?.payload, rangeEnds: rangeEnds)
        for rule in WordRule.allCases {
            if let outcome = apply(rule, cursor) { return outcome.figure }
        }
        guard let number = readNumber(&cursor) else { return nil }
        for rule in NumberRule.allCases {
            if let outcome = apply(rule, cursor, number) { return outcome.figure }
        }
        return nil
    }

    /// The number at the cursor, with the currency written before it ("£", "US$", "c $", "EUR", "Rs") and a sign
    /// ("minus five percent"); nil when there is none or it is part of an identifier ("COVID-19", "section 18")
    /// or of a description ("father-of-three").
    func readNumber(_ cursor: inout FigureCursor) -> NumberParser.Parsed? {
        let tokens = cursor.tokens, limit = cursor.limit
        if let (code, numberAt) = currencyBefore(cursor) {
            cursor.currency = code
            cursor.numberStart = numberAt
        }
        var sign = 1.0
        if cursor.currency == nil, cursor.numberStart < limit, ["minus", "negative"].contains(tokens[cursor.numberStart].lower) {
            sign = -1
            cursor.numberStart += 1
        } else if cursor.currency == nil, Self.isMinusSign(tokens, at: cursor.numberStart, limit: limit, sentenceStart: cursor.sentenceStart) {
            sign = -1  // "-5%", "−3.2 percent"
            cursor.numberStart += 1
        }
        let numberStart = cursor.numberStart
        guard var number = numbers.parse(tokens, at: numberStart, limit: limit) else { return nil }
        number.value *= sign
        if cursor.currency != nil, let (grouped, groupsEnd) = Self.spaceGroupedDigits(number, numberStart: numberStart, tokens: tokens, limit: limit) {
            number.value = grouped
            number.end = groupsEnd
            number.digitsText = tokens[numberStart..<groupsEnd].map(\.text).joined(separator: " ")
            return number  // (one sum, not a list or an identifier)
        }
        if number.inDigits, !number.hasFraction, isIdentifier(tokens, numberAt: numberStart, limit: limit, sentenceStart: cursor.sentenceStart),
           !Self.isBareAgeInNameList(tokens, numberAt: numberStart, sentenceStart: cursor.sentenceStart, limit: limit) {
            return nil
        }
        // "father-of-three", "mother-of-two": a description of a person, not a count.
        if !number.inDigits, numberStart >= cursor.sentenceStart + 2, tokens[numberStart - 1].text == "-",
           !tokens[numberStart].spaceBefore, tokens[numberStart - 2].lower == "of", !tokens[numberStart - 1].spaceBefore {
            return nil
        }
        return number
    }

    /// A minus sign glued to the number after it and apart from what is before it: "-5%", "fell −3.2 percent"
    /// (not "COVID-19", "1990-95", nor a dash between spaces).
    static func isMinusSign(_ tokens: [Token], at index: Int, limit: Int, sentenceStart: Int) -> Bool {
        guard index + 1 < limit, tokens[index].kind == .punctuation, tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore,
              tokens[index].text == "-" || tokens[index].text == "−" else { return false }
        return index == sentenceStart || tokens[index].spaceBefore
    }

    /// A currency written before the number: a symbol ("£", "$"; "US$" with the country before it), a dollar
    /// with its country ("C$", "c $" in tokenised newswire), an ISO 4217 code or a symbol of letters
    /// (`CurrencyGrammar.before`). Returns the code and where the number starts.
    func currencyBefore(_ cursor: FigureCursor) -> (String, Int)? {
        let tokens = cursor.tokens, limit = cursor.limit, at = cursor.afterQualifier
        guard at < limit else { return nil }
        if let code = FigureLexicon.currencySymbols[tokens[at].text] {
            if code == "USD", at > cursor.start || at > cursor.sentenceStart, at - 1 >= cursor.sentenceStart, !tokens[at].spaceBefore,
               let prefixed = FigureLexicon.dollarPrefixes[tokens[at - 1].text] ?? CurrencyNames.dollarPrefixes[tokens[at - 1].text] {
                return (prefixed, at + 1)
            }
            return (code, at + 1)
        }
        if at + 1 < limit, tokens[at + 1].text == "$", !tokens[at + 1].spaceBefore,
           let prefixed = FigureLexicon.dollarPrefixes[tokens[at].text] ?? CurrencyNames.dollarPrefixes[tokens[at].text] {
            return (prefixed, at + 2)
        }
        if at + 2 < limit, tokens[at + 1].text == "$", tokens[at + 2].kind == .number, let prefixed = FigureLexicon.spacedDollarPrefixes[tokens[at].lower] {
            return (prefixed, at + 2)
        }
        return CurrencyGrammar.before(tokens, at: at, limit: limit)
    }

    // MARK: rules before a number

    /// A figure read by a rule, or the number refused (no other rule may read it).
    enum Outcome {
        case figure(Candidate, Int)
        case refused

        var figure: (Candidate, Int)? {
            if case .figure(let entity, let end) = self { return (entity, end) }
            return nil
        }
    }

    /// Figures written without a number, tried in this order.
    enum WordRule: CaseIterable {
        /// Dates: "27 April 2020", "last Tuesday", "in 2002", "the next day" (`DateGrammar`).
        case date
        /// "percent of 10": the percent word before its number.
        case percentOf
        /// "for a year", "half an hour", "all week", "a month ago".
        case articleDuration
        /// "half a gram", "a kilo of cocaine".
        case articleMeasure
    }

    func apply(_ rule: WordRule, _ cursor: FigureCursor) -> Outcome? {
        switch rule {
        case .date: return date(cursor)
        case .percentOf: return percentOf(cursor)
        case .articleDuration:
            return articleDuration(cursor.tokens, at: cursor.afterQualifier, start: cursor.start, limit: cursor.limit, sentence: cursor.sentence,
                                   qualifier: cursor.qualifier, reference: cursor.reference, context: cursor.context).map { .figure($0.0, $0.1) }
        case .articleMeasure:
            guard let (unit, value, end) = Self.articleMeasure(cursor.tokens, at: cursor.afterQualifier, limit: cursor.limit) else { return nil }
            let (entity, after) = measure(unit, value: value, tokens: cursor.tokens, span: cursor.start..<end, qualifier: cursor.qualifier,
                                          context: cursor.context)
            return .figure(entity, after)
        }
    }

    func date(_ cursor: FigureCursor) -> Outcome? {
        let tokens = cursor.tokens, at = cursor.afterQualifier
        guard let (value, end) = DateGrammar.parse(tokens, at: at, limit: cursor.limit, sentenceStart: cursor.sentenceStart,
                                                   reference: cursor.reference) else { return nil }
        let facts = FigureFacts(kind: .date, value: .date(value))
        var reading = FigureReading()
        if value == "XXXX-XX-XX" { reading.storyDayOffset = DateGrammar.narrativeDayOffset(tokens, at, cursor.limit) }
        if value.hasPrefix("XXXX") { reading.storyYearOffset = DateGrammar.storyYearOffset(tokens, start: at, end: end) }
        reading.storyWeekday = DateGrammar.bareWeekday(tokens, at, end)
        if let day = DateGrammar.followingWeekday(tokens, at, end) {
            reading.storyWeekday = day
            reading.storyDayOffset = 1  // after the story's last dated day
        }
        if value.hasPrefix("XXXX-") {
            let tense = DateGrammar.clauseTense(tokens, around: at)
            reading.futureTense = tense == true
            reading.pastTense = tense == false
            reading.opensDateline = DateGrammar.opensDateline(tokens, at: at)
        }
        if let (day, future) = DateGrammar.modifiedWeekday(tokens, at, end) {
            reading.storyWeekday = day
            if let future { reading.futureTense = future }
        }
        return .figure(make(tokens, at..<end, facts, reading: reading, context: cursor.context), end)
    }

    // MARK: rules after a number

    /// Figures read from a number, tried in this order.
    enum NumberRule: CaseIterable {
        /// A currency written before the number: "£48,000", "EUR 125", "C$ 100 and fifty".
        case moneyBefore
        /// "34-year-old", "aged 34", "Jamal Carter, 24,", "as young as 14", "Legg was 37 in 2010".
        case age
        /// Units of two or three words: "per cent", "square feet", "miles per hour", "20 pounds of".
        case multiWordUnit
        /// A currency after the number: "10 US dollars", "100 €", "420 million Finnish markka", "75 usd million".
        case moneyAfter
        /// Units, percentages and durations: "90 kilos", "5ft 10in", "20 [kg]", "470 pence", "3 percent", "six years".
        case measure
        /// Numbers that are no figure: times of day ("10 pm"), a bare year ("2020 season").
        case notAFigure
        /// "shot four times".
        case eventCount
        /// "Twenty-two of Friday's victims", "10 of them".
        case partCount
        /// "seven firearms", "the other three were …", "fell to 1.2 million", ranges "between 40 and 50 officers".
        case count
    }

    func apply(_ rule: NumberRule, _ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        switch rule {
        case .moneyBefore: return moneyBefore(cursor, number)
        case .age: return age(cursor, number)
        case .multiWordUnit: return multiWordUnit(cursor, number)
        case .moneyAfter: return moneyAfter(cursor, number)
        case .measure: return measure(cursor, number)
        case .notAFigure: return notAFigure(cursor, number)
        case .eventCount: return eventCount(cursor, number)
        case .partCount:
            return partCount(number, tokens: cursor.tokens, numberStart: cursor.numberStart, end: number.end, limit: cursor.limit,
                             qualifier: cursor.qualifier, start: cursor.start, context: cursor.context).map { .figure($0.0, $0.1) }
        case .count: return count(cursor, number)
        }
    }

    func moneyBefore(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        guard let currency = cursor.currency else { return nil }
        let tokens = cursor.tokens, limit = cursor.limit
        var end = number.end
        var value = number.value
        var stated: Double?
        if end < limit, let minor = FigureLexicon.minorCurrency[tokens[end].lower], !tokens[end].spaceBefore {
            stated = value
            value *= minor.1
            end += 1
        } else if let (cents, centsEnd) = trailingCents(tokens, at: end, limit: limit) {
            value += cents / 100
            end = centsEnd
        }
        let facts = FigureFacts(kind: .money, value: .number(Self.rounded(value)), unit: currency, qualifier: cursor.qualifier,
                                of: ofPhrase(cursor.context.text, after: end, limit: limit, money: true))
        var reading = FigureReading()
        reading.statedValue = stated
        return .figure(make(tokens, cursor.start..<end, facts, reading: reading, context: cursor.context), end)
    }

    /// "R400 000", "R625 000", "R1 250 000": thousands grouped by spaces, as South Africa writes them, after a currency
    /// (session 23: five such amounts on the tune halves of batches 78 and 83 read as R400 and R625). One to three digits,
    /// then groups of exactly three; only after a currency, where a list of small numbers cannot be meant.
    static func spaceGroupedDigits(_ number: NumberParser.Parsed, numberStart: Int, tokens: [Token], limit: Int) -> (Double, Int)? {
        guard let digits = number.digitsText, (1...3).contains(digits.count), digits.allSatisfy(\.isNumber),
              number.end == numberStart + 1 else { return nil }
        var value = number.value
        var end = number.end
        while end < limit, tokens[end].kind == .number, tokens[end].spaceBefore, tokens[end].text.count == 3,
              tokens[end].text.allSatisfy(\.isNumber), let group = Double(tokens[end].text) {
            value = value * 1000 + group
            end += 1
        }
        guard end > number.end else { return nil }
        // "R1 200 million": a magnitude word after the groups multiplies the whole.
        if end < limit, let magnitude = NumberParser.magnitudeWord(tokens[end]) {
            value *= magnitude
            end += 1
        }
        return (value, end)
    }

    func age(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        let tokens = cursor.tokens, limit = cursor.limit, numberStart = cursor.numberStart, sentenceStart = cursor.sentenceStart
        let end = number.end, start = cursor.start, value = number.value
        // "34-year-old", "34 years old", "ten months old", "3 years of age", "87 yo".
        if let age = AgeGrammar.end(tokens, afterNumber: end, limit: limit) {
            let facts = FigureFacts(kind: .age, value: .number(value), unit: age.unit, qualifier: cursor.qualifier)
            return .figure(make(tokens, start..<age.end, facts, context: cursor.context), age.end)
        }
        var span: Range<Int>?
        if numberStart >= sentenceStart + 3, tokens[numberStart - 3].lower == "as", tokens[numberStart - 1].lower == "as",
           FigureLexicon.ageBoundWords.contains(tokens[numberStart - 2].lower), value == value.rounded(), value < 120 {
            span = (numberStart - 3)..<end  // "some as young as 14"
        } else if start == numberStart, numberStart >= sentenceStart + 3, tokens[numberStart - 1].lower == "of",
                  ["age", "ages"].contains(tokens[numberStart - 2].lower), tokens[numberStart - 3].lower == "the",
                  value == value.rounded(), value < 120 {
            // "at the age of 34"; "between the ages of 29 and 32" (a range from here: session 14, batch30's tune half)
            span = (numberStart - 3)..<end
        } else if Self.isAgeAfterCopula(tokens, numberAt: numberStart, end: end, value: value, sentenceStart: sentenceStart, limit: limit) {
            span = start..<end  // "Legg was 37 in 2010"
        } else if numberStart > sentenceStart, ["aged", "age", "ages"].contains(tokens[numberStart - 1].lower)
                    || (start > sentenceStart && start < numberStart && ["aged", "ages"].contains(tokens[start - 1].lower))
                    || Self.opensAgeRange(tokens, numberAt: numberStart, sentenceStart: sentenceStart) {
            // "aged 34", "age 87", "aged about 40"
            span = (tokens[numberStart - 1].lower == "age" && start == numberStart ? numberStart - 1 : start)..<end  // "aged 34", "age 87"
        } else if let ageEnd = Self.ageAfterName(tokens, numberAt: numberStart, end: end, value: value, sentenceStart: sentenceStart, limit: limit) {
            // "Jamal Carter, 24, of Leeds", "a woman, 47,", "Shay Walker, 25 years, of Stoneycroft"
            return .figure(age(value, tokens: tokens, span: start..<ageEnd, qualifier: cursor.qualifier, context: cursor.context), ageEnd)
        } else if start == numberStart, Self.isBareAgeInNameList(tokens, numberAt: numberStart, sentenceStart: sentenceStart, limit: limit) {
            span = start..<end  // "Jaico Choute 25 and Nicarson Nixon 21"
        } else if number.inDigits, numberStart >= sentenceStart + 2, ["and", ",", "&", "to", "-", "–"].contains(tokens[numberStart - 1].lower),
                  Self.followsAgeList(tokens, before: numberStart - 1, sentenceStart: sentenceStart) {
            span = start..<end  // "aged 31 and 45", "aged 19, 23 and 30"
        }
        guard let span else { return nil }
        return .figure(age(value, tokens: tokens, span: span, qualifier: cursor.qualifier, context: cursor.context), end)
    }

    /// A number in brackets right after a mass ("18 kg (39.7 pounds)"): its pounds are a conversion of the mass.
    static func convertsMass(_ tokens: [Token], numberAt index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].text == "(", let unit = FigureLexicon.units[tokens[index - 2].lower] else { return false }
        return unit.kind == .mass
    }

    /// The pound as a mass, in kilograms.
    static let poundMass = FigureUnit(.mass, "kg", 0.45359237)

    /// A mass in brackets right after a unit ("100 pounds (45.36 kilograms)", as AP writes its conversions): the unit
    /// is a mass too (session 23, batch102's tune half: five such pounds of marijuana read as sterling).
    static func convertedToMass(_ tokens: [Token], bracketAt index: Int, limit: Int) -> Bool {
        guard index + 2 < limit, tokens[index].text == "(", tokens[index + 1].kind == .number,
              let unit = FigureLexicon.units[tokens[index + 2].lower] else { return false }
        return unit.kind == .mass
    }

    /// Where a unit after the number starts: right after it, or after a hyphen ("3-inch", "12-cent").
    func unitIndex(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Int? {
        let tokens = cursor.tokens, end = number.end, limit = cursor.limit
        if end + 1 < limit, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore, Self.isUnitWord(tokens[end + 1].lower) {
            return end + 1
        }
        return end < limit ? end : nil
    }

    func multiWordUnit(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        guard let at = unitIndex(cursor, number) else { return nil }
        let tokens = cursor.tokens, limit = cursor.limit, word = tokens[at].lower
        var found: (FigureUnit, Int)?
        if at + 2 < limit, let unit = FigureLexicon.threeWordUnits[word + " " + tokens[at + 1].lower + " " + tokens[at + 2].lower] {
            found = (unit, at + 3)
        } else if at + 1 < limit, let unit = FigureLexicon.twoWordUnits[word + " " + tokens[at + 1].lower] {
            found = (unit, at + 2)
        } else if word == "pounds" || word == "pound", (at + 1 < limit && tokens[at + 1].lower == "of") || Self.convertsMass(tokens, numberAt: cursor.start)
                    || Self.convertedToMass(tokens, bracketAt: at + 1, limit: limit) {
            // "20 pounds of cannabis", "18 kg (39.7 pounds)", "100 pounds (45.36 kilograms)" are mass
            found = (Self.poundMass, at + 1)
        } else {
            found = UnitMatch.longest(tokens, at: at, limit: limit, minimumTokens: 2)  // "km/h", "miles an hour", "sq ft"
        }
        guard let (unit, end) = found else { return nil }
        return measure(unit, number.value, cursor, end: end)
    }

    func moneyAfter(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        guard let at = unitIndex(cursor, number) else { return nil }
        let tokens = cursor.tokens, limit = cursor.limit, word = tokens[at].lower
        // "10 US dollars", "100 Chinese yuan"
        if at + 1 < limit, let country = FigureLexicon.currencyCountries[word.trimmingCharacters(in: ["."])],
           FigureLexicon.currencyWords[tokens[at + 1].lower] != nil {
            return money(number.value, code: country, cursor, end: at + 2)
        }
        // A symbol after the number: "100 €", "100,000 ₭".
        if let code = FigureLexicon.currencySymbols[tokens[at].text] { return money(number.value, code: code, cursor, end: at + 1) }
        guard let (code, afterName) = CurrencyGrammar.after(tokens, at: at, limit: limit) else { return nil }
        // "75 usd million": a magnitude after the currency.
        var value = number.value
        var end = afterName
        if end < limit, tokens[end].lower.count > 2, let magnitude = FigureLexicon.magnitudes[tokens[end].lower], magnitude >= 1e3 {
            value *= magnitude
            end += 1
        }
        // "thirteen dollars forty five": the minor units said after the major ones, ending the phrase.
        if end < limit, let minor = numbers.parse(tokens, at: end, limit: limit), !minor.hasFraction, minor.value >= 1, minor.value < 100,
           minor.value == minor.value.rounded(), minor.end == limit || tokens[minor.end].kind == .punctuation {
            return money(value + minor.value / 100, code: code, cursor, end: minor.end)
        }
        return money(value, code: code, cursor, end: end)
    }

    func measure(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        guard let at = unitIndex(cursor, number) else { return nil }
        let tokens = cursor.tokens, limit = cursor.limit, word = tokens[at].lower
        if let (unit, after) = Self.markedUnit(tokens, at: at, limit: limit) { return measure(unit, number.value, cursor, end: after) }
        // "50p" glued to its number; "p" apart is too often something else.
        if let minor = FigureLexicon.minorCurrency[word], word.count > 1 || (!tokens[at].spaceBefore && at == number.end && number.inDigits) {
            let facts = FigureFacts(kind: .money, value: .number(Self.rounded(number.value * minor.1)), unit: minor.0, qualifier: cursor.qualifier)
            var reading = FigureReading()
            reading.statedValue = number.value
            return .figure(make(tokens, cursor.start..<(at + 1), facts, reading: reading, context: cursor.context), at + 1)
        }
        // "h" for hours is written in lower case ("24h"); "3550H" is a model number.
        guard let unit = FigureLexicon.units[word] ?? (tokens[at].text == "%" ? FigureLexicon.units["%"] : nil), tokens[at].text != "H" else {
            // Units of quantulum3's table: "5 gigabytes", "60 knots", "5 km2", "5 kW".
            guard let (unit, after) = UnitMatch.longest(tokens, at: at, limit: limit) else { return nil }
            return measure(unit, number.value, cursor, end: after)
        }
        // "a loaded 9mm handgun", "7.62mm rounds": a calibre names the gun or the round, not a length an analyst sums
        // (session 23: seven such lengths on the tune halves of batches 73-102, none in their gold).
        if unit.kind == .length, Self.namesCalibre(tokens, unitAt: at, limit: limit) { return .refused }
        // "at about 1702 hours": a time of day on the 24-hour clock, not a duration.
        if unit.kind == .duration, Self.isClockTime(tokens, number, unitAt: at, start: cursor.start, sentenceStart: cursor.sentenceStart, limit: limit) {
            return .refused
        }
        if unit.kind == .duration {
            let (entity, end) = duration(DurationPhrase.Part(amount: number.value * unit.factor, unit: unit.symbol), tokens: tokens,
                                         start: cursor.start, unitEnd: at + 1, limit: limit, qualifier: cursor.qualifier, context: cursor.context,
                                         reference: cursor.reference)
            return .figure(entity, end)
        }
        // Heights in descriptions of suspects: "5ft 10in" is 5.83 ft.
        if unit.symbol == "ft", at + 2 < limit, let inches = numbers.parse(tokens, at: at + 1, limit: limit),
           inches.value < 12, inches.end < limit, Self.inchWords.contains(tokens[inches.end].lower) {
            return measure(unit, number.value + inches.value / 12, cursor, end: inches.end + 1)
        }
        return measure(unit, number.value, cursor, end: at + 1)
    }

    func notAFigure(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        let end = number.end
        // Times of day: "2.15am", "10 pm".
        if end < cursor.limit, FigureLexicon.timeOfDay.contains(cursor.tokens[end].lower) { return .refused }
        // A bare year is not a count ("2020 season").
        if number.inDigits, let digits = number.digitsText, digits.count == 4, !digits.contains(","), CalendarWords.years.contains(Int(number.value)) {
            return .refused
        }
        return nil
    }

    /// "shot four times", "stabbed 20 times": how often something was done (not "three times more").
    func eventCount(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        let tokens = cursor.tokens, limit = cursor.limit, end = number.end, numberStart = cursor.numberStart
        guard end < limit, tokens[end].lower == "times", number.value == number.value.rounded(), number.value >= 1,
              numberStart > cursor.sentenceStart, tokens[numberStart - 1].isLowercaseWord,
              !FigureLexicon.ofStopWords.contains(tokens[numberStart - 1].lower) || tokens[numberStart - 1].lower == "been",
              end + 1 >= limit || !FigureLexicon.afterMultiplier.contains(tokens[end + 1].lower) else { return nil }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: cursor.qualifier, of: "times")
        return .figure(make(tokens, cursor.start..<end, facts, context: cursor.context), end)
    }

    /// A number and the noun phrase it counts; without one, "the other three were …", "fell to 1.2 million", or
    /// the first end of a range.
    func count(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        let tokens = cursor.tokens, limit = cursor.limit, numberStart = cursor.numberStart
        // "eleven 9mm cartridges", "Thirty-five 5.56 cartridges": a calibre between the count and its rounds or guns is
        // part of what is counted, not a length of its own (session 14, batch31's tune half: five counts of a seizure).
        let end = Self.calibreEnd(tokens, after: number.end, limit: limit) ?? Self.bracketedDigitsEnd(tokens, after: number.end, limit: limit, value: number.value)
            ?? number.end
        let noun = nounPhrase(cursor.context.text, from: end, limit: limit)
        // "called 911", "dialled 999": the number dialled, not a count ("called 112 witnesses" is one).
        if let digits = number.digitsText, FigureLexicon.emergencyNumbers.contains(digits), numberStart > cursor.sentenceStart,
           FigureLexicon.diallingVerbs.contains(tokens[numberStart - 1].lower),
           !(end < limit && tokens[end].isLowercaseWord && Self.looksPlural(tokens[end].text)) {
            return .refused
        }
        guard let noun else { return countWithoutNoun(cursor, number) }
        let firstNoun = noun.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if !number.inDigits, tokens[numberStart].lower == "one", number.end == numberStart + 1 {
            // "one" as a pronoun: "one of", "one another" are refused by nounPhrase; "no one", "every one" here.
            // ("mentioned that one suspect was arrested": "that" after a verb of reporting opens a clause, it is no
            // pronoun's "that one"; session 23, batch98's tune half.)
            let reportedThat = numberStart >= cursor.sentenceStart + 2 && tokens[numberStart - 1].lower == "that"
                && FigureLexicon.reportingVerbs.contains(tokens[numberStart - 2].lower)
            if numberStart > cursor.sentenceStart, FigureLexicon.beforePronounOne.contains(tokens[numberStart - 1].lower), !reportedThat {
                return .refused
            }
            // "One relative said", "one user wrote": "one" for "a" before whoever speaks; "one part of the process".
            let nounEnd = end + noun.split(separator: " ").count
            if nounEnd < limit, FigureLexicon.speechVerbs.contains(tokens[nounEnd].lower) { return .refused }
            // "said one professor", "according to one official": the speaker again, after the verb; not the subject of
            // what was said ("said one more suspect was arrested": session 23, batch99's tune half).
            let reportedSubject = nounEnd < limit && FigureLexicon.finiteVerbsAfterSubject.contains(tokens[nounEnd].lower)
            if numberStart > cursor.sentenceStart, FigureLexicon.speechVerbs.contains(tokens[numberStart - 1].lower) && !reportedSubject
                || (numberStart > cursor.sentenceStart + 1 && tokens[numberStart - 2].lower == "according" && tokens[numberStart - 1].lower == "to") {
                return .refused
            }
            if FigureLexicon.notCountedAfterOne.contains(firstNoun) { return .refused }
            // "arrested one Benudhar Gogoi", "abducted the baby, one Esther Ojo": "one" before a full name the model
            // reads as a person's is "a certain", not a count (session 23: five such counts on the tune halves of
            // batches 93, 95 and 99, Nigerian and Indian English). One word is a brand as often: "one Hublot watch".
            if cursor.context.modelLabel(ofToken: end) == .beginPerson, cursor.context.modelLabel(ofToken: end + 1) == .insidePerson,
               tokens[numberStart].lower == tokens[numberStart].text {
                return .refused
            }
        }
        // "the 8900 block of Airline Drive": a US street address, not a count.
        if number.inDigits, end + 1 < limit, tokens[end].lower == "block", tokens[end + 1].lower == "of" { return .refused }
        // "1107 Whipporwill Street", "118 Avenue and 85 Street": a house number or a numbered street, not a count
        // (session 22: five such counts on the tune halves of batches 80 and 85).
        if number.inDigits, Self.namesStreet(noun) { return .refused }
        // "zero tolerance", "a triple-zero call": no annotated page counts nothing (none of 1,199 counts of the tune
        // halves of session 22's eighteen sets is 0; five were read so).
        if number.value == 0 { return .refused }
        // "a 999 call", "the 911 dispatcher": emergency numbers are identifiers, not counts.
        if let digits = number.digitsText, FigureLexicon.emergencyNumbers.contains(digits),
           FigureLexicon.emergencyNumberNouns.contains(firstNoun) {
            return .refused
        }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: cursor.qualifier, of: noun)
        // (The span is the count's own words; the calibre after it is passed over, not read again.)
        return .figure(make(tokens, cursor.start..<number.end, facts, context: cursor.context), end)
    }

    /// The last words of a street's name.
    static let streetWords: Set<String> = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Drive", "Dr", "Lane", "Ln", "Boulevard",
                                           "Blvd", "Way", "Court", "Ct", "Place", "Pl", "Highway", "Hwy", "Parkway", "Pkwy", "Terrace",
                                           "Circle", "Crescent", "Close", "Trail", "Pike"]

    /// Whether a counted phrase is a street's name: capitalised words ending in a street word ("Cannady Mill Road").
    static func namesStreet(_ noun: String) -> Bool {
        let words = noun.split(separator: " ")
        guard let last = words.last, streetWords.contains(String(last)) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    }

    /// Nouns of rounds and guns that a calibre stands before.
    static let calibreNouns: Set<String> = ["cartridges", "cartridge", "rounds", "round", "bullets", "bullet", "shells", "pistols",
                                            "pistol", "rifles", "rifle", "revolvers", "revolver", "handguns", "handgun", "magazines"]

    /// Millimetres right before a gun or its rounds, or before one capitalised maker's word and then one ("9mm Glock
    /// pistol").
    static func namesCalibre(_ tokens: [Token], unitAt at: Int, limit: Int) -> Bool {
        guard ["mm", "millimetre", "millimeter"].contains(tokens[at].lower), at + 1 < limit else { return false }
        if calibreNouns.contains(tokens[at + 1].lower) { return true }
        return at + 2 < limit && tokens[at + 1].isCapitalizedWord && calibreNouns.contains(tokens[at + 2].lower)
    }

    /// Four digits of a 24-hour time ("1702", "0600") before "hours" (not "hours of": "2000 hours of CCTV footage"),
    /// after a word that opens a time, right before the number or before its hedge ("at about 1702 hours").
    static func isClockTime(_ tokens: [Token], _ number: NumberParser.Parsed, unitAt at: Int, start: Int, sentenceStart: Int,
                            limit: Int) -> Bool {
        guard ["hours", "hrs"].contains(tokens[at].lower), !(at + 1 < limit && tokens[at + 1].lower == "of"),
              let digits = number.digitsText, digits.count == 4, digits.allSatisfy(\.isNumber), start > sentenceStart,
              FigureLexicon.clockTimeOpeners.contains(tokens[start - 1].lower)
                || (start - 1 > sentenceStart && FigureLexicon.clockTimeHedges.contains(tokens[start - 1].lower)
                    && FigureLexicon.clockTimeOpeners.contains(tokens[start - 2].lower)),
              let hour = Int(digits.prefix(2)), let minute = Int(digits.suffix(2)) else { return false }
        return hour < 24 && minute < 60
    }

    /// A number that opens a clause about the people just named: "Of the 117 arrests, 28 were juveniles", "while three
    /// are under house arrest", "of whom 234 were", "Two were charged"; and "including seven who had fled", "a gang of 11 who"
    /// (session 23: eleven such counts missed on the tune halves of batches 74-99). Not a year ("in 2016 were"; "2,000
    /// were released" is a count).
    static func isCountedClauseSubject(_ tokens: [Token], _ number: NumberParser.Parsed, start: Int, sentenceStart: Int, limit: Int) -> Bool {
        let end = number.end
        guard end < limit, !isYear(number) else { return false }
        let before = start > sentenceStart ? tokens[start - 1].lower : ""
        if tokens[end].lower == "who" {
            let afterPerson = before == "of" && start - 2 >= sentenceStart && FigureLexicon.personNouns.contains(tokens[start - 2].lower)
            return start > sentenceStart && FigureLexicon.countedBeforeWho.contains(before) && !afterPerson
        }
        let opensClause = start == sentenceStart || FigureLexicon.clauseOpeners.contains(before)
        return opensClause && FigureLexicon.afterCountedPeople.contains(tokens[end].lower)
    }

    /// The end of a calibre after a number ("9mm", "5.56", ".38") when rounds or guns follow it, else nil.
    static func calibreEnd(_ tokens: [Token], after index: Int, limit: Int) -> Int? {
        var cursor = index
        if cursor < limit, tokens[cursor].text == ".", cursor + 1 < limit, !tokens[cursor + 1].spaceBefore { cursor += 1 }
        guard cursor < limit, tokens[cursor].kind == .number else { return nil }
        cursor += 1
        if cursor < limit, ["mm", "cal", "calibre", "caliber", "bore"].contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < limit, calibreNouns.contains(tokens[cursor].lower) else { return nil }
        return cursor
    }

    func countWithoutNoun(_ cursor: FigureCursor, _ number: NumberParser.Parsed) -> Outcome? {
        let tokens = cursor.tokens, limit = cursor.limit, end = number.end, numberStart = cursor.numberStart
        let whole = number.value == number.value.rounded()
        // "the other three were taken to hospital", "all four appeared in court".
        let countedPeople = number.value >= 2 && whole && end < limit
            && ((numberStart > cursor.sentenceStart && FigureLexicon.beforeCountedPeople.contains(tokens[numberStart - 1].lower)
                 && FigureLexicon.afterCountedPeople.contains(tokens[end].lower))
                || Self.isCountedClauseSubject(tokens, number, start: cursor.start, sentenceStart: cursor.sentenceStart, limit: limit))
        // "fell to 1.2 million", "from 4 million in 2010": a number with a magnitude word counts, its noun unsaid.
        let magnitude = number.end > numberStart + 1 && FigureLexicon.countMagnitudes.contains(tokens[number.end - 1].lower)
            && !(end < limit && Self.rangeJoiners.contains(tokens[end].lower))
        if countedPeople || magnitude {
            let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: cursor.qualifier)
            return .figure(make(tokens, cursor.start..<end, facts, context: cursor.context), end)
        }
        guard cursor.rangeEnds,
              let range = rangeStart(number, tokens: tokens, start: cursor.start, end: end, limit: limit, sentence: cursor.sentence,
                                     qualifier: cursor.qualifier, reference: cursor.reference, context: cursor.context) else {
            return bareCount(cursor, number) ?? .refused
        }
        return .figure(range.0, range.1)
    }

    private func measure(_ unit: FigureUnit, _ value: Double, _ cursor: FigureCursor, end: Int) -> Outcome {
        let (entity, after) = measure(unit, value: value, tokens: cursor.tokens, span: cursor.start..<end, qualifier: cursor.qualifier,
                                      context: cursor.context)
        return .figure(entity, after)
    }

    private func money(_ value: Double, code: String, _ cursor: FigureCursor, end: Int) -> Outcome {
        let (entity, after) = money(value, code: code, tokens: cursor.tokens, span: cursor.start..<end, qualifier: cursor.qualifier,
                                    context: cursor.context)
        return .figure(entity, after)
    }

    private func age(_ years: Double, tokens: [Token], span: Range<Int>, qualifier: Qualifier?, context: TagContext) -> Candidate {
        make(tokens, span, FigureFacts(kind: .age, value: .number(years), unit: "years", qualifier: qualifier), context: context)
    }

    /// "Legg was 37 in 2010", "He is 19.": a whole number after "was"/"is" that follows a name or a personal
    /// pronoun, ending the clause or before "in"/"when"/"at the time".
    static func isAgeAfterCopula(_ tokens: [Token], numberAt index: Int, end: Int, value: Double, sentenceStart: Int, limit: Int) -> Bool {
        guard end == index + 1, tokens[index].kind == .number, value >= 1, value <= 110, value == value.rounded(),
              index >= sentenceStart + 2, ["was", "is"].contains(tokens[index - 1].lower) else { return false }
        let subject = tokens[index - 2]
        let isPerson = FigureLexicon.personPronouns.contains(subject.lower)
            || (subject.isCapitalizedWord && !NameLexicon.notNameWords.contains(subject.text))
        guard isPerson else { return false }
        return end == limit || [",", ".", ";"].contains(tokens[end].text) || ["in", "when", "at"].contains(tokens[end].lower)
    }

    /// "Twenty-two of Friday's shooting victims", "10 of them", "two of dishonestly making …": a number of two or
    /// more before "of" counts a part; `of` is the noun phrase after a determiner or possessive, if any.
    private func partCount(_ number: NumberParser.Parsed, tokens: [Token], numberStart: Int, end: Int, limit: Int, qualifier: Qualifier?,
                           start: Int, context: TagContext) -> (Candidate, Int)? {
        guard end + 1 < limit, tokens[end].lower == "of", number.value >= 2, number.value == number.value.rounded(),
              number.digitsText.map({ $0.count != 4 }) ?? true else { return nil }
        var cursor = end + 1
        while cursor < limit, FigureLexicon.partDeterminers.contains(tokens[cursor].lower) || tokens[cursor].isPossessive { cursor += 1 }
        // "Friday's shooting victims": the possessor is not what is counted.
        if cursor + 2 < limit, tokens[cursor + 1].isPossessive { cursor += 2 }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: qualifier, of: nounPhrase(context.text, from: cursor, limit: limit))
        return (make(tokens, start..<end, facts, context: context), end)
    }

    /// "aged from 15 to 20", "range in age from 20 to 88", "aged between 22-28 years": the first end of a range of ages
    /// (the second is read as the next age of the list; session 22, the tune halves of batches 78, 93 and 98).
    static func opensAgeRange(_ tokens: [Token], numberAt index: Int, sentenceStart: Int) -> Bool {
        guard index >= sentenceStart + 2, ["from", "between"].contains(tokens[index - 1].lower) else { return false }
        return ["aged", "age", "ages"].contains(tokens[index - 2].lower)
    }

    /// Whether the number at `index` is an age written right after a name with no comma, as police releases in Africa
    /// and the Caribbean list suspects ("Jaico Choute 25 and Nicarson Nixon 21", "Kondwani Edward 22, Kenneth Mlaundi
    /// 22"; session 22, the tune halves of batches 74, 78 and 95): two or more such names and numbers in the sentence,
    /// each a two-digit number after two capitalised words and before a comma, "and" or the sentence's end. One alone
    /// is a model's or a route's number ("Grand Theft Auto 5", "Route 66").
    /// The sentence must say it lists people charged or held (a word of `nameListCues`): scores ("Green Bay Packers 27,
    /// Chicago Bears 24"), batting ("Steve Smith 85 and Marnus Labuschagne 48") and roads ("State Route 33 and County
    /// Road 12") list two such pairs too (the second read's cases).
    static func isBareAgeInNameList(_ tokens: [Token], numberAt index: Int, sentenceStart: Int, limit: Int) -> Bool {
        func isBareAge(_ at: Int) -> Bool {
            guard at >= sentenceStart + 2, tokens[at].kind == .number, tokens[at].text.count == 2, tokens[at].spaceBefore,
                  let value = Int(tokens[at].text), value >= minimumListedAge else { return false }
            let next = at + 1 < limit ? tokens[at + 1].text : "."
            guard [",", "and", ".", ";"].contains(next) else { return false }
            return tokens[(at - 2)..<at].allSatisfy { word in
                word.isCapitalizedWord && !NameLexicon.notNameWords.contains(word.text) && CalendarWords.months[word.lower] == nil
                    && FigureLexicon.weekdays[word.lower] == nil && !NameLexicon.isOrganisationHead(word.text)
                    && !FigureLexicon.identifierNouns.contains(word.lower)
            }
        }
        guard isBareAge(index), tokens[sentenceStart..<limit].contains(where: { nameListCues.contains($0.lower) }) else { return false }
        return (sentenceStart..<limit).contains { $0 != index && isBareAge($0) }
    }

    /// Words of a sentence that lists people by name and age: the tune halves' three such lists had "suspects",
    /// "men" and "accused" (session 22).
    static let nameListCues: Set<String> = ["suspects", "suspect", "accused", "men", "women", "persons", "people", "identified",
                                            "arrested", "charged", "appeared", "remanded", "detained", "convicted", "sentenced"]
    /// The youngest bare age in such a list (two digits: a one-digit number after a name is a model's or a route's).
    static let minimumListedAge = 10

    /// Marks after "Name, 24" that close the age as a comma does.
    static let ageListClosers: Set<String> = [";", "—", "–"]

    /// Where an age written after a name ends (after its number, or after "years"), or nil when it is none.
    static func ageAfterName(_ tokens: [Token], numberAt index: Int, end numberEnd: Int, value: Double, sentenceStart: Int, limit: Int) -> Int? {
        // ("Shay Walker, 25 years, of Stoneycroft": the unit may follow when "of" or "from" and a place do; session 15,
        // batch12's tune half. Not a sentencing list's "Ahmed, 12 years, Khan, 9 years".)
        let withUnit = numberEnd + 2 < limit && ["years", "yrs"].contains(tokens[numberEnd].lower) && tokens[numberEnd + 1].text == ","
            && ["of", "from"].contains(tokens[numberEnd + 2].lower)
        let end = withUnit ? numberEnd + 1 : numberEnd
        guard numberEnd == index + 1, tokens[index].kind == .number, value >= 1, value <= 110, value == value.rounded(),
              index >= sentenceStart + 2, end < limit else { return nil }
        return isNameBeforeAge(tokens, numberAt: index, end: end, sentenceStart: sentenceStart, limit: limit) ? end : nil
    }

    /// The marks around an age after a name and the name before them ("Jamal Carter, 24,").
    private static func isNameBeforeAge(_ tokens: [Token], numberAt index: Int, end: Int, sentenceStart: Int, limit: Int) -> Bool {
        // "Sierd Zylstra and his wife, both 50, were": the ages of the people just named.
        let both = index >= sentenceStart + 3 && tokens[index - 1].lower == "both" ? 1 : 0
        let open = tokens[index - 1 - both].text, close = tokens[end].text
        // "Jamal Carter, 24, was", "John Smith (31)", and at a sentence's end "Premier Andrew Fahie, 51."
        // (A list's semicolon or a dash closes it too: "Haresh Singh, 17; Joel Henry, 19", "Killian Loflin, 26 —";
        // session 15, the tune halves of batches 11 and 20.)
        let sentenceEnds = close == "." && (end + 1 == limit || tokens[end + 1].sentence != tokens[end].sentence)
        // ("Dakota Wenford Howell, 25 of Carson City": US local news leaves out the second comma before a home town;
        // session 23, batch102's tune half. A full name before it: "sent to Glasgow, 25 of Edinburgh's" is no age.)
        let home = close == "of" && end + 1 < limit && tokens[end + 1].isCapitalizedWord && index >= sentenceStart + 3
            && tokens[index - 3].isCapitalizedWord && both == 0
        guard (open == "," && (close == "," || sentenceEnds || home || Self.ageListClosers.contains(close))) || (open == "(" && close == ")" && both == 0)
        else { return false }
        var name = tokens[index - 2 - both]
        // ("Douglas M. Armel, Jr., 52,": the suffix's full stop and comma before the age.)
        if name.text == ",", index - 4 - both >= sentenceStart, tokens[index - 3 - both].text == "." || NameLexicon.generationalSuffixes.contains(tokens[index - 3 - both].text) {
            let suffix = tokens[index - 3 - both].text == "." ? tokens[index - 4 - both] : tokens[index - 3 - both]
            if NameLexicon.generationalSuffixes.contains(suffix.text) { return true }
        }
        if name.text == "." { name = tokens[max(sentenceStart, index - 3 - both)] }
        if FigureLexicon.personNouns.contains(name.lower) { return true }  // "a woman, 47, was charged"
        return name.isCapitalizedWord && !NameLexicon.notNameWords.contains(name.text)
            && CalendarWords.months[name.lower] == nil && FigureLexicon.weekdays[name.lower] == nil
    }

    /// Measures written with an article instead of a number: "half a gram" (0.5 of any measure), "a kilo of
    /// cocaine" (one of a mass or volume, only before "of": "a mile away" and "a pound coin" are no figures).
    static func articleMeasure(_ tokens: [Token], at index: Int, limit: Int) -> (FigureUnit, Double, Int)? {
        var cursor = index
        var value = 1.0
        if cursor < limit, tokens[cursor].lower == "half" { value = 0.5; cursor += 1 }
        guard cursor + 1 < limit, ["a", "an"].contains(tokens[cursor].lower) else { return nil }
        // "a pound of cocaine", "half a pound of cannabis": a pound before "of" is its mass, as in "20 pounds of"
        // (session 23, batch102's tune half).
        if tokens[cursor + 1].lower == "pound", cursor + 2 < limit, tokens[cursor + 2].lower == "of" {
            return (Self.poundMass, value, cursor + 2)
        }
        guard let unit = FigureLexicon.units[tokens[cursor + 1].lower],
              [.mass, .length, .volume].contains(unit.kind), tokens[cursor + 1].text.count > 2 else { return nil }
        let end = cursor + 2
        if value == 1 {
            guard unit.kind != .length, end < limit, tokens[end].lower == "of" else { return nil }
        }
        return (unit, value, end)
    }

    /// Units written in ways a plain word lookup would misread, at `index` right after a number: in brackets
    /// ("20 [kg]", "20 (kg)"); inch marks before a dimension word ("a 10\" long blade", "6 ″ x 4 ″"); "m" for
    /// metres apart from its number where "million" cannot be meant ("1 m x 1 m", "a 3 m high wall").
    static func markedUnit(_ tokens: [Token], at index: Int, limit: Int) -> (FigureUnit, Int)? {
        let text = tokens[index].text
        let next = index + 1 < limit ? tokens[index + 1].lower : nil
        if index + 2 < limit, let close = unitBrackets[text], tokens[index + 2].text == close,
           let unit = FigureLexicon.units[tokens[index + 1].lower], [.mass, .length, .volume, .speed].contains(unit.kind) {
            return (unit, index + 3)
        }
        if inchMarks.contains(text), let next, dimensionWords.contains(next) {
            return (FigureUnit(.length, "in", 1), index + 1)
        }
        if text == "m", tokens[index].spaceBefore, next == nil || dimensionWords.contains(next ?? "") {
            return (FigureUnit(.length, "m", 1), index + 1)
        }
        return nil
    }

    static let unitBrackets: [String: String] = ["[": "]", "(": ")", "<": ">"]
    static let inchMarks: Set<String> = ["\"", "″"]
    /// Words after a measure that make it a dimension: "long", "x" (by).
    static let dimensionWords: Set<String> = ["x", "×", "by", "long", "tall", "wide", "high", "deep", "thick", "across", "away"]

    /// Inches after feet ("5ft 10in", "six feet two inches").
    static let inchWords: Set<String> = ["in", "ins", "inch", "inches"]

    /// Words joining the two ends of a range: "between three and five years", "£10,000 to £15,000", "70-80mph".
    static let rangeJoiners: Set<String> = ["and", "to", "or", "-", "–"]

    /// Kinds whose first end of "N and M <unit>" is read as a figure of its own (amounts in a unit the second
    /// end names); counts, ages and durations are left out ("aged 31 and 45", "3 and 4 years" read as spans).
    static let coordinatedKinds: Set<FigureKind> = [.money, .mass, .length, .volume, .speed, .percent]

    /// A range is one figure: `value` the low end, `valueMax` the high end. A bare first end takes what the
    /// second end measures or counts: "between three and five years" is 3-5 years, "between 40 and 50 officers"
    /// counts 40-50 officers; "between" or "from" before the first end belongs to the span.
    private func rangeStart(_ number: NumberParser.Parsed, tokens: [Token], start: Int, end: Int, limit: Int, sentence: Sentence,
                            qualifier: Qualifier?, reference: DateGrammar.Reference?, context: TagContext) -> (Candidate, Int)? {
        guard end + 1 < limit, Self.rangeJoiners.contains(tokens[end].lower),
              tokens[end].text != "-" || (!tokens[end].spaceBefore && !tokens[end + 1].spaceBefore),
              let second = numbers.parse(tokens, at: end + 1, limit: limit), second.value != 0,
              let (entity, secondEnd) = figure(at: end + 1, tokens: tokens, sentence: sentence, reference: reference, context: context,
                                               rangeEnds: false),
              entity.start == tokens[end + 1].start, var facts = entity.figure, case .number(let secondValue) = facts.value,
              facts.kind != .date, facts.qualifier == nil else { return nil }
        let low = Self.rounded(number.value * secondValue / second.value)
        facts.qualifier = qualifier
        var reading = entity.reading
        let opener = Self.rangeOpener(tokens, before: start, sentenceStart: sentence.tokens.lowerBound)
        // "80 or 90 percent": two alternatives, each a figure of what the second measures; so are "60 and 70
        // zlotys" and "5 and 10 kilos" without "between" (two amounts of one unit). Bare "31 and 45" stay
        // unread: ages or counts, which the second end's words do not tell apart.
        if tokens[end].lower == "or" || (tokens[end].lower == "and" && opener == nil && Self.coordinatedKinds.contains(facts.kind)) {
            facts.value = .number(low)
            reading.statedValue = reading.statedValue.map { _ in number.value }
            return (make(tokens, start..<end, facts, reading: reading, context: context), end)
        }
        // "31 and 45" are two ages or two counts unless "between" opened them.
        guard tokens[end].lower != "and" || opener == "between", low < secondValue else { return nil }
        facts.value = .number(low)
        facts.valueMax = secondValue
        if let stated = reading.statedValue { reading.statedValue = number.value; reading.statedValueMax = stated }
        let spanStart = opener != nil && qualifier == nil ? start - 1 : start
        return (make(tokens, spanStart..<secondEnd, facts, reading: reading, context: context), secondEnd)
    }

    /// "between" before a range's first end ("between 20 and 30"), or "from" before one joined by "to".
    static func rangeOpener(_ tokens: [Token], before index: Int, sentenceStart: Int) -> String? {
        guard index > sentenceStart else { return nil }
        let word = tokens[index - 1].lower
        return word == "between" || word == "from" ? word : nil
    }

    /// Two figures of one kind and unit joined into a range: "£10,000-£15,000", "10kg to 15kg", "between £5 and
    /// £10". Dates and hedged second ends are not joined; "and" joins only after "between".
    private func joinedRange(_ first: Candidate, end: Int, tokens: [Token], sentence: Sentence, reference: DateGrammar.Reference?,
                             context: TagContext) -> (Candidate, Int)? {
        let limit = sentence.tokens.upperBound
        guard end + 1 < limit, var facts = first.figure, facts.kind != .date, facts.kind != .count, facts.valueMax == nil,
              case .number(let low) = facts.value, ["and", "to", "-", "–"].contains(tokens[end].lower),
              let startToken = tokens[sentence.tokens].firstIndex(where: { $0.start == first.start }) else { return nil }
        let opener = Self.rangeOpener(tokens, before: startToken, sentenceStart: sentence.tokens.lowerBound)
        guard tokens[end].lower != "and" || opener == "between",
              let (second, secondEnd) = figure(at: end + 1, tokens: tokens, sentence: sentence, reference: reference, context: context,
                                               rangeEnds: false),
              second.start == tokens[end + 1].start, let other = second.figure, other.kind == facts.kind, other.unit == facts.unit,
              other.qualifier == nil, case .number(let high) = other.value, high > low else { return nil }
        facts.valueMax = high
        var reading = first.reading
        if reading.statedValue != nil || second.reading.statedValue != nil { reading.statedValueMax = second.reading.statedValue ?? high }
        facts.of = facts.of ?? other.of
        let spanStart = opener != nil && facts.qualifier == nil ? startToken - 1 : startToken
        return (make(tokens, spanStart..<secondEnd, facts, reading: reading, context: context), secondEnd)
    }

    /// True when the tokens before `index` read "aged N[, N]…": numbers and separators back to "aged".
    static func followsAgeList(_ tokens: [Token], before index: Int, sentenceStart: Int) -> Bool {
        var cursor = index - 1
        var sawNumber = false
        while cursor >= sentenceStart, index - cursor <= 10 {
            let word = tokens[cursor].lower
            if word == "aged" || word == "ages" { return sawNumber }
            // ("range in age from 20 to 88": session 22, batch98's tune half)
            if word == "age", cursor + 1 < index, tokens[cursor + 1].lower == "from" { return sawNumber }
            // ("between the ages of 29 and 32", "ages of 27 – 45": session 14, batch30's and batch32's tune halves)
            if tokens[cursor].kind == .number { sawNumber = true } else if ![",", "and", "&", "between", "to", "-", "–", "of", "the", "from"].contains(word) { return false }
            cursor -= 1
        }
        return false
    }

    static func isUnitWord(_ word: String) -> Bool {
        FigureLexicon.units[word] != nil || FigureLexicon.currencyWords[word] != nil || FigureLexicon.minorCurrency[word] != nil
            || AgeGrammar.units[word] != nil || CurrencyNames.nouns[word] != nil || CurrencyNames.lowercaseCodes.contains(word)
            || UnitNames.words[word] != nil
    }

    /// Money after its number ("13 dollars"), with cents that follow: "thirteen dollars and forty-five cents".
    private func money(_ value: Double, code: String, tokens: [Token], span: Range<Int>, qualifier: Qualifier?, context: TagContext) -> (Candidate, Int) {
        let limit = context.text.sentences[tokens[span.lowerBound].sentence].tokens.upperBound
        var end = span.upperBound
        var total = value
        var cursor = end
        if cursor < limit, tokens[cursor].lower == "and" { cursor += 1 }
        if let cents = numbers.parse(tokens, at: cursor, limit: limit), cents.end < limit,
           let minor = FigureLexicon.minorCurrency[tokens[cents.end].lower], cents.value < 100 {
            total = Self.rounded(total + cents.value * minor.1)
            end = cents.end + 1
        }
        let facts = FigureFacts(kind: .money, value: .number(total), unit: code, qualifier: qualifier,
                                of: ofPhrase(context.text, after: end, limit: limit, money: true))
        return (make(tokens, span.lowerBound..<end, facts, context: context), end)
    }

    /// "and fifty" after an amount with a symbol, ending the phrase ("C$ 100 and fifty"): the minor units.
    private func trailingCents(_ tokens: [Token], at index: Int, limit: Int) -> (Double, Int)? {
        guard index + 1 < limit, tokens[index].lower == "and", let cents = numbers.parse(tokens, at: index + 1, limit: limit),
              !cents.hasFraction, cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded(),
              cents.end == limit || tokens[cents.end].kind == .punctuation else { return nil }
        return (cents.value, cents.end)
    }

    /// "for a year", "in an hour", "half an hour": durations written with an article instead of a number.
    private func articleDuration(_ tokens: [Token], at index: Int, start: Int, limit: Int, sentence: Sentence, qualifier: Qualifier?,
                                 reference: DateGrammar.Reference?, context: TagContext) -> (Candidate, Int)? {
        var cursor = index
        var value = 1.0
        // "a whole day", "an entire year": the article belongs to the span.
        if cursor + 2 < limit, tokens[cursor].lower == "a" || tokens[cursor].lower == "an", Self.wholeWords.contains(tokens[cursor + 1].lower) { cursor += 1 }
        // "all week", "a full year", "the whole day", "full-week": one whole unit.
        if cursor + 1 < limit, ["all", "full", "whole", "entire"].contains(tokens[cursor].lower) {
            var unitAt = cursor + 1
            if tokens[unitAt].text == "-", !tokens[unitAt].spaceBefore, unitAt + 1 < limit { unitAt += 1 }
            if let unit = FigureLexicon.units[tokens[unitAt].lower], unit.kind == .duration,
               ["day", "week", "month", "year", "night"].contains(tokens[unitAt].lower) {
                let facts = FigureFacts(kind: .duration, value: .number(unit.factor), unit: unit.symbol, qualifier: qualifier)
                return (make(tokens, start..<(unitAt + 1), facts, context: context), unitAt + 1)
            }
        }
        if cursor < limit, tokens[cursor].lower == "half" { value = 0.5; cursor += 1 }
        // "a quarter of an hour"; "a couple of hours" (two of the unit).
        if cursor + 3 < limit, tokens[cursor + 2].lower == "of", tokens[cursor].lower == "a" {
            if tokens[cursor + 1].lower == "quarter" { value = 0.25; cursor += 3 }
            else if tokens[cursor + 1].lower == "couple", let unit = FigureLexicon.units[tokens[cursor + 3].lower], unit.kind == .duration,
                    Self.looksPlural(tokens[cursor + 3].text) {
                let facts = FigureFacts(kind: .duration, value: .number(2 * unit.factor), unit: unit.symbol, qualifier: qualifier)
                return (make(tokens, start..<(cursor + 4), facts, context: context), cursor + 4)
            }
        }
        guard cursor + 1 < limit, ["a", "an", "another"].contains(tokens[cursor].lower),
              let unit = FigureLexicon.units[tokens[cursor + 1].lower], unit.kind == .duration,
              !Self.isOrdinalSecond(tokens, at: cursor + 1, limit: limit), !Self.opensLengthCompound(tokens, after: cursor + 1, limit: limit)
        else { return nil }
        var end = cursor + 2
        // "a month ago", "a week from today"
        if value == 1, let (direction, anchor, next) = DurationPhrase.relation(tokens, at: end, limit: limit) {
            let date = DurationPhrase.shift(reference, by: [DurationPhrase.Part(amount: unit.factor, unit: unit.symbol)], direction: direction,
                                            anchorDays: anchor)
            return (make(tokens, start..<next, FigureFacts(kind: .date, value: .date(date)), context: context), next)
        }
        let before = index > sentence.tokens.lowerBound ? tokens[index - 1].lower : ""
        // "an hour and a half" is a duration after any word ("we waited a week and a half": session 14, the tune half
        // of the helper-written duration cases); "a week" alone only after a word of time spent.
        let andAHalf = value == 1 && end + 2 < limit && tokens[end].lower == "and" && tokens[end + 1].lower == "a"
            && tokens[end + 2].lower == "half"
        guard value < 1 || qualifier != nil || andAHalf || ["for", "in", "within", "after", "over", "than", "about"].contains(before) else { return nil }
        if andAHalf {
            value += 0.5
            end += 3
        }
        let facts = FigureFacts(kind: .duration, value: .number(value * unit.factor), unit: unit.symbol, qualifier: qualifier)
        return (make(tokens, start..<end, facts, context: context), end)
    }

    static let wholeWords: Set<String> = ["full", "whole", "entire"]

    /// "a second location", "a second time": the ordinal before a noun, not a second of time (session 23, batch86's tune
    /// half).
    static func isOrdinalSecond(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        guard tokens[index].lower == "second", index + 1 < limit, tokens[index + 1].isLowercaseWord else { return false }
        // ("a second and third suspect": ordinals listed.)
        if ["and", "or"].contains(tokens[index + 1].lower), index + 2 < limit, FigureLexicon.ordinalsAfterSecond.contains(tokens[index + 2].lower) {
            return true
        }
        return !FigureLexicon.afterSecondOfTime.contains(tokens[index + 1].lower)
    }

    /// "a days-long operation", "a week-long trial": the unit is part of an adjective, not a duration of one.
    static func opensLengthCompound(_ tokens: [Token], after index: Int, limit: Int) -> Bool {
        index + 2 < limit && tokens[index + 1].text == "-" && !tokens[index + 1].spaceBefore && tokens[index + 2].lower == "long"
    }

    /// "two months ago" from the article's date, or "XXXX-XX-XX" when it has none.
    static func ago(_ amount: Double, _ unit: String, reference: DateGrammar.Reference?) -> String {
        DurationPhrase.shift(reference, by: [DurationPhrase.Part(amount: amount, unit: unit)], direction: -1)
    }

    /// A duration from its first part on: more parts ("2 years 1 month", "two years and six months"), then
    /// what makes it a date ("ago", "from now", "after today", "in 3 weeks" said of the future) or not.
    private func duration(_ first: DurationPhrase.Part, tokens: [Token], start: Int, unitEnd: Int, limit: Int, qualifier: Qualifier?,
                          context: TagContext, reference: DateGrammar.Reference?) -> (Candidate, Int) {
        var parts = [first]
        var end = unitEnd
        while let (part, next) = DurationPhrase.nextPart(tokens, at: end, limit: limit, numbers: numbers) {
            parts.append(part)
            end = next
        }
        if let (direction, anchor, next) = DurationPhrase.relation(tokens, at: end, limit: limit) {
            let date = DurationPhrase.shift(reference, by: parts, direction: direction, anchorDays: anchor)
            return (make(tokens, start..<next, FigureFacts(kind: .date, value: .date(date)), context: context), next)
        }
        if DurationPhrase.isFutureIn(tokens, before: start, sentenceStart: context.text.sentences[tokens[start].sentence].tokens.lowerBound) {
            let date = DurationPhrase.shift(reference, by: parts, direction: 1)
            return (make(tokens, (start - 1)..<end, FigureFacts(kind: .date, value: .date(date)), context: context), end)
        }
        let total = DurationPhrase.total(parts, in: first.unit)
        let facts = FigureFacts(kind: .duration, value: .number(Self.rounded(total)), unit: first.unit, qualifier: qualifier)
        return (make(tokens, start..<end, facts, context: context), end)
    }

    private func measure(_ unit: FigureUnit, value: Double, tokens: [Token], span: Range<Int>,
                         qualifier: Qualifier?, context: TagContext) -> (Candidate, Int) {
        let limit = context.text.sentences[tokens[span.lowerBound].sentence].tokens.upperBound
        let facts = FigureFacts(kind: unit.kind, value: .number(Self.rounded(value * unit.factor)), unit: unit.symbol, qualifier: qualifier,
                                of: unit.kind == .duration || unit.kind == .percent ? nil
                                    : ofPhrase(context.text, after: span.upperBound, limit: limit))
        var reading = FigureReading()
        if unit.factor != 1 { reading.statedValue = Self.rounded(value) }
        return (make(tokens, span, facts, reading: reading, context: context), span.upperBound)
    }

    /// Conversions and magnitudes leave float noise (16.4 × 1e6 = 16399999.999999998; 90 × 0.45359237):
    /// keep 12 significant digits.
    static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let scale = pow(10, 12 - ceil(log10(abs(value))))
        return (value * scale).rounded() / scale
    }

    /// "of Class A drugs" after a measure → "Class A drugs"; after money also "in cash", "in damages" (a noun in
    /// lower case after "in": not "in London", "in 2019", "in total").
    private func ofPhrase(_ text: SegmentedText, after index: Int, limit: Int, money: Bool = false) -> String? {
        let tokens = text.tokens
        guard index + 1 < limit else { return nil }
        if money, tokens[index].lower == "in", tokens[index + 1].isLowercaseWord, !FigureLexicon.notInMoneyOf.contains(tokens[index + 1].lower) {
            return nounPhrase(text, from: index + 1, limit: limit)
        }
        guard tokens[index].lower == "of" else { return nil }
        return nounPhrase(text, from: index + 1, limit: limit)
    }

    /// Up to `maximumOfWords` words that are not stop words: "additional officers", "Class A drugs".
    private func nounPhrase(_ text: SegmentedText, from start: Int, limit: Int) -> String? {
        let tokens = text.tokens
        var end = start
        while end < limit, end - start < FigureLexicon.maximumOfWords {
            let token = tokens[end]
            guard token.kind == .word, !token.isPossessive, token.spaceBefore else { break }
            let lower = token.lower
            let moreBeforeNoun = lower == "more" && end == start && Self.opensCountedNoun(tokens, at: end + 1, limit: limit)
            if token.isLowercaseWord && FigureLexicon.ofStopWords.contains(lower) && !moreBeforeNoun { break }
            // "other" opens a counted phrase only before a plural ("two other men"; not "one other", "each other"); "more"
            // before a noun ("six more people", "one more suspect", "two more search warrants"; session 22: eight such
            // counts missed on the tune halves).
            let otherBeforePlural = lower == "other" && end + 1 < limit && tokens[end + 1].kind == .word && Self.looksPlural(tokens[end + 1].text)
            if end == start && !otherBeforePlural && !moreBeforeNoun
                && (FigureLexicon.notCountNouns.contains(lower) || FigureLexicon.ofStopWords.contains(lower)) { break }
            if end > start && FigureLexicon.speechVerbs.contains(lower) { break }
            // Hyphenated compounds: "semi-automatic".
            end += 1
            if end + 1 < limit, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word {
                end += 2
            }
            // A plural noun ends the phrase: "additional officers" (not "… officers continues going").
            if Self.looksPlural(tokens[end - 1].text) { break }
        }
        guard end > start else { return nil }
        return text.text(of: start..<end)
    }

    /// Words after "more" that make it a comparison, not a count's modifier ("three more than", "more often").
    static let notAfterMore: Set<String> = ["than", "times", "often", "likely", "recently"]

    /// Whether a lower-case noun a count may be of starts at `index` (after "more"): not a unit of time ("two more
    /// years", "three more nights": `FigureLexicon.units`' durations).
    static func opensCountedNoun(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        guard index < limit, tokens[index].kind == .word, tokens[index].isLowercaseWord else { return false }
        let lower = tokens[index].lower
        return !notAfterMore.contains(lower) && FigureLexicon.units[lower]?.kind != .duration && !["night", "nights"].contains(lower)
            && !FigureLexicon.ofStopWords.contains(lower) && !FigureLexicon.notCountNouns.contains(lower)
    }

    /// "Sixty (60) people": the end of the figures repeating a number in brackets, as Nigerian and Ghanaian police
    /// releases write counts (session 22, batch76's tune half); nil when none follows.
    static func bracketedDigitsEnd(_ tokens: [Token], after index: Int, limit: Int, value: Double) -> Int? {
        guard index + 2 < limit, tokens[index].text == "(", tokens[index + 1].kind == .number, tokens[index + 2].text == ")",
              Double(tokens[index + 1].text.replacingOccurrences(of: ",", with: "")) == value else { return nil }
        return index + 3
    }

    static func looksPlural(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is")
            || ["people", "men", "women", "children", "cattle", "staff", "personnel"].contains(lower)
    }

    /// Numbers that are parts of names, codes, times or phone numbers.
    private func isIdentifier(_ tokens: [Token], numberAt index: Int, limit: Int, sentenceStart: Int) -> Bool {
        let token = tokens[index]
        if index > sentenceStart {
            let previous = tokens[index - 1]
            if FigureLexicon.identifierNouns.contains(previous.lower.trimmingCharacters(in: ["."])) { return true }
            // "Act No. 14 of 2001": an identifier's abbreviation with its full stop (session 22, batch83's tune half).
            if previous.text == ".", index - 2 >= sentenceStart, !previous.spaceBefore, tokens[index - 2].isCapitalizedWord,
               FigureLexicon.identifierNouns.contains(tokens[index - 2].lower) { return true }
            // Glued to what is before: "COVID-19", "A-10", "#5", "10:30".
            // (Not "the then-19-year-old": session 14, batch32's tune half.)
            if !token.spaceBefore, ["-", "#", ":", "/", "–"].contains(previous.text),
               !Self.isMinusSign(tokens, at: index - 1, limit: limit, sentenceStart: sentenceStart),
               !(previous.text == "-" && index - 2 >= sentenceStart && tokens[index - 2].lower == "then") { return true }
            // (A currency's letters glued to the sum are no code: "RM20,000", "VND2 trillion".)
            if !token.spaceBefore, previous.kind == .word, CurrencyGrammar.letterSymbol(previous.text) == nil,
               CurrencyGrammar.code(previous) == nil { return true }
            if previous.text == "." && !token.spaceBefore,
               index - 1 == sentenceStart || CurrencyGrammar.letterSymbol(tokens[index - 2].text) == nil { return true }
            // A version or model number after a name: "Silk Road 2.0", "Python 2", "RTX 3080", "Japan 101 section"
            // (not a month's day, a unit's amount, a currency's sum, or the first word of the sentence's number).
            if previous.isCapitalizedWord || (previous.isAcronym && previous.text.count >= 2), index - 1 > sentenceStart,
               CalendarWords.months[previous.lower] == nil, FigureLexicon.weekdays[previous.lower] == nil,
               FigureLexicon.currencyWords[previous.lower] == nil, FigureLexicon.currencySymbols[previous.text] == nil,
               FigureLexicon.dollarPrefixes[previous.text] == nil, !FigureLexicon.beforeAmounts.contains(previous.lower),
               CurrencyGrammar.code(previous) == nil, previous.text != ".",
               // (a one-letter symbol only glued to its sum: "K 1300 S" is a motorcycle's model)
               CurrencyGrammar.letterSymbol(previous.text) == nil || (CurrencyLetterSymbols.isSingleLetter(previous.text) && token.spaceBefore),
               index + 1 >= limit || !Self.isUnitWord(tokens[index + 1].lower) { return true }
        }
        if index + 1 < limit {
            let next = tokens[index + 1]
            if !next.spaceBefore, [":", "/"].contains(next.text), index + 2 < limit, tokens[index + 2].kind == .number { return true }
        }
        // Phone numbers and codes: leading zero with three or more digits, or runs of digit groups.
        if token.text.count >= 3, token.text.first == "0", !token.text.contains(".") { return true }
        if index + 1 < limit, tokens[index + 1].kind == .number, tokens[index + 1].spaceBefore, tokens[index + 1].text.first?.isNumber == true,
           !token.text.contains(","), !tokens[index + 1].text.contains(",") { return true }
        return false
    }

    func make(_ tokens: [Token], _ span: Range<Int>, _ facts: FigureFacts, reading: FigureReading = FigureReading(),
              context: TagContext) -> Candidate {
        let first = tokens[span.lowerBound]
        let last = tokens[span.upperBound - 1]
        let entity = Entity(type: .figure, text: context.text.text(of: span), start: first.start, end: last.end,
                            sentence: first.sentence, figure: facts)
        return Candidate(entity, recognizer: "figure." + facts.kind.rawValue, confidence: .lexicon, reading: reading)
    }
}
