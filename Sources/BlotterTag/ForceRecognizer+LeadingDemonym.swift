import BlotterCore

extension ForceRecognizer {
    /// "the Moroccan Central Bureau of Judicial Investigations (BCIJ)", "the Paraguayan National Anti-Drug
    /// Secretariat", "the Uruguayan Anti Drug Brigade": a country's adjective right before a capitalised force name is
    /// part of the name as the page writes it, whichever rule read the name (a table row, a bracketed agency, a
    /// head); the force takes the adjective's country when it had none. Not when the adjective itself follows a
    /// capitalised word (it may end another name: "Royal Moroccan …"), and not before a name that opens with an
    /// adjective of its own. (A name may open with a word that is also a place: "Central Bureau …".) (Session 21, the tune halves of batches 92 and 95: three names of this form
    /// were each a missed force and a false shorter one.)
    func withLeadingDemonyms(_ found: [Candidate], tokens: [Token], text: SegmentedText) -> [Candidate] {
        found.map { candidate in
            guard candidate.type == .force, candidate.text.contains(" "), candidate.text.first?.isUppercase == true,
                  let first = MentionResolver.tokenStarting(at: candidate.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: candidate.end, in: tokens), first >= 1,
                  let country = leadingDemonymCountry(before: first, in: tokens) else { return candidate }
            var extended = candidate
            extended.entity.start = tokens[first - 1].start
            extended.entity.text = text.text(of: (first - 1)..<(last + 1))
            extended.entity.country = candidate.country ?? country
            return extended
        }
    }

    private static let articles: Set<String> = ["the", "a", "an"]

    /// The country of the adjective right before token `first` when the name at `first` may take it.
    private func leadingDemonymCountry(before first: Int, in tokens: [Token]) -> String? {
        let adjective = tokens[first - 1]
        guard adjective.sentence == tokens[first].sentence, adjective.isCapitalizedWord, tokens[first].isCapitalizedWord,
              let country = grammar.demonyms[adjective.text], grammar.demonyms[tokens[first].text] == nil else { return nil }
        if first >= 2, tokens[first - 2].sentence == adjective.sentence, !Self.articles.contains(tokens[first - 2].lower),
           tokens[first - 2].isCapitalizedWord || tokens[first - 2].text == "-" { return nil }
        return country
    }
}
