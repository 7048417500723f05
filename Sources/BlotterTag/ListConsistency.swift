import BlotterCore

/// Items of one list are of one kind: in "Brian Lara 64, Shivnarine Chanderpaul 51; Waqar Younis 3-40" or
/// "Smith, Jones and Brown were charged", when most items are people already found, the rest (names the rules
/// and the model missed) are people too. An item is one to three capitalised name words, optionally followed by
/// a number (a score, an age); items are separated by ",", ";", "and" or "&".
enum ListConsistency {
    /// A list needs this many items, and this many of them already people, before the others are tagged.
    static let minimumItems = 3
    static let minimumPeople = 2
    static let maximumItemWords = 3
    static let separators: Set<String> = [",", ";", "and", "&"]

    struct Item {
        var tokens: Range<Int>
    }

    static func addPeople(_ entities: [Candidate], text: SegmentedText, names: NameLexicons? = nil, covered: inout Coverage) -> [Candidate] {
        let tokens = text.tokens
        // Person spans by their first token, to recognise items that are already people.
        var personStarts: [Int: Int] = [:]  // UTF-8 start → end
        for entity in entities where entity.type == .person { personStarts[entity.start] = entity.end }
        guard personStarts.count >= minimumPeople else { return entities }
        var result = entities
        forEachList(in: text) { items, sentence in
            let people = items.filter { personStarts[tokens[$0.tokens.lowerBound].start] == tokens[$0.tokens.upperBound - 1].end }
            guard people.count >= minimumPeople, people.count * 2 > items.count else { return }
            for item in items where personStarts[tokens[item.tokens.lowerBound].start] == nil && item.tokens.count >= 2 {
                // The sentence's capital on an everyday first word is no part of the name: "Unlike Hitler and
                // Nixon, Trump …".
                var span = item.tokens
                if span.lowerBound == sentence.tokens.lowerBound, let names, names.isEverydayWord(tokens[span.lowerBound].text) {
                    span = (span.lowerBound + 1)..<span.upperBound
                }
                if let names { span = names.nameStart(tokens, first: span.lowerBound, last: span.upperBound - 1)..<span.upperBound }
                guard span.count >= 2 else { continue }
                result.appendPerson(span, text: text, recognizer: "person.list", covered: &covered)
            }
        }
        return result
    }

    /// Each list of `minimumItems` or more items in the text, with its sentence.
    static func forEachList(in text: SegmentedText, _ body: ([Item], Sentence) -> Void) {
        for sentence in text.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let (items, end) = list(text.tokens, from: index, limit: sentence.tokens.upperBound)
                index = max(end, index + 1)
                if items.count >= minimumItems { body(items, sentence) }
            }
        }
    }

    /// The other way round: in a list whose items are mostly places already found ("Ciudad Real, Toledo, Madrid,
    /// …, Leon, Valladolid"; "counties Limerick, Clare, Tipperary, Dublin and Mayo"), an item read as a person that
    /// the place table knows is a place too ("Toledo", "Clare", "Mayo"). Session 11, batch10/11 tune halves.
    ///
    /// In a list of three places or more that are two thirds of its items read as places or people ("Acapulco,
    /// Chilpancingo, Iguala, Taxco, Chilapa, Sierra, Costa Grande, and Tierra Caliente"), an item read as a person is a
    /// place even when the table does not know it (a region, a neighbourhood): its country the one most listed places
    /// share. Session 21, the tune halves of batches 92 and 93: regions and localities in such lists were false people.
    static func placesOverPeople(_ entities: [Candidate], text: SegmentedText, names: NameLexicons) -> [Candidate] {
        let tokens = text.tokens
        var placeAt: [Int: Int] = [:]  // UTF-8 start → index in `entities`
        var personAt: [Int: Int] = [:]
        for (index, entity) in entities.enumerated() {
            if entity.type == .location { placeAt[entity.start] = index }
            if entity.type == .person { personAt[entity.start] = index }
        }
        guard placeAt.count >= minimumPeople, !personAt.isEmpty else { return entities }
        var result = entities
        forEachList(in: text) { items, _ in
            let listed = items.compactMap { placeAt[tokens[$0.tokens.lowerBound].start] }
            let people = items.filter { personAt[tokens[$0.tokens.lowerBound].start] != nil }.count
            let knownPlaces = listed.count >= minimumPeople && listed.count * 2 > items.count
            let unknownPlaces = listed.count >= minimumUnknownPlaceList && listed.count * 3 >= (listed.count + people) * 2
            guard knownPlaces || unknownPlaces else { return }
            let country = majorityCountry(listed.map { result[$0].country })
            // (Not a last item that a verb follows: in "Speaking in London, Paris and Berlin, Merkel said" the speaker
            // opens the next clause; the second read of the session's change.)
            let lastIsSubject = items.last.map { item in
                item.tokens.upperBound < tokens.count && tokens[item.tokens.upperBound].isLowercaseWord
                    && !Self.wordsAfterPlaceList.contains(tokens[item.tokens.upperBound].text)
            } ?? false
            for (position, item) in items.enumerated() {
                guard let at = personAt[tokens[item.tokens.lowerBound].start], result[at].end == tokens[item.tokens.upperBound - 1].end
                else { continue }
                if let place = names.places.place(tokens[item.tokens].map(\.lower)) {
                    result[at] = result[at].asPlace(place, recognizer: "location.list")
                } else if unknownPlaces, !(lastIsSubject && position == items.count - 1) {
                    let person = result[at]
                    result[at] = Candidate(.location(text: person.text, start: person.start, end: person.end, sentence: person.sentence,
                                                     canonical: person.text, country: country),
                                           recognizer: "location.list")
                }
            }
        }
        return result
    }

    /// The country more than half of a list's places share ("Sierra" may be read as another country's).
    static func majorityCountry(_ countries: [String?]) -> String? {
        var counts: [String: Int] = [:]
        for case let country? in countries { counts[country, default: 0] += 1 }
        return counts.first { $0.value * 2 > countries.count }?.key
    }

    /// Lower-case words that may follow a list of places ("… Todos Santos Cuchumatán and the head of the department").
    static let wordsAfterPlaceList: Set<String> = ["and", "or", "in", "of", "as", "to", "on"]

    /// Known places a list needs before an unknown item in it is read as a place too.
    static let minimumUnknownPlaceList = 3

    /// The items of a list starting at `start`, and where it ends (`start` when there is none).
    static func list(_ tokens: [Token], from start: Int, limit: Int) -> ([Item], Int) {
        var items: [Item] = []
        var cursor = start
        while cursor < limit {
            var end = cursor
            while end < limit, end - cursor < maximumItemWords, isNameWord(tokens[end]) { end += 1 }
            // An item is not the start of an organisation's name ("Kent Police").
            guard end > cursor, end >= limit || (!isNameWord(tokens[end]) && !NameLexicon.organisationHeads.contains(tokens[end].text)) else { break }
            items.append(Item(tokens: cursor..<end))
            var next = end
            // A score or age after the name: "Lara 64", "Younis 3-40".
            while next < limit, tokens[next].kind == .number || (tokens[next].text == "-" && !tokens[next].spaceBefore) { next += 1 }
            guard next < limit, separators.contains(tokens[next].text) else { cursor = next; break }
            next += 1
            if next < limit, tokens[next].text == "and", tokens[next - 1].text == "," { next += 1 }  // "A, B, and C"
            cursor = next
        }
        return (items, items.isEmpty ? start : cursor)
    }

    static func isNameWord(_ token: Token) -> Bool {
        token.isCapitalizedWord && !NameLexicon.notNameWords.contains(token.text) && !NameLexicon.organisationHeads.contains(token.text)
            && !NameLexicon.countries.contains(token.text)
    }
}
