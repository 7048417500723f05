import BlotterCore

/// A unit named by a generic name of models/police-units.tsv ("the Serious Collision Investigation Unit", "Special
/// Branch", "the Armed Offenders Squad") or its acronym, on a page that names a force, is that force's unit. Session 16
/// found that rules written from the pages in front of the team did not carry to unseen pages; units with no
/// policing word in their name were the largest class of force misses left in the tune halves of batches 9-56 (some
/// 150 of 389), so session 17 listed the category instead: a helper who saw no page wrote the generic unit names of
/// English-speaking forces and prosecutors from general knowledge.
extension ForceRecognizer {
    /// Lower-case words a unit's name may hold ("Sex Crimes and Child Abuse Unit", "Bureau of Investigation").
    static let unitNameJoiners: Set<String> = ["of", "and", "the", "for", "against", "&", "-", "/"]

    /// Listed units of the page not yet covered by `found`, each with the page's force as its parent when the page
    /// names one force only.
    func listedUnits(tokens: [Token], context: TagContext, found: [Candidate]) -> [Candidate] {
        // The page's forces: at each span the most confident reading (the table's and the grammar's may both be there).
        var best: [Int: Candidate] = [:]
        for candidate in found where candidate.parent == nil && candidate.recognizer != "force.unit" {
            if let other = best[candidate.start], other.confidence >= candidate.confidence { continue }
            best[candidate.start] = candidate
        }
        let forces = Set(best.values.compactMap(\.canonical))
        // (the first on the page: a dictionary's order changes between runs)
        let pageForce = best.keys.min().flatMap { best[$0] }
        var out: [Candidate] = []
        for sentence in context.text.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard tokens[index].isCapitalizedWord || tokens[index].isAcronym,
                      let match = unitNames.longestMatch(in: tokens, at: index, limit: sentence.tokens.upperBound) else {
                    index += 1
                    continue
                }
                let span = match.tokens
                index = span.upperBound
                guard Self.isWrittenAsAName(tokens, span, sentence: sentence.tokens) else { continue }
                // An acronym alone ("SIT", "TSG") stands for a unit only in a sentence about police work or one that
                // names a force (a fitness page's "SIT" is interval training).
                if span.count == 1, !Self.isAboutPoliceWork(sentence.tokens, tokens: tokens, found: found) { continue }
                let (start, end) = (tokens[span.lowerBound].start, tokens[span.upperBound - 1].end)
                let overlaps = { (other: Candidate) in other.start < end && start < other.end }
                guard !found.contains(where: overlaps), !out.contains(where: overlaps) else { continue }
                var unit = policeUnit(tokens, span, context: context, confidence: .guess)
                if forces.count == 1, let force = pageForce {
                    unit.parent = force.canonical
                    unit.country = force.country
                }
                out.append(unit)
            }
        }
        return out
    }

    /// Every word in capitals (or a joiner), and no capitalised word right before or after it that would make a
    /// longer name another rule reads ("Kenya Flying Squad Unit"); the sentence's first word may be the unit's.
    static func isWrittenAsAName(_ tokens: [Token], _ span: Range<Int>, sentence: Range<Int>) -> Bool {
        let words = tokens[span].filter { $0.kind == .word }
        guard words.allSatisfy({ $0.isCapitalizedWord || $0.isAcronym || unitNameJoiners.contains($0.lower) }),
              words.first.map({ !unitNameJoiners.contains($0.lower) }) ?? false else { return false }
        if span.upperBound < sentence.upperBound, tokens[span.upperBound].isCapitalizedWord { return false }
        if span.lowerBound > sentence.lowerBound {
            let before = tokens[span.lowerBound - 1]
            // (a sentence's opening determiner is no name's: "The TSG arrested him")
            let opening = span.lowerBound - 1 == sentence.lowerBound && headlineFunctionWords.contains(before.lower)
            // (nor another owner's unit: "Manchester United's Major Incident Team")
            if (before.isCapitalizedWord || before.isAcronym) && !opening || before.isPossessive { return false }
        }
        // Another service's officers ("Prison officers from the Tactical Response Group").
        let before = tokens[max(sentence.lowerBound, span.lowerBound - 4)..<span.lowerBound]
        return !before.contains { otherServiceWords.contains($0.lower) }
    }
}
