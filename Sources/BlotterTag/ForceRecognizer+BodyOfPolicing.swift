import BlotterCore

extension ForceRecognizer {
    /// The heads of a public body whose name goes on with "of" or "for" and what the body does.
    static let bodyHeads: Set<String> = ["Directorate", "Department", "Bureau", "Secretariat", "Administration", "Agency",
                                         "Command", "Office", "Division", "Sector", "Service", "Services", "Unit"]
    /// Capitalised words that may stand before such a head in its name ("General Directorate", "National Bureau").
    static let bodyHeadModifiers: Set<String> = ["General", "National", "Central", "Federal", "Main", "Special", "State",
                                                 "Regional", "Provincial", "Chief", "Superior", "Higher", "Public"]
    /// Words of a body's task that make it no law enforcement: policy, justice, victims and the like ("Office of
    /// National Drug Control Policy", "Department of Criminal Justice", "Office for Victims of Crime").
    static let bodyTaskNotPolicing: Set<String> = ["policy", "justice", "victims", "victim", "prevention", "rehabilitation",
                                                   "education", "research", "affairs"]
    /// The longest task after "of"/"for" in tokens ("of Anti-Drug Trafficking" is 4; "for Drugs and Alcohol" 3).
    static let bodyTaskMaximumTokens = 6

    /// A public body named for police work: an optional modifier or two, a head, "of"/"for" and a task with a word
    /// of policing ("General Directorate of Investigations", "General Department for Combating Narcotics",
    /// "Directorate of Criminal Police", "General Department of Anti-Drug Trafficking", "National Directorate of Border
    /// Police Services"). Ministries and courts are never read here (their heads are not in `bodyHeads`). Session 21,
    /// the tune halves of batches 78, 86, 92 and 94: seven such names missed, the inner "Criminal Police" read instead.
    func bodyOfPolicing(at index: Int, tokens: [Token], context: TagContext, sentenceStart: Int, limit: Int) -> Candidate? {
        guard Self.bodyHeads.contains(tokens[index].text), index + 2 < limit, ["of", "for"].contains(tokens[index + 1].text),
              tokens[index + 2].isCapitalizedWord else { return nil }
        var start = index
        while start > sentenceStart, index - start < 2, Self.bodyHeadModifiers.contains(tokens[start - 1].text) { start -= 1 }
        // The task: capitalised words, hyphens inside words and "and" between capitalised words.
        var end = index + 2
        var taskEnd = end
        while end < limit, end - (index + 2) < Self.bodyTaskMaximumTokens {
            let token = tokens[end]
            if token.isCapitalizedWord { end += 1; taskEnd = end; continue }
            if token.text == "-", !token.spaceBefore, end + 1 < limit, !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word { end += 1; continue }
            if token.lower == "and", end + 1 < limit, tokens[end + 1].isCapitalizedWord { end += 1; continue }
            break
        }
        let task = tokens[(index + 2)..<taskEnd].map(\.lower)
        let words = tokens[start..<taskEnd].map(\.lower)
        guard task.contains(where: { Self.policingWords.contains($0) || Self.modelForceWords.contains($0) }),
              !words.contains(where: { Self.bodyTaskNotPolicing.contains($0) || Self.modelNotForceWords.contains($0)
                  || Self.notAgencyWords.contains($0) }) else { return nil }
        // A body whose name opens the sentence's capitalised run without a modifier must still be a name of its own:
        // "Department of Criminal Police" after "the", not "Police Department of Criminal …" cut from a longer run.
        // (A country's adjective before it is no longer run: `withLeadingDemonyms` makes it the name's first word.)
        if start == index, start > sentenceStart, tokens[start - 1].isCapitalizedWord, !["the", "a", "an"].contains(tokens[start - 1].lower),
           grammar.demonyms[tokens[start - 1].text] == nil { return nil }
        let span = start..<taskEnd
        let written = context.text.text(of: span)
        var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                           recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = ForceGrammar.headKind(written)
        return found
    }
}
