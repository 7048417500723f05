import Foundation
import BlotterCore

/// Durations of several parts and the words that turn a duration into a date:
/// "2 years 1 month 21 days ago", "two years and six months" (2.5 years), "two weeks from now",
/// "two days after today", "three days before yesterday", and "in 3 weeks" in a sentence about the future.
enum DurationPhrase {
    struct Part: Equatable {
        var amount: Double
        var unit: String
    }

    /// Length of each duration unit in days, to add parts up in the first part's unit.
    static let days: [String: Double] = [
        "years": 365.25, "months": 30.4375, "weeks": 7, "days": 1, "hours": 1.0 / 24, "minutes": 1.0 / 1440, "seconds": 1.0 / 86400,
    ]

    /// The next part after `index`: optional "and" or comma, a number, a duration unit of a different kind.
    static func nextPart(_ tokens: [Token], at index: Int, limit: Int, numbers: NumberParser) -> (Part, Int)? {
        var cursor = index
        if cursor < limit, ["and", ","].contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < limit, let number = numbers.parse(tokens, at: cursor, limit: limit), number.end < limit,
              let unit = FigureLexicon.units[tokens[number.end].lower], unit.kind == .duration else { return nil }
        return (Part(amount: number.value * unit.factor, unit: unit.symbol), number.end + 1)
    }

    /// "ago" (−1), "from now" / "later" (+1), "after|before today|yesterday|tomorrow" (±1 from that day):
    /// the direction, the anchor's offset in days from the article's date, and the end of the phrase.
    static func relation(_ tokens: [Token], at index: Int, limit: Int) -> (direction: Int, anchorDays: Int, end: Int)? {
        guard index < limit else { return nil }
        let word = tokens[index].lower
        if word == "ago" { return (-1, 0, index + 1) }
        if word == "from", index + 1 < limit, tokens[index + 1].lower == "now" { return (1, 0, index + 2) }
        // "two weeks from today", "3 days from tomorrow", "four days from yesterday"
        if word == "from", index + 1 < limit, let anchor = FigureLexicon.relativeDays[tokens[index + 1].lower] { return (1, anchor, index + 2) }
        if word == "after" || word == "before", index + 1 < limit,
           let anchor = FigureLexicon.relativeDays[tokens[index + 1].lower] {
            return (word == "after" ? 1 : -1, anchor, index + 2)
        }
        return nil
    }

    /// "in 3 weeks" is a date when the sentence speaks of the future ("will be sentenced in three weeks");
    /// otherwise "in" starts a duration ("seized in two weeks of raids").
    static func isFutureIn(_ tokens: [Token], before start: Int, sentenceStart: Int) -> Bool {
        guard start > sentenceStart, tokens[start - 1].lower == "in" else { return false }
        return DateGrammar.speaksOfFuture(tokens, around: start)
    }

    /// The parts added up in `unit` ("two years and six months" → 2.5 years).
    static func total(_ parts: [Part], in unit: String) -> Double {
        guard parts.count > 1, let target = days[unit], target > 0 else { return parts.first?.amount ?? 0 }
        return parts.reduce(0) { $0 + $1.amount * (days[$1.unit] ?? 0) } / target
    }

    /// The article's date moved by the parts (whole calendar units; hours and less do not move the date),
    /// or "XXXX-XX-XX" without an article date.
    static func shift(_ reference: DateGrammar.Reference?, by parts: [Part], direction: Int, anchorDays: Int = 0) -> String {
        guard let reference else { return "XXXX-XX-XX" }
        var date = DateGrammar.calendar.date(byAdding: .day, value: anchorDays, to: reference.date) ?? reference.date
        for part in parts {
            let component: Calendar.Component
            switch part.unit {
            case "years": component = .year
            case "months": component = .month
            case "weeks": component = .weekOfYear
            case "days": component = .day
            default: continue
            }
            date = DateGrammar.calendar.date(byAdding: component, value: direction * Int(part.amount), to: date) ?? date
        }
        return DateGrammar.isoDate(date, addingDays: 0)
    }
}
