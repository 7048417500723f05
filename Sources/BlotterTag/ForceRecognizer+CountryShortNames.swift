import BlotterCore

/// A body of the tables by its short name ("the National Civil Police", "the Public Ministry"; `CountryShortNames`)
/// where the document names its country. Rows of several countries named in the document that share the short name
/// go to the first row of the tables (a known weakness: the canonical may be the other country's); rows of one country
/// that share it ("Military Police": 27 Brazilian states' forces) make that country's body of the name, canonical
/// "<country>-<name>". The country's adjective right before is part of the name ("Honduran National Police"); its
/// possessive is not ("Guatemala's National Civil Police" is written "National Civil Police", as the heads rule writes
/// "Mexico's Federal Police").
extension ForceRecognizer {
    func countryShortForce(at index: Int, tokens: [Token], range: Range<Int>, context: TagContext,
                           countries: () -> Set<String>) -> Candidate? {
        guard let match = countryShortNames.longestMatch(in: tokens, at: index, limit: range.upperBound),
              tokens[match.tokens].allSatisfy({ $0.kind != .word || $0.isCapitalizedWord || Self.shortNameJoiners.contains($0.text) })
        else { return nil }
        guard let (country, ofCountry) = Self.rowsOfNamedCountry(match.payload, countries: countries()) else { return nil }
        var start = match.tokens.lowerBound
        if let owner = countryAdjective(before: start, tokens: tokens, lowest: range.lowerBound, context: context, country: country) {
            start = owner
        } else if start > range.lowerBound, tokens[start - 1].isCapitalizedWord, !Self.headlineFunctionWords.contains(tokens[start - 1].lower) {
            return nil  // a longer name's end ("Tegucigalpa Special Forces Police"), which other rules read
        }
        let span = start..<match.tokens.upperBound
        let written = context.text.text(of: match.tokens)
        let row = ofCountry.count == 1 ? ofCountry[0] : nil
        var found = entity(tokens, span, context: context, canonical: row?.id ?? Slug.make(country + " " + written),
                           name: row?.name ?? written, recognizer: "force.short", confidence: .table)
        let kinds = Set(ofCountry.compactMap(\.forceKind))
        found.forceKind = kinds.count == 1 ? kinds.first : nil
        found.country = country
        found.parent = row?.parent
        return found
    }

    /// The body of a named country (ISO alpha-2 in `countries`) that a generic head names: "the National Police" in
    /// a story from Colombia is the National Police of Colombia. The first such row of the tables when several
    /// countries are named; nil when none of their bodies bears the name.
    func countryBody(_ head: String, countries: Set<String>) -> TagModels.ForceEntry? {
        guard let rows = countryHeadNames[head.lowercased()],
              let (_, ofCountry) = Self.rowsOfNamedCountry(rows, countries: countries) else { return nil }
        return ofCountry.count == 1 ? ofCountry[0] : nil
    }

    /// The rows of `rows` of the first country (in table order) that `countries` names, with that country.
    static func rowsOfNamedCountry(_ rows: [TagModels.ForceEntry], countries: Set<String>) -> (String, [TagModels.ForceEntry])? {
        guard let country = rows.first(where: { $0.isoCountry.map(countries.contains) ?? false })?.isoCountry else { return nil }
        return (country, rows.filter { $0.isoCountry == country })
    }

    /// Lower-case words a short name may hold ("Public Ministry of the Republic", "Directorate for Border Police").
    static let shortNameJoiners: Set<String> = ["of", "the", "for", "and", "de", "del", "la"]

    /// Where "Honduran" or "Costa Rican" starts, right before `start`, when it is `country`'s adjective.
    private func countryAdjective(before start: Int, tokens: [Token], lowest: Int, context: TagContext, country: String) -> Int? {
        for length in 1...2 where start - length >= lowest {
            let first = start - length
            guard tokens[first..<start].allSatisfy(\.isCapitalizedWord) else { break }
            if isAdjective(context.text.text(of: first..<start), of: country) { return first }
        }
        return nil
    }
}

extension Candidate {
    /// This force is the table's `row`: its canonical, full name, kind, country and parent.
    mutating func resolve(to row: TagModels.ForceEntry) {
        self.canonical = row.id
        self.name = row.name
        self.forceKind = row.forceKind ?? self.forceKind
        self.country = row.isoCountry ?? self.country
        self.parent = row.parent
    }
}
