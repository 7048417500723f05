import BlotterCore

/// "R.I. State Police", "Mass. State Police", "Calif. Highway Patrol": US news (AP style) abbreviates a state before its
/// agency, above all in headlines and datelines. The state's agency is meant, with the table's id when the table knows
/// it (session 25, batch108's tune half: "R.I. State Police say two people are in custody" found no force).
extension ForceRecognizer {
    /// The Associated Press's abbreviations of state names (AP Stylebook, "state names"), without the closing full
    /// stop, which is a token of its own; with the older forms news still writes ("Kans.", "Penn.", "Wisc.").
    /// Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are never abbreviated.
    static let apStateAbbreviations: [String: String] = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado", "Conn": "Connecticut",
        "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
        "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
        "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
        "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota",
        "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "R.I": "Rhode Island",
        "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
        "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
    ]

    /// The abbreviated state written right before the head at `index` ("R.I." of "R.I. State Police"): its first token
    /// and the state's name, or nil. The segmenter often ends a sentence at the abbreviation's full stop ("the Calif."
    /// then "Highway Patrol responded"): the state may stand at the end of the sentence before the head's when the head
    /// opens its sentence, one space after it (not across a paragraph: "in Erie, Pa." then "State Police said"), and
    /// the abbreviation is no word ("home from Mass. State Police said" is church). (Not taught to the segmenter: its
    /// sentences also tokenise the name model's training text, and the retrained model moved people on 40 of 54 halves
    /// both ways for one batch's gain.)
    func abbreviatedState(beforeHead index: Int, tokens: [Token], lowest: Int, text: SegmentedText) -> (start: Int, state: String)? {
        guard index - 2 >= lowest || (index == lowest && index >= 2), tokens[index - 1].text == ".", !tokens[index - 1].spaceBefore,
              tokens[index].spaceBefore, let state = Self.apStateAbbreviations[tokens[index - 2].text] else { return nil }
        if index == lowest {
            let utf8 = text.text.utf8
            guard !Self.wordLikeStateAbbreviations.contains(tokens[index - 2].text), tokens[index].start - tokens[index - 1].end == 1,
                  utf8[utf8.index(utf8.startIndex, offsetBy: tokens[index - 1].end)] == UInt8(ascii: " ") else { return nil }
        }
        return (index - 2, state)
    }

    /// Abbreviations that are also English words, read only inside one sentence.
    static let wordLikeStateAbbreviations: Set<String> = ["Mass", "Miss", "Wash", "Ill", "Ind", "Ore", "Del", "La", "Pa", "Mo",
                                                          "Penn", "Ala", "Ark"]

    /// The state agency of `head` whose state is abbreviated before it, named as the table names it ("Rhode Island
    /// State Police"), or nil when no table knows it: "Burlington, Vt. Police said" is a sentence's end and a bare
    /// "Police", not a "Vermont Police".
    func abbreviatedStateForce(_ state: (start: Int, state: String), head: PhraseMatcher<String>.Match, tokens: [Token],
                               context: TagContext, states: () -> Set<String>, countries: () -> Set<String>) -> Candidate? {
        let full = state.state + " " + head.payload
        let resolution = grammar.resolve(placeText: state.state, head: head.payload, written: full, states: states, countries: countries)
        guard resolution.canonical != Slug.make(full) else { return nil }
        var found = entity(tokens, state.start..<head.tokens.upperBound, context: context, canonical: resolution.canonical,
                           name: resolution.name, recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = resolution.kind
        found.country = "US"
        return found
    }
}
