import BlotterCore

/// A count whose noun the sentence leaves out because a count before it names it, in the same frame: "13 murders in
/// 2010, 15 in 2011 and nine in 2012"; "more than 200 in the district and about 78 in the Acadiana area". The
/// number follows a comma or "and" (a hedge may stand between), the same preposition follows it as follows the
/// earlier count, and it takes that count's `of`. Session 24: four such counts in the tune halves of batches 104-106,
/// none read before (a bare number is otherwise no figure).
extension FigureRecognizer {
    /// Prepositions that frame both counts ("in 2010", "in the district").
    static let ellipsisPrepositions: Set<String> = ["in", "at", "across", "from", "on", "during", "by", "within"]
    /// Words right before the left-out count: a list's comma or "and".
    static let ellipsisJoiners: Set<String> = [",", "and"]
    /// Words after the preposition that make the number something else: a sum ("5,000 in cash") or bail.
    static let ellipsisMoneyWords: Set<String> = ["cash", "bail", "fines", "damages", "compensation", "funding", "notes", "costs"]
    /// The most lower-case words between an earlier count and its preposition ("13 murders in": one).
    static let ellipsisNounWords = 3

    func ellipticalCounts(in sentence: Sentence, found: [Candidate], tokens: [Token], context: TagContext) -> [Candidate] {
        let range = sentence.tokens
        var out: [Candidate] = []
        var covered = found.map { $0.start..<$0.end }
        for count in found where count.figure?.kind == .count && count.figure?.valueMax == nil {
            guard let last = MentionResolver.tokenEnding(at: count.end, in: tokens),
                  let preposition = framingPreposition(after: last, range: range, tokens: tokens) else { continue }
            var index = preposition + 1
            while index < range.upperBound {
                defer { index += 1 }
                guard let (candidate, end) = leftOutCount(at: index, of: count, preposition: tokens[preposition].lower, range: range,
                                                          tokens: tokens, context: context),
                      !covered.contains(where: { $0.overlaps(candidate.start..<candidate.end) }) else { continue }
                out.append(candidate)
                covered.append(candidate.start..<candidate.end)
                index = end
            }
        }
        return out
    }

    /// The preposition right after a count or after the lower-case words of its noun.
    private func framingPreposition(after last: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var index = last + 1
        while index < range.upperBound, index - last <= Self.ellipsisNounWords + 1 {
            if Self.ellipsisPrepositions.contains(tokens[index].lower) { return index }
            guard tokens[index].isLowercaseWord else { return nil }
            index += 1
        }
        return nil
    }

    /// A number at `index` after a joiner (and a hedge) with `preposition` right after it: a count of what `count`
    /// counts. Not a year ("in 2011" is the frame's own date), not a number another rule reads.
    private func leftOutCount(at index: Int, of count: Candidate, preposition: String, range: Range<Int>, tokens: [Token],
                              context: TagContext) -> (Candidate, Int)? {
        guard index > range.lowerBound, Self.ellipsisJoiners.contains(tokens[index - 1].lower) else { return nil }
        let match = qualifiers.longestMatch(in: tokens, at: index, limit: range.upperBound)
        let numberAt = match?.tokens.upperBound ?? index
        guard numberAt < range.upperBound, let number = numbers.parse(tokens, at: numberAt, limit: range.upperBound),
              number.end < range.upperBound, tokens[number.end].lower == preposition, !Self.isYear(number),
              number.value >= 1, number.value == number.value.rounded() else { return nil }
        // Not a ratio ("one in four involved", "1 in 5 residents") nor a sum ("5,000 in cash"): the second read's cases.
        let after = number.end + 1
        if after < range.upperBound {
            let word = tokens[after]
            // (A year there is the frame's date: "15 in 2011".)
            let isYear = word.text.utf8.count == 4 && Int(word.text).map(CalendarWords.years.contains) == true
            if !isYear, word.kind == .number || FigureLexicon.numberWords[word.lower] != nil || Self.ellipsisMoneyWords.contains(word.lower) {
                return nil
            }
        }
        let facts = FigureFacts(kind: .count, value: .number(number.value), qualifier: match?.payload, of: count.figure?.of)
        return (make(tokens, index..<number.end, facts, context: context), number.end)
    }
}
