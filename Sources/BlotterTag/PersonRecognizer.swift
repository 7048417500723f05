import BlotterCore

/// People, by five rules (the trained sequence model, `ModelPersonRecognizer`, adds names none of them knows):
/// 1. **title + name**: a title, rank or office from models/titles.tsv followed by one to four name words
///    ("Chief Constable Garry Forsyth", "PCC Holloway", "Det. Supt. Jane Smith"); the title goes to `role`;
/// 2. **first name + surname**: a known first name (models/first-names.txt) followed by capitalised words
///    ("Kit Malthouse"), unless the sequence heads an organisation or place ("Lincoln Road").
/// 3. **cue + name**: a lower-case word that introduces a person (`NameLexicon.personCues`: "victim", "spokesman",
///    "striker") or an age before the name ("54-year-old Bharrat Ramdehol") followed by two or more name words.
/// 5. **name + age**: name words followed by an age in commas ("Taft Sellers, 30,");
/// 6. **plural title + names** (`PersonRecognizer+TitledLists.swift`): "Senior Superintendents Spence, Montrichard, and Elli".
/// Surname-only mentions ("Malthouse", "Forsyth's") are added by `MentionResolver` once full names are known.
struct PersonRecognizer: Recognizer {
    let name = "person"
    private let titles: PhraseMatcher<TagModels.TitleEntry>
    /// The ranks in the plural ("Superintendents"), for lists of names after one (`titledList`).
    let pluralTitles: PhraseMatcher<TagModels.TitleEntry>
    let lexicons: NameLexicons
    /// Country adjectives (models/demonyms.tsv): never the first word of a name.
    let demonyms: [String: String]
    static let maximumNameWords = 4

    init(models: TagModels) {
        lexicons = NameLexicons(models: models)
        demonyms = models.demonyms
        titles = PhraseMatcher(phrases: models.titles.map { ($0.phrase, $0) }, tokenize: PhraseTokenizer.tokens,
                               skipAbbreviationDots: true)
        pluralTitles = Self.pluralTitles(models.titles)
    }

    func candidates(in context: TagContext) -> [Candidate] {
        var out: [Candidate] = []
        for sentence in context.text.sentences {
            let range = sentence.tokens
            var index = range.lowerBound
            while index < range.upperBound {
                if let list = titledList(at: index, in: range, context: context) ?? arrestedList(at: index, in: range, context: context)
                    ?? identifiedList(at: index, in: range, context: context) {
                    out += list.candidates
                    index = list.end
                    continue
                }
                // The rules in order at each token; the first that reads a name takes it.
                if let (found, end) = titledName(at: index, in: range, context: context)
                    ?? cuedName(at: index, in: range, context: context)
                    ?? givenName(at: index, in: range, context: context)
                    ?? initialledName(at: index, in: range, context: context)
                    ?? agedName(at: index, in: range, context: context)
                    ?? framedName(at: index, in: range, context: context) {
                    out.append(found)
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return out
    }

    /// 1. **title + name**: the name after a title ("Chief Constable Garry Forsyth"), and its end token.
    private func titledName(at index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        guard var title = titles.longestMatch(in: tokens, at: index, limit: range.upperBound),
              Self.titleIsWritten(title.payload, tokens[index]) else { return nil }
        // Titles written one after another make one role: "Deputy President Thabo Mbeki" (Deputy +
        // President), "Mr Justice Smith".
        var roles = title.payload.kind == .honorific ? [] : [title.payload.role]
        // ("Lieutenant-General Ayiravid Subarnbhesaj": titles joined by a hyphen; session 12, batch17's tune half.)
        func nextTitleStart(_ end: Int) -> Int {
            end + 1 < range.upperBound && tokens[end].text == "-" && !tokens[end].spaceBefore && !tokens[end + 1].spaceBefore ? end + 1 : end
        }
        while let next = titles.longestMatch(in: tokens, at: nextTitleStart(title.tokens.upperBound), limit: range.upperBound),
              Self.titleIsWritten(next.payload, tokens[next.tokens.lowerBound]) {
            if next.payload.kind != .honorific { roles.append(next.payload.role) }
            title = .init(payload: next.payload, tokens: title.tokens.lowerBound..<next.tokens.upperBound)
        }
        // ("Inspector General of Police Gen. Kale Kayihura": an abbreviated rank after the title is the title's;
        // session 12, batch22's tune half.)
        while title.tokens.upperBound + 1 < range.upperBound, tokens[title.tokens.upperBound].isCapitalizedWord,
              PersonRoles.rankHeads.contains(tokens[title.tokens.upperBound].lower), !lexicons.firstNames.contains(tokens[title.tokens.upperBound].text) {
            var end = title.tokens.upperBound + 1
            if end + 1 < range.upperBound, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
            guard tokens[end].isCapitalizedWord else { break }
            roles.append(context.text.text(of: title.tokens.upperBound..<end))
            title = .init(payload: title.payload, tokens: title.tokens.lowerBound..<end)
        }
        // ("Senior Superintendent of Police Shailesh Kumar Pandey", "Assistant Commissioner of Customs Raj Singh": a rank
        // of a service written with it, as South Asian and African news write ranks; session 19, batch76's tune half.)
        if title.payload.kind != .honorific, title.tokens.upperBound + 2 < range.upperBound, tokens[title.tokens.upperBound].text == "of",
           Self.rankServices.contains(tokens[title.tokens.upperBound + 1].text), tokens[title.tokens.upperBound + 2].isCapitalizedWord {
            roles[roles.count - 1] += " of " + tokens[title.tokens.upperBound + 1].text
            title = .init(payload: title.payload, tokens: title.tokens.lowerBound..<(title.tokens.upperBound + 2))
        }
        // ("Deputy Inspector General (DIG) Bhim Prasad Dhakal": the title's acronym in brackets between it and the name.)
        if title.tokens.upperBound + 3 < range.upperBound, tokens[title.tokens.upperBound].text == "(",
           tokens[title.tokens.upperBound + 1].isAcronym, tokens[title.tokens.upperBound + 2].text == ")",
           tokens[title.tokens.upperBound + 3].isCapitalizedWord {
            title = .init(payload: title.payload, tokens: title.tokens.lowerBound..<(title.tokens.upperBound + 3))
        }
        let nameEnd = nameWords(tokens, from: title.tokens.upperBound, limit: range.upperBound)
        // "Major Investigation Team", "Chief Constable's Office": a rank before an organisation.
        // A head that is also the surname of a given name ("Det Supt Mark Hill", "PC Anna Hall") is a name.
        let surnameHead = nameEnd - title.tokens.upperBound >= 2 && lexicons.firstNames.contains(tokens[title.tokens.upperBound].text)
            && lexicons.surnames.contains(tokens[nameEnd - 1].text)
            && !tokens[title.tokens.upperBound..<(nameEnd - 1)].contains { NameLexicon.isOrganisationHead($0.text) }
        // ("Prince George's County": a possessive before a place's head makes the name the place's.)
        let owner = nameEnd + 1 < range.upperBound && tokens[nameEnd].isPossessive
            && ModelSpanFilter.possessiveOwnerHeads.contains(tokens[nameEnd + 1].text)
        let organisation = owner || (nameEnd < range.upperBound && NameLexicon.isOrganisationHead(tokens[nameEnd].text))
            || (!surnameHead && tokens[title.tokens.upperBound..<nameEnd].contains { NameLexicon.isOrganisationHead($0.text) })
        // A headline in title case: "Territory's Governor Calls For Calm" has no person "Calls": one
        // everyday word after a title is a name only when it is a known name ("Sergeant Wood").
        let oneWord = nameEnd == title.tokens.upperBound + 1 ? tokens[title.tokens.upperBound].text : nil
        // (One letter alone is no name: "Gen Z voters".)
        let everyday = oneWord.map { lexicons.isEverydayWord($0) || $0.count == 1 } ?? false
        guard nameEnd > title.tokens.upperBound, !organisation, !everyday else { return nil }
        let role = roles.isEmpty ? nil : roles.joined(separator: " ")
        return (person(tokens, title.tokens.upperBound..<nameEnd, context: context, role: role, recognizer: "person.title",
                       confidence: .grammar), nameEnd)
    }

    /// An everyday word that is no known name ("Guns", "Cash").
    func isEverydayWord(_ word: String) -> Bool { lexicons.isEverydayWord(word) }

    /// Capitalised roles that a name can run into, written before "of" ("Head of …").
    static let rolesBeforeOf: Set<String> = ["Head", "Director", "Chief", "Secretary", "Minister", "President", "Chairman", "Chair",
                                             "Chairperson", "Commissioner", "Commander", "Leader", "Member", "Founder", "Governor",
                                             "Deputy", "Assistant", "Superintendent", "Inspector", "Officer", "Mayor", "Manager"]

    /// Services a rank is written with ("Superintendent of Police").
    static let rankServices: Set<String> = ["Police", "Customs", "Prisons", "Excise", "Immigration"]

    /// 3. **cue + name**: a lower-case word that introduces a person in crime and court reports ("victim Sarah
    /// Everard", "spokesman Jim Brown", "striker Igor Shkvyrin"), then two or more name words. The name may follow
    /// the cue after a comma: "his sister, Inderdai Deyal, said".
    private func cuedName(at index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        var nameStart = index + 2 < range.upperBound && tokens[index + 1].text == "," ? index + 2 : index + 1
        // ("26-year-old Malaysian Chee Tian Hao": a nationality after the cue is not the name's; session 16, batch50.)
        if nameStart + 1 < range.upperBound, demonyms[tokens[nameStart].text] != nil, tokens[nameStart + 1].isCapitalizedWord { nameStart += 1 }
        guard Self.isPersonCue(tokens, index, sentenceStart: range.lowerBound), nameStart < range.upperBound,
              tokens[nameStart].isCapitalizedWord else { return nil }
        let nameEnd = nameWords(tokens, from: nameStart, limit: range.upperBound)
        // ("a man named Aslam": after "named" and a word for a person, one name word is enough.)
        let minimumWords = Self.isNamingCue(tokens, index, sentenceStart: range.lowerBound) ? 1 : 2
        // (Not a generational suffix alone: "spokesperson Sr. Comr. Satake Bayu", a rank; session 15, batch35's tune half.)
        guard nameEnd - nameStart >= minimumWords, !(nameEnd < range.upperBound && NameLexicon.isOrganisationHead(tokens[nameEnd].text)),
              !tokens[nameStart..<nameEnd].allSatisfy({ $0.kind != .word || NameLexicon.generationalSuffixes.contains($0.text) }),
              !tokens[nameStart..<nameEnd].contains(where: { NameLexicon.isOrganisationHead($0.text) }) else { return nil }
        return (person(tokens, nameStart..<nameEnd, context: context, role: nil, recognizer: "person.cue", confidence: .lexicon), nameEnd)
    }

    /// 2. **first name + surname**, unless the "first name" is the sentence's opening word ("So Trump did": "So" is
    /// in the census lists).
    private func givenName(at index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        guard lexicons.firstNames.contains(tokens[index].text), tokens[index].isCapitalizedWord,
              index > range.lowerBound || !NameLexicon.sentenceOpeners.contains(tokens[index].lower) else { return nil }
        let nameEnd = nameWords(tokens, from: index, limit: range.upperBound)
        guard nameEnd - index >= 2, !(nameEnd < range.upperBound && NameLexicon.isOrganisationHead(tokens[nameEnd].text)),
              !tokens[(index + 1)..<nameEnd].contains(where: { NameLexicon.isOrganisationHead($0.text) }) else { return nil }
        // ("a Louis Vuitton bag": a brand's name; session 16, batch40's tune half.)
        if ModelSpanFilter.brandNames.contains(context.text.text(of: index..<nameEnd)) { return nil }
        let start = opensWithInitial(tokens, givenName: index, sentenceStart: range.lowerBound) ? index - 2 : index
        return (person(tokens, start..<nameEnd, context: context, role: nil, recognizer: "person.firstname", confidence: .lexicon), nameEnd)
    }

    /// "ATF Director B. Todd Jones": an initial before the given name is the name's (session 16, batch44's tune half),
    /// when what stands before it opens a name: the sentence's start, a lower-case word, a comma, semicolon, bracket or
    /// dash, a title or role. Not the last letter of "U.S.", nor a letter ending a name or a numeral the segmenter left in the sentence
    /// ("Terminal B. Mary Smith", "World War I. John Smith", "hepatitis C. John").
    private func opensWithInitial(_ tokens: [Token], givenName index: Int, sentenceStart: Int) -> Bool {
        guard index - 2 >= sentenceStart, tokens[index - 1].text == ".", !tokens[index - 1].spaceBefore,
              tokens[index - 2].text.count == 1, tokens[index - 2].isCapitalizedWord,
              !Self.romanNumeralLetters.contains(tokens[index - 2].text) else { return false }
        guard index - 3 >= sentenceStart else { return true }
        let before = tokens[index - 3]
        guard tokens[index - 2].spaceBefore else { return false }
        if before.isLowercaseWord { return !Self.letterNouns.contains(before.lower) }
        if [",", ";", "(", "[", "]", ":", "“", "\"", "—", "–"].contains(before.text) { return true }
        return lexicons.titleWords.contains(before.lower) || PersonRoles.heads.contains(before.lower)
    }

    /// Letters that are numerals after a name ("World War I.", "Henry V.").
    static let romanNumeralLetters: Set<String> = ["I", "V", "X"]
    /// Lower-case words a letter names a kind of ("hepatitis C.", "vitamin D.", "plan B.").
    static let letterNouns: Set<String> = ["hepatitis", "vitamin", "plan", "grade", "type", "class", "category", "section", "block",
                                           "gate", "terminal", "wing", "level", "exit", "route", "part", "schedule", "appendix"]

    /// 4. **initials + surname**: "L.K. Advani", "F.W. de Klerk" (the model reads joined initials poorly).
    private func initialledName(at index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        guard tokens[index].isJoinedInitials, !NameLexicon.dottedAbbreviations.contains(tokens[index].text),
              Self.isInitial(tokens, index, limit: range.upperBound) else { return nil }
        let nameEnd = nameWords(tokens, from: index, limit: range.upperBound)
        guard nameEnd - index >= 3, !(nameEnd < range.upperBound && NameLexicon.isOrganisationHead(tokens[nameEnd].text)),
              !tokens[(index + 2)..<nameEnd].contains(where: { NameLexicon.isOrganisationHead($0.text) }) else { return nil }
        return (person(tokens, index..<nameEnd, context: context, role: nil, recognizer: "person.initials", confidence: .lexicon), nameEnd)
    }

    /// A cue word ("victim", "spokesman"), or the end of an age written before the name ("54-year-old Bharrat
    /// Ramdehol", "the 23-year-old Jane Doe").
    static func isPersonCue(_ tokens: [Token], _ index: Int, sentenceStart: Int) -> Bool {
        if NameLexicon.personCues.contains(tokens[index].text) || isNamingCue(tokens, index, sentenceStart: sentenceStart) { return true }
        return tokens[index].text == "old" && index - 2 >= sentenceStart && tokens[index - 1].text == "-"
            && ["year", "years"].contains(tokens[index - 2].text)
    }

    /// "a man named", "a woman identified as": a word for a person, then "named" ("identified as" is two words and
    /// left to the model).
    static func isNamingCue(_ tokens: [Token], _ index: Int, sentenceStart: Int) -> Bool {
        tokens[index].text == "named" && index > sentenceStart && personNouns.contains(tokens[index - 1].lower)
    }
    static let personNouns: Set<String> = ["man", "woman", "boy", "girl", "person", "teenager", "youth", "suspect", "victim",
                                           "officer", "driver", "resident", "student", "child", "son", "daughter", "men", "women"]

    /// Single-word lower-case titles ("officer") would fire on every plural and verb: a title must start with a
    /// capital unless it is a multi-word office written in lower case in running text ("prosecutor").
    private static func titleIsWritten(_ title: TagModels.TitleEntry, _ token: Token) -> Bool {
        token.text.first?.isUppercase ?? false || title.phrase.first?.isLowercase ?? false
    }

    /// The end of the run of name words starting at `start`: capitalised words, initials ("J."), hyphenated
    /// parts ("Smith-Jones"), and particles between capitalised words.
    func nameWords(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        var cursor = start
        var words = 0
        while cursor < limit, words < Self.maximumNameWords {
            let token = tokens[cursor]
            // A title before another name inside the run starts that name: "German Chancellor Helmut Kohl" is
            // not one name ("John Major said" is: nothing capitalised follows the rank).
            if words > 0, let title = titles.longestMatch(in: tokens, at: cursor, limit: limit), Self.titleIsWritten(title.payload, token),
               title.tokens.upperBound < limit, tokens[title.tokens.upperBound].isCapitalizedWord {
                break
            }
            // A role before "of" ends the name: "Detective Chief Inspector Dave Manley Head of the City of London
            // Police's Fraud Squad" (session 19, batch73's tune half), "John Smith Director of Public Prosecutions".
            // (A role that is also a surname ends the name only before "of the": "Sarah Head of Bristol" stays whole.)
            if words > 0, cursor + 1 < limit, tokens[cursor + 1].text == "of", Self.rolesBeforeOf.contains(token.text),
               !lexicons.surnames.contains(token.text) || (cursor + 2 < limit && tokens[cursor + 2].text == "the") { break }
            // An initial is a name word even when it is also a word ("Gerald A. Daniel", "Robert I. Smith").
            // At the start too: "Judge A. Raymond Randolph" ("A" is otherwise an article).
            let initial = Self.isInitial(tokens, cursor, limit: limit)
            // "May" after a given name is a surname ("Theresa May", "Brian May"), unless a date number follows.
            let monthSurname = words > 0 && token.text == "May" && !(cursor + 1 < limit && tokens[cursor + 1].kind == .number)
            if initial || token.isCapitalizedWord, !token.isAcronymPlural, initial || monthSurname || !NameLexicon.notNameWords.contains(token.text) {
                cursor += 1
                words += 1
                // Initial with a full stop: "J.", "F.W." — keep the dot only when a name word follows.
                if initial || (token.text.count == 1 && cursor + 1 < limit && tokens[cursor].text == "." && tokens[cursor + 1].isCapitalizedWord) {
                    cursor += 1
                }
                // Hyphenated names: "Smith-Jones", and romanised given names "Tsai Ing-wen", "Carrie Lam
                // Cheng Yuet-ngor" (no spaces around the hyphen; a lower-case part only after a name word).
                if cursor + 1 < limit, tokens[cursor].text == "-", !tokens[cursor].spaceBefore, !tokens[cursor + 1].spaceBefore,
                   tokens[cursor + 1].isCapitalizedWord || (words > 1 && tokens[cursor + 1].isLowercaseWord && tokens[cursor + 1].text.count <= 5) {
                    cursor += 2
                }
                continue
            }
            if words > 0, NameLexicon.particles.contains(token.text), cursor + 1 < limit, tokens[cursor + 1].isCapitalizedWord {
                cursor += 1
                continue
            }
            break
        }
        // ("Major General Jamal Salem Al Jallaf": a capitalised particle inside the name is not one of its words;
        // session 12, batch11's tune half.)
        if words == Self.maximumNameWords, cursor < limit, NameLexicon.capitalisedParticles.contains(tokens[cursor - 1].text),
           tokens[cursor].isCapitalizedWord, !NameLexicon.notNameWords.contains(tokens[cursor].text) {
            cursor += 1
        }
        // A name never ends on an initial's dot or a particle.
        while cursor > start, tokens[cursor - 1].text == "." || NameLexicon.particles.contains(tokens[cursor - 1].text) {
            cursor -= 1
        }
        // Nor, past its first two words, on an everyday word that is no name ("Michael J. Shapiro Born",
        // "Betty Crocker Cake Mix").
        // An organisation's head stays, so the span is refused for it ("Virginia Intercollegiate Athletic Association").
        while cursor - start > 2, tokens[cursor - 1].kind == .word, lexicons.isEverydayWord(tokens[cursor - 1].text),
              !NameLexicon.isOrganisationHead(tokens[cursor - 1].text) {
            // A part glued after a hyphen goes with its hyphen ("Guy Fieri-like" → "Guy Fieri"), never leaving the
            // hyphen at the end; a short one is a romanised given name's ("Kim Jong-un", "Moon Jae-in"). Session 12.
            if tokens[cursor - 2].text == "-", !tokens[cursor - 2].spaceBefore, !tokens[cursor - 1].spaceBefore {
                if tokens[cursor - 1].text.count <= 3 { break }
                cursor -= 2
                continue
            }
            cursor -= 1
        }
        return Self.includingSuffixDot(tokens, end: cursor, limit: limit)
    }

    /// "A." inside a name: one capital letter, then a full stop written against it, then a capitalised word.
    /// Initials written together count the same way: "F.W. de Klerk", "L.K. Advani" (a particle may follow).
    static func isInitial(_ tokens: [Token], _ index: Int, limit: Int) -> Bool {
        guard index + 2 < limit, tokens[index + 1].text == ".", !tokens[index + 1].spaceBefore else { return false }
        if tokens[index].isJoinedInitials {
            return tokens[index + 2].isCapitalizedWord || (NameLexicon.particles.contains(tokens[index + 2].text)
                && index + 3 < limit && tokens[index + 3].isCapitalizedWord)
        }
        return tokens[index].text.count == 1 && tokens[index].text.first?.isUppercase == true && tokens[index + 2].isCapitalizedWord
    }

    /// A name ending on "Jr" or "Sr" keeps the abbreviation's dot written against it ("Clay Tice Jr.").
    static func includingSuffixDot(_ tokens: [Token], end: Int, limit: Int) -> Int {
        guard end > 0, end < limit, tokens[end].text == ".", !tokens[end].spaceBefore else { return end }
        // A surname written as its initial keeps its dot, as news that withholds surnames writes it ("Malika B.",
        // "Tomasz C."): 18 of 24 such names in the gold of the development sets are written with it (session 18).
        // Not a paragraph's last full stop ("King Leopold III met Malcolm X."). Inside a paragraph the segmenter joins
        // sentences after a capital and a full stop, so "… Malcolm X. It opened" keeps the dot: a capital after it does
        // not tell the two apart ("Peter R. Police said", batch17's tune half, is the initial's), and names ending in a
        // letter are far rarer in police news than withheld surnames.
        let initial = end >= 2 && end + 1 < limit && tokens[end - 1].text.count == 1 && tokens[end - 1].text.first?.isUppercase == true
            && tokens[end - 2].kind == .word
        guard NameLexicon.abbreviatedSuffixes.contains(tokens[end - 1].text) || initial else { return end }
        return end + 1
    }

    /// 5. **name + age**: two to four name words followed by an age in commas, as crime reports write a person
    /// ("the death of Taft Sellers, 30, during", "Andi Krasniqi, 31, was jailed"): the age says the words name a
    /// person even when neither is a known name; not an organisation or a place.
    /// Also in brackets ("Brave Maluleke (31) of 1.1 Infantry Battalion") and, in a list of several, bare ("Jaico Choute
    /// 25 and Nicarson Nixon 21": `FigureRecognizer.isBareAgeInNameList`); session 22, batch99's and batch74's tune halves.
    private func agedName(at index: Int, in range: Range<Int>, context: TagContext) -> (Candidate, Int)? {
        let tokens = context.text.tokens
        // (Not from a country's adjective: "Mexican Ariel Cruz, 25," is Ariel Cruz, whom the other rules read.)
        guard tokens[index].isCapitalizedWord, index == range.lowerBound || !tokens[index - 1].isCapitalizedWord,
              demonyms[tokens[index].text] == nil else { return nil }
        let nameEnd = nameWords(tokens, from: index, limit: range.upperBound)
        guard nameEnd + 2 < range.upperBound else { return nil }
        // (A spaced bracket and two digits: not a footnote's "Texaco-Getty(8)" nor a list's quantity "Common Mushroom (1)".)
        // (Nor two everyday words: "Button Mushroom (15)", the second read's case.)
        let bracketed = tokens[nameEnd].text == "(" && tokens[nameEnd].spaceBefore && tokens[nameEnd + 2].text == ")"
            && tokens[nameEnd + 1].text.count == 2 && !lexicons.isEverydayWord(tokens[nameEnd - 1].text)
        // (An everyday word opening the sentence is no given name, but before an age in brackets it is: "Brave Maluleke (31)".)
        guard !(index == range.lowerBound && lexicons.isEverydayWord(tokens[index].text)) || bracketed else { return nil }
        let ageAt = tokens[nameEnd].text == "," || bracketed ? nameEnd + 1 : nameEnd
        let bare = ageAt == nameEnd && FigureRecognizer.isBareAgeInNameList(tokens, numberAt: nameEnd, sentenceStart: range.lowerBound,
                                                                            limit: range.upperBound)
        guard (2...Self.maximumNameWords).contains(nameEnd - index), ageAt > nameEnd || bare,
              let age = Int(tokens[ageAt].text), (1...Self.oldestAge).contains(age),
              bracketed || bare || [",", ".", ";", ")"].contains(tokens[nameEnd + 2].text) || tokens[nameEnd + 2].lower == "and",
              // ("Robert Hill, 49, of Roswell": a head word that is also a surname, after a given name, with the
              // age after it, is the surname; session 12, batch15's tune half.)
              !tokens[index..<nameEnd].indices.contains(where: { at in
                  NameLexicon.isOrganisationHead(tokens[at].text)
                      && !(at == nameEnd - 1 && lexicons.surnames.contains(tokens[at].text) && lexicons.firstNames.contains(tokens[index].text))
              }),
              lexicons.places.place(tokens[index..<nameEnd].map(\.lower)) == nil else { return nil }
        return (person(tokens, index..<nameEnd, context: context, role: nil, recognizer: "person.age", confidence: .lexicon), nameEnd)
    }

    /// The oldest age an apposition is read as ("Taft Sellers, 30,"); larger numbers are counts or years.
    static let oldestAge = 115

    private func person(_ tokens: [Token], _ span: Range<Int>, context: TagContext, role: String?, recognizer: String,
                        confidence: Confidence) -> Candidate {
        let text = context.text.text(of: span)
        return Candidate(type: .person, text: text, start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end,
                      sentence: tokens[span.lowerBound].sentence, canonical: text, role: role,
                      recognizer: recognizer, confidence: confidence)
    }
}
