import BlotterCore

/// A police precinct named by its number ("the 84th Precinct", "the 24th Pct", "the Third Precinct") or, beside its
/// officers, by its place ("Officers of the Beitou Precinct"): a unit of the city's police. The annotators of
/// batches 15, 19 and 25 counted each one (batch9's left "taken into custody at the 34th Precinct" out); session 13
/// found three missed in batch19's tune half.
/// A precinct by its place alone is left: "Precinct 4" and "the Smith Precinct" are as often an election's.
extension ForceRecognizer {
    static let precinctHeads: Set<String> = ["Precinct", "Pct"]

    func precinct(at index: Int, tokens: [Token], context: TagContext, sentenceStart: Int, limit: Int) -> Candidate? {
        guard Self.precinctHeads.contains(tokens[index].text), index > sentenceStart else { return nil }
        var start = index - 1
        let previous = tokens[start]
        if FigureLexicon.ordinalSuffixes.contains(previous.lower), !previous.spaceBefore, start - 1 >= sentenceStart,
           tokens[start - 1].kind == .number {
            start -= 1  // "84th Precinct"
        } else if previous.isCapitalizedWord, FigureLexicon.ordinalWords[previous.lower] != nil {
            // "Third Precinct"
        } else if previous.isCapitalizedWord, !Self.headlineFunctionWords.contains(previous.lower),
                  hasOfficerCue(start: start, headEnd: index + 1, tokens: tokens, sentenceStart: sentenceStart, limit: limit) {
            // "Officers of the Beitou Precinct"
        } else {
            return nil
        }
        return policeUnit(tokens, start..<(index + 1), context: context, confidence: .grammar)
    }
}
