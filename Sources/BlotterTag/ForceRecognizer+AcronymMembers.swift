import BlotterCore

/// An agency known to the page by its initials only, named by its members: "MDEA agents began investigating",
/// "when DSI officers raided three locations", "'ZRP cops' break into house". News from
/// everywhere names agencies this way (Kenya's DCI, Thailand's DSI, Zimbabwe's ZRP, a state's bureau), and no table can
/// hold every country's initials; the members' noun says what the letters are. Session 25, from the 24 tune halves:
/// of 40 distinct "<initials> agents/officers/investigators/cops/troopers/personnel/spokes…" strings, the annotators
/// counted the initials as a force in 37 (the three others before "officers" or "spokesman": a football league, a
/// ministry, a party); "spokesman" and "officials" are left out here for that reason, and "personnel" as
/// `officerNounsAfter` leaves it out ("Wagner Group personnel").
extension ForceRecognizer {
    /// Nouns for an agency's sworn members after its initials.
    /// (Not "investigators": "CEDARS investigators" ran a clinical trial, on a CleanEval page.)
    static let acronymMemberNouns: Set<String> = ["agents", "officers", "detectives", "troopers", "deputies", "cops"]
    /// Letters of such initials: two ("PF" is Brazil's federal police) to six.
    static let acronymMemberLetters = 2...6
    /// Initials before members that are no agency's: other services' staff and well-known bodies whose officers the
    /// annotators never counted ("UN officers", "NHS staff" have their own words; "AFL officers" was the tune halves'
    /// one case), intelligence services and civil services, which `quality/police-news/README.md` does not count
    /// ("CIA officers", "ISI", "IAS officers" on the extraction pages), and the ranks and units the other rules read
    /// ("DCI", "SWAT", "CID").
    static let notAgencyInitials: Set<String> = ["UN", "EU", "NHS", "IT", "HR", "PR", "TV", "AFL", "NFL", "NBA", "NHL", "MLB",
                                                 "FIFA", "UEFA", "IOC", "WHO", "NGO", "IMF", "ICT",
                                                 "CIA", "NSA", "DIA", "ISI", "MI5", "MI6", "GCHQ", "ASIO", "ASIS", "CSIS", "RAW",
                                                 "NIS", "SIS", "IAS", "IFS", "ICS"]

    /// The agency whose initials are at `index`, when its members' noun follows, or nil.
    func acronymMembersForce(at index: Int, tokens: [Token], context: TagContext, sentenceStart: Int, limit: Int) -> Candidate? {
        let token = tokens[index]
        guard index + 1 < limit, token.isAcronym, Self.acronymMemberLetters.contains(token.text.count),
              Self.acronymMemberNouns.contains(tokens[index + 1].lower),
              // (Not a word of a shouted headline: "POLICE OFFICERS" has no acronym of an agency.)
              !(index > sentenceStart && tokens[index - 1].isAcronym), !tokens[index + 1].isAcronym,
              !Self.notAgencyInitials.contains(token.text), !Self.unitHeads.contains(token.text),
              !Self.policeRankAbbreviations.contains(token.text), !ForceGrammar.unitedStates.contains(token.text),
              !grammar.places.contains(token.text), !commonWords.contains(token.lower) else { return nil }
        var found = entity(tokens, index..<(index + 1), context: context, canonical: Slug.make(token.text), name: token.text,
                           recognizer: "force.members", confidence: .lexicon)
        found.forceKind = .other
        return found
    }
}
