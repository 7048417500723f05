import BlotterCore

/// A list of names after the words that name those people ("The arrested are Murali, Nagesh, Vankataraju, Shankar
/// and Nagaraju", "identified the suspects as Stephen Mitante and Jerry Bionson"): each item is a person, one word
/// alone too. South Asian police news lists single names so; no item is known to the name lists, and the list rule
/// of `ListConsistency.addPeople` needs two people found first. Session 14, batch31's tune half (five names missed).
extension ListConsistency {
    /// The words before "are"/"were"/"as" that say a list of people follows.
    static let peopleListSubjects: Set<String> = ["arrested", "accused", "suspects", "deceased", "victims", "dead", "detained",
                                                  "identified", "named", "injured"]
    static let peopleListVerbs: Set<String> = ["are", "were", "as"]

    static func addCuedPeople(_ entities: [Candidate], text: SegmentedText, names: NameLexicons, covered: inout Coverage) -> [Candidate] {
        let tokens = text.tokens
        var result = entities
        for sentence in text.sentences {
            let range = sentence.tokens
            for index in range where index + 1 < range.upperBound && peopleListVerbs.contains(tokens[index].lower) {
                // "the arrested are", "identified them as", "identified the suspects as"
                guard tokens[max(range.lowerBound, index - 3)..<index].contains(where: { peopleListSubjects.contains($0.lower) }) else { continue }
                let (items, _) = list(tokens, from: index + 1, limit: range.upperBound)
                guard items.count >= 2, items.allSatisfy({ item in
                    tokens[item.tokens].allSatisfy { !names.isEverydayWord($0.text) }
                        && names.places.place(tokens[item.tokens].map(\.lower)) == nil
                }) else { continue }
                for item in items {
                    // (The model's place reading of an item no table knows gives way: "… Shankar and Nagaraju".)
                    let start = tokens[item.tokens.lowerBound].start, end = tokens[item.tokens.upperBound - 1].end
                    if let place = result.firstIndex(where: { $0.type == .location && $0.start == start && $0.end == end }) {
                        covered.unmark(result.remove(at: place))
                    }
                    result.appendPerson(item.tokens, text: text, recognizer: "person.list", covered: &covered)
                }
            }
        }
        return result
    }
}
