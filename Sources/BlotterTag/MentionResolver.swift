import BlotterCore
import Foundation

/// The resolve step, within one document:
/// - people: surname-only mentions of people already named in full become mentions ("Malthouse",
///   "Forsyth's"); the other items of a list of people are people (`ListConsistency`), and so are goal
///   scorers in results lines (`ScorerList`) and the names of cricket scorecards (`CricketScorecard`) when `tag.mention_passes` turns them on; every mention's
///   `canonical` is the fullest form of the name; every mention takes the
///   fullest non-honorific role found for that person;
/// - forces: an acronym in brackets after a force ("… Unit (ERSOU)") and its later uses join that force;
/// - dates: "XXXX" years take the year of the story's last dated day before them, else the published year.
enum MentionResolver {
    static func resolve(_ entities: [Candidate], text: SegmentedText, article: Article, names: NameLexicons,
                        passes: Set<MentionPass> = [], titleSentences: Int = 0) -> [Candidate] {
        var result = PersonRoles.trimmingLeadingRoles(PersonNameParts.join(entities, text: text, firstNames: names.firstNames), text: text, names: names)
        result = PersonRoles.trimmingAbbreviatedRanks(result, text: text, names: names)
        // Offsets that entities cover, so adding a mention checks for overlap in constant time.
        var covered = Coverage(size: text.text.utf8.count)
        for entity in result { covered.mark(entity) }
        result = droppingAcronymsDefinedOtherwise(result, text: text)
        result = addAcronymForces(result, text: text, covered: &covered)
        result = addShortForceMentions(result, text: text, names: names, covered: &covered)
        result = joiningPlacePolice(result)
        // Results lines and scorecards first: their whole names must not be taken by surname mentions.
        if passes.contains(.scorerList) { result = ScorerList.addPeople(result, text: text, covered: &covered) }
        if passes.contains(.cricketScorecard) { result = CricketScorecard.addPeople(result, text: text, covered: &covered) }
        result = ListConsistency.placesOverPeople(result, text: text, names: names)
        result = PlaceContext.placesOverPeople(result, text: text, names: names)
        result = PersonSlots.apply(result, text: text, names: names)
        result = droppingPlacesThatAreSurnames(result, text: text, names: names, covered: &covered)
        result = addLeadingPartMentions(result, text: text, covered: &covered)
        result = addSurnameMentions(result, text: text, names: names, covered: &covered)
        result = ListConsistency.addPeople(result, text: text, names: names, covered: &covered)
        result = ListConsistency.addCuedPeople(result, text: text, names: names, covered: &covered)
        result = addGivenNameMentions(result, text: text, names: names, covered: &covered)
        result = PersonRoles.addRoles(result, text: text, titleHeads: names.titleHeads)
        result = canonicalizePeople(result)
        // A page without a published date often opens with its dateline ("Saturday, August 31, 2002, Chandigarh"):
        // that date stands in for it.
        let dateline = article.published == nil ? datelineDate(result, firstSentence: titleSentences) : nil
        result = OperationRecognizer.keepingProjectsOfCanadianForces(result)
        result = datingRangeStartsByTheirEnd(result, text: text)
        result = fillYears(result, year: article.publishedYear ?? dateline?.year, dateline: dateline,
                           published: dayParts(article.published.map { String($0.prefix(10)) }) ?? dateline)
        result = datingRelativeDaysByApposition(result, text: text)
        result = LocalDollar.apply(result, text: text.text)
        result = LocalRupee.apply(result, text: text.text)
        result = LocalLetterCurrency.apply(result)
        return result.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }

    // MARK: forces

    /// The index of the token that ends at `offset` (tokens are in text order), or nil.
    static func tokenEnding(at offset: Int, in tokens: [Token]) -> Int? {
        tokenIndex(where: \.end, is: offset, in: tokens)
    }

    /// The index of the token whose `boundary` (start or end, both increasing in text order) is `offset`, or nil:
    /// a binary search.
    static func tokenIndex(where boundary: KeyPath<Token, Int>, is offset: Int, in tokens: [Token]) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle][keyPath: boundary] < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low][keyPath: boundary] == offset ? low : nil
    }

    private static func addAcronymForces(_ entities: [Candidate], text: SegmentedText, covered: inout Coverage) -> [Candidate] {
        let tokens = text.tokens
        var acronyms = bracketedAcronyms(entities, text: text)
        // Initialisms never defined in brackets: "HCSO said" after "the Harris County Sheriff's Office" (three
        // letters or more, so "PD" or "SO" alone never match).
        for force in entities where force.type == .force {
            let initials = Self.initials(of: force.text)
            if initials.count >= Self.minimumInitialismLetters, acronyms[initials] == nil { acronyms[initials] = force }
        }
        // Then the shorter forms news uses: without "County" or "City" ("LASD" for "Los Angeles County Sheriff's
        // Department") and without the place in front ("DPS" for "Texas Department of Public Safety"), never
        // displacing a full initialism.
        for force in entities where force.type == .force {
            for initials in Self.shortInitials(of: force.text) where initials.count >= Self.minimumInitialismLetters && acronyms[initials] == nil {
                acronyms[initials] = force
            }
        }
        for force in entities where force.type == .force {
            if let written = lentAcronym(of: force.text, recognizer: force.recognizer), acronyms[written] == nil { acronyms[written] = force }
        }
        guard !acronyms.isEmpty else { return entities }
        var result = entities
        // A department initialism found on its own ("APD") joins the force the page names in full ("Atlanta Police
        // Department"), with that force's id, name, kind and country.
        var rejoined: [String: Candidate] = [:]
        for index in result.indices where result[index].recognizer == "force.initialism" {
            guard let force = acronyms[result[index].text], force.text != result[index].text else { continue }
            if let slug = result[index].canonical { rejoined[slug] = force }
            result[index] = joined(result[index], to: force)
        }
        // Its units ("APD SVU") belong to that force.
        for index in result.indices where result[index].type == .force {
            guard let parent = result[index].parent, let force = rejoined[parent] else { continue }
            result[index].parent = force.canonical
            result[index].country = result[index].country ?? force.country
        }
        var skipUntil = 0
        for (index, token) in tokens.enumerated() where token.kind == .word && index >= skipUntil {
            // A hyphenated acronym as one mention ("VIC-JOCTF"), else its single token.
            var mentionEnd = index + 1
            if token.isAcronym, let end = hyphenatedAcronymEnd(from: index, in: tokens), end > index + 1,
               acronyms[text.text(of: index..<end)] != nil {
                mentionEnd = end
            } else if let end = spacedAcronymEnd(from: index, in: tokens), acronyms[text.text(of: index..<end)] != nil {
                mentionEnd = end
            }
            let written = mentionEnd > index + 1 ? text.text(of: index..<mentionEnd) : token.text
            guard let force = acronyms[written] else { continue }
            skipUntil = mentionEnd
            let end = tokens[mentionEnd - 1].end
            if covered.overlaps(token.start, end) {
                guard mentionEnd == index + 1 else { continue }
                // ("According to TPS," after "the Toronto Police Service": the model read the acronym as a place;
                // the page's own force of those initials is meant. Session 14, batch30's tune half.)
                guard let place = result.firstIndex(where: { $0.type == .location && $0.start == token.start && $0.end == token.end })
                else { continue }
                result.remove(at: place)
            }
            let mention = joined(Candidate(type: .force, text: written, start: token.start, end: end, sentence: token.sentence,
                                        recognizer: "force.acronym", confidence: .grammar), to: force)
            covered.mark(mention)
            result.append(mention)
        }
        return result
    }

    /// The acronyms the page defines in brackets right after a force ("… Unit (ERSOU)", "(Ipid)" spelling its
    /// initials, "(VIC-JOCTF)" and its long parts, "(ND BCI)"), each with its force.
    private static func bracketedAcronyms(_ entities: [Candidate], text: SegmentedText) -> [String: Candidate] {
        let tokens = text.tokens
        var acronyms: [String: Candidate] = [:]
        for force in entities where force.type == .force {
            guard let last = tokenEnding(at: force.end, in: tokens), last + 3 < tokens.count, tokens[last + 1].text == "(" else { continue }
            // ("the Independent Police Investigative Directorate (Ipid)": South African news writes acronyms in title
            // case; one whose letters are the name's initials is the force's. Session 16, batch49's tune half.)
            let word = tokens[last + 2]
            if AcronymBracket.close(at: last + 3, in: tokens, limit: tokens.count) != nil, word.isCapitalizedWord, !word.isAcronym, word.text.count >= Self.minimumInitialismLetters,
               word.text.uppercased() == Self.initials(of: force.text) {
                acronyms[word.text] = force
                continue
            }
            let spaced = spacedAcronymEnd(from: last + 2, in: tokens).flatMap { AcronymBracket.close(at: $0, in: tokens, limit: tokens.count) != nil ? $0 : nil }
            guard let end = spaced ?? hyphenatedAcronymEnd(from: last + 2, in: tokens),
                  AcronymBracket.close(at: end, in: tokens, limit: tokens.count) != nil else { continue }
            acronyms[text.text(of: (last + 2)..<end)] = force
            // ("Victorian Joint Organised Crime Taskforce (VIC-JOCTF)", then "the JOCTF": a part of four letters or
            // more names it too; session 14, batch30's tune half.)
            if end - (last + 2) > 1 {
                for part in tokens[(last + 2)..<end] where part.isAcronym && part.text.count >= Self.acronymPartMinimumLetters {
                    acronyms[part.text] = acronyms[part.text] ?? force
                }
            }
        }
        return acronyms
    }

    static let minimumInitialismLetters = 3

    /// The initials a force found as written lends to the page's other bare mentions of them: an agency known by its
    /// initials alone before its members ("MDEA" of "MDEA agents", then "MDEA seized"; `force.members`: a table's
    /// initials keep their own guards, "AFP" the news agency's credit is no Australian Federal Police), or a name ending
    /// in initials after its place ("Minnesota BCA", then the headline's "BCA investigating"; three letters or more, no
    /// unit head: "Kirklees CID" lends nothing to another force's "CID"; not a name shouted in capitals, "KENT POLICE").
    /// Session 25, from the 24 tune halves.
    static func lentAcronym(of name: String, recognizer: String) -> String? {
        let words = name.split(separator: " ")
        guard let last = words.last, last.count >= 2, last.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        let members = [ForceRecognizer.membersRecognizer, ForceRecognizer.vouchedMembersRecognizer]
        if words.count == 1 { return members.contains(recognizer) ? String(last) : nil }
        guard last.count >= minimumInitialismLetters, !ForceRecognizer.unitHeads.contains(String(last)),
              words.dropLast().contains(where: { $0.contains(where: \.isLowercase) }) else { return nil }
        return String(last)
    }

    /// The shortest part of a hyphenated acronym that names its force alone ("JOCTF" of "VIC-JOCTF"; not "VIC").
    static let acronymPartMinimumLetters = 4

    /// The end of an acronym at `start`, over hyphens written without spaces ("VIC-JOCTF", "CFSEU-BC"), or nil when
    /// `start` holds no acronym.
    static func hyphenatedAcronymEnd(from start: Int, in tokens: [Token]) -> Int? {
        guard start < tokens.count, tokens[start].isAcronym else { return nil }
        var end = start + 1
        while end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
              tokens[end + 1].isAcronym {
            end += 2
        }
        return end
    }

    /// The end of two acronyms written with a space in one sentence ("ND BCI", a state's code and its bureau's
    /// initials: "the North Dakota Bureau of Criminal Investigation (ND BCI)", then "referred to ND BCI"; session 22,
    /// batch80's tune half), or nil. Read as one acronym only where a bracket defines it.
    static func spacedAcronymEnd(from start: Int, in tokens: [Token]) -> Int? {
        guard start + 1 < tokens.count, tokens[start].isAcronym, tokens[start + 1].isAcronym, tokens[start + 1].spaceBefore,
              tokens[start + 1].sentence == tokens[start].sentence else { return nil }
        return start + 2
    }

    /// "Trinidad and Tobago police" after "the Trinidad and Tobago Police Service": a lower-case force after a place
    /// that no table resolves (its canonical a slug of its own words) is the force the document names in full with
    /// the same place and kind, and takes its canonical and name.
    private static func joiningPlacePolice(_ entities: [Candidate]) -> [Candidate] {
        let named = entities.filter { $0.type == .force && $0.recognizer != "force.place" && $0.recognizer != "force.unit" }
        guard !named.isEmpty else { return entities }
        return entities.map { force in
            guard force.type == .force, force.recognizer == "force.place", force.canonical == Slug.make(force.text),
                  let lastSpace = force.text.lastIndex(of: " ") else { return force }
            let place = force.text[..<lastSpace] + " "
            guard let full = named.first(where: { $0.text.hasPrefix(place) && $0.forceKind == force.forceKind
                                                   && $0.text.count > force.text.count }) else { return force }
            return joined(force, to: full)
        }
    }

    /// "the Crime Commission" after "the NSW Crime Commission": a force named with a place (or a place's
    /// initialism) before two or more capitalised words is named by those words alone later in the document, unless
    /// they are a generic head ("Police Department", "Sheriff's Office": every place has one).
    private static func addShortForceMentions(_ entities: [Candidate], text: SegmentedText, names: NameLexicons,
                                              covered: inout Coverage) -> [Candidate] {
        var shortForms: [[String]: Candidate] = [:]
        let tokens = text.tokens
        for force in entities where force.type == .force && force.recognizer != "force.unit" {
            guard let first = tokenStarting(at: force.start, in: tokens), let last = tokenEnding(at: force.end, in: tokens),
                  last - first >= 2 else { continue }
            for cut in (first + 1)...(last - 1) {
                let prefix = tokens[first..<cut]
                guard (cut == first + 1 && prefix[first].isAcronym) || names.places.place(prefix.map(\.lower)) != nil else { continue }
                let rest = tokens[cut...last].map(\.text)
                guard tokens[cut...last].allSatisfy({ $0.isCapitalizedWord }),
                      !ForceRecognizer.headPhrases.contains(rest.joined(separator: " ")) else { break }
                shortForms[rest] = shortForms[rest] ?? force
                break
            }
        }
        guard !shortForms.isEmpty else { return entities }
        // By first word, so each token looks only at the short forms that can start there (a page naming thousands
        // of forces stays linear).
        var byFirstWord: [String: [([String], Candidate)]] = [:]
        for (words, force) in shortForms.sorted(by: { $0.key.joined(separator: " ") < $1.key.joined(separator: " ") }) {
            if let first = words.first { byFirstWord[first, default: []].append((words, force)) }
        }
        var result = entities
        for (index, token) in tokens.enumerated() where token.isCapitalizedWord {
            for (words, force) in byFirstWord[token.text] ?? [] where index + words.count <= tokens.count {
                let span = tokens[index..<(index + words.count)]
                guard zip(span, words).allSatisfy({ $0.text == $1 }), let end = span.last?.end,
                      !covered.overlaps(token.start, end) else { continue }
                let mention = joined(Candidate(type: .force, text: text.text(of: index..<(index + words.count)), start: token.start,
                                               end: end, sentence: token.sentence, recognizer: "force.short", confidence: .grammar), to: force)
                covered.mark(mention)
                result.append(mention)
            }
        }
        return result
    }

    /// The index of the token that starts at `offset`, or nil.
    static func tokenStarting(at offset: Int, in tokens: [Token]) -> Int? {
        tokenIndex(where: \.start, is: offset, in: tokens)
    }

    /// `mention` as another way of writing `force`: its canonical id, full name, kind, country and parent.
    static func joined(_ mention: Candidate, to force: Candidate) -> Candidate {
        var out = mention
        out.canonical = force.canonical
        out.name = force.name
        out.forceKind = force.forceKind
        out.country = force.country
        out.parent = force.parent
        return out
    }

    /// An acronym the page defines as something else is not the force of the same letters: "Asynchronous Task
    /// Framework (ATF)", "Certified Nutrition Coach (CNC)". The definition is the capitalised words before the
    /// bracket whose initials spell the acronym; a force defined that way ("… Unit (ERSOU)") keeps its mentions.
    static func droppingAcronymsDefinedOtherwise(_ entities: [Candidate], text: SegmentedText) -> [Candidate] {
        let tokens = text.tokens
        let acronymForces = Set(entities.filter { $0.type == .force && $0.text.count >= 2 && $0.text.allSatisfy(\.isUppercase) }.map(\.text))
        guard !acronymForces.isEmpty else { return entities }
        let forceEnds = Set(entities.filter { $0.type == .force }.map(\.end))
        var otherwise = Set<String>()
        for index in tokens.indices where index >= 2 && index + 1 < tokens.count {
            let acronym = tokens[index].text
            guard acronymForces.contains(acronym), tokens[index - 1].text == "(", tokens[index + 1].text == ")",
                  !forceEnds.contains(tokens[index - 2].end) else { continue }
            // Initials of the capitalised words before the bracket, skipping "of", "and", "the", "for".
            var letters: [Character] = []
            var cursor = index - 2
            while cursor >= 0, letters.count < acronym.count {
                let word = tokens[cursor]
                if word.isCapitalizedWord || word.isAcronym, let first = word.text.first {
                    letters.insert(first, at: 0)
                } else if !["of", "and", "the", "for", "&"].contains(word.text) {
                    break
                }
                cursor -= 1
            }
            if String(letters) == acronym { otherwise.insert(acronym) }
        }
        guard !otherwise.isEmpty else { return entities }
        return entities.filter { !($0.type == .force && otherwise.contains($0.text)) }
    }

    /// "Harris County Sheriff's Office" → "HCSO": the first letters of its capitalised words ("of", "the", "and"
    /// and the possessive left out); "" when the name is one word or already an acronym.
    static func shortInitials(of name: String) -> [String] {
        let words = name.split(separator: " ")
        guard words.count >= 3 else { return [] }
        var out: [String] = []
        let withoutMunicipality = words.filter { !["County", "City", "Parish"].contains($0) }
        if withoutMunicipality.count < words.count { out.append(initials(of: withoutMunicipality.joined(separator: " "))) }
        // A unit's force ("KCSO" for "Knox County Sheriff's Office Major Crimes Unit"): the name up to a force's head.
        if let head = words.dropLast().lastIndex(where: { ["Office", "Department", "Police", "Patrol"].contains($0) }), head >= 1 {
            out.append(initials(of: words[...head].joined(separator: " ")))
        }
        // The name without its place (one to three words), when a head follows ("Texas Department of Public Safety",
        // "North Carolina State Bureau of Investigation" → "SBI": batch23's tune half).
        if let headAt = words.prefix(4).dropFirst().firstIndex(where: { ["Department", "Bureau", "Office", "Division", "State"].contains($0) }),
           headAt + 1 < words.count, words[headAt] != "State" || ["Bureau", "Department", "Office"].contains(words[headAt + 1]) {
            out.append(initials(of: words[headAt...].joined(separator: " ")))
        }
        // The office named by its holder: "DPP" for "the Office of the Director of Public Prosecutions" (session 24,
        // batch92's tune half).
        if words.count >= 5, words[0] == "Office", words[1] == "of", words[2] == "the" {
            out.append(initials(of: words[3...].joined(separator: " ")))
        }
        return out.filter { !$0.isEmpty }
    }

    static func initials(of name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count >= 2 else { return "" }
        var out = ""
        for word in words {
            guard let first = word.first else { continue }
            if first.isUppercase { out.append(first) } else if !["of", "the", "and", "for"].contains(word) { return "" }
        }
        return out
    }

    // MARK: people

    private static func addSurnameMentions(_ entities: [Candidate], text: SegmentedText, names: NameLexicons, covered: inout Coverage) -> [Candidate] {
        var surnames: [String: String] = [:]
        // The words before the surname in the name that lent it: a later "Muttiah Muralitharan" the model missed
        // is tagged whole, not as "Muralitharan" alone.
        var givenWords: [String: [String]] = [:]
        // Surnames an all-capitals headline word may stand for: only those of names the rules found or known
        // surnames ("AMSTERDAM" in a dateline is not the "Amsterdam" of a model's "Ajax Amsterdam").
        var capitalsSurnames = Set<String>()
        for person in entities where person.type == .person && lendsSurname(person, names) {
            let parts = PersonNameParts.coreWords(person.text).map(String.init)
            if parts.count >= 2, let last = parts.last {
                surnames[last] = person.canonical ?? person.text
                givenWords[last] = Array(parts.dropLast())
                if person.confidence >= .lexicon || names.surnames.contains(last) { capitalsSurnames.insert(last) }
            }
        }
        guard !surnames.isEmpty else { return entities }
        let tokens = text.tokens
        var result = withSurnameParticles(entities, surnames: surnames, givenWords: givenWords, tokens: tokens, text: text, covered: &covered)
        for (index, token) in tokens.enumerated() {
            // "Klinsmann", and "KLINSMANN" in an all-capitals headline once "Juergen Klinsmann" is named.
            let key: String
            if token.isCapitalizedWord {
                key = token.text
            } else if token.isAcronym, token.text.count >= 4, token.text.allSatisfy(\.isLetter) {
                key = token.text.prefix(1) + token.text.dropFirst().lowercased()
                guard capitalsSurnames.contains(key) else { continue }
            } else {
                continue
            }
            guard let canonical = surnames[key], !covered.overlaps(token.start, token.end) else { continue }
            var first = index
            if let given = givenWords[key], index >= given.count,
               zip(tokens[(index - given.count)..<index], given).allSatisfy({ $0.text == $1 && !covered.overlaps($0.start, $0.end) }) {
                first = index - given.count
            } else if Self.particleBefore(index, of: givenWords[key], tokens: tokens, covered: covered) {
                first = index - 1  // "Al Jallaf" after "Jamal Salem Al Jallaf"
            }
            let start = tokens[first].start
            let mentionText = first == index ? token.text : text.text(of: first..<(index + 1))
            let mention = Candidate(type: .person, text: mentionText, start: start, end: token.end, sentence: token.sentence,
                                 canonical: canonical, recognizer: "person.surname", confidence: .lexicon)
            covered.mark(mention)
            result.append(mention)
        }
        return result
    }

    /// Whether the token before `index` is the capitalised particle that stands before the surname in the full name
    /// ("Al" of "Jamal Salem Al Jallaf"), free to join a mention of the surname: "Brig Al Jallaf said" is "Al Jallaf"
    /// (session 14, batch30's tune half).
    static func particleBefore(_ index: Int, of given: [String]?, tokens: [Token], covered: Coverage) -> Bool {
        guard index > 0, let particle = given?.last, NameLexicon.capitalisedParticles.contains(particle) else { return false }
        let before = tokens[index - 1]
        return before.text == particle && before.sentence == tokens[index].sentence && !covered.overlaps(before.start, before.end)
    }

    /// Surname mentions the model found alone ("Jallaf") widened over the particle the full name writes before them.
    private static func withSurnameParticles(_ entities: [Candidate], surnames: [String: String], givenWords: [String: [String]],
                                             tokens: [Token], text: SegmentedText, covered: inout Coverage) -> [Candidate] {
        entities.map { person in
            guard person.type == .person, surnames[person.text] != nil, let index = tokenStarting(at: person.start, in: tokens),
                  particleBefore(index, of: givenWords[person.text], tokens: tokens, covered: covered) else { return person }
            var widened = person
            widened.start = tokens[index - 1].start
            widened.text = text.text(of: (index - 1)..<(index + 1))
            covered.mark(widened)
            return widened
        }
    }

    /// "Walsh and his officers said", "Hunt, who joined the police": a one-word location that is the surname of a
    /// person named in full in the document is that person (one sense per document; small places named Walsh or
    /// Hunt made the model read a surname opening a sentence as a place). Returned without them, uncovered, for
    /// `addSurnameMentions`.
    private static func droppingPlacesThatAreSurnames(_ entities: [Candidate], text: SegmentedText, names: NameLexicons,
                                                      covered: inout Coverage) -> [Candidate] {
        var surnames = Set<String>()
        // Surnames that may take a country's name too: of a name opening with a known given name that does not
        // open its sentence ("Michael Jordan"; not "Soon Israel will …", a first name that is an everyday word).
        var countrySurnames = Set<String>()
        for person in entities where person.type == .person && lendsSurname(person, names) {
            let parts = PersonNameParts.coreWords(person.text)
            guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
            surnames.insert(String(last))
            if names.firstNames.contains(String(first)), let token = tokenStarting(at: person.start, in: text.tokens),
               token > 0, text.tokens[token - 1].sentence == text.tokens[token].sentence {
                countrySurnames.insert(String(last))
            }
        }
        guard !surnames.isEmpty else { return entities }
        return entities.filter { entity in
            guard entity.type == .location, surnames.contains(entity.text),
                  !NameLexicon.countries.contains(entity.text)
                    || (countrySurnames.contains(entity.text) && !afterPlacePreposition(entity, text.tokens)) else { return true }
            covered.unmark(entity)
            return false
        }
    }

    /// "had flown to Israel": a country right after a preposition of place stays a place whatever the document's
    /// people are called (for other places "to" is as often a person's: "talked to Farrakhan").
    private static func afterPlacePreposition(_ entity: Candidate, _ tokens: [Token]) -> Bool {
        guard let first = tokenStarting(at: entity.start, in: tokens), first > 0 else { return false }
        return placePrepositions.contains(tokens[first - 1].lower)
    }
    static let placePrepositions: Set<String> = ["in", "to", "from", "at", "into", "near", "across", "toward", "towards", "via"]

    /// Names the rules found (`Confidence.lexicon` or above) lend their surnames. A span only the model found lends its last word
    /// when that is a known surname, when the span starts with a known given name, or when it is two words that
    /// are neither ("Usman Hasib"); and never a word that could head a place or an organisation: one wrong model
    /// span ("Max Planck Institute", "Radio Disney") would otherwise tag every "Institute" or "Disney".
    private static func lendsSurname(_ person: Candidate, _ names: NameLexicons) -> Bool {
        let words = PersonNameParts.coreWords(person.text).map(String.init)
        guard let first = words.first, let last = words.last else { return false }
        // An everyday word lends only when it is a known surname ("Grant", "Bell"): "Avis Car" and "Steve Harvey
        // Show" must not make every later "Car" or "Show" a person.
        if names.commonWords.contains(last.lowercased()) && !names.surnames.contains(last) { return false }
        if person.confidence >= .lexicon { return true }
        // A name of two words that are neither known names nor everyday words ("Usman Hasib", "Inderdai Deyal")
        // lends its surname too: "Radio Disney" and "Texas Longhorns" have an everyday or place word.
        let unknownPair = words.count == 2 && !words.contains { names.commonWords.contains($0.lowercased()) || NameLexicon.countries.contains($0) }
        return (names.surnames.contains(last) || names.firstNames.contains(first) || unknownPair)
            && !NameLexicon.organisationHeads.contains(last) && !NameLexicon.notNameWords.contains(last)
            && !NameLexicon.countries.contains(last) && !NameLexicon.generationalSuffixes.contains(last)
    }

    /// Groups mentions by surname: a mention joins the fullest name it is a suffix of (in words).
    private static func canonicalizePeople(_ entities: [Candidate]) -> [Candidate] {
        let people = entities.filter { $0.type == .person }
        // Distinct names, longest (in words) first; ties in first-mention order. Each name's words are split once
        // (splitting them at every comparison of two names was 4% of tagging's samples in a profile of modern-web-articles).
        let names = people.map(\.text).distinctInOrder().map(NameWords.init)
        var fullest: [NameWords] = []
        for name in names.enumerated().sorted(by: { a, b in
            a.element.words.count != b.element.words.count ? a.element.words.count > b.element.words.count : a.offset < b.offset
        }).map(\.element) where !fullest.contains(where: { name.refers(to: $0) }) {
            fullest.append(name)
        }
        let parsedNames = Dictionary(names.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        var canonicalCache: [String: String] = [:]
        func canonical(of name: String) -> String {
            if let known = canonicalCache[name] { return known }
            // A surname or given name alone refers to the one fuller name it is part of; when two people share it
            // ("Smith" with "John Smith" and "Jane Smith"), it stays as written.
            let parsed = parsedNames[name] ?? NameWords(name)
            let candidates = fullest.filter { parsed.refers(to: $0) }
            let found = candidates.count == 1 ? candidates[0].text : name
            canonicalCache[name] = found
            return found
        }
        var roles: [String: String] = [:]
        for person in people {
            guard let role = person.role else { continue }
            let key = canonical(of: person.text)
            if role.count > (roles[key]?.count ?? 0) { roles[key] = role }
        }
        return entities.map { entity in
            guard entity.type == .person else { return entity }
            var resolved = entity
            resolved.canonical = canonical(of: entity.text)
            resolved.role = roles[resolved.canonical ?? entity.text] ?? entity.role
            return resolved
        }
    }

    /// A person's name with its words split once, for `canonicalizePeople`'s comparisons.
    struct NameWords {
        let text: String
        let words: [Substring]
        let core: [Substring]

        init(_ text: String) {
            self.text = text
            words = text.split(separator: " ")
            core = PersonNameParts.coreWords(text)
        }

        /// The same name, a part of `full` at its end ("Malthouse" of "Kit Malthouse"), its given name ("Darnell" of
        /// "Darnell Hayes") or its leading words ("Purna Bahadur" of "Purna Bahadur Tamang").
        func refers(to full: NameWords) -> Bool {
            if text == full.text { return true }
            if words.count < full.core.count, Array(full.core.suffix(words.count)) == words { return true }
            guard full.words.count > 1 else { return false }
            if words.count == 1 { return full.words.first == words.first }
            return words.count < full.words.count && Array(full.words.prefix(words.count)) == words
        }
    }

    /// Given names alone ("Darnell was unarmed") of a person named in full in the document become mentions of
    /// that person when exactly one full name starts with them, the word is no everyday word and the full name
    /// would lend its surname (the same guard: model spans such as "Radio Disney" lend nothing).
    private static func addGivenNameMentions(_ entities: [Candidate], text: SegmentedText, names: NameLexicons, covered: inout Coverage) -> [Candidate] {
        var owners: [String: Set<String>] = [:]
        for person in entities where person.type == .person && lendsSurname(person, names) {
            let parts = PersonNameParts.coreWords(person.text).map(String.init)
            guard parts.count >= 2, let given = parts.first, given.count >= 2, !names.commonWords.contains(given.lowercased()),
                  !NameLexicon.notNameWords.contains(given) else { continue }
            owners[given, default: []].insert(person.canonical ?? person.text)
        }
        guard !owners.isEmpty else { return entities }
        var result = entities
        for token in text.tokens where token.isCapitalizedWord {
            guard let full = owners[token.text], full.count == 1, let canonical = full.first,
                  !covered.overlaps(token.start, token.end) else { continue }
            let mention = Candidate(type: .person, text: token.text, start: token.start, end: token.end, sentence: token.sentence,
                                 canonical: canonical, recognizer: "person.given", confidence: .lexicon)
            covered.mark(mention)
            result.append(mention)
        }
        return result
    }

    // MARK: dates

    /// Yearless dates take the year of the story's last dated day when they follow it in the calendar ("on
    /// December 16, 2010 … She returned on December 27" is 2010-12-27 in an article of 2012), else the
    /// article's published year (ARCHITECTURE.md); "the next day" after a dated day is the day after it. Only dates with a month anchor the story (a year alone, "quit
    /// in 2001", does not); relative days resolved from the published date anchor it in the published year.
    static func fillYears(_ entities: [Candidate], year: Int?, dateline: (year: Int, month: Int, day: Int)? = nil,
                          published: (year: Int, month: Int, day: Int)? = nil) -> [Candidate] {
        var result = entities
        var anchor: (year: Int, month: Int, day: Int)?
        var storyYear: Int?
        for index in result.indices.sorted(by: { result[$0].start < result[$1].start }) {
            guard var facts = result[index].figure, case .date(var iso) = facts.value else { continue }
            let reading = result[index].reading
            // A weekday left undated (the page has no published date): from the dateline, else the story's last day.
            // "the following Monday" (storyDayOffset 1): the first such day after the story's last dated day.
            let following = reading.storyDayOffset == 1
            if let weekday = reading.storyWeekday, iso.hasPrefix("XXXX-WXX"), let day = following ? anchor ?? published : dateline ?? anchor,
               let resolved = datedWeekday(weekday, from: day, future: reading.futureTense || following) {
                iso = resolved
                facts.value = .date(resolved)
                result[index].figure = facts
            }
            // "the next day" after a dated day of the story is the day after it.
            if iso == "XXXX-XX-XX", let offset = reading.storyDayOffset, let day = anchor, day.day > 0,
               let date = DateGrammar.calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) {
                let resolved = DateGrammar.isoDate(date, addingDays: offset)
                facts.value = .date(resolved)
                result[index].figure = facts
                let pieces = resolved.split(separator: "-").compactMap { Int($0) }
                if pieces.count == 3 { anchor = (pieces[0], pieces[1], pieces[2]) }
                continue
            }
            let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
            if let known = Int(parts[0]) { storyYear = known }
            // "the following year", "in April that year": counted from the last year the text names.
            if parts[0] == "XXXX", let offset = reading.storyYearOffset, let last = storyYear {
                storyYear = last + offset
                facts.value = .date(String(last + offset) + iso.dropFirst(4))
                result[index].figure = facts
                continue
            }
            guard parts.count >= 2 else { continue }
            let month = Int(parts[1])
            let day = parts.count >= 3 ? Int(parts[2]) ?? 0 : 0
            if let known = Int(parts[0]) {
                if let month { anchor = (known, month, day) }
                continue
            }
            // "XXXX-XX-XX" (a day of the story: "the next day") stays unknown: its year need not be the article's.
            // "XXXX-WXX-6" (a weekday nothing dates) keeps no year: "1996-WXX-6" would name no day.
            guard parts[0] == "XXXX", iso != "XXXX-XX-XX", !parts[1].hasPrefix("W") else { continue }
            var filled = year
            // A day of the story after the published date ("to present its findings in late February 2013" in a
            // November 2012 article) is a plan, not the story's time: later yearless dates do not follow it.
            let storyAnchor = anchor.flatMap { day in
                published.map { (day.year, day.month, day.day) <= ($0.year, $0.month, $0.day) } ?? true ? day : nil
            }
            let followsAnchor = month.map { month in storyAnchor.map { (month, day) >= ($0.month, $0.day) } ?? false } ?? false
            if reading.opensDateline {
                // "New Delhi, August 30" after a story of 1999: a dateline dates the report, in the published year.
            } else if followsAnchor, let anchor = storyAnchor, anchor.year != published?.year {
                filled = anchor.year  // a story of another year: "on December 16, 2010 … She returned on December 27"
            } else if let month, let now = published, reading.futureTense, (month, day) < (now.month, now.day) {
                filled = now.year + 1  // "will be allocated in January" in a November article
            } else if let month, let now = published, reading.pastTense, month - now.month >= pastMonthMargin {
                filled = now.year - 1  // "a court sentenced two in December" in an August article
            } else if followsAnchor, let anchor = storyAnchor {
                filled = anchor.year
            }
            guard let filled else { continue }
            facts.value = .date(String(filled) + iso.dropFirst(4))
            if let month, day > 0 { anchor = (filled, month, day) }
            result[index].figure = facts
        }
        return result
    }
}

extension MentionResolver {
    /// A weekday named alone on a page with no published date, dated from `day` (the page's dateline, else the
    /// story's last dated day) as from a published date, in its clause's tense: a past weekday is the latest such
    /// day on or before it ("Saturday, August 31, 2002 … in Hubli on Friday": 2002-08-30), a future one the next
    /// after it. With a published date the weekday was dated from it already: on the police pages of
    /// `world.jsonl`'s tune half, dating such weekdays from the story's last day instead ("withdrew on June 10 …,
    /// the university said Monday"; "resigned a year ago; … charged on Tuesday") put 9 of 9 on the wrong day.
    static func datedWeekday(_ weekday: Int, from day: (year: Int, month: Int, day: Int), future: Bool) -> String? {
        guard day.day > 0, let date = DateGrammar.calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) else { return nil }
        let dayWeekday = DateGrammar.calendar.component(.weekday, from: date)  // 1 = Sunday
        var offset = weekday - (dayWeekday == 1 ? 7 : dayWeekday - 1)
        if future { if offset <= 0 { offset += 7 } } else if offset > 0 { offset -= 7 }
        return DateGrammar.isoDate(date, addingDays: offset)
    }

    /// How many months after the published month a month in a past-tense clause must be to be last year's: "a court
    /// sentenced two in December" (August article: last year) but "agreed to meet … in September" (a plan reported
    /// in the past tense). Chosen on reuters.jsonl's tune half, where these were the only two such months.
    static let pastMonthMargin = 3

    /// "2012-11-06" → (2012, 11, 6).
    static func dayParts(_ iso: String?) -> (year: Int, month: Int, day: Int)? {
        guard let parts = iso?.split(separator: "-").compactMap({ Int($0) }), parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// A full date in the page's first two sentences: its dateline.
    static func datelineDate(_ entities: [Candidate], firstSentence: Int = 0) -> (year: Int, month: Int, day: Int)? {
        for entity in entities where entity.sentence >= firstSentence && entity.sentence <= firstSentence + 1 {
            guard case .date(let iso)? = entity.figure?.value else { continue }
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3 { return (parts[0], parts[1], parts[2]) }
        }
        return nil
    }
}

extension Array where Element == Candidate {
    /// Appends a person mention over tokens `span` unless an entity already covers part of it (the document-level
    /// rules of `MentionResolver` add people this way, each with its own recogniser name).
    mutating func appendPerson(_ span: Range<Int>, text: SegmentedText, recognizer: String, covered: inout Coverage) {
        let first = text.tokens[span.lowerBound], last = text.tokens[span.upperBound - 1]
        guard !covered.overlaps(first.start, last.end) else { return }
        let name = text.text(of: span)
        let mention = Candidate(type: .person, text: name, start: first.start, end: last.end, sentence: first.sentence,
                             canonical: name, recognizer: recognizer, confidence: .lexicon)
        covered.mark(mention)
        append(mention)
    }
}

/// UTF-8 offsets covered by entities.
struct Coverage {
    private var covered: [Bool]

    init(size: Int) { covered = [Bool](repeating: false, count: size + 1) }

    func overlaps(_ start: Int, _ end: Int) -> Bool {
        guard start < end, end <= covered.count else { return false }
        return covered[start..<end].contains(true)
    }

    mutating func unmark(_ entity: Candidate) {
        guard entity.start < entity.end, entity.end <= covered.count else { return }
        for offset in entity.start..<entity.end { covered[offset] = false }
    }

    mutating func mark(_ entity: Candidate) {
        guard entity.start < entity.end, entity.end <= covered.count else { return }
        for offset in entity.start..<entity.end { covered[offset] = true }
    }
}
