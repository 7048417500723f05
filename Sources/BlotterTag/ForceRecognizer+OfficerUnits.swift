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
                                            "agents", "constables"]
    /// Words after a unit's name that make its members officers ("Tactical Support Group colleagues" follows
    /// "Officers were assisted by" on the page it came from; alone it is rarer, so it needs no more).
    static let officerNounsAfter: Set<String> = officerNouns.union(["colleagues", "personnel", "specialists"])
    /// Police ranks (lower case, abbreviations as written without their dot) that make a person named right before
    /// "of/from the …" or "said the …" an officer of it.
    static let policeRanks: Set<String> = ["sergeant", "sgt", "constable", "pc", "dc", "ds", "di", "dci", "dsu", "inspector",
                                           "insp", "superintendent", "supt", "detective", "det", "trooper", "constables",
                                           "sergeants"]
    /// Words between a unit and the officer or rank before it.
    static let officerLinks: Set<String> = ["from", "of", "with", "by"]
    /// Verbs of speech that may stand between an officer's name and the unit ("Sergeant X said the Y Unit would").
    static let officerSpeechLinks: Set<String> = ["said", "says"]
    /// The most words of a name between a rank and the link word ("Sergeant Mark Rennie, of the …" has two).
    static let rankNameMaximumTokens = 5

    /// Whether the unit name `start..<headEnd` stands beside police officers (see the type's comment).
    func hasOfficerCue(start: Int, headEnd: Int, tokens: [Token], sentenceStart: Int, limit: Int) -> Bool {
        if headEnd < limit, Self.officerNounsAfter.contains(tokens[headEnd].lower) { return true }
        var link = start - 1
        guard link > sentenceStart else { return false }
        if tokens[link].lower == "the" { link -= 1 }
        guard link > sentenceStart else { return false }
        let linkWord = tokens[link].lower
        let isLink = Self.officerLinks.contains(linkWord)
        guard isLink || Self.officerSpeechLinks.contains(linkWord) else { return false }
        if isLink, Self.officerNouns.contains(tokens[link - 1].lower) { return true }
        // "<rank> <Name>[,] of the …": a name's capitalised words (after one comma) back to a rank.
        var cursor = link - 1
        if tokens[cursor].text == "," { cursor -= 1 }
        var nameWords = 0
        while cursor >= sentenceStart, nameWords <= Self.rankNameMaximumTokens,
              tokens[cursor].isCapitalizedWord || tokens[cursor].isAcronym || tokens[cursor].text == "." {
            if Self.policeRanks.contains(tokens[cursor].lower) { return nameWords > 0 }
            if tokens[cursor].text != "." { nameWords += 1 }
            cursor -= 1
        }
        return false
    }
}
