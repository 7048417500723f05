import BlotterCore

/// A unit whose name holds no policing word is the police's when the sentence says its members are officers:
/// "Officers from the Joint Operations Unit", "Sergeant Mark Rennie, of the Safer Cities Unit", "Rockhampton Forensic
/// Crash Unit officers", "Senior Sergeant Findlater said the Forensic Crash Unit would …". Alone, "Joint Operations
/// Unit" or "Tactical Support Group" could be any body's; the officers beside it say whose. Session 13, from
/// batch24's tune half (nine units missed, seven of them without a policing word), the kind the unit grammar's
/// policing-word test cannot learn one page at a time.
extension ForceRecognizer {
    /// Words for police officers that name a unit's members before "from/of/with the" ("officers from the …").
    /// Not "officer" alone: "chief strategy officer of the Business Group on Health" is a job.
    static let officerNouns: Set<String> = ["officers", "detectives", "police", "investigators", "troopers", "deputies",
                                            "agents", "constables", "gardaí", "gardai", "cops"]
    /// Words after a unit's name that make its members officers ("Tactical Support Group colleagues" follows
    /// "Officers were assisted by" on the page it came from; alone it is rarer, so it needs no more).
    /// (Not "personnel": "Wagner Group personnel"; second read.)
    static let officerNounsAfter: Set<String> = officerNouns.union(["colleagues"])
    /// Police ranks in lower case, and their abbreviations as written (in capitals only: "DC" of Washington DC and
    /// "Di" of Angel Di Maria are no constables; second read).
    static let policeRanks: Set<String> = ["sergeant", "constable", "inspector", "superintendent", "detective", "trooper",
                                           "constables", "sergeants"]
    static let policeRankAbbreviations: Set<String> = ["PC", "DC", "DS", "DI", "DCI", "DSU", "Sgt", "Insp", "Supt", "Det"]
    /// Words of units that other officers serve in (prisons, armies, councils, hospitals, sport): a unit's name with
    /// one is never the police's by its officers ("Officers from the Youth Offending Team", "Sergeant Mark Jones, of
    /// the Household Division"; second read).
    static let otherServiceWords: Set<String> = ["care", "intensive", "trauma", "medical", "hospital", "surgical", "maternity",
                                                 "neonatal", "stroke", "burns", "psychiatric", "mental", "health", "renal",
                                                 "cardiac", "coronary", "acute", "critical", "fire", "rescue", "ambulance",
                                                 "paramedic", "coastguard", "leadership", "management", "executive",
                                                 "football", "cricket", "rugby", "tennis", "olympic", "display", "dance",
                                                 "sales", "marketing", "customer", "editorial", "design", "production",
                                                 "legal", "defence", "defense", "campaign", "transition", "negotiating",
                                                 "school", "youth", "offending", "social", "housing", "council", "tenancy",
                                                 "highways", "nhs", "army", "military", "naval", "navy", "marine",
                                                 "marines", "veterinary", "prison", "prisons", "household", "guards",
                                                 "regiment", "cavalry", "band", "battalion", "brigade", "corps", "integrity",
                                                 "crisis", "hazardous", "quality", "review", "inspection"]

    /// Words between a unit and the officer or rank before it.
    static let officerLinks: Set<String> = ["from", "of", "with", "by"]
    /// Verbs of speech that may stand between an officer's name and the unit ("Sergeant X said the Y Unit would").
    static let officerSpeechLinks: Set<String> = ["said", "says"]
    /// The most words of a name between a rank and the link word ("Sergeant Mark Rennie, of the …" has two).
    static let rankNameMaximumTokens = 5

    /// Whether the unit name `start..<headEnd` stands beside police officers (see the type's comment). Units found
    /// so are kept only on a page that names a force (`ForceRecognizer.candidates`).
    func hasOfficerCue(start: Int, headEnd: Int, tokens: [Token], sentenceStart: Int, limit: Int) -> Bool {
        if tokens[start..<headEnd].contains(where: { Self.otherServiceWords.contains($0.lower) }) { return false }
        if headEnd < limit, Self.officerNounsAfter.contains(tokens[headEnd].lower) { return true }
        var link = start - 1
        guard link > sentenceStart else { return false }
        if tokens[link].lower == "the" { link -= 1 }
        guard link > sentenceStart else { return false }
        let linkWord = tokens[link].lower
        let isLink = Self.officerLinks.contains(linkWord)
        guard isLink || Self.officerSpeechLinks.contains(linkWord) else { return false }
        if isLink, Self.officerNouns.contains(tokens[link - 1].lower),
           // ("Prison officers from the …", "Fire investigators of the …": another service's officers.)
           !(link - 2 >= sentenceStart && Self.otherServiceWords.contains(tokens[link - 2].lower)) {
            return true
        }
        // "<rank> <Name>[,] of the …": a name's capitalised words (after one comma) back to a rank; an office on the
        // way ("Washington DC Mayor Muriel Bowser said the …") ends the search.
        var cursor = link - 1
        if tokens[cursor].text == "," { cursor -= 1 }
        var nameWords = 0
        while cursor >= sentenceStart, nameWords <= Self.rankNameMaximumTokens,
              tokens[cursor].isCapitalizedWord || tokens[cursor].isAcronym || tokens[cursor].text == "." {
            if Self.policeRanks.contains(tokens[cursor].lower) || Self.policeRankAbbreviations.contains(tokens[cursor].text) {
                return nameWords > 0
            }
            if roleWords.contains(tokens[cursor].lower) { return false }
            if tokens[cursor].text != "." { nameWords += 1 }
            cursor -= 1
        }
        return false
    }
}
