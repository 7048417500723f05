import BlotterCore

/// A university's or college's own police, named after the institution: "New Mexico State University Police", "Kent
/// State University Police Department", "Lone Star College Police", "the University of Chicago Police Department".
/// US news names campus forces this way; before this rule the head rule read "University Police" alone, and "University
/// of Chicago Police Department" gave the city's force ("Chicago Police Department") its place (session 22, batch80's
/// tune half; `agencies-world.tsv` lists a few dozen campus forces by hand, this reads the rest).
extension ForceRecognizer {
    static let campusWords: Set<String> = ["University", "College"]
    /// Words after "Police" that belong to the campus force's name.
    static let campusHeadTails: Set<String> = ["Department", "Dept", "Division", "Service", "Services"]
    /// The most tokens of an institution's name before "University" ("Texas A & M", four; one to spare).
    static let campusNameMaximumTokens = 5
    /// The most tokens of the place in "University of <place> Police" ("North Carolina at Chapel Hill", five; one to spare).
    static let campusPlaceMaximumTokens = 6

    /// The campus force whose institution word ("University", "College") is at `index`, or nil.
    func campusPolice(at index: Int, tokens: [Token], context: TagContext, sentenceStart: Int, limit: Int) -> Candidate? {
        guard Self.campusWords.contains(tokens[index].text), index + 1 < limit else { return nil }
        let start: Int
        let police: Int
        if tokens[index + 1].text == "Police" {
            // "Kent State University Police": the institution's name runs back from its word.
            start = campusNameStart(before: index, tokens: tokens, sentenceStart: sentenceStart)
            guard start < index else { return nil }
            police = index + 1
        } else if tokens[index + 1].text == "of" {
            // "University of Chicago Police", "University of North Carolina at Chapel Hill Police".
            var cursor = index + 2
            while cursor < limit, cursor - index <= Self.campusPlaceMaximumTokens,
                  tokens[cursor].isCapitalizedWord && tokens[cursor].text != "Police" || (cursor > index + 2 && tokens[cursor].text == "at") {
                cursor += 1
            }
            guard cursor > index + 2, cursor < limit, tokens[cursor].text == "Police", tokens[cursor - 1].text != "at" else { return nil }
            start = index
            police = cursor
        } else {
            return nil
        }
        // ("State College Police Department": a town named so is the place rule's, PA01403; the second read's case.)
        guard start == index || !grammar.places.contains(context.text.text(of: start..<(index + 1))) else { return nil }
        var end = police + 1
        if end < limit, Self.campusHeadTails.contains(tokens[end].text) { end += 1 }
        guard !Self.namesBuilding(tokens, at: end, limit: limit) else { return nil }
        let span = start..<end
        let written = context.text.text(of: span)
        var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                           recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = .police
        return found
    }

    /// Where an institution's name before its "University" or "College" starts: capitalised words, acronyms and
    /// initials joined by "&" ("Texas A&M"); not an opening "The", a headline's function word ("… Arrested By Kent State
    /// University Police"), or an everyday word opening the sentence ("Then Kent State University Police arrived").
    /// `index` when there is none.
    private func campusNameStart(before index: Int, tokens: [Token], sentenceStart: Int) -> Int {
        var start = index
        while start > sentenceStart, index - start < Self.campusNameMaximumTokens {
            let before = tokens[start - 1]
            if (before.isCapitalizedWord || before.isAcronym) && !before.isPossessive
                && !Self.headlineFunctionWords.contains(before.lower) && !NameLexicon.sentenceOpeners.contains(before.lower)
                && !(start - 1 == sentenceStart && commonWords.contains(before.lower)) {
                start -= 1
                continue
            }
            if before.text == "&", !before.spaceBefore || !tokens[start].spaceBefore, start - 2 >= sentenceStart, tokens[start - 2].isCapitalizedWord {
                start -= 1
                continue
            }
            break
        }
        return start
    }
}
