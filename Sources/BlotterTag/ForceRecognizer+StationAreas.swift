import BlotterCore

extension ForceRecognizer {
    /// Countries whose English-language press names the police by the station's area: "Hebbal police arrested one
    /// peddler", "the Kalady police registered a case", "RMC Yard police" (India, Pakistan, Bangladesh, Sri Lanka, Nepal).
    static let stationAreaCountries: Set<String> = ["IN", "PK", "BD", "LK", "NP"]
    /// The longest such area name in words ("D N Nagar", "RMC Yard").
    static let stationAreaMaximumWords = 3

    /// "<Area> police" on a page about one of `stationAreaCountries`, where the area is a neighbourhood or small
    /// town no table knows and the model does not read as a place: one to three capitalised words, the first no
    /// everyday word (not "Traffic police", "Crime Branch police") and the run no acronym alone ("STF police"). Its
    /// canonical a slug. Session 21, the tune halves of batches 76 and 93: seven station areas missed.
    func stationAreaForce(placeEnd: Int, headTokens: Range<Int>, head: (String, ForceKind), tokens: [Token], context: TagContext,
                          sentenceStart: Int, countries: () -> Set<String>) -> Candidate? {
        guard head.1 == .police, head.0 == "police", placeEnd > sentenceStart, tokens[placeEnd - 1].isCapitalizedWord || tokens[placeEnd - 1].isAcronym
        else { return nil }
        var start = placeEnd
        while start > sentenceStart, placeEnd - start < Self.stationAreaMaximumWords,
              tokens[start - 1].isCapitalizedWord || tokens[start - 1].isAcronym, !tokens[start - 1].isPossessive {
            start -= 1
        }
        // ("The Hebbal police registered a case": an article or other word that starts no name opens the run, not the area.)
        while start < placeEnd - 1, NameLexicon.notNameWords.contains(tokens[start].text) || tokens[start].lower == "the" { start += 1 }
        let first = tokens[start]
        guard !commonWords.contains(first.lower), !NameLexicon.notNameWords.contains(first.text),
              !(placeEnd - start == 1 && first.isAcronym),
              !Self.stationAreaCountries.isDisjoint(with: countries()) else { return nil }
        let span = start..<headTokens.upperBound
        let written = context.text.text(of: span)
        var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                           recognizer: "force.place", confidence: .grammar)
        found.forceKind = .police
        let named = Self.stationAreaCountries.intersection(countries())
        found.country = named.count == 1 ? named.first : nil
        return found
    }
}
