import BlotterCore

/// Units named beside a force or unit in one list are units too: "the Warren Police Department Investigative
/// Services Bureau and Special Operations Unit", "supported by the Emergency Response Unit, the Regional Armed
/// Response Unit", "the Violent Offender Task Force (VOTF) and Emergency Services Unit (ESU)". Alone, "Special
/// Operations Unit" or "Emergency Response Unit" could be any body's (a hospital's, an army's); listed with a
/// force's unit, it is the police's. Session 12, from the tune halves of batches 9, 10 and 13 (units missed in
/// such lists).
extension ForceRecognizer {
    /// The heads a listed unit's name ends in (not "Services", "Office", "Zone": too common alone).
    static let siblingUnitHeads: Set<String> = ["Unit", "Squad", "Team", "Taskforce", "Bureau", "Division", "Section", "Command", "CID"]
    /// The most words a listed unit's name may have before its head ("Regional Armed Response", "Intellectual
    /// Property Rights").
    static let siblingUnitMaximumWords = 5

    /// Whether the token at `index` ends a listed unit's name: one of `siblingUnitHeads`, or "Force" after "Task"
    /// (with "Task" at `lowest` or after it).
    static func isSiblingHead(_ tokens: [Token], at index: Int, after lowest: Int) -> Bool {
        siblingUnitHeads.contains(tokens[index].text) || (tokens[index].text == "Force" && index > lowest && tokens[index - 1].text == "Task")
    }

    func withUnitSiblings(_ forces: [Candidate], tokens: [Token], context: TagContext) -> [Candidate] {
        var out = forces
        var starts = Set(forces.map(\.start))
        var ends = Set(forces.map(\.end))
        // Only a unit vouches for its neighbours: beside a force itself, "Kent Police and the Better Business
        // Bureau" is no list of police units (second read, session 12).
        var queue = forces.filter { $0.recognizer == "force.unit" }
        while let force = queue.popLast() {
            guard let first = MentionResolver.tokenStarting(at: force.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: force.end, in: tokens) else { continue }
            let sentence = tokens[first].sentence
            // ("He was taken to the Intensive Care Unit, Kent Police said": an attribution, not a list.)
            let attributed = last + 1 < tokens.count && Self.speechVerbs.contains(tokens[last + 1].lower)
            let found = [siblingAfter(last + 1, sentence: sentence, tokens: tokens),
                         attributed ? nil : siblingBefore(first - 1, sentence: sentence, tokens: tokens)]
            for case let span? in found {
                let (start, end) = (tokens[span.lowerBound].start, tokens[span.upperBound - 1].end)
                guard !starts.contains(start), !ends.contains(end),
                      !out.contains(where: { $0.start < end && start < $0.end }) else { continue }
                let written = context.text.text(of: span)
                var unit = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                                  recognizer: "force.unit", confidence: .grammar)
                unit.forceKind = force.forceKind
                unit.country = force.country
                unit.parent = force.parent
                out.append(unit)
                queue.append(unit)
                starts.insert(start)
                ends.insert(end)
            }
        }
        return out
    }

    /// A unit's name after a list separator at `index` (", the Emergency Response Unit"; "and Special Operations
    /// Unit"), its tokens or nil.
    private func siblingAfter(_ index: Int, sentence: Int, tokens: [Token]) -> Range<Int>? {
        var cursor = index
        cursor = skippingAcronym(cursor, tokens: tokens)
        guard cursor < tokens.count, Self.isListSeparator(tokens[cursor]) else { return nil }
        cursor += 1
        if cursor < tokens.count, tokens[cursor].text == "and" { cursor += 1 }
        if cursor < tokens.count, Self.listArticles.contains(tokens[cursor].lower) { cursor += 1 }
        let start = cursor
        while cursor < tokens.count, tokens[cursor].sentence == sentence, cursor - start <= Self.siblingUnitMaximumWords,
              tokens[cursor].isCapitalizedWord || (cursor > start && tokens[cursor].isAcronym) {
            if Self.isSiblingHead(tokens, at: cursor, after: start) {
                let end = cursor + 1
                // The head ends the name only where the name ends ("Special Operations Unit Commander" is a person's rank).
                if end < tokens.count, tokens[end].sentence == sentence, tokens[end].isCapitalizedWord { return nil }
                return acceptsSibling(start..<end, tokens: tokens) ? start..<end : nil
            }
            cursor += 1
        }
        return nil
    }

    /// A unit's name ending before a list separator at `index` ("the Echo Taskforce, Illicit Firearms Squad"), its
    /// tokens or nil.
    private func siblingBefore(_ index: Int, sentence: Int, tokens: [Token]) -> Range<Int>? {
        var cursor = index
        if cursor >= 0, Self.listArticles.contains(tokens[cursor].lower) { cursor -= 1 }
        guard cursor > 0, tokens[cursor].sentence == sentence, Self.isListSeparator(tokens[cursor]) else { return nil }
        // (", and": the comma before the conjunction)
        if tokens[cursor].text == "and", tokens[cursor - 1].text == "," { cursor -= 1 }
        guard cursor > 0 else { return nil }
        cursor -= 1
        // ("the Violent Offender Task Force (VOTF) and …": the unit's own acronym in brackets)
        if cursor >= 3, tokens[cursor].text == ")", tokens[cursor - 2].text == "(", tokens[cursor - 1].isAcronym { cursor -= 3 }
        guard cursor >= 0, tokens[cursor].sentence == sentence, Self.isSiblingHead(tokens, at: cursor, after: 0) else { return nil }
        let end = cursor + 1
        var start = cursor
        while start > 0, tokens[start - 1].sentence == sentence, cursor - start < Self.siblingUnitMaximumWords,
              tokens[start - 1].isCapitalizedWord || tokens[start - 1].isAcronym, !Self.headlineFunctionWords.contains(tokens[start - 1].lower) {
            start -= 1
        }
        guard start < cursor else { return nil }
        return acceptsSibling(start..<end, tokens: tokens) ? start..<end : nil
    }

    /// A listed name is a unit's when its words are no other body's ("Intensive Care Unit" holds none of these, but
    /// "Accident Investigation Unit", "Police Federation Team" do) and it has a word before its head.
    private func acceptsSibling(_ span: Range<Int>, tokens: [Token]) -> Bool {
        let task = tokens[span.lowerBound].text == "Task" || tokens[span.lowerBound].text == "Taskforce"
        return span.count >= 2 && !(task && span.count == 2) && !tokens[span].contains { token in
            Self.notAgencyWords.contains(token.lower) || Self.modelNotForceWords.contains(token.lower) || Self.buildingWords.contains(token.lower)
                || Self.notSiblingWords.contains(token.lower)
        }
    }

    /// Words of other services' and bodies' units that police units are listed with ("the Hospital Intensive Care
    /// Unit", "the Fire Department Dive Team", "the Red Cross Disaster Action Team", "the Census Bureau").
    static let notSiblingWords: Set<String> = ["hospital", "care", "intensive", "trauma", "ambulance", "fire", "rescue", "business",
                                               "census", "motor", "vehicle", "vehicles", "cross", "league", "medical", "paramedic",
                                               "coast", "army", "navy", "military", "council", "school", "university"]
    /// Verbs of saying after a force: "…, Kent Police said" attributes, it does not list.
    static let speechVerbs: Set<String> = ["said", "says", "say", "told", "reported", "reports", "added", "confirmed", "stated", "announced"]

    private func skippingAcronym(_ index: Int, tokens: [Token]) -> Int {
        if index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 1].isAcronym, tokens[index + 2].text == ")" { return index + 3 }
        return index
    }

    /// Articles before a listed unit ("and an Emergency Response Unit": session 12, batch21's tune half).
    static let listArticles: Set<String> = ["the", "a", "an"]

    static func isListSeparator(_ token: Token) -> Bool { [",", "and", "&"].contains(token.text) }
}
