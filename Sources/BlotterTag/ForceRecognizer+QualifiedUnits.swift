import BlotterCore

/// A table's unit with its force's place or tier written before it is the longer name: "the Waikato Armed Offenders
/// Squad" (New Zealand's AOS, of the Waikato district), "the State Flying Squad" (Queensland's, not the Met's Flying
/// Squad the table holds). The unit rules read the longer name at a lower confidence than the table's row, which
/// won the overlap; here the longer one is raised above it. Session 24, batch104's tune half (two gold strings).
extension ForceRecognizer {
    /// Words of a force's tier that qualify a unit's name as a place does.
    static let unitQualifierWords: Set<String> = ["State", "Regional", "National", "District", "County", "Metropolitan", "Metro"]
    /// The most words before the table's unit ("Bay of Plenty" has three).
    static let unitQualifierMaximumWords = 3

    func withQualifiedTableUnits(_ candidates: [Candidate], tokens: [Token]) -> [Candidate] {
        let tableUnits = candidates.filter { $0.recognizer == "force.gazetteer" && $0.parent != nil }
        guard !tableUnits.isEmpty else { return candidates }
        return candidates.map { candidate in
            guard candidate.recognizer == "force.unit",
                  let row = tableUnits.first(where: { $0.end == candidate.end && $0.start > candidate.start && $0.confidence >= candidate.confidence }),
                  let first = MentionResolver.tokenStarting(at: candidate.start, in: tokens),
                  let rowFirst = MentionResolver.tokenStarting(at: row.start, in: tokens),
                  rowFirst - first <= Self.unitQualifierMaximumWords, isUnitQualifier(tokens[first..<rowFirst])
            else { return candidate }
            var raised = candidate
            raised.confidence = row.confidence.raised
            // ("the Auckland Armed Offenders Squad", "the London Flying Squad": a place of the row's own country keeps
            // the row's force as parent when the unit rules found none; the second read's cases.)
            if raised.parent == nil, let country = row.country,
               grammar.places.mostProminent(named: written(tokens[first..<rowFirst]))?.country == country {
                raised.parent = row.parent
                raised.country = raised.country ?? country
            }
            return raised
        }
    }

    private func written(_ words: ArraySlice<Token>) -> String { words.map(\.text).joined(separator: " ") }

    /// A known place ("Waikato") or one tier word ("State").
    private func isUnitQualifier(_ words: ArraySlice<Token>) -> Bool {
        guard let first = words.first, let last = words.last, words.allSatisfy({ $0.isCapitalizedWord || $0.text == "of" }) else { return false }
        if words.count == 1, Self.unitQualifierWords.contains(first.text) { return true }
        return grammar.places.contains(written(words)) && last.isCapitalizedWord
    }
}
