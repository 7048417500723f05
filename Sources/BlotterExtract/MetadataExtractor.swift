import Foundation

/// Reads title, byline, date, site, language and canonical URL from the page, each from the most reliable
/// source first: JSON-LD, then Open Graph / article meta, then markup (`<h1>`, `<time>`, `<html lang>`), then
/// `<title>` and the URL.
struct MetadataExtractor {
    let dom: DOM
    /// The classifier's verdicts, one per node, for the markup's byline and date.
    let traits: [BoilerplateClassifier.ElementTraits]

    struct Metadata {
        var title: String?
        var byline: String?
        var published: String?
        var language: String?
        var site: String?
        var canonicalURL: String?
        /// JSON-LD `articleBody`: the extractor's fallback for pages that render their text with script.
        var articleBody: String?
        /// The date the page shows (`MarkupDate`), for when neither `published` nor the text's date lines give one.
        var shownDate: String?
    }

    func extract(url: String?) -> Metadata {
        let meta = metaValues()
        let ld = JSONLDArticle(dom.jsonLD)
        var result = Metadata()
        result.articleBody = ld.articleBody
        result.site = firstNonEmpty(meta["og:site_name"], ld.publisher, meta["application-name"])
        let documentTitle = titleElement()
        let shareTitle = firstNonEmpty(meta["og:title"], meta["twitter:title"], documentTitle)
        let heading = headline(site: result.site, agreeingWith: shareTitle)
        // A JSON-LD headline that shares nothing with the share title or the `<h1>` is a CMS's placeholder
        // ("escenic" on a Telegraph page, trafilatura-eval 0909).
        let structured = ld.headline.flatMap { headline -> String? in
            guard headline.count <= Self.maximumHeadlineChars else { return nil }
            let checks = [shareTitle, heading].compactMap { $0 }
            return checks.isEmpty || checks.contains(where: { Self.agrees(headline, with: $0) }) ? headline : nil
        }
        // The headline a reader sees comes before the share titles (og:, twitter:), which are often written for
        // social media ("Expert Move Management: How to Choose…" over "The Ultimate Guide to Booking…") or left
        // stale ("…taxes in 2024" over the page's "…taxes in 2025"). eval metadata title on modern-web-articles:
        // JSON-LD, og, twitter, h1, <title> 0.875; JSON-LD, h1, og, twitter, <title> 0.908; h1 first 0.883.
        result.title = firstNonEmpty(structured, heading, meta["og:title"], meta["twitter:title"], documentTitle)
            .map { TitleCleaner.clean($0, site: result.site) }
        result.byline = firstNonEmpty(ld.author, meta["author"], meta["article:author"], meta["byl"], meta["dc.creator"],
                                      accept: BylineReader.usable)
            ?? MarkupByline(dom: dom, traits: traits).find()
        let rawDate = firstNonEmpty(ld.datePublished, meta["article:published_time"], meta["og:published_time"],
                                    meta["datepublished"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
                                    meta["date"], meta["dc.date.issued"], meta["dc.date"], meta["sailthru.date"],
                                    meta["parsely-pub-date"], meta["citation_publication_date"], meta["citation_date"],
                                    meta["publication_date"], timeElementDate())
        result.published = rawDate.flatMap(DateNormalizer.iso8601) ?? url.flatMap(DateNormalizer.dateInURL)
        if result.published == nil { result.shownDate = MarkupDate(dom: dom, traits: traits).find() }
        result.canonicalURL = firstNonEmpty(canonicalLink(), meta["og:url"])
        result.language = htmlLanguage() ?? meta["content-language"].flatMap(Self.primaryLanguage)
            ?? meta["og:locale"].flatMap(Self.primaryLanguage)
        return result
    }

    /// The first value that is not empty once entities are decoded and white space normalised (and that
    /// `accept` keeps, in the form it returns).
    private func firstNonEmpty(_ values: String?..., accept: (String) -> String? = { $0 }) -> String? {
        for value in values {
            if let value {
                let trimmed = TextNormalizer.normalize(HTMLEntities.decode(value))
                if !trimmed.isEmpty, let accepted = accept(trimmed) { return accepted }
            }
        }
        return nil
    }

    /// `<meta>` values by lower-case property / name / itemprop / http-equiv; the first one wins.
    private func metaValues() -> [String: String] {
        var values: [String: String] = [:]
        for index in dom.metadataElements {
            if dom.nodes[Int(index)].tag == .meta {
                guard let content = dom.attribute(.content, of: index) else { continue }
                for key in [dom.attribute(.property, of: index), dom.attribute(.name, of: index), dom.attribute(.itemprop, of: index),
                            dom.attribute(.httpEquiv, of: index)] {
                    if let key, values[key.lowercased()] == nil { values[key.lowercased()] = content }
                }
            } else if let itemprop = dom.attribute(.itemprop, of: index)?.lowercased(), itemprop == "datepublished",
                      let value = dom.attribute(.datetime, of: index) ?? dom.attribute(.content, of: index) {
                if values["datepublished"] == nil { values["datepublished"] = value }
            }
        }
        return values
    }

    private func textOf(_ index: Int32) -> String { dom.normalizedText(of: index) ?? "" }

    private func titleElement() -> String? {
        let titles = dom.metadataElements.filter { dom[$0].tag == .title }
        guard dom.head != DOM.none else { return titles.first.map(textOf) }
        let head = dom.descendants(of: dom.head)
        return titles.first { head.contains($0) }.map(textOf)
    }

    /// A JSON-LD headline longer than this is the article's opening, not its headline (LinkedIn's pulse pages;
    /// Google asks for at most 110 characters).
    static let maximumHeadlineChars = 150
    /// Class / id parts of an `<h1>` that holds the site's name or logo, not the headline.
    static let logoHeadingParts = ["logo", "site-name", "site-title", "sitename", "brand", "masthead"]

    /// At least this share of an `<h1>`'s words are in the page's share title (og:, twitter:, `<title>`) when
    /// it has one: a login dialog's "Log In" is no headline (trafilatura-eval 0017), "…taxes in 2025" under a
    /// stale "…taxes in 2024" is; the same test keeps a JSON-LD placeholder out. eval metadata title on
    /// modern-web-articles at 0.25 / 0.3 / 0.34 / 0.4 / 0.5: 0.925 / 0.933 / 0.933 / 0.908 / 0.892 (0.908
    /// without the test, which took 0017's "Log In").
    static let headlineAgreement = 0.3

    /// The first `<h1>` in `<body>` that is a headline: not the site's logo or name, and agreeing with the share
    /// title when there is one.
    private func headline(site: String?, agreeingWith shareTitle: String?) -> String? {
        guard dom.body != DOM.none else { return nil }
        let body = dom.descendants(of: dom.body)
        for index in dom.metadataElements where body.contains(index) && dom[index].tag == .h1 {
            let names = ((dom.attribute(.class, of: index) ?? "") + " " + (dom.attribute(.id, of: index) ?? "")).lowercased()
            if Self.logoHeadingParts.contains(where: names.contains) { continue }
            let text = textOf(index)
            if text.isEmpty || text.lowercased() == site?.lowercased() { continue }
            if let shareTitle, !Self.agrees(text, with: shareTitle) { continue }
            return text
        }
        return nil
    }

    /// At least `headlineAgreement` of the headline's words are in the other title.
    static func agrees(_ headline: String, with other: String) -> Bool {
        let words = Self.words(headline)
        let otherWords = Set(Self.words(other))
        return !words.isEmpty && Double(words.filter(otherWords.contains).count) >= headlineAgreement * Double(words.count)
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The first `<time datetime>` after the page's `<h1>`, else the first of the page: above the headline they
    /// are more often other stories' (a sidebar's list of events, modern-web-articles 0370).
    private func timeElementDate() -> String? {
        let times = dom.metadataElements.filter { dom[$0].tag == .time && !(dom.attribute(.datetime, of: $0) ?? "").isEmpty }
        let heading = dom.metadataElements.first { dom[$0].tag == .h1 && (dom.body == DOM.none || dom.descendants(of: dom.body).contains($0)) }
        let chosen = heading.flatMap { heading in times.first { $0 > heading } } ?? times.first
        return chosen.flatMap { dom.attribute(.datetime, of: $0) }
    }

    private func canonicalLink() -> String? {
        for index in dom.metadataElements where dom[index].tag == .link {
            if dom.attribute(.rel, of: index)?.lowercased() == "canonical", let href = dom.attribute(.href, of: index),
               href.hasPrefix("http") {
                return href
            }
        }
        return nil
    }

    private func htmlLanguage() -> String? {
        guard dom.html != DOM.none, let lang = dom.attribute(.lang, of: dom.html) else { return nil }
        return Self.primaryLanguage(lang)
    }

    /// "en-GB" → "en", "en_US" → "en"; nil for anything that is not a language subtag.
    static func primaryLanguage(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
        return primary
    }
}
