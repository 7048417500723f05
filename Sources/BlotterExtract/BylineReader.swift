import Foundation
import BlotterCore

/// Bylines, in one place: the name in a dated byline line the text drops ("By Jane Smith Feb 8, 2020 5 min
/// read"), whether a line of the text only names its author (it is dropped), the name in an author element of
/// the markup (`MarkupByline`), and whether a byline metadata gives is one (a URL or a list of credits is not).
enum BylineReader {
    private static let stops: Set<Character> = [",", "|", ":", ";", "•", "·"]
    /// Openings before the name, as lower-case words.
    static let openings: [[String]] = [["by"], ["written", "by"], ["words", "by"], ["posted", "by"], ["story", "by"],
                                       ["reporting", "by"], ["article", "by"], ["author"], ["author:"], ["by:"]]
    /// Lower-case words that, alone or in a name, mean it is a label, not a person ("Admin", "Staff Writer").
    static let notNames: Set<String> = ["admin", "administrator", "staff", "editor", "editors", "team", "author", "authors",
                                        "share", "follow", "posted", "written", "more", "view", "read", "profile", "about",
                                        "contact", "guest", "contributor", "newsroom", "published", "updated", "by"]
    /// Lower-case particles inside names ("Marna van der Merwe").
    static let particles: Set<String> = ["van", "der", "den", "de", "da", "di", "du", "von", "bin", "al", "la", "le", "del", "dos", "y"]
    /// A name has at most this many words.
    static let maximumNameWords = 5

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character == "-" || character == "'" || character == "’" || character == "."
    }

    /// The name in a dated byline line: "By Jane Smith Feb 8, 2020 5 min read" → "Jane Smith" (two to four
    /// capitalised words after "By", up to the date); nil when the line has no such name.
    static func nameAfterBy(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard words.count >= 3, words[0].lowercased() == "by" else { return nil }
        var name: [Substring] = []
        for word in words.dropFirst() {
            let bare = word.filter { !stops.contains($0) }
            guard let first = bare.first, first.isUppercase, bare.dropFirst().allSatisfy(isNameCharacter),
                  CalendarWords.months[bare.lowercased()] == nil else { break }
            name.append(Substring(bare))
            if word.last == "," || word.last == "|" || name.count == 4 { break }
        }
        return name.count >= 2 ? name.joined(separator: " ") : nil
    }

    /// A byline line names one to four people in at most this many words after its opening.
    static let maximumLineNameWords = 8

    /// Cheap refusal before `isNameLine` splits the text: the lower-case line starts with an opening.
    static func opensLine(_ comparable: String) -> Bool {
        openingPrefixes.contains { comparable.utf8.starts(with: $0.utf8) }
    }
    static let openingPrefixes = openings.map { $0.joined(separator: " ") + " " }

    /// A line of the text that only names its author, to be dropped from the text: "By Jane Smith", "Written by
    /// Lisa Greene-Lewis", "By Jane Smith and Tom Jones". Every word after the opening is capitalised (or "and"),
    /// so "By 2030 the force…" and "By the time officers arrived" are sentences; headings are not asked ("By The
    /// Numbers"). Dev F1: modern +0.0001 (0304), the other sets unchanged; kept because bylines belong in
    /// `byline`, not in `text`.
    static func isNameLine(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let opening = openings.first(where: { opening in
            words.count > opening.count && zip(opening, words).allSatisfy { $0 == $1.lowercased() }
        }) else { return false }
        let name = words.dropFirst(opening.count)
        guard name.count <= maximumLineNameWords else { return false }
        return name.allSatisfy { word in
            word == "and" || word == "&" || word == "," || (word.first?.isUppercase ?? false)
        }
    }

    /// The text of an author element when it is a person's name, after an optional opening ("By", "Written
    /// by", "Author:"): two to `maximumNameWords` capitalised words (particles aside), no digits. Single words
    /// ("Admin", a user name) are refused: too many are labels.
    static func personName(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        if let opening = openings.first(where: { opening in words.count > opening.count && zip(opening, words).allSatisfy { $0 == $1.lowercased() } }) {
            words.removeFirst(opening.count)
        }
        while let last = words.last, let character = last.last, stops.contains(character) || character == "-" {
            if last.count == 1 { words.removeLast() } else { words[words.count - 1] = String(last.dropLast()) }
        }
        guard (2...maximumNameWords).contains(words.count) else { return nil }
        for word in words {
            let lower = word.lowercased()
            if particles.contains(lower) { continue }
            guard let first = word.first, first.isUppercase, word.allSatisfy(isNameCharacter),
                  !notNames.contains(lower), CalendarWords.months[lower] == nil else { return nil }
        }
        return words.joined(separator: " ")
    }

    /// A byline metadata gives, cleaned of stray punctuation at its ends; nil when it is no name: a URL or
    /// e-mail address, a list of credits ("content: MarketingSherpa, design: …"), or too long to be names.
    /// A user name ("kffnirmitap", "adminn") is kept: it is the site's own author field, and refusing it lost
    /// three right bylines of modern-web-articles and won none.
    static func usable(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;|:-•·")))
        guard !trimmed.isEmpty, trimmed.count <= 120 else { return nil }
        let lower = trimmed.lowercased()
        if lower.contains("http") || lower.contains("www.") || lower.contains("/") || lower.contains("@") || lower.contains(":") {
            return nil
        }
        return trimmed
    }
}
