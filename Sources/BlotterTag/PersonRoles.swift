import BlotterCore

/// Roles written around a name rather than as a title the rules know (`PersonRecognizer` takes those):
/// - a pre-modifier ending on a role word right before the name: "Cook County State's Attorney Kim Foxx",
///   "Department spokesman José Martínez" (the capitalised words, possessives and role words before the role
///   word belong to the role);
/// - an apposition after the name: "Ben Crump, the family's attorney," ("the" left out);
/// - an apposition before it: "the family's attorney, Ben Crump".
/// The role is written as in the text. A person who already has a role keeps it; `MentionResolver` then gives
/// every mention of the person the fullest role found.
enum PersonRoles {
    /// Words that head a role (lower case), besides the last words of models/titles.tsv's offices and ranks.
    static let heads: Set<String> = [
        "attorney", "lawyer", "solicitor", "barrister", "counsel", "prosecutor", "spokesman", "spokeswoman", "spokesperson",
        "officer", "detective", "sheriff", "commissioner", "chief", "director", "judge", "magistrate", "minister",
        "secretary", "mayor", "governor", "president", "chairman", "chairwoman", "chair", "superintendent", "inspector",
        "sergeant", "constable", "deputy", "agent", "coroner", "senator", "councillor", "councilman", "councilwoman",
        "leader", "head", "founder", "manager", "coach", "captain", "teacher", "professor", "doctor", "surgeon",
        "pathologist", "investigator", "trooper", "marshal", "warden", "executive", "administrator", "adviser",
        "advisor", "analyst", "economist", "researcher", "representative", "ambassador", "envoy", "official",
        "rabbi", "bishop", "archbishop", "cardinal", "pastor", "imam", "reverend", "cleric", "auditor", "hajj", "haji", "alhaji",
        // (session 16, batch44's tune half: "North Carolina Treasurer Dale Folwell" was one name)
        "treasurer", "comptroller",
    ]
    /// Words a role may hold before its head word in lower case ("police officer", "deputy district attorney").
    static let modifiers: Set<String> = [
        "police", "district", "state", "county", "city", "federal", "assistant", "deputy", "chief", "senior", "lead",
        "defence", "defense", "family", "press", "public", "crown", "trial", "prosecuting", "interim", "acting",
        "former", "general", "special", "criminal", "civil", "rights", "medical", "homicide", "department", "force",
    ]
    /// A role phrase holds at most this many tokens (longer runs are sentences, not roles).
    static let maximumTokens = 8
    /// Ranks of armies and police abroad that head a role but are not in models/titles.tsv alone ("General" there
    /// ends "Brigadier General").
    /// Their abbreviations ("Maj Charles Kabona", "Brig Gen Felix Kulayigye") are here rather than in titles.tsv: as
    /// title words of the name model they moved conll2003 dev PER 0.9362 -> 0.9300 on retraining (session 10).
    /// Spaces and punctuation allowed between a role and the name it was read before.
    static let roleGapBytes = 4
    /// The abbreviated ranks among them, which the name model also reads into a person ("Brig Jallaf", or "Brig" alone
    /// before "Al Jallaf").
    static let abbreviatedRanks: Set<String> = ["gen", "maj", "brig", "col", "capt", "lt", "sgt", "cpl", "insp", "supt",
                                                // (session 15, batch27's tune half: "Comm Ramli", Malaysia's
                                                // Commissioner)
                                                "comm",
                                                // (session 23, batch100's and batch101's tune halves: "Atty. Gen. Phill
                                                // Kline", Scotland's "Ch Spt Innes")
                                                "atty", "spt",
                                                // (session 26, batch113's tune half: British papers write "Pc Jamie
                                                // Lewis", "Dc", "Dci" in mixed case, which titles.tsv's "PC" misses)
                                                "pc", "dc", "dci", "dsi", "dcs"]
    /// "Ch" opens a rank only before another abbreviated rank ("Ch Spt", "Ch Insp").
    static let abbreviatedRankOpeners: Set<String> = ["ch"]
    /// Honorifics a model span may open with before a surname ("Miss Gowing": session 15, batch14's tune half); the
    /// gold writes the name only, and an honorific is no role.
    static let honorificsBeforeSurname: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]
    static let rankHeads: Set<String> = abbreviatedRanks.union([
                                         "general", "colonel", "lieutenant", "brigadier", "admiral", "commander", "commandant",
                                         // Malaysian and Bruneian honorifics ("Datuk Arjunaidi Mohamed"), Indonesian
                                         // police ranks abbreviated ("Com. Gen. Petrus Reinhard Golose")
                                         "datuk", "dato", "datin", "tun", "com", "seri",
                                         // a constable before a full name ("Con Michael Swindells"; session 15, batch29's
                                         // tune half; not before one word: "Con Houlihan" is an Irish given name)
                                         "con",
                                         // Indian honorifics ("Shri Nitin Gadkari", "Smt Sushma Swaraj"; batch18's tune half)
                                         "shri", "sri", "smt", "shrimati",
                                         // Indonesian police ranks as the press abbreviates them ("Kombes Heru
                                         // Novianto", "AKBP"), a Fijian chiefly title ("Ratu Naiqama"); session 16,
                                         // batch42's tune half
                                         "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "brigjen", "irjen",
                                         "komjen", "ratu"])

    /// "General Jose Nartatez" after "Lieutenant", "Civilian Director Ronald MacDonald" after "Chief": a person span
    /// that opens with capitalised words up to a role head keeps only the name after them (two words at least, so
    /// "Judge Reinhold" stays whole), and those words continue the role written just before it, or are the role.
    static func trimmingLeadingRoles(_ entities: [Candidate], text: SegmentedText, names: NameLexicons) -> [Candidate] {
        let tokens = text.tokens
        return entities.map { person in
            guard person.type == .person, let first = MentionResolver.tokenStarting(at: person.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: person.end, in: tokens), last - first >= 2,
                  // ("Michael Bishop Jr.": a name opening with a given name is a name, not a role.)
                  !names.firstNames.contains(tokens[first].text) else { return person }
            var cut: Int?
            var index = first
            while index <= last - 2, tokens[index].isCapitalizedWord {
                let lower = tokens[index].lower
                if heads.contains(lower) || names.titleHeads.contains(lower) || rankHeads.contains(lower) { cut = index + 1 }
                index += 1
                // ("Gen. Petrus …": an abbreviation's full stop.)
                if index <= last - 2, tokens[index].text == ".", !tokens[index].spaceBefore, cut == index { cut = index + 1; index += 1 }
                // ("Lieutenant-General Ayiravid …": ranks joined by a hyphen; session 12, batch17's tune half.)
                if index <= last - 2, tokens[index].text == "-", !tokens[index].spaceBefore, !tokens[index + 1].spaceBefore { index += 1 }
            }
            // Two name words must remain, a suffix not counted ("… Jr." alone is no name).
            guard let cut, tokens[cut].isCapitalizedWord,
                  tokens[cut...last].filter({ $0.kind == .word && !NameLexicon.generationalSuffixes.contains($0.text) }).count >= 2
            else { return person }
            var trimmed = person
            let words = text.text(of: first..<cut)
            trimmed.start = tokens[cut].start
            trimmed.text = text.text(of: cut..<(last + 1))
            // (Only the bytes just before the name are read: the role written there, and a few spaces.)
            let before = text.text.utf8.prefix(person.start).suffix((person.role?.utf8.count ?? 0) + Self.roleGapBytes)
            if let role = person.role, String(decoding: before, as: UTF8.self).trimmingSuffixSpaces().lowercased().hasSuffix(role.lowercased()) {
                trimmed.role = role + " " + words
            } else if person.role == nil {
                trimmed.role = words
            }
            return trimmed
        }
    }

    /// "Brig Jallaf said": abbreviated ranks (or an honorific, without the role), each with or without its full stop,
    /// before the name are its role, and the rank alone is no person (session 14, batch30's tune half: "Brig Jallaf"
    /// and "Brig" were people; session 23, batch100's tune half: "Col. O'Donnell", "Atty. Gen. Phill Kline"). One word
    /// left that is a known given name keeps the span whole ("Sgt Ben" may be a name the model read short).
    static func trimmingAbbreviatedRanks(_ entities: [Candidate], text: SegmentedText, names: NameLexicons) -> [Candidate] {
        let tokens = text.tokens
        return entities.compactMap { (person: Candidate) -> Candidate? in
            guard person.type == .person, let first = MentionResolver.tokenStarting(at: person.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: person.end, in: tokens),
                  tokens[first].isCapitalizedWord else { return person }
            let honorific = honorificsBeforeSurname.contains(tokens[first].lower)
            let nameStart = honorific ? afterAbbreviation(first, tokens: tokens, last: last) : afterAbbreviatedRanks(first, tokens: tokens, last: last)
            guard nameStart > first else { return person }
            if nameStart > last { return nil }
            let oneWord = (nameStart..<last + 1).dropFirst().allSatisfy { !tokens[$0].spaceBefore }
            guard (nameStart..<last + 1).allSatisfy({ tokens[$0].isCapitalizedWord || !tokens[$0].spaceBefore }),
                  tokens[nameStart].isCapitalizedWord, !(oneWord && names.firstNames.contains(tokens[nameStart].text))
            else { return person }
            var trimmed = person
            trimmed.start = tokens[nameStart].start
            trimmed.text = text.text(of: nameStart..<(last + 1))
            trimmed.canonical = trimmed.text
            // ("Ch Spt Innes" read from "Spt": the rank's opener just before the span is the role's.)
            let opener = first > 0 && abbreviatedRankOpeners.contains(tokens[first - 1].lower) && tokens[first - 1].isCapitalizedWord
                && tokens[first - 1].sentence == tokens[first].sentence
            let roleStart = opener ? first - 1 : first
            if !honorific { trimmed.role = trimmed.role ?? String(text.text(of: roleStart..<nameStart).trimmingSuffixSpaces()) }
            return trimmed
        }
    }

    /// The token after the abbreviation at `index` and its full stop written against it.
    private static func afterAbbreviation(_ index: Int, tokens: [Token], last: Int) -> Int {
        index + 1 <= last && tokens[index + 1].text == "." && !tokens[index + 1].spaceBefore ? index + 2 : index + 1
    }

    /// The token after the abbreviated ranks opening at `index` ("Col.", "Atty. Gen.", "Ch Spt"), `index` when none.
    private static func afterAbbreviatedRanks(_ index: Int, tokens: [Token], last: Int) -> Int {
        var cursor = index
        while cursor <= last, tokens[cursor].isCapitalizedWord {
            let word = tokens[cursor].lower
            let opens = abbreviatedRankOpeners.contains(word) && cursor + 1 <= last && abbreviatedRanks.contains(tokens[cursor + 1].lower)
            guard abbreviatedRanks.contains(word) || opens else { break }
            cursor = afterAbbreviation(cursor, tokens: tokens, last: last)
        }
        return cursor
    }

    static func addRoles(_ entities: [Candidate], text: SegmentedText, titleHeads: Set<String>) -> [Candidate] {
        let tokens = text.tokens
        var result = entities
        func isHead(_ token: Token) -> Bool {
            token.kind == .word && (heads.contains(token.lower) || titleHeads.contains(token.lower)
                                    || (token.isCapitalizedWord && rankHeads.contains(token.lower)))
        }
        // Person spans by start and end offsets, to find the tokens around them.
        for index in result.indices where result[index].type == .person && result[index].role == nil {
            let person = result[index]
            guard let last = MentionResolver.tokenEnding(at: person.end, in: tokens),
                  let first = MentionResolver.tokenStarting(at: person.start, in: tokens) else { continue }
            let sentence = tokens[first].sentence
            // Pre-modifier: "… State's Attorney Kim Foxx".
            if first > 0, tokens[first - 1].sentence == sentence, isHead(tokens[first - 1]) {
                var start = first - 1
                while start > 0, first - start < maximumTokens, tokens[start - 1].sentence == sentence {
                    let before = tokens[start - 1]
                    let capital = before.isCapitalizedWord || before.isAcronym
                    if capital && !NameLexicon.notNameWords.contains(before.text) || before.isPossessive
                        || modifiers.contains(before.lower) || isHead(before) {
                        start -= 1
                    } else {
                        break
                    }
                }
                // A possessive never starts a role.
                while start < first - 1, tokens[start].isPossessive { start += 1 }
                result[index].role = text.text(of: start..<first)
                continue
            }
            // Apposition after: "Ben Crump, the family's attorney," — up to the next comma or the sentence's end.
            if last + 2 < tokens.count, tokens[last + 1].text == ",", tokens[last + 2].sentence == sentence,
               let role = apposition(tokens, from: last + 2, forward: true, isHead: isHead) {
                result[index].role = text.text(of: role)
                continue
            }
            // Apposition before: "the family's attorney, Ben Crump".
            if first >= 2, tokens[first - 1].text == ",", tokens[first - 2].sentence == sentence,
               let role = apposition(tokens, from: first - 2, forward: false, isHead: isHead) {
                result[index].role = text.text(of: role)
            }
        }
        return result
    }

    /// A noun phrase ending on a role word: "[the|a|his|her] [X's] … HEAD" read forward from `from` to a comma or the
    /// sentence's end, or backward from `from` (its head) to an article or a comma. Articles are left out.
    private static func apposition(_ tokens: [Token], from: Int, forward: Bool, isHead: (Token) -> Bool) -> Range<Int>? {
        let sentence = tokens[from].sentence
        let articles: Set<String> = ["the", "a", "an"]
        if forward {
            var start = from
            if articles.contains(tokens[start].lower) { start += 1 }
            var end = start
            while end < tokens.count, end - start < maximumTokens, tokens[end].sentence == sentence, tokens[end].kind != .punctuation || tokens[end].isPossessive {
                end += 1
            }
            // The phrase ends at a comma, a full stop or the sentence's end, on its head word.
            guard end > start, end - 1 >= start, isHead(tokens[end - 1]) else { return nil }
            if end < tokens.count, tokens[end].sentence == sentence, ![",", ".", ";"].contains(tokens[end].text) { return nil }
            guard !tokens[start..<end].contains(where: { $0.kind == .word && !$0.isPossessive && isVerbLike($0) }) else { return nil }
            return start..<end
        }
        guard isHead(tokens[from]) else { return nil }
        var start = from
        while start > 0, from - start < maximumTokens, tokens[start - 1].sentence == sentence,
              tokens[start - 1].kind != .punctuation || tokens[start - 1].isPossessive {
            if articles.contains(tokens[start - 1].lower) { break }
            start -= 1
        }
        // Only a phrase that starts the sentence or follows an article is a role: "said the family's attorney".
        guard start == 0 || tokens[start - 1].sentence != sentence || articles.contains(tokens[start - 1].lower)
                || tokens[start - 1].kind == .punctuation else { return nil }
        guard !tokens[start...from].contains(where: { isVerbLike($0) }) else { return nil }
        return start..<(from + 1)
    }

    /// Words that make the phrase a clause rather than a role ("was", "said").
    private static func isVerbLike(_ token: Token) -> Bool {
        ["is", "was", "were", "are", "be", "been", "said", "says", "told", "has", "had", "have", "and", "or", "who", "which", "that"].contains(token.lower)
    }
}

private extension String {
    func trimmingSuffixSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}
