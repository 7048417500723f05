import BlotterCore

/// Decides whether a person span proposed by the sequence model is kept: the model's errors are regular enough
/// to name (a place, an organisation's word, a headline's capitalised verb), and each rule below is one of them,
/// found on the development data (wikigold, the newswire sample, the police pages; see the closing notes).
struct ModelSpanFilter {
    let lexicons: NameLexicons
    /// Known places the document itself uses as places ("in Aurora", "Aurora police"): one word of these is
    /// not a person elsewhere in the document either ("Aurora shootings: 911 dispatcher recalls night" in a list
    /// of headlines). One sense per document.
    var placeSenses: Set<String> = []

    init(lexicons: NameLexicons, placeSenses: Set<String> = []) {
        self.lexicons = lexicons
        self.placeSenses = placeSenses
    }

    /// Prepositions before a capitalised word that make it a place for `placeSenses` (stricter than
    /// `NameLexicon.placePrepositions`: "of", "a", "the" also stand before names).
    static let placeSensePrepositions: Set<String> = ["in", "near", "outside", "across"]

    /// The known places that `tokens` write in a place's slot: after `placeSensePrepositions` or before
    /// `NameLexicon.placeFollowers` ("police", "county").
    static func placeSenses(_ tokens: [Token], places: PlaceGazetteer) -> Set<String> {
        var found = Set<String>()
        for (index, token) in tokens.enumerated() where token.isCapitalizedWord && !found.contains(token.text) {
            let afterPreposition = index > 0 && tokens[index - 1].sentence == token.sentence
                && placeSensePrepositions.contains(tokens[index - 1].lower)
            let beforeFollower = index + 1 < tokens.count && tokens[index + 1].sentence == token.sentence
                && NameLexicon.placeFollowers.contains(tokens[index + 1].text)
            if afterPreposition || beforeFollower, places.place([token.lower]) != nil { found.insert(token.text) }
        }
        return found
    }

    /// Why a span is refused: the first rule that applies.
    enum Refusal: Equatable {
        /// The span does not start with a capitalised word.
        case notCapitalised
        /// One word that is not a known given name or surname ("Hunter", "Madrid"), a title word ("Constable"),
        /// or a capitalised first word of a sentence ("Bail was set"): the model's weakest guesses.
        case unknownSingleWord
        /// Starts with a word that never starts a name ("I'm Batman", "You"), or is a country ("Kenya", "Sri Lanka").
        case notAName
        /// The place word of a building or organisation ("Kendall Hospital", "Hudson Bay").
        case beforeOrganisationHead
        /// A single word where places stand: after a place preposition or an article ("of Quincy", "a Quincy
        /// driver"), after an age in a blotter line ("Corey Inman, 38, Springfield"), before "police".
        case placeSlot
        /// Holds an organisation's head word or an acronym plural ("Houston Post", "Tory MPs").
        case organisationWord
        /// Holds a lower-case word that is not a name particle ("Snopes writers").
        case lowerCaseWord
        /// Holds a number ("Chelsea 1" in a results line).
        case number
        /// Holds a possessive inside ("DoctorX’s Barcelona"): two names, or a name and what it owns, never one name.
        case possessiveInside
        /// Right after a word for an animal ("detector dog Kelly", "police horse Ted"): the gold counts no animals.
        case animal
        /// Runs over a sentence's full stop or a spaced dash that the segmenter left unbroken ("Misuse Act. He",
        /// "Fla. - Troopers"; session 12, the tune halves of batches 9 and 21): a name holds neither.
        case sentenceInside
        /// One word the model cut from a longer capitalised name ("Sheffield" of "Sheffield Wednesday"); a surname
        /// before a weekday ("arrested Jones Monday") comes back from its full name in `MentionResolver`.
        case partOfLongerName
    }

    func refusal(_ tokens: [Token], _ span: ClosedRange<Int>, sentence: Range<Int>, text: String) -> Refusal? {
        let first = span.lowerBound
        let word = tokens[first].text
        let oneWord = span.count == 1
        guard tokens[first].isCapitalizedWord else { return .notCapitalised }
        if oneWord {
            let known = (lexicons.firstNames.contains(word) || lexicons.surnames.contains(word))
                && !lexicons.titleWords.contains(word.lowercased())
                && (first != sentence.lowerBound || Self.isCapitalisedInsideASentence(word, tokens))
            guard known else { return .unknownSingleWord }
        }
        // ("a Datuk Seri in his 40s": honorifics and ranks alone are no name; session 15, batch35's tune half.)
        if tokens[span].allSatisfy({ $0.kind != .word || PersonRoles.rankHeads.contains($0.lower) }) { return .notAName }
        // "A. Stewart", "I. Healy": an initial is no article ("A") or pronoun ("I").
        let initial = PersonRecognizer.isInitial(tokens, first, limit: sentence.upperBound)
        if (NameLexicon.notNameWords.contains(word) && !initial) || (oneWord && NameLexicon.countries.contains(word))
            || NameLexicon.multiWordCountries.contains(text) {
            return .notAName
        }
        if span.upperBound + 1 < sentence.upperBound, NameLexicon.isOrganisationHead(tokens[span.upperBound + 1].text) {
            return .beforeOrganisationHead
        }
        // ("Prince George's County", "Old Bailey's"; session 15, batches 28 and 32's tune halves: a possessive before a
        // place's or organisation's head.)
        if span.upperBound + 2 < sentence.upperBound, tokens[span.upperBound + 1].isPossessive,
           Self.possessiveOwnerHeads.contains(tokens[span.upperBound + 2].text) {
            return .beforeOrganisationHead
        }
        if span.lowerBound > sentence.lowerBound, Self.animalWords.contains(tokens[span.lowerBound - 1].lower) { return .animal }
        if oneWord, Self.isPlaceSlot(tokens, first, sentence: sentence) || placeSenses.contains(word) { return .placeSlot }
        if isKnownPlaceAfterPlaceWord(tokens, span, sentence: sentence) || isCompassPlace(tokens, span)
            || Self.isPlaceAfterLocative(tokens, span, sentence: sentence) { return .placeSlot }
        if Self.isNamedPlace(tokens, span, sentence: sentence) { return .placeSlot }
        if oneWord, first + 1 < sentence.upperBound, tokens[first + 1].isCapitalizedWord { return .partOfLongerName }
        // ("the Old Bailey": an everyday capitalised word before one name word inside a sentence opens a longer name;
        // session 15, batch13's tune half.)
        if oneWord, first - 1 > sentence.lowerBound, tokens[first - 1].isCapitalizedWord, lexicons.commonWords.contains(tokens[first - 1].lower),
           !lexicons.titleWords.contains(tokens[first - 1].lower), !lexicons.firstNames.contains(tokens[first - 1].text) {
            return .partOfLongerName
        }
        let words = tokens[span]
        if Self.runsOverSentenceEnd(tokens, span) { return .sentenceInside }
        if words.contains(where: { NameLexicon.isOrganisationHead($0.text) || $0.isAcronymPlural }) { return .organisationWord }
        if NameLexicon.brands.contains(word) || Self.brandNames.contains(text)
            || (oneWord && Self.namesGoods(tokens, after: span.upperBound, limit: sentence.upperBound))
            || Self.isModelCode(tokens, span.upperBound + 1, limit: sentence.upperBound) {
            return .organisationWord
        }
        if Self.placeNameStarts.contains(word) || Self.placeNameEnds.contains(tokens[span.upperBound].text) { return .placeSlot }
        // (A lower-case part glued by a hyphen is the name's own when it is no English word of the commons list and has
        // two letters or more: "Kim Bong-sik", "Chen Chun-yeh", "Aziz-ud-din"; not "Craig-y-Nos", "Oh-my-God", "Man-made".
        // Session 20: conll2003 dev refused 12 such names for 1 non-name, the police tune halves 4 for none.)
        if span.contains(where: { at in
            tokens[at].isLowercaseWord && !NameLexicon.particles.contains(tokens[at].text)
                && !(Self.isGluedByHyphen(tokens, at, span) && tokens[at].text.count >= 2 && !lexicons.commonWords.contains(tokens[at].lower))
        }) { return .lowerCaseWord }
        if words.contains(where: { $0.kind == .number }) { return .number }
        if words.dropFirst().contains(where: \.isPossessive) || words.dropLast().contains(where: { $0.text.hasSuffix("’s") || $0.text.hasSuffix("'s") }) {
            return .possessiveInside
        }
        return nil
    }

    /// Whether the word at `index` hangs on a hyphen inside `span` with no space on either side ("Bong-sik").
    static func isGluedByHyphen(_ tokens: [Token], _ index: Int, _ span: ClosedRange<Int>) -> Bool {
        guard index > span.lowerBound, tokens[index - 1].text == "-", !tokens[index - 1].spaceBefore, !tokens[index].spaceBefore else { return false }
        return true
    }

    /// A full stop inside the span after a word of three letters or more that is no abbreviation of a name's
    /// ("Act." ends a sentence; "J.", "Gen.", "Jr." do not), or a dash with spaces on both sides.
    static func runsOverSentenceEnd(_ tokens: [Token], _ span: ClosedRange<Int>) -> Bool {
        for index in span.dropFirst() where index < span.upperBound {
            let token = tokens[index]
            if ["-", "–", "—"].contains(token.text), token.spaceBefore, tokens[index + 1].spaceBefore { return true }
            if token.text == ".", !token.spaceBefore, tokens[index + 1].spaceBefore, tokens[index - 1].text.count >= 3,
               !NameLexicon.nameAbbreviations.contains(tokens[index - 1].lower) {
                return true
            }
        }
        return false
    }

    /// A sentence's first word is capitalised whatever it is: as a one-word name there, the model is trusted
    /// only when the document also writes the word capitalised inside a sentence ("Clinton said …" after "…
    /// met Clinton"), never for "Bail was set at noon." (conll2003 dev, whole pipeline: PER F1 0.9140 with every
    /// such word refused; 0.9191 when trusted unless an everyday word, which let "Bail" through).
    static func isCapitalisedInsideASentence(_ word: String, _ tokens: [Token]) -> Bool {
        for index in tokens.indices.dropFirst() where tokens[index].text == word {
            let before = tokens[index - 1]
            if before.sentence == tokens[index].sentence, before.kind == .word || before.text == "," { return true }
        }
        return false
    }

    /// Lower-case words after a name that make it a place, whatever its length ("Chandni Mahal area", "Kucha
    /// Mohtar Khan locality", "Puncak Alam police").
    static let placeTypeWords: Set<String> = ["area", "areas", "locality", "neighbourhood", "neighborhood", "suburb", "village",
                                              "town", "township", "townships", "district", "police", "county",
                                              // ("17th and Adams streets", "Clayton officials": session 15, batches 12
                                              // and 17's tune halves)
                                              "street", "streets", "avenue", "avenues", "road", "roads", "officials", "authorities"]
    /// Last words of South Asian places' names ("Sant Kabir Nagar", "Kiri Wewa", "Lajpat Nagar", "Chandni Chowk"; session
    /// 20, batch76's tune half had two such places read as people).
    static let placeNameEnds: Set<String> = ["Nagar", "Chowk", "Colony", "Ganj", "Mandi", "Wewa", "Bazar", "Bazaar", "Marg", "Puram"]
    /// Malay and Indonesian words that open a place's name and no person's ("Jalan Tun Razak", a road; "Bukit Aman";
    /// "Gunung Sindur"): session 15, batches 25 and 35's tune halves had five such people. (Not Thai "Koh", an island:
    /// it is a Singaporean surname too.)
    static let placeNameStarts: Set<String> = ["Jalan", "Jln", "Bukit", "Gunung", "Kampung", "Kampong", "Kg", "Taman", "Sungai",
                                               "Pulau", "Bandar", "Lorong", "Desa", "Kelurahan", "Kecamatan",
                                               // English place names' first words ("Mount Wellington", "Greater
                                               // Manchester"; session 17, the tune halves of batches 52, 54, 56)
                                               "Mount", "Mt", "Greater"]
    /// Two-word makes and models a model span reads as a name ("a Harley Davidson", "a silver Mercedes Benz"; session
    /// 15: eight such people on the tune halves of batches 10, 15, 20, 26, 30, 31 and 35). One-word makes are
    /// `NameLexicon.brands`.
    static let brandNames: Set<String> = ["Harley Davidson", "Harley-Davidson", "Mercedes Benz", "Mercedes-Benz", "Louis Vuitton",
                                          "Rolls Royce", "Rolls-Royce", "Aston Martin", "Land Rover", "Range Rover", "Ford Falcon",
                                          "Ford Mustang", "Ford Ranger", "Ford Fiesta", "Ford Focus", "Alfa Romeo"]
    /// Lower-case words for goods right after a one-word name, which make it a brand's ("Cartier watches", "Chanel
    /// bags": session 16, batch40's tune half had three such people on one page). Not after a full name: "gave Sarah
    /// Thompson shoes" (a second object).
    static let goodsWords: Set<String> = ["watch", "watches", "bag", "bags", "handbag", "handbags", "purse", "purses", "wallet",
                                          "wallets", "shoes", "trainers", "sneakers", "sunglasses", "jewellery", "jewelry",
                                          "perfume", "perfumes", "belt", "belts", "clothing", "clothes", "goods", "products",
                                          "sedan", "saloon", "hatchback", "pickup", "motorcycle", "motorbike",
                                          // ("one FN Browning pistol": a gun's maker; session 16, batch49's tune half)
                                          "pistol", "pistols", "rifle", "rifles", "shotgun", "shotguns", "revolver",
                                          "revolvers", "handgun", "handguns"]

    static func namesGoods(_ tokens: [Token], after last: Int, limit: Int) -> Bool {
        last + 1 < limit && goodsWords.contains(tokens[last + 1].text)
    }

    /// A maker's model code right after the span ("a Kel Tec SU16 rifle", "a Sig Sauer P320 pistol"): letters and digits
    /// in one word, capitals among the letters, a goods word just after. A name is followed by no such word (session 17, batch54's tune half: a
    /// police list of seized rifles gave three makers as people).
    static func isModelCode(_ tokens: [Token], _ index: Int, limit: Int) -> Bool {
        guard index < limit, tokens[index].kind == .word || tokens[index].kind == .number else { return false }
        // (a goods word within two words after it: "U23 title", "M4 crash" are a grade and a road)
        guard tokens[(index + 1)..<min(limit, index + 3)].contains(where: { goodsWords.contains($0.lower) }) else { return false }
        let utf8 = tokens[index].text.utf8
        return utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
            && utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D })
    }

    /// Words for animals right before a name (police dogs and horses are named in the news; they are no people).
    static let animalWords: Set<String> = ["dog", "dogs", "canine", "k9", "k-9", "horse", "puppy", "pup", "cat", "pony", "mare", "stallion"]
    /// Capitalised words right before a name that make it a place's name ("Police Station Kashmiri Gate").
    static let placeNamePrefixes: Set<String> = ["Station", "Village", "Town", "District", "Area", "Colony"]

    /// Lower-case words for places before "of" and a name: "the parish of Bull Savannah", "the village of Kwanar
    /// Dangora" (session 16, batch49's tune half).
    static let placeOfWords: Set<String> = ["parish", "village", "town", "township", "district", "community", "city", "county",
                                            "province", "region", "suburb", "municipality", "state", "island", "hamlet"]

    /// A span of any length in a place's slot: before a place-type word, after a place word and "of" (`placeOfWords`),
    /// or after a station's or district's word.
    static func isNamedPlace(_ tokens: [Token], _ span: ClosedRange<Int>, sentence: Range<Int>) -> Bool {
        if span.upperBound + 1 < sentence.upperBound, placeTypeWords.contains(tokens[span.upperBound + 1].text) { return true }
        if span.lowerBound - 2 >= sentence.lowerBound, tokens[span.lowerBound - 1].text == "of",
           placeOfWords.contains(tokens[span.lowerBound - 2].text) { return true }
        if span.lowerBound > sentence.lowerBound, placeNamePrefixes.contains(tokens[span.lowerBound - 1].text) { return true }
        return false
    }

    /// Words before a place that a person's name rarely follows ("from Scotland", "into Greater Manchester", "downtown
    /// Laramie"; session 15: such places were people on the tune halves of batches 17, 22 and 26). Not "to": "according
    /// to Jackson", "a tribute to Victoria".
    static let placeOnlyPrepositions: Set<String> = ["in", "from", "into", "near", "across", "toward", "towards", "via",
                                                     "outside", "downtown", "throughout", "around"]
    /// Prepositions after which a name of two words or more is a place, known or not ("in Flat Bush", "near Yuen Long",
    /// "in Perry Barr"): suburbs and villages below the place table's cut were the commonest people the model wrongly
    /// read on the tune halves of batches 9-56 (session 17). Not "from" ("a call from John Smith") or "to".
    static let locativePrepositions: Set<String> = placeOnlyPrepositions.subtracting(["from", "via"])

    /// A span of two words or more right after `locativePrepositions`, not followed by a possessive ("in John Smith's
    /// car").
    static func isPlaceAfterLocative(_ tokens: [Token], _ span: ClosedRange<Int>, sentence: Range<Int>) -> Bool {
        guard span.count >= 2, span.lowerBound > sentence.lowerBound,
              locativePrepositions.contains(tokens[span.lowerBound - 1].lower) else { return false }
        return !(span.upperBound + 1 < sentence.upperBound && tokens[span.upperBound + 1].isPossessive)
            && !tokens[span.upperBound].isPossessive
    }

    /// Heads after a possessive that make the name before it a place's or an organisation's ("Prince George's County").
    static let possessiveOwnerHeads: Set<String> = ["County", "Parish", "Police", "Department", "Hospital"]

    /// A span of any length that is a known place (models/places.tsv), right after `placeOnlyPrepositions`.
    func isKnownPlaceAfterPlaceWord(_ tokens: [Token], _ span: ClosedRange<Int>, sentence: Range<Int>) -> Bool {
        guard span.lowerBound > sentence.lowerBound, Self.placeOnlyPrepositions.contains(tokens[span.lowerBound - 1].lower) else { return false }
        return lexicons.places.place(tokens[span].map(\.lower)) != nil
    }

    /// A compass point before a known place ("Seaford Road, North London", "East Lothian": session 16, batch40's tune
    /// half read "North London" as a person).
    func isCompassPlace(_ tokens: [Token], _ span: ClosedRange<Int>) -> Bool {
        span.count >= 2 && ForceRecognizer.compassWords.contains(tokens[span.lowerBound].text)
            && lexicons.places.place(tokens[(span.lowerBound + 1)...span.upperBound].map(\.lower)) != nil
    }

    static func isPlaceSlot(_ tokens: [Token], _ index: Int, sentence: Range<Int>) -> Bool {
        if index > sentence.lowerBound, NameLexicon.placePrepositions.contains(tokens[index - 1].lower) { return true }
        if index - 3 >= sentence.lowerBound, tokens[index - 1].text == ",", tokens[index - 2].kind == .number,
           tokens[index - 3].text == "," { return true }
        if index + 1 < sentence.upperBound, NameLexicon.placeFollowers.contains(tokens[index + 1].text) { return true }
        return false
    }
}
