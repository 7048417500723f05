import Foundation
import BlotterCore

/// Turns the dates pages carry into ISO 8601 ("2020-04-27" or "2020-04-27T10:15:00Z").
enum DateNormalizer {
    static func iso8601(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = isoPrefix(text) { return iso }
        if let numeric = numericDate(text) { return numeric }
        // "27 April 2020", "April 27, 2020", "Apr 27 2020"; a labelled ISO date ("Published: 2021-08-25"); never a
        // clock time's hour as the day ("06:04 am on 25 August 2021" was 6 August: session 24, batch104's tune half).
        var words: [String] = []
        for spaced in text.lowercased().split(whereSeparator: \.isWhitespace) {
            // ("Published: 2021-08-25, 10:15", "(2021-08-25)": the punctuation around an ISO date is not part of it)
            let raw = spaced.trimmingCharacters(in: isoDatePunctuation)[...]
            if raw.count >= 10, raw.first?.isNumber == true, raw.count == 10 || raw.dropFirst(10).first == "t",
               let iso = isoPrefix(raw.uppercased()) { return iso }
            if isClockTime(raw) { continue }
            words += raw.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        var day: Int?
        var ordinalDay: Int?
        var month: Int?
        var year: Int?
        for word in words {
            // ("Nov 1st 2012", "October 11th": a day's ordinal suffix, after any plain day: "2nd Avenue office, 5 May
            // 2020" is the 5th; the second read's case)
            if let ordinal = Int(word.dropLast(2)), word.count <= 4, ["st", "nd", "rd", "th"].contains(String(word.suffix(2))),
               (1...31).contains(ordinal) {
                ordinalDay = ordinalDay ?? ordinal
            } else if let number = Int(word) {
                if number > 31, CalendarWords.years.contains(number) { year = year ?? number }
                else if (1...31).contains(number), day == nil { day = number }
            } else if let known = CalendarWords.months[word] ?? foreignMonths[word], month == nil, word.count >= 3 {
                // (a month's name or abbreviation, not any word opening like one: "By Julian Horsey on Monday 12th
                // November 2012" was 12 July, "Martin" March; session 24)
                month = known
            }
        }
        guard let year, let month, let day = day ?? ordinalDay else { return nil }
        return format(year: year, month: month, day: day)
    }

    /// Months of the languages whose pages English archives hold most (German, French, Spanish, Italian, Portuguese,
    /// Dutch), which the three-letter prefix read before session 24 ("12 Juni 2021", "3 marzo 2020"); English names and
    /// abbreviations are `CalendarWords.months`.
    static let foreignMonths: [String: Int] = [
        "januar": 1, "janvier": 1, "enero": 1, "gennaio": 1, "janeiro": 1, "januari": 1,
        "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "febbraio": 2, "fevereiro": 2, "februari": 2,
        "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "março": 3, "marco": 3, "maart": 3,
        "avril": 4, "abril": 4, "aprile": 4,
        "mai": 5, "mayo": 5, "maggio": 5, "maio": 5, "mei": 5,
        "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "junho": 6,
        "juli": 7, "juillet": 7, "julio": 7, "luglio": 7, "julho": 7,
        "août": 8, "aout": 8, "agosto": 8, "augustus": 8,
        "septembre": 9, "septiembre": 9, "settembre": 9, "setembro": 9,
        "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "outubro": 10,
        "novembre": 11, "noviembre": 11, "novembro": 11,
        "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12, "dicembre": 12, "dezembro": 12,
    ]

    /// Already ISO: YYYY-MM-DD, possibly followed by a time ("2020-04-27T10:15:00Z").
    static func isoPrefix(_ text: String) -> String? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 10, let year = Int(text.prefix(4)), CalendarWords.years.contains(year),
              scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"),
              let month = Int(text.dropFirst(5).prefix(2)), (1...12).contains(month),
              let day = Int(text.dropFirst(8).prefix(2)), (1...31).contains(day) else { return nil }
        if scalars.count > 10, scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: " ") {
            return String(text.prefix(10)) + "T" + String(text.dropFirst(11)).replacingOccurrences(of: " ", with: "")
        }
        return String(text.prefix(10))
    }

    /// Punctuation that may stand around an ISO date in a line ("(2021-08-25)", "2021-08-25,").
    static let isoDatePunctuation = CharacterSet(charactersIn: "(),.;[]")

    /// "06:04", "11.40am", "9:30pm,", "14:05:33": an hour and its minutes.
    static func isClockTime(_ word: Substring) -> Bool {
        let core = word.drop { $0 == "(" }.prefix { $0.isNumber || $0 == ":" || $0 == "." }
        let rest = word.drop { $0 == "(" }.dropFirst(core.count).filter { $0 != "," && $0 != ")" && $0 != "." }
        let parts = core.split(separator: ":", omittingEmptySubsequences: false)
        let pieces = parts.count > 1 ? parts : core.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2 || (pieces.count == 3 && parts.count == 3), let hour = Int(pieces[0]), (0...23).contains(hour),
              pieces[0].count <= 2, pieces.dropFirst().allSatisfy({ $0.count == 2 && Int($0).map { (0...59).contains($0) } == true }) else { return false }
        // ("11.40am": the dotted form only with its am / pm, as "12.12" could be a day and month.)
        return parts.count > 1 || ["am", "pm"].contains(String(rest))
    }

    /// The numeric dates whose order is not in doubt: year first with slashes ("2019/1/22", citation meta tags)
    /// and day first with dots ("12.12.2025", the European form). "4/5/2020" is refused: month or day first?
    static func numericDate(_ text: String) -> String? {
        let token = text.prefix { !$0.isWhitespace }
        for (separator, yearFirst) in [(Character("/"), true), (Character("."), false)] {
            let parts = token.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
                  let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2]) else { continue }
            let (year, month, day) = yearFirst ? (first, second, third) : (third, second, first)
            guard (yearFirst ? parts[0].count : parts[2].count) == 4, CalendarWords.years.contains(year),
                  (1...12).contains(month), (1...31).contains(day) else { continue }
            return format(year: year, month: month, day: day)
        }
        return nil
    }

    /// A date in a URL path: /2020/04/27/ or /2020-04-27-.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
                  parts[index + 1].count <= 2, let month = Int(parts[index + 1]), (1...12).contains(month),
                  parts[index + 2].count <= 2, let day = Int(parts[index + 2]), (1...31).contains(day) else { continue }
            return format(year: year, month: month, day: day)
        }
        return nil
    }

    static func format(year: Int, month: Int, day: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
