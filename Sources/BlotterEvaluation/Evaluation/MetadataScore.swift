import Foundation

/// Title, byline and publication date against a benchmark's page facts (`truth_raw/<id>.json`, field
/// `ground_truth` with `title`, `author`, `publish_date`, as modern-web-articles has them). Each field is scored
/// over the pages whose truth gives it: the share right, and how often Blotter gives a value the truth lacks.
///
/// What counts as right (the truth is one annotator's reading, Blotter's record follows its own schema):
/// - **title**: equal after folding case, white space, curly quotes and dashes; or equal to the truth without a
///   trailing " | Site" / " - Site" of at most `siteSuffixWords` words (the record's title is cleaned of it on
///   purpose).
/// - **byline**: every word of the byline is in the truth, and it holds every word of the truth's first name
///   (before the first comma, "and" or "&"; titles such as "Dr" aside): "Mike Marshall" for "Mike Marshall,
///   Shipping Expert", "A, B, C" for "A, B, and C".
/// - **date**: the same calendar day (the record's `published` may carry a time).
public enum MetadataScore {
    public struct Field: Sendable {
        public var right = 0
        public var pages = 0
        /// Pages where the truth has no value and Blotter gives one.
        public var unasked = 0
        public var misses: [(id: String, truth: String, found: String)] = []
        public var accuracy: Double { pages > 0 ? Double(right) / Double(pages) : 1 }
    }

    public struct Result: Sendable {
        public var title = Field()
        public var byline = Field()
        public var date = Field()
    }

    public struct Found: Sendable {
        public var title: String?
        public var byline: String?
        public var published: String?
        public init(title: String?, byline: String?, published: String?) {
            self.title = title
            self.byline = byline
            self.published = published
        }
    }

    /// At most this many words in a site name after the title's separator.
    static let siteSuffixWords = 6
    static let honorifics: Set<String> = ["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "by"]

    /// Page facts from `truth_raw/<id>.json`; nil when the file has no `ground_truth`.
    public static func truth(at url: URL) -> [String: String]? {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let facts = object["ground_truth"] as? [String: Any] else { return nil }
        var out: [String: String] = [:]
        for key in ["title", "author", "publish_date"] {
            if let value = facts[key] as? String, !value.trimmingCharacters(in: .whitespaces).isEmpty { out[key] = value }
        }
        return out
    }

    public static func score(_ pages: [(id: String, truth: [String: String], found: Found)]) -> Result {
        var result = Result()
        for page in pages {
            tally(&result.title, id: page.id, truth: page.truth["title"], found: page.found.title, matches: titleMatches)
            tally(&result.byline, id: page.id, truth: page.truth["author"], found: page.found.byline, matches: bylineMatches)
            tally(&result.date, id: page.id, truth: page.truth["publish_date"], found: page.found.published, matches: sameDay)
        }
        return result
    }

    private static func tally(_ field: inout Field, id: String, truth: String?, found: String?, matches: (String, String) -> Bool) {
        let given = found.map { !$0.isEmpty } ?? false
        guard let truth else {
            if given { field.unasked += 1 }
            return
        }
        field.pages += 1
        if given, let found, matches(truth, found) {
            field.right += 1
        } else {
            field.misses.append((id: id, truth: truth, found: found ?? ""))
        }
    }

    static func fold(_ text: String) -> String {
        var out = ""
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": out.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}": out.append("-")
            default: out.unicodeScalars.append(scalar.properties.isWhitespace ? " " : scalar)
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    static func titleMatches(_ truth: String, _ found: String) -> Bool {
        let truth = fold(truth), found = fold(found)
        guard !found.isEmpty else { return false }
        if truth == found { return true }
        guard truth.hasPrefix(found) else { return false }
        let rest = truth.dropFirst(found.count).trimmingCharacters(in: .whitespaces)
        guard let separator = rest.first, "|-:·".contains(separator) else { return false }
        return rest.dropFirst().split(separator: " ").count <= siteSuffixWords
    }

    private static func words(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "." || $0 == "-") }).map(String.init)
    }

    static func bylineMatches(_ truth: String, _ found: String) -> Bool {
        let given = words(found).filter { !honorifics.contains($0) && $0 != "and" }
        guard !given.isEmpty else { return false }
        let all = Set(words(truth))
        let firstName = fold(truth).components(separatedBy: ",")[0].components(separatedBy: " and ")[0].components(separatedBy: "&")[0]
        let first = words(firstName).filter { !honorifics.contains($0) }
        return given.allSatisfy(all.contains) && first.allSatisfy(given.contains)
    }

    static func sameDay(_ truth: String, _ found: String) -> Bool {
        truth.count >= 10 && found.count >= 10 && truth.prefix(10) == found.prefix(10)
    }
}
