import BlotterCore

/// An agency known to the page by its initials only, named by its members: "MDEA agents began investigating",
/// "when DSI officers raided three locations", "'ZRP cops' break into house". News from
/// everywhere names agencies this way (Kenya's DCI, Thailand's DSI, Zimbabwe's ZRP, a state's bureau), and no table can
/// hold every country's initials; the members' noun says what the letters are. Session 25, from the tune halves of 24
/// sets: of the distinct "<initials> <noun>" strings with the nouns kept here, the annotators counted the initials as a
/// force in 24 of 25 (the other, "AFL officers", a football league; "WBR deputies", batch108, a parish's initials, is
/// the one miss of five on the three new tune halves). With "investigators", "personnel" and "spokesman" it was 40 of
/// 43 (a ministry and a party before "spokesman"), so those are left out ("personnel" as `officerNounsAfter` leaves
/// it out: "Wagner Group personnel").
extension ForceRecognizer {
    /// Nouns for an agency's sworn members after its initials: `officerNouns` without "police" (the place rules read
    /// "NT police"), "investigators" ("CEDARS investigators" ran a clinical trial, on a CleanEval page) and the words
    /// of other countries' police ("constables", "gardaí").
    static let acronymMemberNouns: Set<String> = officerNouns.subtracting(["police", "investigators", "constables", "gardaí", "gardai"])
    /// Letters of such initials: two ("PF" is Brazil's federal police) to six (the longest agency initials of the tune
    /// halves' gold, "NDLEA", have five; one to spare).
    static let acronymMemberLetters = 2...6
    /// Initials before members that are no police agency's: bodies whose officers the annotators never counted
    /// (`quality/police-news/README.md`: intelligence services, armies, regulators and tax offices, parties, sport, the
    /// UN), the ones the second read tried, and the ranks and units the other rules read ("DCI", "SWAT", "CID"). A
    /// list can never be whole: the rule also needs a police force named elsewhere on the page
    /// (`ForceRecognizer.isSentenceVouchedUnit`).
    static let notAgencyInitials: Set<String> = [
        "UN", "EU", "NHS", "IT", "HR", "PR", "TV", "AFL", "NFL", "NBA", "NHL", "MLB", "FIFA", "UEFA", "IOC", "WHO", "NGO", "IMF",
        "ICT", "NCAA", "UNHCR", "RSPCA", "HSE", "FDNY", "CAA", "RBI",
        // intelligence and security services
        "CIA", "NSA", "DIA", "ISI", "MI5", "MI6", "GCHQ", "ASIO", "ASIS", "CSIS", "RAW", "NIS", "SIS", "KGB", "GRU", "SVR",
        // armies and militias
        "IDF", "RAF", "SAS", "PLA", "IRGC", "KDF", "SS", "ISIS", "IS", "RSF",
        // regulators, tax and civil services
        "IRS", "SEC", "FDA", "NTSB", "EPA", "FAA", "OSHA", "IAS", "IFS", "ICS",
    ]

    /// Words of police work in the sentence or the one before that let the agency stand without a force named
    /// elsewhere on the page ("when DSI officers raided three locations", "MDEA agents began investigating"); without
    /// one, the page must name a police force (`isSentenceVouchedUnit`): the second read's "IDF officers", "IRS
    /// agents" in stories of other bodies. (Session 25: requiring a named force alone lost three of the tune halves'
    /// six agencies, on pages that name no other force.)
    static let policeWorkCues: Set<String> = ["arrested", "arrest", "arrests", "raided", "raid", "raids", "seized", "seizure",
                                              "charged", "investigating", "investigation", "detained", "apprehended", "suspects",
                                              "suspect", "warrant", "crackdown"]
    /// The recogniser of an agency read with such a cue, and of one read without it, kept only beside a named force.
    static let membersRecognizer = "force.members"
    static let vouchedMembersRecognizer = "force.members.vouched"

    func hasPoliceWorkCue(sentence: Int, _ text: SegmentedText) -> Bool {
        let sentences = max(0, sentence - 1)...sentence
        return sentences.contains { text.tokens[text.sentences[$0].tokens].contains { Self.policeWorkCues.contains($0.lower) } }
    }

    /// The agency whose initials are at `index`, when its members' noun follows, or nil.
    func acronymMembersForce(at index: Int, _ tokens: [Token], _ context: TagContext, range: Range<Int>) -> Candidate? {
        let (token, sentenceStart, limit) = (tokens[index], range.lowerBound, range.upperBound)
        guard index + 1 < limit, token.isAcronym, Self.acronymMemberLetters.contains(token.text.count),
              Self.acronymMemberNouns.contains(tokens[index + 1].lower),
              // (Not a word of a shouted headline: "POLICE OFFICERS" has no acronym of an agency.)
              !(index > sentenceStart && tokens[index - 1].isAcronym), !tokens[index + 1].isAcronym,
              !Self.notAgencyInitials.contains(token.text), !Self.unitHeads.contains(token.text),
              !Self.policeRankAbbreviations.contains(token.text), !ForceGrammar.unitedStates.contains(token.text),
              !grammar.places.contains(token.text), !commonWords.contains(token.lower) else { return nil }
        let cued = hasPoliceWorkCue(sentence: token.sentence, context.text)
        var found = entity(tokens, index..<(index + 1), context: context, canonical: Slug.make(token.text), name: token.text,
                           recognizer: cued ? Self.membersRecognizer : Self.vouchedMembersRecognizer, confidence: .lexicon)
        found.forceKind = .other
        return found
    }
}
