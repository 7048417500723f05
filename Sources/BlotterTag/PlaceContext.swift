import BlotterCore

/// A person the rules or the model read where the sentence says place: after a preposition of place ("searched
/// homes in Fort Myers, Naples and …", "an operation in Lok Ma Chau and Yuen Long"), or before an area word ("the
/// Norris Green area"), when the place table knows the words. It becomes a location. Not a name with a role, a
/// possessive after it ("in Smith's house"), or a lone given name ("in Austin": a person as often as the city).
/// Session 11 (the blind batches' tune halves, where such places were a third of the false people); a name the table
/// knows whole, anywhere, in session 12.
enum PlaceContext {
    static let prepositions: Set<String> = ["in", "at", "near", "outside", "across", "around", "into", "towards", "toward",
                                            "through", "throughout", "inside",
                                            // (session 12, batch10's tune half: "three men from West Melbourne and North Melbourne")
                                            "from"]
    static let areaWords: Set<String> = ["area", "district", "suburb", "neighbourhood", "neighborhood", "estate", "region",
                                         "township", "village"]

    /// Lower-case words that make the capitalised word after them a place ("in rural north Kerry") or before them
    /// ("Berkeley and Jefferson counties"): session 24, the tune halves of batches 105 and 106.
    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                            "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
                                            "southeast", "southwest", "central"]
    static let countyWords: Set<String> = ["county", "counties", "parish", "parishes", "township", "townships"]

    static func placesOverPeople(_ entities: [Candidate], text: SegmentedText, names: NameLexicons) -> [Candidate] {
        let tokens = text.tokens
        guard entities.contains(where: { $0.type == .person && $0.role == nil }) else { return entities }
        var placeEnds = Set(entities.filter { $0.type == .location }.map(\.end))
        var result = entities
        for index in result.indices where result[index].type == .person && result[index].role == nil {
            let person = result[index]
            guard let first = MentionResolver.tokenStarting(at: person.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: person.end, in: tokens), first > 0 else { continue }
            let sentence = tokens[first].sentence
            func word(_ at: Int) -> String? { tokens.indices.contains(at) && tokens[at].sentence == sentence ? tokens[at].lower : nil }
            if word(last + 1).map({ $0 == "'s" || $0 == "’s" }) == true { continue }
            let before = word(first - 1)
            // ("testimony from Gladstone and Burke": after "from", a one-word place is as often a person.)
            let afterPreposition = (before.map(prepositions.contains) == true && (before != "from" || last > first))
                || (before == "the" && word(first - 2).map(prepositions.contains) == true && word(last + 1).map(areaWords.contains) == true)
            // "in Lok Ma Chau and Yuen Long": the next item of a place after a preposition.
            let nextItem = (before == "and" || before == ",") && first >= 2 && placeEnds.contains(tokens[first - 2].end)
            let words = tokens[first...last].filter { $0.kind == .word }.map(\.lower)
            // A name of two words or more that the place table knows whole, not opening with a given name, is the
            // place wherever it stands ("North Melbourne", "Costa Mesa"; not "Glen Allen", "Austin Texas").
            // ("Police said Shah Alam was arrested": a last word that is a known surname or given name keeps the person.)
            let wholePlace = words.count >= 2 && !names.firstNames.contains(tokens[first].text)
                && !names.surnames.contains(tokens[last].text) && !names.firstNames.contains(tokens[last].text)
            let placeWordBeside = (before.map(compassWords.contains) == true && tokens[first - 1].isLowercaseWord)
                || (word(last + 1).map(countyWords.contains) == true && tokens[last + 1].isLowercaseWord)
            guard afterPreposition || nextItem || wholePlace || placeWordBeside else { continue }
            guard let place = names.places.place(words) else { continue }
            if first == last, names.firstNames.contains(tokens[first].text), !placeWordBeside { continue }
            result[index] = person.asPlace(place, recognizer: "location.context")
            placeEnds.insert(person.end)
        }
        return result
    }
}
