import BlotterCore

/// Names that no list knows, read from the frame around them: South Asian and African police reports name people by
/// one word ("Salamatullah, son of deceased Habibullah", "Sachin, 30,", "Faisi, Jishnu, Nandu and Pramod were
/// arrested"), which the model's single-word guesses may not take (`ModelSpanFilter`: an unknown single word is its
/// weakest guess). Session 20: the tune halves of batches 76 and 83 held nine such people, none found.
extension PersonRecognizer {
    /// Words of kinship before "of" that name a person after them ("son of Karim").
    static let kinWords: Set<String> = ["son", "daughter", "wife", "husband", "widow", "father", "mother", "brother", "sister"]
    /// Words between "of" and the name that are no part of it ("son of late Abdul", "son of deceased Tajer"; "the
    /// late" is two of them, "the" alone is not: "son of the Queen").
    static let kinNameOpeners: Set<String> = ["late", "deceased"]
    /// Lower-case words that may follow a name after "son of" ("son of Karim of Kutubzom"); any other lower-case word
    /// says the capitalised words were something else's ("father of Nuer never produced", "sister of Bronx
    /// Republican chair Michael Rendino"), and so does a possessive ("son of Atletico Paranaense's president").
    static let wordsAfterKinName: Set<String> = ["of", "and", "from", "in", "at", "who", "was", "is", "has", "had", "were", "aged", "a", "an"]
    /// Deeds done to a person, before "of" and the person's name ("the murder of Sachin", "with the arrest of Midhun").
    static let deedWords: Set<String> = ["murder", "killing", "death", "life", "arrest", "abduction", "kidnapping", "rape", "assault",
                                         "shooting", "stabbing", "funeral", "disappearance", "lynching", "beating"]
    /// Verbs after "were" or "was" whose subject can only be a person ("Faisi and Pramod were arrested").
    static let personOnlyPassives: Set<String> = ["arrested", "detained", "nabbed", "booked", "remanded", "apprehended", "jailed"]

    /// 7. **name in a frame**: one to four name words that a kinship phrase or a deed done to a person stands before
    /// ("son of Karim", "the murder of Sachin") or a kinship phrase after ("Salamatullah, son of …"), or one word with
    /// an age after it in commas ("Sachin, 30,"; two words and more are `agedName`'s), or in commas right after a word
    /// for a person ("a suspect, Furqan, was arrested": `isAppositive`). Not an everyday word, a country, a country's
    /// adjective or an organisation's head.
    func framedName(at index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        guard tokens[index].isCapitalizedWord, index == range.lowerBound || !tokens[index - 1].isCapitalizedWord else { return nil }
        // ("son of Late Habibullah": the capitalised opener is no part of the name.)
        if Self.kinNameOpeners.contains(tokens[index].lower), index + 1 < range.upperBound, tokens[index + 1].isCapitalizedWord,
           kinPhraseStart(endingBefore: index, tokens: tokens, lowest: range.lowerBound) != nil {
            return framedName(startingAfterOpener: index + 1, in: range, context: context)
        }
        return framedName(startingAfterOpener: index, in: range, context: context)
    }

    private func framedName(startingAfterOpener index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        let end = nameWords(tokens, from: index, limit: range.upperBound)
        guard end > index, isFramedNameSpan(tokens, index..<end) else { return nil }
        let after = end + 2 < range.upperBound && tokens[end].text == ","
        let phrase = kinPhraseStart(endingBefore: index, tokens: tokens, lowest: range.lowerBound)
        // (A deed's place is no person: "the rape of Nanking"; a kin word's may be: "son of Nandu".)
        let kinBefore = phrase.map { Self.kinWords.contains(tokens[$0].lower) || lexicons.places.place(tokens[index..<end].map(\.lower)) == nil } == true
            && (end >= range.upperBound || !(tokens[end].isPossessive || (tokens[end].kind == .word && !tokens[end].isCapitalizedWord
                                                                          && !Self.wordsAfterKinName.contains(tokens[end].lower))))
        let kinAfter = after && Self.kinWords.contains(tokens[end + 1].lower) && tokens[end + 2].text == "of"
        let agedAlone = after && end == index + 1 && Int(tokens[end + 1].text).map { (1...Self.oldestAge).contains($0) } == true
            && end + 2 < range.upperBound && ([",", ".", ";", ")"].contains(tokens[end + 2].text) || tokens[end + 2].lower == "and")
        guard kinBefore || kinAfter || agedAlone || isAppositive(tokens, index..<end, in: range) else { return nil }
        return (framedPerson(tokens, index..<end, context: context), end)
    }

    /// Words for a person that a name in commas may follow ("a suspect, Furqan, was arrested", "a 32-year-old drug
    /// peddler, Tavaneesh, while …"): the cue words and a police report's words for those it names.
    static let appositionNouns: Set<String> = NameLexicon.personCues.union(personNouns).union([
        "accused", "peddler", "kidnapper", "robber", "smuggler", "trafficker", "labourer", "laborer", "farmer", "trader",
        "shopkeeper", "vendor", "mechanic", "guard", "watchman", "tailor", "informer", "accomplice", "associate",
    ])

    /// "<a word for a person>, Name," "… Name." or "… Name who": the name in commas right after the person word
    /// (session 21, the tune half of batch93: single names of suspects in Pakistani and Indian police news).
    private func isAppositive(_ tokens: [Token], _ span: Range<Int>, in range: Range<Int>) -> Bool {
        let (index, end) = (span.lowerBound, span.upperBound)
        guard index - 2 >= range.lowerBound, tokens[index - 1].text == ",", Self.appositionNouns.contains(tokens[index - 2].lower),
              end < range.upperBound else { return false }
        return [",", "."].contains(tokens[end].text) || tokens[end].lower == "who"
    }

    /// 9. **names after "identified as" or "namely"** where a word for people stands shortly before: "three kidnappers
    /// identified as Shehyar, Asad and Basit", "the fourth kidnapper namely Hammad" (session 21, the tune half of
    /// batch93). Items joined by commas and "and", each one to four name words.
    func identifiedList(at index: Int, in range: Range<Int>, context: TagContext) -> (candidates: [Candidate], end: Int)? {
        let tokens = context.text.tokens
        guard tokens[index].isCapitalizedWord, index - 1 > range.lowerBound else { return nil }
        let cue: Int
        if tokens[index - 1].lower == "namely" { cue = index - 1 }
        else if index - 2 > range.lowerBound, tokens[index - 1].lower == "as", tokens[index - 2].lower == "identified" { cue = index - 2 }
        else { return nil }
        let before = tokens[max(range.lowerBound, cue - Self.identifiedNounDistance)..<cue]
        guard before.contains(where: { Self.appositionNouns.contains($0.lower) || Self.appositionNouns.contains(String($0.lower.dropLast()))
                                        || Self.pluralPersonNouns.contains($0.lower) }) else { return nil }
        let names = framedNameList(from: index, in: range, tokens: tokens).names
        guard let last = names.last else { return nil }
        return (names.map { framedPerson(tokens, $0, context: context) }, last.upperBound)
    }

    /// How far before "identified as" the word for people may stand ("two suspects were later identified as").
    static let identifiedNounDistance = 5
    static let pluralPersonNouns: Set<String> = ["people", "persons", "men", "women", "youths", "children", "accused"]

    /// 8. **names before a person-only passive**: "Faisi, Jishnu, Nandu and Pramod were arrested", "Sachin was booked".
    /// Each item one to four name words, joined by commas and "and", the first opening the sentence.
    func arrestedList(at index: Int, in range: Range<Int>, context: TagContext) -> (candidates: [Candidate], end: Int)? {
        let tokens = context.text.tokens
        guard index == range.lowerBound, tokens[index].isCapitalizedWord else { return nil }
        let (names, whole) = framedNameList(from: index, in: range, tokens: tokens)
        guard whole, let last = names.last, last.upperBound + 1 < range.upperBound, ["were", "was"].contains(tokens[last.upperBound].lower),
              Self.personOnlyPassives.contains(tokens[last.upperBound + 1].lower) else { return nil }
        return (names.map { framedPerson(tokens, $0, context: context) }, last.upperBound)
    }

    /// The names of a list starting at `start`, each one to four name words worth reading from their frame, joined by
    /// commas and "and"; `whole` is false when a capitalised run that is no such name stopped the list.
    private func framedNameList(from start: Int, in range: Range<Int>, tokens: [Token]) -> (names: [Range<Int>], whole: Bool) {
        var names: [Range<Int>] = []
        var cursor = start
        while cursor < range.upperBound, tokens[cursor].isCapitalizedWord {
            let end = nameWords(tokens, from: cursor, limit: range.upperBound)
            guard end > cursor, isFramedNameSpan(tokens, cursor..<end) else { return (names, false) }
            names.append(cursor..<end)
            cursor = end
            if cursor < range.upperBound, tokens[cursor].text == "," { cursor += 1 }
            if cursor < range.upperBound, tokens[cursor].text == "and" { cursor += 1 }
            guard cursor > end else { break }
        }
        return (names, true)
    }

    /// Where "son of", "son of deceased" or "the murder of" starts, ending right before `end`.
    private func kinPhraseStart(endingBefore end: Int, tokens: [Token], lowest: Int) -> Int? {
        var cursor = end
        if cursor - 1 >= lowest, Self.kinNameOpeners.contains(tokens[cursor - 1].lower) { cursor -= 1 }
        if cursor < end, cursor - 1 >= lowest, tokens[cursor - 1].lower == "the" { cursor -= 1 }
        guard cursor - 2 >= lowest, tokens[cursor - 1].text == "of",
              Self.kinWords.contains(tokens[cursor - 2].lower) || Self.deedWords.contains(tokens[cursor - 2].lower) else { return nil }
        return cursor - 2
    }

    /// A span worth reading as a name from its frame alone. A town's name is no objection: the frame says person, and
    /// many given names are also towns' ("Nandu", "Sachin"); a country's name is.
    private func isFramedNameSpan(_ tokens: [Token], _ span: Range<Int>) -> Bool {
        let words = tokens[span]
        let first = words[span.lowerBound]
        // (An everyday word or a nationality, in the plural too, is no name: "Bangladeshis were detained", "the killing of
        // Palestinians"; the session's code review.)
        let singular = first.text.hasSuffix("s") ? String(first.text.dropLast()) : first.text
        if span.count == 1, isEverydayWord(first.text) || lexicons.commonWords.contains(first.lower)
            || lexicons.commonWords.contains(singular.lowercased()) || first.text.count < 3 { return false }
        if demonyms[singular] != nil { return false }
        return !words.contains(where: { NameLexicon.isOrganisationHead($0.text) || demonyms[$0.text] != nil || $0.isAcronym })
            && !NameLexicon.countries.contains(Self.joined(words))
    }

    private static func joined(_ words: ArraySlice<Token>) -> String { words.map(\.text).joined(separator: " ") }

    private func framedPerson(_ tokens: [Token], _ span: Range<Int>, context: TagContext) -> Candidate {
        let text = context.text.text(of: span)
        return Candidate(type: .person, text: text, start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end,
                         sentence: tokens[span.lowerBound].sentence, canonical: text, recognizer: "person.frame", confidence: .lexicon)
    }
}
