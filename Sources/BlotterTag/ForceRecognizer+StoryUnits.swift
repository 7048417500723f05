import BlotterCore

/// A unit, squad, team or task force named in capitals in a sentence about police work, on a page that names a
/// force, is that force's: "the Missing Persons Unit", "the Flight Operations Unit", "the Special Weapons Team", "the
/// Fraud Operations Team". Alone such a name could be any body's (a hospital's "Intensive Care Unit", a council's
/// "Leadership Team"); the force on the page and the police words of the sentence say whose, and the words of
/// other services refuse it. Session 13: units without a policing word were the largest class of force misses
/// left in the tune halves of batches 9-24 (some twenty), after the officer-beside-unit rule.
extension ForceRecognizer {
    /// The heads such a unit's name ends in.
    static let storyUnitHeads: Set<String> = ["Unit", "Squad", "Team", "Taskforce"]
    /// Words of a sentence about police work (lower case).
    static let policeWorkWords: Set<String> = ["police", "officers", "officer", "detectives", "detective", "arrested", "arrest",
                                               "arrests", "investigators", "suspect", "suspects", "constable", "sergeant",
                                               "inspector", "superintendent", "warrant", "raid", "raids", "seized", "charged"]
    /// The most capitalised words before the head ("Intellectual Property Rights Unit" has three).
    static let storyUnitMaximumWords = 4

    /// Units of `sentence` not yet covered by `found`, when `found` holds a force of the page.
    func storyUnits(in sentence: Sentence, tokens: [Token], context: TagContext, found: [Candidate]) -> [Candidate] {
        let range = sentence.tokens
        guard range.count > 2, Self.isAboutPoliceWork(range, tokens: tokens, found: found) else { return [] }
        var out: [Candidate] = []
        for index in range where index > range.lowerBound {
            if tokens[index].text == "Division", let division = compassDivision(at: index, tokens: tokens, range: range, context: context, found: found) {
                out.append(division)
                continue
            }
            guard Self.storyUnitHeads.contains(tokens[index].text) else { continue }
            var start = index
            while start > range.lowerBound, index - start < Self.storyUnitMaximumWords,
                  tokens[start - 1].isCapitalizedWord || (tokens[start - 1].text == "-" && !tokens[start - 1].spaceBefore && start - 1 > range.lowerBound) {
                start -= 1
            }
            // Not a sentence's first word that is a function word or an everyday word opening a headline, nor a name
            // in a title-case line. (An opening word that is part of the unit's name stays: "Serious Crash Unit are
            // investigating", session 15, batch38's tune half.)
            // (Nor a possessive determiner: "“Our Medicaid Fraud Control Unit works …"; session 16, batch44's tune half.)
            while start < index, (start == range.lowerBound && !Self.opensUnitName(tokens, start, index: index))
                    || Self.headlineFunctionWords.contains(tokens[start].lower) || Self.possessiveDeterminers.contains(tokens[start].lower) { start += 1 }
            guard start < index, tokens[start].isCapitalizedWord, !Self.isTitleCase(tokens[range]) else { continue }
            let words = tokens[start...index]
            guard !words.contains(where: { Self.otherServiceWords.contains($0.lower) || Self.notAgencyWords.contains($0.lower)
                                            || Self.modelNotForceWords.contains($0.lower) || Self.buildingWords.contains($0.lower)
                                            || roleWords.contains($0.lower) }),
                  lastRank(in: tokens[start..<index]) == nil else { continue }
            let (startByte, endByte) = (tokens[start].start, tokens[index].end)
            guard !found.contains(where: { $0.start < endByte && startByte < $0.end }) else { continue }
            out.append(policeUnit(tokens, start..<(index + 1), context: context, confidence: .guess))
        }
        return out
    }

    /// A sentence about police work: it holds a police-work word or a force already found.
    static func isAboutPoliceWork(_ range: Range<Int>, tokens: [Token], found: [Candidate]) -> Bool {
        tokens[range].contains(where: { policeWorkWords.contains($0.lower) })
            || found.contains(where: { $0.sentence == tokens[range.lowerBound].sentence })
    }

    /// Whether a sentence's first word opens the unit's name: the name runs on to its head in capitals and the
    /// sentence goes on with a verb in lower case ("Serious Crash Unit are investigating"), not a headline's capitals.
    static func opensUnitName(_ tokens: [Token], _ start: Int, index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return false }
        return index - start >= 2 && tokens[index + 1].isLowercaseWord && !headlineFunctionWords.contains(tokens[start].lower)
    }

    /// A police division named by its compass point or a known place ("the Southern Division", "the Tobago Division"), as several forces
    /// abroad name theirs: seven such gold strings in batches 9-27, none found before (session 13). Same conditions as
    /// a story's unit. ("11 Division", Toronto's, is read as a count and left.)
    /// Two compass words make one point ("the North Eastern Division"), and the division's task force or unit is one
    /// name with it ("the Southern Division Task Force": session 15, batch34's tune half, Trinidad and Tobago's).
    func compassDivision(at index: Int, tokens: [Token], range: Range<Int>, context: TagContext, found: [Candidate]) -> Candidate? {
        var start = index - 1
        guard start > range.lowerBound else { return nil }
        if Self.compassWords.contains(tokens[start].text) {
            if start - 1 > range.lowerBound, Self.compassWords.contains(tokens[start - 1].text) { start -= 1 }
        } else if let place = knownPlace(endingBefore: index, tokens: tokens, lowest: range.lowerBound + 1, context: context) {
            // ("officers in the Tobago Division": a known place's division; session 20,
            // the tune halves of batches 74 and 85 had four.)
            start = place.lowerBound
        } else {
            return nil
        }
        var end = index + 1
        if end + 1 < range.upperBound, tokens[end].text == "Task", tokens[end + 1].text == "Force" {
            end += 2
        } else if end < range.upperBound, Self.storyUnitHeads.contains(tokens[end].text) {
            end += 1
        }
        // (a longer capitalised name before it is another body's: "the NFC South Division"; a sentence's opening
        // "The" is not)
        let openingArticle = start - 1 == range.lowerBound && ["the", "a"].contains(tokens[start - 1].lower)
        guard openingArticle || !(tokens[start - 1].isCapitalizedWord || tokens[start - 1].isAcronym),
              // (nor one that goes on: "East Division Patrol officers")
              !(end < range.upperBound && (tokens[end].isCapitalizedWord || tokens[end].isAcronym)),
              !found.contains(where: { $0.start < tokens[end - 1].end && tokens[start].start < $0.end }) else { return nil }
        return policeUnit(tokens, start..<end, context: context, confidence: .guess)
    }
}
