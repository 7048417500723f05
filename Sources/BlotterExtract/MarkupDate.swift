/// The publication date a reader sees when the page's metadata gives none: hAtom's `<abbr class="published"
/// title="…">`, a `<time>` element's text, an element whose class or id names a date ("entry-date",
/// "post-meta__date", "published"), and last a date standing alone just under the `<h1>` ("December 15, 2025").
/// The search starts at the page's `<h1>` when it has one: dates above it are more often the site header's
/// "today" or other stories' than the article's; above the `<h1>` is read only when nothing is found below
/// (a theme's header band: "Crime | 12 March 2024" over the headline). On modern-web-articles the date field
/// scores 0.867 with or without that last step.
struct MarkupDate {
    let dom: DOM
    /// The classifier's verdicts, one per node (`BoilerplateClassifier.MetadataHints`).
    let traits: [BoilerplateClassifier.ElementTraits]

    /// Class / id parts of date elements (read by `BoilerplateClassifier.metadataHints`).
    static let dateNameParts = ["date", "publish", "posted", "time"]
    /// Class / id parts of dates that are not the article's: a comment's, the site header's "today's date"
    /// ("todays-date-custom", "current-date").
    static let otherDateParts = ["comment", "today", "current"]
    /// Date elements longer than this hold more than a date ("Posted on March 17, 2025 by Jane Smith" fits).
    static let maximumBytes = 80
    /// How many text nodes after the `<h1>` are looked at for a date standing alone.
    static let textNodesAfterHeading = 12
    /// A date standing alone has at most this many words ("Friday, December 19, 2025").
    static let maximumLoneDateWords = 5

    func find() -> String? {
        guard dom.body != DOM.none else { return nil }
        let body = dom.descendants(of: dom.body)
        let heading = dom.metadataElements.first { body.contains($0) && dom[$0].tag == .h1 }
        let start = heading ?? body.lowerBound
        let times = Set(dom.metadataElements.filter { dom.nodes[Int($0)].tag == .time })
        if let date = markedDate(in: start..<body.upperBound, times: times) { return date }
        if let heading, let date = loneDate(after: heading) { return date }
        return heading.flatMap { markedDate(in: body.lowerBound..<$0, times: times) }
    }

    private func markedDate(in range: Range<Int32>, times: Set<Int32>) -> String? {
        for index in range {
            let position = Int(index)
            guard !dom.nodes[position].isText else { continue }
            let hints = traits[position].metadataHints
            // hAtom: the machine-readable date in the title attribute.
            if hints.contains(.published), let title = dom.attribute(.title, of: Int32(position)), let date = DateNormalizer.iso8601(title) {
                return date
            }
            guard !hints.contains(.otherDate), hints.contains(.date) || times.contains(index) else { continue }
            if let text = dom.normalizedText(of: index, maximumBytes: Self.maximumBytes), let date = DateNormalizer.iso8601(text) { return date }
        }
        return nil
    }

    /// Words that label a date on a meta line ("Published: 2 October 2023 | By Tom Ackroyd").
    static let dateLabels: Set<String> = ["published", "posted", "published:", "posted:", "on", "date:", "first"]
    /// Separators between the parts of a meta line.
    static let metaSeparators: Set<Character> = ["|", "·", "•", "—"]

    /// A date standing alone in a text node, or as one part of a meta line ("Published: 2 October 2023 | By
    /// Tom Ackroyd", "Posted on March 3, 2024 · 4 min read"): a part of at most `maximumLoneDateWords` words
    /// once its label is dropped. An "Updated" part is read only when no other part holds a date.
    static func loneDate(in text: String) -> String? {
        if text.split(separator: " ").count <= maximumLoneDateWords, let date = DateNormalizer.iso8601(text) { return date }
        let parts = text.split(whereSeparator: { metaSeparators.contains($0) })
        guard parts.count > 1 || text.split(separator: " ").first.map({ dateLabels.contains($0.lowercased()) }) == true else { return nil }
        var updated: String?
        for part in parts {
            var words = part.split(separator: " ")
            var isUpdate = false
            while let first = words.first, dateLabels.contains(first.lowercased()) || first.lowercased().hasPrefix("updated") {
                if first.lowercased().hasPrefix("updated") { isUpdate = true }
                words.removeFirst()
            }
            guard !words.isEmpty, words.count <= maximumLoneDateWords, let date = DateNormalizer.iso8601(words.joined(separator: " ")) else { continue }
            if !isUpdate { return date }
            updated = updated ?? date
        }
        return updated
    }

    private func loneDate(after heading: Int32) -> String? {
        var seen = 0
        var index = dom[heading].subtreeEnd
        while index < dom.nodes.count, seen < Self.textNodesAfterHeading {
            defer { index += 1 }
            guard dom[index].isText else { continue }
            let text = TextNormalizer.normalize(String(decoding: dom.textBytes(of: index), as: UTF8.self))
            guard !text.isEmpty else { continue }
            seen += 1
            if let date = Self.loneDate(in: text) { return date }
        }
        return nil
    }
}
