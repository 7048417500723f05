import BlotterCore

/// Parts of a person's name that the recognisers find apart and a reader reads as one name, joined before the
/// document-level passes:
/// - a nickname in quotes or brackets between the given name and the surname: `Richard "Rick" Tonry`,
///   "James Leander (Leo) Nichols", "Hector “Macho” Camacho";
/// - a generational suffix after a comma, or a regnal numeral: "John Hinckley, Jr.", "Leopold III", "Malcolm X".
/// - an abbreviated given name before it, as South Asian and Malaysian news write "Mohammad": "Md Faruk Hossain",
///   "Mohd Azlan";
/// - a particle joined by hyphens inside a surname: "Harun-or-Rashid", "Habib-ur-Rehman", "Harun-Or-Rashid".
/// CoNLL-2003 and the police gold write each of these as one name (the particles and "Md": session 15, batch35's
/// tune half, where five Bangladeshi names lost "Md" and one its "-or-Rashid").
enum PersonNameParts {
    /// Abbreviations of Muhammad that stand as a given name ("Md", "Mohd", "Muhd"), with or without a full stop.
    static let abbreviatedGivenNames: Set<String> = ["Md", "Mohd", "Muhd"]
    /// Particles of Arabic-derived surnames written between hyphens ("-or-", "-ur-", "-ul-", "-ud-"), matched in lower
    /// case ("Harun-Or-Rashid" too).
    static let hyphenatedParticles: Set<String> = ["or", "ur", "ul", "ud", "uz", "us", "al", "el"]
    static let openingMarks: Set<String> = ["\"", "“", "'", "‘", "("]
    static let closingMarks: Set<String> = ["\"", "”", "'", "’", ")"]
    /// Regnal and generational numerals ("I" is left out: "Elizabeth I said" is rarer than a pronoun after a name).
    static let numerals: Set<String> = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
    /// The most words a nickname or the surname after it may have.
    static let maximumNicknameWords = 3
    static let maximumSurnameWords = 2

    static func join(_ entities: [Candidate], text: SegmentedText, firstNames: Set<String> = []) -> [Candidate] {
        let tokens = text.tokens
        // (`quotedEnd`: where a quoted nickname's closing mark ends.)
        var joined: [(index: Int, entity: Candidate, nickname: Bool, placeMayBeNickname: Bool, quotedEnd: Int?)] = []
        for (index, person) in entities.enumerated() where person.type == .person {
            guard let last = MentionResolver.tokenEnding(at: person.end, in: tokens) else { continue }
            guard let start = MentionResolver.tokenStarting(at: person.start, in: tokens) else { continue }
            let givenEnd = nameEndBeforeOpenNickname(start: start, last: last, tokens: tokens) ?? last
            let nickname = nicknameEnd(after: givenEnd, tokens: tokens)
            let end = nickname ?? suffixEnd(after: last, tokens: tokens) ?? particleSurnameEnd(after: last, tokens: tokens) ?? last
            let first = abbreviatedGivenNameStart(before: start, tokens: tokens) ?? start
            guard end > last || first < start else { continue }
            var whole = person
            whole.start = tokens[first].start
            whole.end = tokens[end].end
            whole.text = text.text(of: first..<(end + 1))
            whole.canonical = whole.text
            let placeMayBeNickname = nickname != nil && nicknameMayBePlace(after: givenEnd, tokens: tokens, firstNames: firstNames)
            let quoted = nickname != nil && givenEnd + 1 < tokens.count && tokens[givenEnd + 1].text != "("
            let quotedEnd = quoted ? (givenEnd + 2..<max(givenEnd + 2, end + 1)).first { closingMarks.contains(tokens[$0].text) }.map { tokens[$0].end } : nil
            joined.append((index, whole, nickname != nil, placeMayBeNickname, quotedEnd))
        }
        guard !joined.isEmpty else { return entities }
        var result = entities
        var dropped = Set<Int>()
        for (index, whole, nickname, placeMayBeNickname, quotedEnd) in joined {
            // A force or a figure inside the joined span means the join was wrong, and so does a place in the
            // brackets ("Lance Armstrong (U.S.) Motorola" in a results table), unless the nickname is quoted or a
            // known given name (the model reads "El Tigre" and "Leo" as places); a place on a suffix is the model
            // reading "Jr." as a place.
            let inside = entities.indices.filter { $0 != index && entities[$0].start >= whole.start && entities[$0].end <= whole.end }
            // (A place read in a quoted nickname needs the surname after the quotes read as a name, a person's or a
            // place's: "Obama 'Chicago' Speech Angers Officers" is a headline; the second read's case. In brackets the
            // given-name test stands instead.)
            let surnameRead = quotedEnd.map { closeEnd in
                !inside.contains { entities[$0].type == .location && entities[$0].end <= closeEnd }
                    || inside.contains { entities[$0].start > closeEnd }
            } ?? true
            guard inside.allSatisfy({ entities[$0].type == .person || ((!nickname || placeMayBeNickname) && entities[$0].type == .location) }),
                  surnameRead,
                  !entities.contains(where: { ($0.start < whole.end && $0.end > whole.end) || ($0.start < whole.start && $0.end > whole.start) })
            else { continue }
            result[index] = whole
            dropped.formUnion(inside)
        }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// `Richard "Rick" Tonry`: after the name's last token, an opening mark, one to three capitalised words (or
    /// initials), the closing mark, then the surname; the index of the surname's last token.
    static func nicknameEnd(after last: Int, tokens: [Token]) -> Int? {
        let sentence = tokens[last].sentence
        var cursor = last + 1
        guard cursor < tokens.count, openingMarks.contains(tokens[cursor].text), tokens[cursor].sentence == sentence else { return nil }
        cursor += 1
        var words = 0
        while cursor < tokens.count, tokens[cursor].sentence == sentence, words <= maximumNicknameWords {
            let token = tokens[cursor]
            if token.isCapitalizedWord || token.isJoinedInitials { words += 1; cursor += 1; continue }
            if token.text == ".", !token.spaceBefore, words > 0 { cursor += 1; continue }
            break
        }
        guard words >= 1, words <= maximumNicknameWords, cursor < tokens.count, closingMarks.contains(tokens[cursor].text) else { return nil }
        cursor += 1
        var surname = 0
        while cursor + surname < tokens.count, surname < maximumSurnameWords, tokens[cursor + surname].sentence == sentence,
              tokens[cursor + surname].isCapitalizedWord, !NameLexicon.isOrganisationHead(tokens[cursor + surname].text),
              !NameLexicon.notNameWords.contains(tokens[cursor + surname].text) {
            surname += 1
        }
        return surname > 0 ? cursor + surname - 1 : nil
    }

    /// `Adolfo “El Michoacano” Mendoza Valencia` read by the model as "Adolfo “El Michoacano": the index of the given
    /// name's last token when the span runs into an opening mark and one to three capitalised words that a closing
    /// mark right after the span ends.
    static func nameEndBeforeOpenNickname(start: Int, last: Int, tokens: [Token]) -> Int? {
        guard last > start, last + 1 < tokens.count, closingMarks.contains(tokens[last + 1].text),
              let open = (start + 1..<last).last(where: { openingMarks.contains(tokens[$0].text) }),
              last - open <= maximumNicknameWords,
              (open + 1..<last + 1).allSatisfy({ tokens[$0].isCapitalizedWord })
        else { return nil }
        return open - 1
    }

    /// A nickname in quotes, or in brackets when each of its words is a known given name ("(Leo)"), may be what
    /// the model read as a place; a place in brackets is otherwise a place ("(U.S.)", "(Germany)").
    static func nicknameMayBePlace(after last: Int, tokens: [Token], firstNames: Set<String>) -> Bool {
        guard last + 1 < tokens.count else { return false }
        guard tokens[last + 1].text == "(" else { return true }
        var cursor = last + 2
        var words = 0
        while cursor < tokens.count, tokens[cursor].text != ")" {
            // ("(Georgia)", "(Jordan)": given names that are countries are the country in brackets.)
            guard firstNames.contains(tokens[cursor].text), !NameLexicon.countries.contains(tokens[cursor].text) else { return false }
            words += 1
            cursor += 1
        }
        return words > 0
    }

    /// "John Hinckley, Jr.", "Leopold III": the index of the suffix's last token (its full stop included).
    static func suffixEnd(after last: Int, tokens: [Token]) -> Int? {
        let sentence = tokens[last].sentence
        var cursor = last + 1
        guard cursor < tokens.count, tokens[cursor].sentence == sentence else { return nil }
        let comma = tokens[cursor].text == ","
        if comma { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].sentence == sentence else { return nil }
        let word = tokens[cursor].text
        if NameLexicon.abbreviatedSuffixes.contains(word) {
            // "Jr." keeps its full stop.
            return cursor + 1 < tokens.count && tokens[cursor + 1].text == "." && !tokens[cursor + 1].spaceBefore ? cursor + 1 : cursor
        }
        // A numeral after a comma is a list ("Smith, II"), too rare to tell; without one it is the name's.
        guard !comma, numerals.contains(word) else { return nil }
        return cursor
    }

    /// "Md Faruk Hossain": the index of an abbreviated given name right before the name's first token.
    static func abbreviatedGivenNameStart(before first: Int, tokens: [Token]) -> Int? {
        guard first >= 1, tokens[first].isCapitalizedWord else { return nil }
        var cursor = first - 1
        if tokens[cursor].text == ".", !tokens[cursor].spaceBefore, cursor >= 1 { cursor -= 1 }
        guard tokens[cursor].sentence == tokens[first].sentence, abbreviatedGivenNames.contains(tokens[cursor].text) else { return nil }
        return cursor
    }

    /// "Harun-or-Rashid": after the name's last token (the capitalised word or the particle the model stopped at),
    /// hyphens without spaces around a particle and a capitalised word; the index of that word.
    static func particleSurnameEnd(after last: Int, tokens: [Token]) -> Int? {
        func joined(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaceBefore && tokens[index].sentence == tokens[last].sentence }
        var cursor = last + 1
        // ("Harun-Or-Rashid": the particle may be capitalised too.)
        if !hyphenatedParticles.contains(tokens[last].lower) {
            guard joined(cursor), tokens[cursor].text == "-", joined(cursor + 1), hyphenatedParticles.contains(tokens[cursor + 1].lower) else { return nil }
            cursor += 2
        }
        guard joined(cursor), tokens[cursor].text == "-", joined(cursor + 1), tokens[cursor + 1].isCapitalizedWord else { return nil }
        return cursor + 1
    }

    /// The words of a name without a generational suffix or numeral at its end, and without the comma before it:
    /// "John Hinckley, Jr." → ["John", "Hinckley"], so "Hinckley" is its surname.
    static func coreWords(_ name: String) -> [Substring] {
        var words = name.split(separator: " ")
        if words.count >= 3 || (words.count == 2 && !words[0].hasSuffix(",")), let last = words.last {
            let bare = last.hasSuffix(".") ? last.dropLast() : last
            if NameLexicon.generationalSuffixes.contains(String(bare)) || numerals.contains(String(bare)) {
                words.removeLast()
                if let previous = words.last, previous.hasSuffix(",") { words[words.count - 1] = previous.dropLast() }
            }
        }
        return words
    }
}
