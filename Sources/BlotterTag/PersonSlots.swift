import BlotterCore

/// People read where the sentence's grammar says something else, whatever recogniser read them (the model, a
/// title, initials): session 13, from the person errors of batches 23 and 24's tune halves, each a form news uses
/// on every beat, not one page's:
/// - a resident's place: "a 76-year-old East Mackay man", "a Bolton woman" (a place when the table knows it);
/// - a street after a block: "the 800 block of S. Jefferson" (US police releases);
/// - initials alone: "his U. S. passport";
/// - everyday words behind a title: "the Garda Confidential Line", "Garda Forensic Collision Investigators";
/// - a person cue capitalised before a name: "Defendant Hicks" is Hicks.
enum PersonSlots {
    /// Nouns of a resident after a place used as an adjective ("a Leeds man").
    static let residentNouns: Set<String> = ["man", "woman", "men", "women", "boy", "girl", "teenager", "teen", "youth",
                                             "resident", "residents", "couple", "pensioner", "motorist", "mother", "father"]
    /// Words right before such a place: an article, or the "old" of an age ("a 76-year-old Leeds man").
    static let residentOpeners: Set<String> = ["a", "an", "old"]

    static func apply(_ entities: [Candidate], text: SegmentedText, names: NameLexicons) -> [Candidate] {
        let tokens = text.tokens
        guard entities.contains(where: { $0.type == .person }) else { return entities }
        var result: [Candidate] = []
        result.reserveCapacity(entities.count)
        for entity in entities {
            guard entity.type == .person, let first = MentionResolver.tokenStarting(at: entity.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: entity.end, in: tokens) else {
                result.append(entity)
                continue
            }
            let sentence = tokens[first].sentence
            func word(_ at: Int) -> String? { tokens.indices.contains(at) && tokens[at].sentence == sentence ? tokens[at].lower : nil }
            let words = tokens[first...last].filter { $0.kind == .word }
            if let before = word(first - 1), residentOpeners.contains(before), let after = word(last + 1), residentNouns.contains(after) {
                // (Only a place of that very name: "a Smith man" is no Smith County; second read.)
                if let place = names.places.place(words.map(\.lower)), place.name == entity.text {
                    result.append(entity.asPlace(place, recognizer: "location.resident"))
                }
                continue
            }
            if word(first - 1) == "of", word(first - 2) == "block" { continue }
            if words.allSatisfy({ $0.text.count == 1 }) { continue }
            // (Two surnames that are everyday words stay a name: "Will Self"; "Confidential Line" has a word no surname.)
            if words.count >= 2, words.allSatisfy({ isEveryday($0, names) }), words.contains(where: { !names.surnames.contains($0.text) }),
               !actsAsPerson(first: first, last: last, tokens: tokens) { continue }
            result.append(withoutCapitalisedCue(entity, first: first, last: last, text: text, names: names))
        }
        return result
    }

    /// A word that is everyday English and no known given name (surnames such as "Line", "Young", "Black" are
    /// everyday words too).
    static func isEveryday(_ token: Token, _ names: NameLexicons) -> Bool {
        names.commonWords.contains(token.lower) && !names.firstNames.contains(token.text)
    }

    /// Verbs and words after a name that make it a person's whatever its words ("Hope Solo was arrested", "Summer
    /// Rain, 34,", "Will Wood said"; second read: given names that are everyday words are not in the name lists).
    static let personFollowers: Set<String> = ["said", "says", "told", "was", "is", "has", "had", "who", "pleaded", "admitted", "denied"]

    /// Whether the words after the name, or the name's last word alone elsewhere, say it is a person's.
    static func actsAsPerson(first: Int, last: Int, tokens: [Token]) -> Bool {
        if last + 1 < tokens.count, personFollowers.contains(tokens[last + 1].lower) { return true }
        if last + 2 < tokens.count, tokens[last + 1].text == ",", tokens[last + 2].kind == .number { return true }
        let surname = tokens[last].text
        return tokens.indices.contains { $0 != last && tokens[$0].text == surname && ($0 == 0 || tokens[$0 - 1].text != tokens[first].text) }
    }

    /// "Defendant Hicks" → "Hicks" (the cue's word is no part of the name; the rest must be a known name's word).
    static func withoutCapitalisedCue(_ person: Candidate, first: Int, last: Int, text: SegmentedText, names: NameLexicons) -> Candidate {
        let tokens = text.tokens
        guard last > first, NameLexicon.personCues.contains(tokens[first].lower), tokens[first + 1].isCapitalizedWord,
              names.surnames.contains(tokens[last].text) || names.firstNames.contains(tokens[first + 1].text) else { return person }
        var trimmed = person
        trimmed.start = tokens[first + 1].start
        trimmed.text = text.text(of: (first + 1)..<(last + 1))
        return trimmed
    }
}
