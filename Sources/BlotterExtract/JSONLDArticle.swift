import Foundation

/// The article facts found in a page's JSON-LD blocks (schema.org Article and its subtypes).
struct JSONLDArticle {
    var headline: String?
    var author: String?
    var datePublished: String?
    var publisher: String?
    /// The article's text as the site gives it to search engines (from an Article type, not a WebPage).
    var articleBody: String?

    /// schema.org types whose fields describe the page's article.
    static let articleTypes: Set<String> = ["article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                                            "blogposting", "report", "webpage", "liveblogposting", "opinionnewsarticle",
                                            "backgroundnewsarticle", "scholarlyarticle", "techarticle"]

    /// At most this many JSON values are visited per block (a page's JSON-LD is small; a hostile one is not).
    static let maximumVisitedValues = 500

    init(_ blocks: [String]) {
        let parsed = blocks.compactMap { block -> Any? in
            guard let data = block.data(using: .utf8) else { return nil }
            return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        }
        // Yoast and other SEO plugins name the author once, as a Person of the @graph, and point to it:
        // "author": {"@id": "https://site/#/schema/person/aa0d…"}.
        let names = Self.namesByID(parsed)
        for json in parsed {
            var queue: [Any] = [json]
            var visited = 0
            while !queue.isEmpty, visited < Self.maximumVisitedValues {
                let item = queue.removeFirst()
                visited += 1
                if let array = item as? [Any] { queue.append(contentsOf: array); continue }
                guard let object = item as? [String: Any] else { continue }
                if let graph = object["@graph"] { queue.append(graph) }
                guard Self.isArticle(object["@type"]) else { continue }
                // WebPage is weaker evidence than an Article type: let a later Article override it.
                let strong = !Self.typeNames(object["@type"]).contains("webpage")
                if headline == nil || strong { headline = Self.string(object["headline"]) ?? headline }
                if author == nil || strong { author = Self.names(object["author"], byID: names) ?? author }
                if datePublished == nil || strong { datePublished = Self.string(object["datePublished"]) ?? datePublished }
                if publisher == nil || strong { publisher = Self.names(object["publisher"], byID: names) ?? publisher }
                if strong, articleBody == nil { articleBody = Self.string(object["articleBody"]) }
            }
        }
    }

    private static func typeNames(_ value: Any?) -> [String] {
        if let single = value as? String { return [single.lowercased()] }
        if let many = value as? [Any] { return many.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func isArticle(_ value: Any?) -> Bool { typeNames(value).contains { articleTypes.contains($0) } }

    private static func string(_ value: Any?) -> String? {
        if let string = value as? String, !string.isEmpty { return string }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names of a Person / Organization value (or the one its "@id" points to), a list of them, or a plain
    /// string; joined with ", ".
    private static func names(_ value: Any?, byID: [String: String]) -> String? {
        if let string = value as? String { return string.hasPrefix("http") ? nil : string }
        if let object = value as? [String: Any] {
            return string(object["name"]) ?? (object["@id"] as? String).flatMap { byID[$0] }
        }
        if let array = value as? [Any] {
            let all = array.compactMap { names($0, byID: byID) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }

    /// The "name" of every object that has an "@id", in all blocks.
    private static func namesByID(_ blocks: [Any]) -> [String: String] {
        var out: [String: String] = [:]
        for json in blocks {
            var queue: [Any] = [json]
            var visited = 0
            while let item = queue.popLast(), visited < maximumVisitedValues {
                visited += 1
                if let array = item as? [Any] { queue.append(contentsOf: array); continue }
                guard let object = item as? [String: Any] else { continue }
                if let id = object["@id"] as? String, let name = string(object["name"]), out[id] == nil { out[id] = name }
                for value in object.values where value is [Any] || value is [String: Any] { queue.append(value) }
            }
        }
        return out
    }
}
