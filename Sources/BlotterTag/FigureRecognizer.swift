import Foundation
import BlotterCore

/// Figures: money, mass, counts, percentages, ages, durations, dates, lengths, volumes and speeds, with the
/// hedge before them (`qualifier`) and what they measure (`of`). The grammar, in order at each token:
/// qualifier? then (date | currency? number magnitude? (age | unit | currency word)? | number noun-phrase).
/// Numbers inside identifiers (COVID-19, section 18, 10:30, phone numbers) are refused. Word data lives in
/// `FigureLexicon`.
struct FigureRecognizer: Recognizer {
    let name = "figure"
    private let numbers = NumberParser()
    private let qualifiers: PhraseMatcher<Qualifier>

    init() {
        qualifiers = PhraseMatcher(phrases: FigureLexicon.qualifiers.map { ($0.0, $0.1) }, tokenize: PhraseTokenizer.tokens,
                                   matchFirstLetterCase: false)
    }

    func candidates(in context: TagContext) -> [Entity] {
        let tokens = context.text.tokens
        var out: [Entity] = []
        // Parsed once per document (it was 7% of tagging time when parsed at every token).
        let reference = DateGrammar.Reference(context.article.published)
        for sentence in context.text.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let (found, foundEnd) = figure(at: index, tokens: tokens, sentence: sentence, reference: reference, context: context) {
                    var entity = found, end = foundEnd
                    if let (range, rangeEnd) = joinedRange(entity, end: end, tokens: tokens, sentence: sentence, reference: reference,
                                                           context: context) {
                        entity = range
                        end = rangeEnd
                    }
                    out.append(withQualifierLength(entity, tokens: tokens, at: index, limit: sentence.tokens.upperBound))
                    index = max(end, index + 1)
                } else {
                    index += 1
                }
            }
        }
        return out
    }

    /// Records where the quantity proper starts when the span opens with the qualifier.
    private func withQualifierLength(_ entity: Entity, tokens: [Token], at index: Int, limit: Int) -> Entity {
        guard var facts = entity.figure, facts.qualifier != nil, tokens[index].start == entity.start,
              let match = qualifiers.longestMatch(in: tokens, at: index, limit: limit), match.tokens.upperBound < limit,
              tokens[match.tokens.upperBound].start < entity.end else { return entity }
        facts.qualifierLength = tokens[match.tokens.upperBound].start - entity.start
        var entity = entity
        entity.figure = facts
        return entity
    }

    /// The figure starting at `start`. `rangeEnds` is false when reading the second end of a range, so a chain
    /// "1 - 2 - 3 - …" costs one look-ahead, not a recursion per joiner.
    private func figure(at start: Int, tokens: [Token], sentence: Sentence, reference: DateGrammar.Reference?,
                        context: TagContext, rangeEnds: Bool = true) -> (Entity, Int)? {
        let limit = sentence.tokens.upperBound
        var cursor = start
        var qualifier: Qualifier?
        if let match = qualifiers.longestMatch(in: tokens, at: start, limit: limit) {
            qualifier = match.payload
            cursor = match.tokens.upperBound
        }
        if let (value, end) = DateGrammar.parse(tokens, at: cursor, limit: limit, sentenceStart: sentence.tokens.lowerBound,
                                                reference: reference) {
            var facts = FigureFacts(kind: .date, value: .date(value))
            if value == "XXXX-XX-XX" { facts.storyDayOffset = DateGrammar.narrativeDayOffset(tokens, cursor, limit) }
            facts.storyWeekday = DateGrammar.bareWeekday(tokens, cursor, end)
            if value.hasPrefix("XXXX-") { facts.futureTense = DateGrammar.clauseSpeaksOfFuture(tokens, around: cursor) }
            return (make(tokens, cursor..<end, facts, context: context), end)
        }
        if let (entity, end) = articleDuration(tokens, at: cursor, start: start, limit: limit, sentence: sentence, qualifier: qualifier,
                                               reference: reference, context: context) {
            return (entity, end)
        }
        if let (unit, value, end) = Self.articleMeasure(tokens, at: cursor, limit: limit) {
            return measure(unit, value: value, tokens: tokens, span: start..<end, qualifier: qualifier, context: context)
        }
        // Currency before the number: "£", "$", "US$".
        var currency: String?
        var numberStart = cursor
        if cursor < limit, let code = FigureLexicon.currencySymbols[tokens[cursor].text] {
            currency = code
            numberStart = cursor + 1
            if code == "USD", cursor > start || cursor > sentence.tokens.lowerBound,
               cursor - 1 >= sentence.tokens.lowerBound, !tokens[cursor].spaceBefore,
               let prefixed = FigureLexicon.dollarPrefixes[tokens[cursor - 1].text] {
                currency = prefixed
            }
        } else if cursor + 1 < limit, let prefixed = FigureLexicon.dollarPrefixes[tokens[cursor].text],
                  tokens[cursor + 1].text == "$", !tokens[cursor + 1].spaceBefore {
            currency = prefixed
            numberStart = cursor + 2
        } else if cursor + 2 < limit, tokens[cursor + 1].text == "$", tokens[cursor + 2].kind == .number,
                  let prefixed = FigureLexicon.spacedDollarPrefixes[tokens[cursor].lower] {
            // Tokenised newswire: "c $ 16.4 million".
            currency = prefixed
            numberStart = cursor + 2
        } else if let (code, numberAt) = CurrencyGrammar.before(tokens, at: cursor, limit: limit) {
            // An ISO 4217 code before the number: "EUR 125", "usd 200", "cad$ 15".
            currency = code
            numberStart = numberAt
        }
        // A sign: "minus five percent".
        var sign = 1.0
        if currency == nil, numberStart < limit, ["minus", "negative"].contains(tokens[numberStart].lower) {
            sign = -1
            numberStart += 1
        }
        guard var number = numbers.parse(tokens, at: numberStart, limit: limit) else { return nil }
        number.value *= sign
        if number.inDigits, !number.hasFraction,
           isIdentifier(tokens, numberAt: numberStart, limit: limit, sentenceStart: sentence.tokens.lowerBound) {
            return nil
        }
        // "father-of-three", "mother-of-two": a description of a person, not a count.
        if !number.inDigits, numberStart >= sentence.tokens.lowerBound + 2, tokens[numberStart - 1].text == "-",
           !tokens[numberStart].spaceBefore, tokens[numberStart - 2].lower == "of", !tokens[numberStart - 1].spaceBefore {
            return nil
        }
        var end = number.end
        // Money with a symbol or a code.
        if let currency {
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
            var facts = FigureFacts(kind: .money, value: .number(Self.rounded(value)), unit: currency, qualifier: qualifier,
                                    of: ofPhrase(context.text, after: end, limit: limit, money: true))
            facts.statedValue = stated
            return (make(tokens, start..<end, facts, context: context), end)
        }
        // Age: "34-year-old", "34 years old", "ten months old", "3 years of age", "87 yo", "aged 34", "age 87".
        if let age = AgeGrammar.end(tokens, afterNumber: end, limit: limit) {
            return (make(tokens, start..<age.end, FigureFacts(kind: .age, value: .number(number.value), unit: age.unit, qualifier: qualifier),
                         context: context), age.end)
        }
        // "some as young as 14", "as old as 90": an age bound.
        if numberStart >= sentence.tokens.lowerBound + 3, tokens[numberStart - 3].lower == "as", tokens[numberStart - 1].lower == "as",
           FigureLexicon.ageBoundWords.contains(tokens[numberStart - 2].lower), number.value == number.value.rounded(), number.value < 120 {
            return (age(number.value, tokens: tokens, span: (numberStart - 3)..<end, qualifier: qualifier, context: context), end)
        }
        // "Legg was 37 in 2010", "she was 19 when": a person's age after "was"/"is".
        if Self.isAgeAfterCopula(tokens, numberAt: numberStart, end: end, value: number.value, sentenceStart: sentence.tokens.lowerBound, limit: limit) {
            return (age(number.value, tokens: tokens, span: start..<end, qualifier: qualifier, context: context), end)
        }
        if numberStart > sentence.tokens.lowerBound, ["aged", "age", "ages"].contains(tokens[numberStart - 1].lower) {
            let spanStart = tokens[numberStart - 1].lower == "age" && start == numberStart ? numberStart - 1 : start
            return (age(number.value, tokens: tokens, span: spanStart..<end, qualifier: qualifier, context: context), end)
        }
        // "Jamal Carter, 24, of Leeds", "John Smith (24)", "a woman, 47,": a whole number between commas or
        // brackets right after a capitalised word or a word for a person is that person's age.
        if Self.isAgeAfterName(tokens, numberAt: numberStart, end: end, value: number.value, sentenceStart: sentence.tokens.lowerBound, limit: limit) {
            return (age(number.value, tokens: tokens, span: start..<end, qualifier: qualifier, context: context), end)
        }
        // "aged 31 and 45", "aged 19, 23 and 30": the later numbers of an age list are ages too.
        if number.inDigits, numberStart >= sentence.tokens.lowerBound + 2, ["and", ",", "&", "to", "-"].contains(tokens[numberStart - 1].lower),
           Self.followsAgeList(tokens, before: numberStart - 1, sentenceStart: sentence.tokens.lowerBound) {
            return (age(number.value, tokens: tokens, span: start..<end, qualifier: qualifier, context: context), end)
        }
        // A unit joined by a hyphen: "3-inch", "68-ounce", "12-cent", "30-minutes".
        var unitAt = end
        if end + 1 < limit, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
           Self.isUnitWord(tokens[end + 1].lower) {
            unitAt = end + 1
        }
        // Units and currency words.
        if unitAt < limit {
            let end = unitAt
            let word = tokens[end].lower
            if end + 2 < limit, let unit = FigureLexicon.threeWordUnits[word + " " + tokens[end + 1].lower + " " + tokens[end + 2].lower] {
                return measure(unit, value: number.value, tokens: tokens, span: start..<(end + 3), qualifier: qualifier, context: context)
            }
            if end + 1 < limit, let unit = FigureLexicon.twoWordUnits[word + " " + tokens[end + 1].lower] {
                return measure(unit, value: number.value, tokens: tokens, span: start..<(end + 2), qualifier: qualifier, context: context)
            }
            let followedByOf = end + 1 < limit && tokens[end + 1].lower == "of"
            if (word == "pounds" || word == "pound") && followedByOf {
                return measure((.mass, "kg", 0.45359237), value: number.value, tokens: tokens, span: start..<(end + 1),
                               qualifier: qualifier, context: context)
            }
            // "10 US dollars", "100 Chinese yuan"
            if end + 1 < limit, let country = FigureLexicon.currencyCountries[word.trimmingCharacters(in: ["."])],
               FigureLexicon.currencyWords[tokens[end + 1].lower] != nil {
                return money(number.value, code: country, tokens: tokens, span: start..<(end + 2), qualifier: qualifier, context: context)
            }
            // A symbol after the number: "100 €", "100,000 ₭".
            if let code = FigureLexicon.currencySymbols[tokens[end].text] {
                return money(number.value, code: code, tokens: tokens, span: start..<(end + 1), qualifier: qualifier, context: context)
            }
            if let (code, afterName) = CurrencyGrammar.after(tokens, at: end, limit: limit) {
                // "75 usd million": a magnitude after the currency.
                var value = number.value
                var currencyEnd = afterName
                if currencyEnd < limit, tokens[currencyEnd].lower.count > 2, let magnitude = FigureLexicon.magnitudes[tokens[currencyEnd].lower],
                   magnitude >= 1e3 {
                    value *= magnitude
                    currencyEnd += 1
                }
                // "thirteen dollars forty five": the minor units said after the major ones, ending the phrase.
                if currencyEnd < limit, let minor = numbers.parse(tokens, at: currencyEnd, limit: limit), !minor.hasFraction,
                   minor.value >= 1, minor.value < 100, minor.value == minor.value.rounded(),
                   minor.end == limit || tokens[minor.end].kind == .punctuation {
                    return money(value + minor.value / 100, code: code, tokens: tokens, span: start..<minor.end,
                                 qualifier: qualifier, context: context)
                }
                return money(value, code: code, tokens: tokens, span: start..<currencyEnd, qualifier: qualifier, context: context)
            }
            if let (unit, after) = Self.markedUnit(tokens, at: end, limit: limit) {
                return measure(unit, value: number.value, tokens: tokens, span: start..<after, qualifier: qualifier, context: context)
            }
            if let minor = FigureLexicon.minorCurrency[word], word.count > 1 {
                var facts = FigureFacts(kind: .money, value: .number(Self.rounded(number.value * minor.1)), unit: minor.0, qualifier: qualifier)
                facts.statedValue = number.value
                return (make(tokens, start..<(end + 1), facts, context: context), end + 1)
            }
            // "h" for hours is written in lower case ("24h"); "3550H" is a model number.
            if let unit = FigureLexicon.units[word] ?? (tokens[end].text == "%" ? FigureLexicon.units["%"] : nil), tokens[end].text != "H" {
                if unit.0 == .duration, unitAt == end {
                    return duration(DurationPhrase.Part(amount: number.value * unit.2, unit: unit.1), tokens: tokens, start: start,
                                    unitEnd: end + 1, limit: limit, qualifier: qualifier, context: context, reference: reference)
                }
                // Heights in descriptions of suspects: "5ft 10in" is 5.83 ft.
                if unit.1 == "ft", unitAt == end, end + 2 < limit, let inches = numbers.parse(tokens, at: end + 1, limit: limit),
                   inches.value < 12, inches.end < limit, Self.inchWords.contains(tokens[inches.end].lower) {
                    return measure(unit, value: number.value + inches.value / 12, tokens: tokens, span: start..<(inches.end + 1),
                                   qualifier: qualifier, context: context)
                }
                return measure(unit, value: number.value, tokens: tokens, span: start..<(end + 1), qualifier: qualifier, context: context)
            }
        }
        // Times of day are not figures: "2.15am", "10 pm".
        if end < limit, FigureLexicon.timeOfDay.contains(tokens[end].lower) { return nil }
        // A bare year is not a count ("2020 season").
        if number.inDigits, let digits = number.digitsText, digits.count == 4, !digits.contains(","), (1900...2100).contains(Int(number.value)) {
            return nil
        }
        // "shot four times", "stabbed 20 times": how often something was done (not "three times more").
        if end < limit, tokens[end].lower == "times", number.value == number.value.rounded(), number.value >= 1,
           numberStart > sentence.tokens.lowerBound, tokens[numberStart - 1].isLowercaseWord,
           !FigureLexicon.ofStopWords.contains(tokens[numberStart - 1].lower) || tokens[numberStart - 1].lower == "been",
           end + 1 >= limit || !FigureLexicon.afterMultiplier.contains(tokens[end + 1].lower) {
            let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: qualifier, of: "times")
            return (make(tokens, start..<end, facts, context: context), end)
        }
        // "Twenty-two of Friday's victims", "10 of them": a part counted (never "one of").
        if let part = partCount(number, tokens: tokens, numberStart: numberStart, end: end, limit: limit, qualifier: qualifier, start: start,
                                context: context) {
            return part
        }
        // Count: a number and the noun phrase it counts.
        guard let noun = nounPhrase(context.text, from: end, limit: limit) else {
            // "the other three were taken to hospital", "all four appeared in court": counted without a noun.
            if numberStart > sentence.tokens.lowerBound, FigureLexicon.beforeCountedPeople.contains(tokens[numberStart - 1].lower),
               end < limit, FigureLexicon.afterCountedPeople.contains(tokens[end].lower), number.value >= 2, number.value == number.value.rounded() {
                let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: qualifier)
                return (make(tokens, start..<end, facts, context: context), end)
            }
            // "fell to 1.2 million", "from 4 million in 2010": a number with a magnitude word counts, its noun unsaid.
            if number.end > numberStart + 1, FigureLexicon.countMagnitudes.contains(tokens[number.end - 1].lower),
               !(end < limit && Self.rangeJoiners.contains(tokens[end].lower)) {
                let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: qualifier)
                return (make(tokens, start..<end, facts, context: context), end)
            }
            guard rangeEnds else { return nil }
            return rangeStart(number, tokens: tokens, start: start, end: end, limit: limit, sentence: sentence, qualifier: qualifier,
                              reference: reference, context: context)
        }
        if !number.inDigits, tokens[numberStart].lower == "one", number.end == numberStart + 1 {
            // "one" as a pronoun: "one of", "one another" are refused by nounPhrase; "no one", "every one" here.
            if numberStart > sentence.tokens.lowerBound, FigureLexicon.beforePronounOne.contains(tokens[numberStart - 1].lower) {
                return nil
            }
            // "One relative said", "one user wrote": "one" for "a" before whoever speaks is no count; nor is "one
            // part of the process".
            let nounEnd = end + noun.split(separator: " ").count
            if nounEnd < limit, FigureLexicon.speechVerbs.contains(tokens[nounEnd].lower) { return nil }
            if FigureLexicon.notCountedAfterOne.contains(noun.lowercased()) { return nil }
        }
        // "the 8900 block of Airline Drive": a US street address, not a count.
        if number.inDigits, end + 1 < limit, tokens[end].lower == "block", tokens[end + 1].lower == "of" {
            return nil
        }
        // "a 999 call", "the 911 dispatcher": emergency numbers are identifiers, not counts.
        if let digits = number.digitsText, FigureLexicon.emergencyNumbers.contains(digits),
           FigureLexicon.emergencyNumberNouns.contains(noun.split(separator: " ").first.map { $0.lowercased() } ?? "") {
            return nil
        }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: qualifier, of: noun)
        return (make(tokens, start..<end, facts, context: context), end)
    }

    private func age(_ years: Double, tokens: [Token], span: Range<Int>, qualifier: Qualifier?, context: TagContext) -> Entity {
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
                           start: Int, context: TagContext) -> (Entity, Int)? {
        guard end + 1 < limit, tokens[end].lower == "of", number.value >= 2, number.value == number.value.rounded(),
              number.digitsText.map({ $0.count != 4 }) ?? true else { return nil }
        var cursor = end + 1
        while cursor < limit, FigureLexicon.partDeterminers.contains(tokens[cursor].lower) || tokens[cursor].isPossessive { cursor += 1 }
        // "Friday's shooting victims": the possessor is not what is counted.
        if cursor + 2 < limit, tokens[cursor + 1].isPossessive { cursor += 2 }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: qualifier, of: nounPhrase(context.text, from: cursor, limit: limit))
        return (make(tokens, start..<end, facts, context: context), end)
    }

    static func isAgeAfterName(_ tokens: [Token], numberAt index: Int, end: Int, value: Double, sentenceStart: Int, limit: Int) -> Bool {
        guard end == index + 1, tokens[index].kind == .number, value >= 1, value <= 110, value == value.rounded(),
              index >= sentenceStart + 2, end < limit else { return false }
        let open = tokens[index - 1].text, close = tokens[end].text
        // "Jamal Carter, 24, was", "John Smith (31)", and at a sentence's end "Premier Andrew Fahie, 51."
        let sentenceEnds = close == "." && (end + 1 == limit || tokens[end + 1].sentence != tokens[end].sentence)
        guard (open == "," && (close == "," || sentenceEnds)) || (open == "(" && close == ")") else { return false }
        let name = tokens[index - 2]
        if FigureLexicon.personNouns.contains(name.lower) { return true }  // "a woman, 47, was charged"
        return name.isCapitalizedWord && !NameLexicon.notNameWords.contains(name.text)
            && FigureLexicon.months[name.lower] == nil && FigureLexicon.weekdays[name.lower] == nil
    }

    /// Measures written with an article instead of a number: "half a gram" (0.5 of any measure), "a kilo of
    /// cocaine" (one of a mass or volume, only before "of": "a mile away" and "a pound coin" are no figures).
    static func articleMeasure(_ tokens: [Token], at index: Int, limit: Int) -> ((FigureKind, String, Double), Double, Int)? {
        var cursor = index
        var value = 1.0
        if cursor < limit, tokens[cursor].lower == "half" { value = 0.5; cursor += 1 }
        guard cursor + 1 < limit, ["a", "an"].contains(tokens[cursor].lower),
              let unit = FigureLexicon.units[tokens[cursor + 1].lower],
              [.mass, .length, .volume].contains(unit.0), tokens[cursor + 1].text.count > 2 else { return nil }
        let end = cursor + 2
        if value == 1 {
            guard unit.0 != .length, end < limit, tokens[end].lower == "of" else { return nil }
        }
        return (unit, value, end)
    }

    /// Units written in ways a plain word lookup would misread, at `index` right after a number: in brackets
    /// ("20 [kg]", "20 (kg)"); inch marks before a dimension word ("a 10\" long blade", "6 ″ x 4 ″"); "m" for
    /// metres apart from its number where "million" cannot be meant ("1 m x 1 m", "a 3 m high wall").
    static func markedUnit(_ tokens: [Token], at index: Int, limit: Int) -> ((FigureKind, String, Double), Int)? {
        let text = tokens[index].text
        let next = index + 1 < limit ? tokens[index + 1].lower : nil
        if index + 2 < limit, let close = unitBrackets[text], tokens[index + 2].text == close,
           let unit = FigureLexicon.units[tokens[index + 1].lower], [.mass, .length, .volume, .speed].contains(unit.0) {
            return (unit, index + 3)
        }
        if inchMarks.contains(text), let next, dimensionWords.contains(next) {
            return ((.length, "in", 1), index + 1)
        }
        if text == "m", tokens[index].spaceBefore, next == nil || dimensionWords.contains(next ?? "") {
            return ((.length, "m", 1), index + 1)
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

    /// A range is one figure: `value` the low end, `valueMax` the high end. A bare first end takes what the
    /// second end measures or counts: "between three and five years" is 3-5 years, "between 40 and 50 officers"
    /// counts 40-50 officers; "between" or "from" before the first end belongs to the span.
    private func rangeStart(_ number: NumberParser.Parsed, tokens: [Token], start: Int, end: Int, limit: Int, sentence: Sentence,
                            qualifier: Qualifier?, reference: DateGrammar.Reference?, context: TagContext) -> (Entity, Int)? {
        guard end + 1 < limit, Self.rangeJoiners.contains(tokens[end].lower),
              tokens[end].text != "-" || (!tokens[end].spaceBefore && !tokens[end + 1].spaceBefore),
              let second = numbers.parse(tokens, at: end + 1, limit: limit), second.value != 0,
              let (entity, secondEnd) = figure(at: end + 1, tokens: tokens, sentence: sentence, reference: reference, context: context,
                                               rangeEnds: false),
              entity.start == tokens[end + 1].start, var facts = entity.figure, case .number(let secondValue) = facts.value,
              facts.kind != .date, facts.qualifier == nil else { return nil }
        let low = Self.rounded(number.value * secondValue / second.value)
        facts.qualifier = qualifier
        // "80 or 90 percent": two alternatives, each a figure of what the second measures.
        if tokens[end].lower == "or" {
            facts.value = .number(low)
            facts.statedValue = facts.statedValue.map { _ in number.value }
            return (make(tokens, start..<end, facts, context: context), end)
        }
        let opener = Self.rangeOpener(tokens, before: start, sentenceStart: sentence.tokens.lowerBound)
        // "31 and 45" are two ages or two counts unless "between" opened them.
        guard tokens[end].lower != "and" || opener == "between", low < secondValue else { return nil }
        facts.value = .number(low)
        facts.valueMax = secondValue
        if let stated = facts.statedValue { facts.statedValue = number.value; facts.statedValueMax = stated }
        let spanStart = opener != nil && qualifier == nil ? start - 1 : start
        return (make(tokens, spanStart..<secondEnd, facts, context: context), secondEnd)
    }

    /// "between" before a range's first end ("between 20 and 30"), or "from" before one joined by "to".
    static func rangeOpener(_ tokens: [Token], before index: Int, sentenceStart: Int) -> String? {
        guard index > sentenceStart else { return nil }
        let word = tokens[index - 1].lower
        return word == "between" || word == "from" ? word : nil
    }

    /// Two figures of one kind and unit joined into a range: "£10,000-£15,000", "10kg to 15kg", "between £5 and
    /// £10". Dates and hedged second ends are not joined; "and" joins only after "between".
    private func joinedRange(_ first: Entity, end: Int, tokens: [Token], sentence: Sentence, reference: DateGrammar.Reference?,
                             context: TagContext) -> (Entity, Int)? {
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
        if facts.statedValue != nil || other.statedValue != nil { facts.statedValueMax = other.statedValue ?? high }
        facts.of = facts.of ?? other.of
        let spanStart = opener != nil && facts.qualifier == nil ? startToken - 1 : startToken
        return (make(tokens, spanStart..<secondEnd, facts, context: context), secondEnd)
    }

    /// True when the tokens before `index` read "aged N[, N]…": numbers and separators back to "aged".
    static func followsAgeList(_ tokens: [Token], before index: Int, sentenceStart: Int) -> Bool {
        var cursor = index - 1
        var sawNumber = false
        while cursor >= sentenceStart, index - cursor <= 10 {
            let word = tokens[cursor].lower
            if word == "aged" || word == "ages" { return sawNumber }
            if tokens[cursor].kind == .number { sawNumber = true } else if ![",", "and", "&", "between", "to", "-"].contains(word) { return false }
            cursor -= 1
        }
        return false
    }

    static func isUnitWord(_ word: String) -> Bool {
        FigureLexicon.units[word] != nil || FigureLexicon.currencyWords[word] != nil || FigureLexicon.minorCurrency[word] != nil
            || AgeGrammar.units[word] != nil || CurrencyNames.nouns[word] != nil || CurrencyNames.lowercaseCodes.contains(word)
    }

    /// Money after its number ("13 dollars"), with cents that follow: "thirteen dollars and forty-five cents".
    private func money(_ value: Double, code: String, tokens: [Token], span: Range<Int>, qualifier: Qualifier?, context: TagContext) -> (Entity, Int) {
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
                                 reference: DateGrammar.Reference?, context: TagContext) -> (Entity, Int)? {
        var cursor = index
        var value = 1.0
        // "all week", "a full year", "the whole day", "full-week": one whole unit.
        if cursor + 1 < limit, ["all", "full", "whole", "entire"].contains(tokens[cursor].lower) {
            var unitAt = cursor + 1
            if tokens[unitAt].text == "-", !tokens[unitAt].spaceBefore, unitAt + 1 < limit { unitAt += 1 }
            if let unit = FigureLexicon.units[tokens[unitAt].lower], unit.0 == .duration,
               ["day", "week", "month", "year", "night"].contains(tokens[unitAt].lower) {
                let facts = FigureFacts(kind: .duration, value: .number(unit.2), unit: unit.1, qualifier: qualifier)
                return (make(tokens, start..<(unitAt + 1), facts, context: context), unitAt + 1)
            }
        }
        if cursor < limit, tokens[cursor].lower == "half" { value = 0.5; cursor += 1 }
        guard cursor + 1 < limit, ["a", "an", "another"].contains(tokens[cursor].lower),
              let unit = FigureLexicon.units[tokens[cursor + 1].lower], unit.0 == .duration else { return nil }
        var end = cursor + 2
        if end < limit, tokens[end].lower == "ago", value == 1 {
            return (make(tokens, start..<(end + 1), FigureFacts(kind: .date, value: .date(Self.ago(1, unit.1, reference: reference))),
                         context: context), end + 1)
        }
        let before = index > sentence.tokens.lowerBound ? tokens[index - 1].lower : ""
        guard value == 0.5 || qualifier != nil || ["for", "in", "within", "after", "over", "than", "about"].contains(before) else { return nil }
        // "an hour and a half"
        if end + 2 < limit, tokens[end].lower == "and", tokens[end + 1].lower == "a", tokens[end + 2].lower == "half" {
            value += 0.5
            end += 3
        }
        let facts = FigureFacts(kind: .duration, value: .number(value * unit.2), unit: unit.1, qualifier: qualifier)
        return (make(tokens, start..<end, facts, context: context), end)
    }

    /// "two months ago" from the article's date, or "XXXX-XX-XX" when it has none.
    static func ago(_ amount: Double, _ unit: String, reference: DateGrammar.Reference?) -> String {
        DurationPhrase.shift(reference, by: [DurationPhrase.Part(amount: amount, unit: unit)], direction: -1)
    }

    /// A duration from its first part on: more parts ("2 years 1 month", "two years and six months"), then
    /// what makes it a date ("ago", "from now", "after today", "in 3 weeks" said of the future) or not.
    private func duration(_ first: DurationPhrase.Part, tokens: [Token], start: Int, unitEnd: Int, limit: Int, qualifier: Qualifier?,
                          context: TagContext, reference: DateGrammar.Reference?) -> (Entity, Int) {
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

    private func measure(_ unit: (FigureKind, String, Double), value: Double, tokens: [Token], span: Range<Int>,
                         qualifier: Qualifier?, context: TagContext) -> (Entity, Int) {
        let limit = context.text.sentences[tokens[span.lowerBound].sentence].tokens.upperBound
        var facts = FigureFacts(kind: unit.0, value: .number(Self.rounded(value * unit.2)), unit: unit.1, qualifier: qualifier,
                                of: unit.0 == .duration || unit.0 == .percent ? nil : ofPhrase(context.text, after: span.upperBound, limit: limit))
        if unit.2 != 1 { facts.statedValue = Self.rounded(value) }
        return (make(tokens, span, facts, context: context), span.upperBound)
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
            if token.isLowercaseWord && FigureLexicon.ofStopWords.contains(lower) { break }
            // "other" opens a counted phrase only before a plural ("two other men"; not "one other", "each other").
            let otherBeforePlural = lower == "other" && end + 1 < limit && tokens[end + 1].kind == .word && Self.looksPlural(tokens[end + 1].text)
            if end == start && !otherBeforePlural && (FigureLexicon.notCountNouns.contains(lower) || FigureLexicon.ofStopWords.contains(lower)) { break }
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
            // Glued to what is before: "COVID-19", "A-10", "#5", "10:30".
            if !token.spaceBefore, ["-", "#", ":", "/", "–"].contains(previous.text) { return true }
            if !token.spaceBefore, previous.kind == .word, CurrencyNames.letterSymbols[previous.text] == nil { return true }
            if previous.text == "." && !token.spaceBefore,
               index - 1 == sentenceStart || CurrencyNames.letterSymbols[tokens[index - 2].text] == nil { return true }
            // A version or model number after a name: "Silk Road 2.0", "Python 2", "RTX 3080", "Japan 101 section"
            // (not a month's day, a unit's amount, a currency's sum, or the first word of the sentence's number).
            if previous.isCapitalizedWord || (previous.isAcronym && previous.text.count >= 2), index - 1 > sentenceStart,
               FigureLexicon.months[previous.lower] == nil, FigureLexicon.weekdays[previous.lower] == nil,
               FigureLexicon.currencyWords[previous.lower] == nil, FigureLexicon.currencySymbols[previous.text] == nil,
               FigureLexicon.dollarPrefixes[previous.text] == nil, !FigureLexicon.beforeAmounts.contains(previous.lower),
               CurrencyGrammar.code(previous) == nil, CurrencyNames.letterSymbols[previous.text] == nil, previous.text != ".",
               index + 1 >= limit || !Self.isUnitWord(tokens[index + 1].lower) { return true }
        }
        if index + 1 < limit {
            let next = tokens[index + 1]
            if !next.spaceBefore, [":", "/"].contains(next.text), index + 2 < limit, tokens[index + 2].kind == .number { return true }
        }
        // Phone numbers and codes: leading zero with three or more digits, or runs of digit groups.
        if token.text.count >= 3, token.text.first == "0", !token.text.contains(".") { return true }
        if index + 1 < limit, tokens[index + 1].kind == .number, tokens[index + 1].spaceBefore,
           !token.text.contains(","), !tokens[index + 1].text.contains(",") { return true }
        return false
    }

    private func make(_ tokens: [Token], _ span: Range<Int>, _ facts: FigureFacts, context: TagContext) -> Entity {
        let first = tokens[span.lowerBound]
        let last = tokens[span.upperBound - 1]
        return Entity(type: .figure, text: context.text.text(of: span),
                      start: first.start, end: last.end, sentence: first.sentence, figure: facts,
                      recognizer: "figure." + facts.kind.rawValue, priority: 1)
    }
}
