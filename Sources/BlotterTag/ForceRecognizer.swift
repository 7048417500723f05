import BlotterCore

/// Police forces and law-enforcement agencies:
/// 1. the gazetteer (names and aliases from models/forces.tsv) with canonical ids;
/// 2. "the Met" (not "the Met Office");
/// 3. patterns for forces not in the gazetteer: one to four capitalised place words before a force head
///    ("Luton Police", "Phoenix Police Department", "Los Angeles County Sheriff's Office");
/// 4. US police department initialisms ("HPD", "LAPD");
/// 5. a lower-case head after a known place ("Las Vegas police", "Harris County sheriff's deputies", "Maine state
///    police", "U.S. attorney's office"; `ForceGrammar`);
/// 6. a US Attorney's Office with its district ("… for the Western District of New York").
/// Every force gets its canonical id, full name, kind and country from the tables where they know it
/// (`ForceGrammar.resolve`). Acronyms defined in the text ("… Unit (ERSOU)") are linked by `MentionResolver`.
struct ForceRecognizer: Recognizer {
    let name = "force"
    private let gazetteer: PhraseMatcher<TagModels.ForceEntry>
    private let heads: PhraseMatcher<String>
    private let lowercaseHeads: PhraseMatcher<(String, ForceKind)>
    let grammar: ForceGrammar
    /// Generic unit names and their acronyms (models/police-units.tsv).
    let unitNames: PhraseMatcher<String>
    /// Table bodies by the names news gives them once their country is named (`CountryShortNames`).
    let countryShortNames: PhraseMatcher<[TagModels.ForceEntry]>
    /// The same for short names that are generic heads the grammar reads ("National Police", "Federal Police"), by
    /// lower-cased name: they resolve the head's force to the named country's body (`countryBody`).
    let countryHeadNames: [String: [TagModels.ForceEntry]]
    /// The head words of roles (models/titles.tsv's ranks and offices, `PersonRoles.heads`): an organisation the
    /// model reads with one is an office ("Inspector-General of Police", "Police spokesperson").
    let roleWords: Set<String>

    /// Force heads that end a pattern-built force name.
    static let headPhrases = [
        "Police Department", "Police Dept", "Police", "Constabulary", "Police Service", "Police Force",
        "Sheriff's Office", "Sheriff’s Office", "Sheriff's Department", "Sheriff’s Department", "State Police",
        "Highway Patrol", "Department of Public Safety", "Public Safety", "Police Bureau", "Marshals Service",
        "State Patrol", "Border Patrol", "Bureau of Investigation", "Prefectural Police", "National Police", "National Police Service", "Provincial Police",
        "Federal Police", "Metropolitan Police", "Metropolitan Police Department", "Police Services", "Police Authority",
        "District Attorney's Office", "District Attorney’s Office", "Attorney's Office", "Attorney’s Office",
        "State's Attorney's Office", "State’s Attorney’s Office", "Prosecutor's Office", "Prosecutor’s Office",
        // (the plural, as Nepal's and Japan's district offices write it: session 19, batch76's tune half)
        "Prosecutors' Office", "Prosecutors’ Office",
        "Attorney General's Office", "Attorney General’s Office", "Prosecution Authority", "Prosecution Service",
        "Department of Corrections", "Department of Correction", "Military Police", "Sheriff's Department", "Marshal's Office",
        "Marshal’s Office", "Constabulary Force", "PD", "Division of Police", "Criminal Investigation Department", "Criminal Investigations Department", "Border Guard", "Border Guards", "Border Police", "Investigative Committee",
        "Director of Public Prosecutions", "Office of the Director of Public Prosecutions", "Crime Branch",
        "Bureau of Criminal Investigation", "Bureau of Criminal Apprehension", "Counter Terrorism Department",
        "Counter-Terrorism Department", "Detective Branch", "Directorate of Professional Standards", "Procurator Fiscal", "Police Commission",
        // (session 11, batch12's tune half) customs after a known place ("Hong Kong Customs"), oversight offices
        "Customs", "Customs and Excise Department", "Customs and Excise", "Customs Service",
        "Office of Professional Accountability", "Office of Police Accountability", "Office of Professional Standards",
        "Office of the Attorney General", "Prosecutor General's Office", "Prosecutor General’s Office",
        "Prosecutor-General's Office", "Prosecutor-General’s Office", "Office of the Prosecutor General",
        // (session 15, the tune halves of batches 29 and 31: "the Office of Attorney General")
        "Office of Attorney General",
        // (session 14, batch32's tune half: "Arizona Dept. of Public Safety")
        "Dept. of Public Safety", "Dept of Public Safety",
        // (session 15, batch35's tune half: "Busan Police Agency"; Japan's and Korea's forces are agencies; batch37's:
        // "Maine Warden Service", a state's game wardens)
        "Police Agency", "Warden Service",
    ] + criminalInvestigationDirectorates
    /// The detectives' directorates of national police forces in the Gulf, Africa and Asia ("the General Directorate of
    /// Criminal Investigation" of Dubai Police; session 14, batch30's tune half; "General Department of Criminal
    /// Investigation": batch19's): each names a force alone.
    static let criminalInvestigationDirectorates = ["General Directorate of Criminal Investigation", "General Directorate of Criminal Investigations",
                                                    "General Department of Criminal Investigation", "General Department of Criminal Investigations",
                                                    "Directorate of Criminal Investigation", "Directorate of Criminal Investigations"]
    /// Descriptor words between a place and its head that the place's own agency carries under another form
    /// ("Las Vegas Metropolitan Police Department" is the FBI's "Las Vegas Metro Police Department").
    static let placeDescriptors: Set<String> = ["Metropolitan", "Metro", "City", "Municipal", "Regional", "Township", "Borough", "Village", "Town"]
    /// Words after a head that make the phrase a building ("Police Station", "Police Headquarters").
    static let buildingWords: Set<String> = ["station", "headquarters", "hq", "academy", "museum", "post", "building", "precinct",
                                             "station's", "barracks", "substation", "lockup", "cells",
                                             // and other bodies named after a force: "the Jamaica Police Federation" (a union)
                                             "federation", "federation's", "association", "association's", "union", "benevolent",
                                             // ("Alberta's police watchdog": the oversight body, not the police; session 20, batch85)
                                             "watchdog", "watchdog's"]
    /// Two-word buildings after a head ("Wymondham Police Investigation Centre": session 14, batch26's tune half).
    static let buildingPairs: [String: Set<String>] = ["investigation": ["centre", "center", "suite"],
                                                       "custody": ["centre", "center", "suite"],
                                                       // ("the San Juan Police Sub Station": session 15, batch34's tune half)
                                                       "sub": ["station", "stations"]]

    /// Whether the words at `index` make the name before them a building's ("Police Station",
    /// "Police Investigation Centre").
    static func namesBuilding(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        guard index < limit else { return false }
        if buildingWords.contains(tokens[index].lower) { return true }
        guard index + 1 < limit, let seconds = buildingPairs[tokens[index].lower] else { return false }
        return seconds.contains(tokens[index + 1].lower)
    }
    /// Heads that name a force only after a known place: "Seattle PD", not "Teacher PD".
    /// ("Kalamazoo Public Safety": a city's department of public safety by its short name; session 22, batch80's tune half.)
    static let headsAfterKnownPlaceOnly: Set<String> = ["PD", "Customs", "Customs and Excise", "Public Safety"]
    /// Heads that end a name only when no capitalised word follows ("Texas Public Safety Commission" is a board's).
    static let headsBeforeNoName: Set<String> = ["Public Safety"]
    /// Words that make a rank of the head after them ("Assistant Police Chief"): never a force's place.
    static let rankModifiers: Set<String> = ["assistant", "deputy", "acting", "interim", "former", "senior", "associate", "vice", "retired"]
    /// Heads that name an agency with no place before them ("the Attorney General's Office said").
    /// ("the Highway Patrol said", "the National Police said": a capitalised head is that agency's name).
    /// Not "State Police", "State Patrol", "Sheriff's Office" or "Sheriff's Department" alone: every state and county
    /// has one, and the annotators counted none written so (extras on six tune pages each in session 15, against two
    /// pages of batch9 that counted "State Police").
    static let standaloneHeads: Set<String> = Set(["Attorney General's Office", "Attorney General’s Office", "Department of Public Safety",
                                               "District Attorney's Office", "District Attorney’s Office", "Highway Patrol",
                                               "Department of Corrections", "Department of Correction", "National Police",
                                               "National Police Service", "Federal Police", "Border Police", "Prosecutor's Office", "Prosecutor’s Office",
                                               "Prosecutors' Office", "Prosecutors’ Office",
                                               "Criminal Investigation Department", "Criminal Investigations Department",
                                               "Director of Public Prosecutions", "Office of the Director of Public Prosecutions",
                                               "Crime Branch", "Bureau of Criminal Investigation", "Bureau of Criminal Apprehension",
                                               "Counter Terrorism Department", "Counter-Terrorism Department", "Detective Branch",
                                               "Directorate of Professional Standards", "Procurator Fiscal",
                                               "Office of Professional Accountability", "Office of Police Accountability",
                                               "Office of Professional Standards", "State's Attorney's Office", "State’s Attorney’s Office",
                                               "Office of the Attorney General", "Office of Attorney General", "Prosecutor General's Office", "Prosecutor General’s Office",
                                               "Prosecutor-General's Office", "Prosecutor-General’s Office", "Office of the Prosecutor General",
                                               // (session 21, the tune halves of batches 78, 83, 86 and 92: "the Military
                                               // Police" of Brazil's states and of armies, "the Border Guard" of Poland)
                                               "Military Police", "Border Guard"])
        .union(criminalInvestigationDirectorates)
    /// The last words of a unit's name ("Gang Unit", "Kirklees CID", "Joint Narcotics Enforcement Team").
    static let unitHeads: Set<String> = ["Unit", "Squad", "Team", "Taskforce", "CID", "SVU", "Division", "Command", "Section", "Bureau", "Services",
                                         "Cell", "Wing", "Zone", "Circle", "CIB", "Office", "CIU",
                                         // (session 22, batch80's tune half: "Franklin County SWAT", "Wake Forest Police SWAT")
                                         "SWAT",
                                         // (session 13, batch24's tune half: "Tactical Support Group", "Police
                                         // Specialist Search Group")
                                         "Group",
                                         // (session 12, batch20's tune half: "West Point Police Department Narcotics",
                                         // "Buffalo Police Internal Affairs"; after a force only)
                                         "Narcotics", "Investigations", "Affairs",
                                         // (batch19's tune half: "Larnaca Police Directorate"; after a force only)
                                         "Directorate"]
    /// Unit heads that are detectives' units by themselves ("Kirklees CID"; "Cherokee County CIU": session 12,
    /// batch15's tune half).
    static let detectiveHeads: Set<String> = ["CID", "SVU", "CIB", "CIU"]
    /// Unit heads that are police units by themselves after a known place only ("Franklin County SWAT": session 22,
    /// batch80's tune half; not "When SWAT officers entered", the second read's case).
    static let placeOnlyUnitHeads: Set<String> = ["SWAT"]
    /// Unit heads that need a force or place before them ("Traffic Services" alone is no unit).
    static let unitHeadsAfterForceOnly: Set<String> = ["Services", "Division", "Bureau", "Command", "Section", "Cell", "Wing", "Zone", "Circle", "Office",
                                                       "Narcotics", "Investigations", "Affairs", "Directorate"]
    /// Of those, the heads a run of policing words may carry without a force before it ("State Crime Command",
    /// "Anti-Human Trafficking Circle"; not "Traffic Services", "Central Command").
    static let unitHeadsWithPolicingWords: Set<String> = ["Division", "Bureau", "Command", "Section"]
    /// Words of policing: a run of capitalised words ending in a unit head names a unit when it holds one
    /// ("Joint Narcotics Enforcement Team"), not an "Intensive Care Unit".
    /// Words that other bodies' units share ("Special", "Enforcement", "Traffic", "Intelligence") are left out:
    /// on 1,430 unannotated dev pages they made "Export Control Enforcement Unit", "Central Arcata Traffic Task
    /// Force" and "ESOL Special Circumstances Unit".
    static let policingWords: Set<String> = ["narcotics", "drug", "drugs", "gang", "gangs", "crime", "crimes", "police",
                                             "policing", "homicide", "fugitive", "trafficking", "firearms", "terrorism", "vice",
                                             "criminal", "robbery", "burglary", "swat", "detective", "detectives", "cybercrime",
                                             "kidnapping", "murder", "narcotic", "counterterrorism", "anti-gang", "k9", "canine",
                                             // (session 11, batch10's tune half: "Regional Armed Response Unit", "Stolen
                                             // Motor Vehicle Investigation Unit"; the force names: "Garda Dog Unit")
                                             "investigation", "investigations", "investigative", "garda", "customs",
                                             // (session 16, batch40's tune half: "Homicide and Major Enquiry Team", the
                                             // British spelling of an investigation)
                                             "enquiry", "enquiries",
                                             // (batch12: "Manitoba Integrated Warrant Apprehension Unit")
                                             "warrant", "warrants", "apprehension",
                                             // (batch13: "Violent Offender Task Force")
                                             "offender", "offenders",
                                             // (session 14, batch26's tune half: "Ada County Critical Incident Task Force")
                                             "incident",
                                             // (session 14: "Ross County Missing Persons Task Force", "Missing Persons Unit":
                                             // batch30's and batch17's tune halves)
                                             "missing",
                                             // (session 14: "Major Collision Investigation Unit", "Vehicle Theft Task Force":
                                             // batch31's and batch32's tune halves)
                                             "collision", "theft"]

    /// Adjectives of a US judicial district ("the Western District of New York").
    static let districtWords: Set<String> = ["Eastern", "Western", "Northern", "Southern", "Middle", "Central"]
    /// Words that describe a kind of police ("Armed Police", "State Police"): not a place, so they cannot start
    /// a pattern-built force, but one may stand between the place and the head ("Michigan State Police",
    /// "Australian Federal Police", "Royal Canadian Mounted Police").
    static let descriptorWords: Set<String> = ["Armed", "Transport", "Military", "Secret", "Riot", "Traffic", "Local", "State", "Federal", "National", "Border", "Mounted"]
    /// Police ranks that make "Met" before them the Metropolitan Police.
    static let metRanks: Set<String> = ["commissioner", "deputy", "assistant", "detective", "detectives", "superintendent", "inspector",
                                        "sergeant", "constable", "commander", "officer", "officers", "police"]
    /// Words after "the Met" that make it something else.
    static let metNotPolice: Set<String> = ["Office", "Gala", "Opera", "Museum", "Ball"]

    /// "<Word> Police" phrases that name no police: a website, television shows, figures of speech.
    static let notForces: Set<String> = ["Android Police", "Fashion Police", "Grammar Police", "Thought Police", "Style Police",
                                         "Food Police", "Language Police", "Fun Police", "Mood Police"]

    /// In a headline written in title case ("Video Captures Moment Police Drag Passenger"), an everyday word
    /// before the head is the headline's, not a place: share of capitalised words from which a sentence is one.
    static let titleCaseShare = 0.6

    let commonWords: Set<String>
    /// Everyday words that are also parts of place names ("West Mercia", "Spanish Town", "Four Paths"): kept
    /// before a head even in a title-case headline.
    static let placeWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                          "new", "old", "central", "greater", "city", "county", "town", "port", "fort", "lake",
                                          "saint", "st", "mount", "upper", "lower", "royal", "great", "little", "high", "bay",
                                          "river", "valley", "park", "beach", "hill", "springs", "falls", "island", "harbour",
                                          "harbor", "paths", "rock", "green", "bridge", "cross", "heights", "village"]

    init(models: TagModels) {
        commonWords = models.commonWords
        var phrases: [(String, TagModels.ForceEntry)] = []
        for entry in models.forces {
            phrases.append((entry.name, entry))
            for alias in entry.aliases { phrases.append((alias, entry)) }
        }
        for agency in models.usAgencies.agencies where !agency.aliases.isEmpty {
            phrases.append(contentsOf: agency.aliases.map { ($0, TagModels.ForceEntry(id: agency.ori, name: agency.name, aliases: [],
                                                                                       kind: agency.kind.rawValue, country: "US")) })
        }
        let tablePhrases = ForceNameVariants.adding(to: phrases)
        gazetteer = PhraseMatcher(phrases: tablePhrases, tokenize: PhraseTokenizer.tokens)
        heads = PhraseMatcher(phrases: Self.headPhrases.map { ($0, $0) }, tokenize: PhraseTokenizer.tokens)
        lowercaseHeads = PhraseMatcher(phrases: ForceGrammar.lowercaseHeadForms.map { ($0.0, $0) }, tokenize: PhraseTokenizer.tokens)
        grammar = ForceGrammar(models: models)
        unitNames = PhraseMatcher(phrases: models.policeUnits.flatMap { unit in
            [(unit.name, unit.name)] + (unit.acronym.map { [($0, unit.name)] } ?? [])
        }, tokenize: PhraseTokenizer.tokens)
        roleWords = PersonRoles.heads.union(models.titles.filter { $0.kind != .honorific }
            .compactMap { PhraseTokenizer.tokens($0.phrase).last?.lowercased() })
        // Short names: those that are generic heads resolve the heads' forces, the others match on their own; a short
        // name another table or the unit list writes is left to it.
        let grammar = self.grammar
        let headNames = Set(Self.headPhrases.map { $0.lowercased() })
        let taken = Set(tablePhrases.map { $0.0.lowercased() }).union(models.policeUnits.map { $0.name.lowercased() })
        let shortNames = CountryShortNames.table(models.forces, isPlaceOf: { grammar.isPlace($0, of: $1) },
                                                 isTaken: { taken.contains($0.lowercased()) })
        countryShortNames = PhraseMatcher(phrases: shortNames.filter { !headNames.contains($0.0.lowercased()) }, tokenize: PhraseTokenizer.tokens)
        countryHeadNames = Dictionary(shortNames.filter { headNames.contains($0.0.lowercased()) }.map { ($0.0.lowercased(), $0.1) },
                                      uniquingKeysWith: { first, _ in first })
    }

    /// Whether `name` is a place of `country` (ISO alpha-2) or its adjective ("Guatemala", "Jalisco", "Guatemalan").
    func isPlace(_ name: String, of country: String) -> Bool { grammar.isPlace(name, of: country) }

    /// The known place (models/places.tsv, or a place of several words only the FBI table knows) that ends right
    /// before `end`, no earlier than `lowest`.
    func knownPlace(endingBefore end: Int, tokens: [Token], lowest: Int, context: TagContext) -> Range<Int>? {
        grammar.place(endingBefore: end, in: tokens, lowest: lowest, text: context.text)
    }

    /// Whether `name` is the adjective of `country` (ISO alpha-2): "Honduran".
    func isAdjective(_ name: String, of country: String) -> Bool { grammar.demonyms[name] == country }

    /// The US states the document names, found once and only when a same-named place needs them.
    private final class StatesOnce {
        var states: Set<String>?
        var countries: Set<String>?
    }

    /// One sentence being read: the document's tokens, the sentence's token range, and the document-wide
    /// look-ups made at most once.
    private struct SentenceScan {
        let tokens: [Token]
        let range: Range<Int>
        let context: TagContext
        let countries: () -> Set<String>
        let states: () -> Set<String>
        /// Whether the sentence is a title-case headline, read once per sentence: asked at every head
        /// ("Police") it made one sentence of 5,000 "… of Kent Police" take 12 s (issue 21's fuzzer).
        var headlineMemo: Bool?

        mutating func isHeadline() -> Bool {
            if let known = headlineMemo { return known }
            let found = ForceRecognizer.isTitleCase(tokens[range])
            headlineMemo = found
            return found
        }
    }

    func candidates(in context: TagContext) -> [Candidate] {
        let tokens = context.text.tokens
        var out: [Candidate] = []
        let statesOnce = StatesOnce()
        let countries: () -> Set<String> = {
            if let known = statesOnce.countries { return known }
            let found = grammar.countriesNamed(in: tokens, text: context.text)
            statesOnce.countries = found
            return found
        }
        let states: () -> Set<String> = {
            if let known = statesOnce.states { return known }
            let found = grammar.statesNamed(in: tokens, text: context.text)
            statesOnce.states = found
            return found
        }
        for sentence in context.text.sentences {
            var scan = SentenceScan(tokens: tokens, range: sentence.tokens, context: context, countries: countries, states: states)
            for index in sentence.tokens {
                if let found = gazetteerForce(at: index, scan) { out.append(found) }
                if let found = metForce(at: index, scan) { out.append(found) }
                if let found = initialismForce(at: index, scan) { out.append(found) }
                if let found = headForce(at: index, &scan) { out.append(found) }
                if let found = lowercaseHeadForce(at: index, scan) { out.append(found) }
                if let found = namedTaskForce(at: index, scan) { out.append(found) }
                if tokens[index].isCapitalizedWord,
                   let found = countryShortForce(at: index, tokens: tokens, range: scan.range, context: context, countries: countries) {
                    out.append(found)
                }
                // (Their triggers checked here: passing the scan to a function at every token costs its copy.)
                let lower = tokens[index].lower
                if lower.hasSuffix("corruption") || lower == "corrupt", let found = antiCorruptionAgency(at: index, scan) { out.append(found) }
                if tokens[index].text == "(", let found = bracketedAgency(at: index, scan) { out.append(found) }
                if tokens[index].isAcronym, let found = acronymMembersForce(at: index, scan.tokens, context, range: scan.range) { out.append(found) }
                if Self.customsServiceWords[tokens[index].text] != nil,
                   let found = customsService(at: index, tokens: tokens, context: context, sentenceStart: scan.range.lowerBound,
                                              limit: scan.range.upperBound, countries: scan.countries) {
                    out.append(found)
                }
                if Self.bodyHeads.contains(tokens[index].text),
                   let found = bodyOfPolicing(at: index, tokens: tokens, context: context, sentenceStart: scan.range.lowerBound,
                                              limit: scan.range.upperBound) {
                    out.append(found)
                }
                if Self.campusWords.contains(tokens[index].text),
                   let found = campusPolice(at: index, tokens: tokens, context: context, sentenceStart: scan.range.lowerBound,
                                            limit: scan.range.upperBound) {
                    out.append(found)
                }
                if Self.precinctHeads.contains(tokens[index].text),
                   let found = precinct(at: index, tokens: tokens, context: context, sentenceStart: scan.range.lowerBound, limit: scan.range.upperBound) {
                    out.append(found)
                }
                if Self.unitHeads.contains(tokens[index].text) || tokens[index].text == "Task",
                   let unit = placeUnit(endingAt: index, tokens: tokens, context: context, sentenceStart: scan.range.lowerBound,
                                        limit: scan.range.upperBound, headline: scan.isHeadline(), states: states, countries: countries) {
                    out.append(unit)
                }
            }
        }
        out += modelOrganisationForces(context)
        out = Self.withoutShortCustoms(out)
        let withNamedUnits = withDetachments(withUnits(out, tokens: tokens, context: context), tokens: tokens, context: context)
        let all = withUnitSiblings(withNamedUnits, tokens: tokens, context: context)
        var found = all.filter { !Self.isBareOfficerWord($0) }
        // Units that only the sentence vouches for (officers beside them, police work around them) need a force on the
        // page ("Gardaí" counts: it names the Garda's officers).
        guard all.contains(where: { !Self.isSentenceVouchedUnit($0) }) else {
            return withQualifiedTableUnits(withLeadingDemonyms(withUnitNumbers(found.filter { !Self.isSentenceVouchedUnit($0) }, tokens: tokens,
                                                                               context: context), tokens: tokens, text: context.text), tokens: tokens)
        }
        for sentence in context.text.sentences { found += storyUnits(in: sentence, tokens: tokens, context: context, found: found) }
        found += listedUnits(tokens: tokens, context: context, found: found)
        found += troops(tokens: tokens, context: context, found: found)
        return withQualifiedTableUnits(withLeadingDemonyms(withUnitNumbers(found, tokens: tokens, context: context), tokens: tokens,
                                                           text: context.text), tokens: tokens)
    }

    static func isSentenceVouchedUnit(_ candidate: Candidate) -> Bool {
        candidate.recognizer == "force.unit" && candidate.confidence == .guess || candidate.recognizer == vouchedMembersRecognizer
    }

    /// Irish news writes "Gardaí" (and "gardai") for officers as British news writes "police": a bare plural is no
    /// force, as a bare "police" is not (the annotators of batches 10, 21 and 24 never counted one; batch24's tune half
    /// has five pages with one). "Garda" stays: the force's short name ("Garda said", the judges' misses list it).
    /// The table's alias still opens units ("Gardaí Dog Unit") and is kept with a place ("Clare Gardaí").
    static let bareOfficerWords: Set<String> = ["gardaí", "gardai"]

    static func isBareOfficerWord(_ candidate: Candidate) -> Bool {
        candidate.recognizer == "force.gazetteer" && bareOfficerWords.contains(candidate.text.lowercased())
    }

    /// Words that name the police themselves (not what they fight: "crime", "drugs").
    static let policeNameWords: Set<String> = ["police", "policing", "garda", "constabulary"]

    /// The last words of a criminal organisation's name: "the Kinahan Organised Crime Group", "Sinaloa Cartel".
    static let criminalOrganisationHeads: Set<String> = ["group", "gang", "cartel", "syndicate", "family", "network", "mafia",
                                                         "clan", "mob", "brotherhood"]

    /// A name that ends like a criminal organisation's and holds no word of the police ("Police Support Group" is
    /// theirs; "Organised Crime Group", the police's word for a gang, is not).
    static func isCriminalOrganisation(_ words: [String]) -> Bool {
        guard let last = words.last, criminalOrganisationHeads.contains(last) else { return false }
        return !words.contains { policeNameWords.contains($0) }
    }

    /// Organisations the sequence model reads (CoNLL's ORG) that hold a word of law enforcement: "Counter-Terrorism
    /// and Organised Crime Branch", "Police Public Affairs Unit", "Customs Division" — agencies no table or head
    /// names, found by the model that read 200,000 words of news. The weakest evidence (`guess`): every table and
    /// grammar force overlapping them wins. Not a body named after policing ("Police Federation", "Crime
    /// Stoppers", "National Crime Records Bureau") nor an office ("Police and Crime Commissioner").
    private func modelOrganisationForces(_ context: TagContext) -> [Candidate] {
        guard let labels = context.modelLabels else { return [] }
        let tokens = context.text.tokens
        var out: [Candidate] = []
        // (Not in a title-case headline, where every word is capitalised: "Long Beach Hate Crimes Trial Conflicts".)
        for (sentenceIndex, sentence) in context.text.sentences.enumerated()
        where labels.indices.contains(sentenceIndex) && !Self.isTitleCase(tokens[sentence.tokens]) {
            let sentenceLabels = labels[sentenceIndex]
            var index = 0
            while index < sentenceLabels.count {
                guard sentenceLabels[index] == .beginOrganisation else { index += 1; continue }
                var end = index + 1
                while end < sentenceLabels.count, sentenceLabels[end] == .insideOrganisation { end += 1 }
                defer { index = end }
                var span = (sentence.tokens.lowerBound + index)..<(sentence.tokens.lowerBound + end)
                // ("The Corruption and Crime Commission" opening a sentence: spans never hold a leading "the".)
                // ("Our Medicaid Fraud Control Unit works …": nor a possessive determiner; session 16, batch44's tune half.)
                if span.count > 1, tokens[span.lowerBound].lower == "the" || Self.possessiveDeterminers.contains(tokens[span.lowerBound].lower) {
                    span = (span.lowerBound + 1)..<span.upperBound
                }
                // ("Revenue's Customs Service": the owner before a possessive is not the agency's name.)
                if let owner = tokens[span].lastIndex(where: { $0.isPossessive }), owner + 1 < span.upperBound {
                    span = (owner + 1)..<span.upperBound
                }
                guard let trimmed = Self.modelNameSpan(span, tokens: tokens) else { continue }
                span = trimmed
                let words = tokens[span].map(\.lower)
                guard tokens[span.lowerBound].isCapitalizedWord || tokens[span.lowerBound].isAcronym,
                      words.contains(where: { Self.modelForceWords.contains($0) }) || Self.isAntiCorruptionAgency(words),
                      !words.contains(where: { Self.modelNotForceWords.contains($0) || Self.buildingWords.contains($0) || roleWords.contains($0) }),
                      !Self.isCriminalOrganisation(words)
                else { continue }
                let written = context.text.text(of: span)
                var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                                   recognizer: "force.model", confidence: .guess)
                found.forceKind = ForceGrammar.headKind(written)
                out.append(found)
            }
        }
        return out
    }

    /// A model organisation's span as a name: without a possessive or punctuation it ends on ("the Constabulary's
    /// plea", "contact the Constabulary or Crimestoppers."), never two bodies joined by "or", never a police word
    /// alone ("the Constabulary", as "the police": the annotation rules count neither). Session 24, batch106's tune
    /// half gave all three from one page.
    static func modelNameSpan(_ span: Range<Int>, tokens: [Token]) -> Range<Int>? {
        var end = span.upperBound
        while end > span.lowerBound, tokens[end - 1].isPossessive || tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > span.lowerBound, !tokens[span.lowerBound..<end].contains(where: { $0.text == "or" }),
              !(end - span.lowerBound == 1 && policeNameWords.contains(tokens[span.lowerBound].lower) && tokens[span.lowerBound].lower != "garda")
        else { return nil }
        return span.lowerBound..<end
    }

    /// Words that open no agency's name: "Our Medicaid Fraud Control Unit", "their Gang Unit".
    static let possessiveDeterminers: Set<String> = ["our", "their", "his", "her", "its", "my", "your"]

    /// Words of law enforcement in an organisation's name (lower case; not "enforcement", which antitrust and
    /// export control share).
    static let modelForceWords: Set<String> = ["police", "policing", "constabulary", "gendarmerie", "sheriff", "sheriff's",
                                               "sheriff’s", "patrol", "prosecutor", "prosecutor's", "prosecutors", "prosecution",
                                               "customs", "investigation", "investigations", "narcotics", "crime", "crimes",
                                               "carabinieri", "guardia", "politie", "polizei", "policía",
                                               "policia", "marshals", "troopers", "detectives", "cid"]
    /// An anti-corruption agency the model reads ("Ethics and Anti-Corruption Commission", "Corrupt Practices
    /// Investigation Bureau", "Independent Commission Against Corruption"): a word of corruption and a head of a
    /// public body; not a campaign or a foundation ("Anti-Corruption Foundation", "Transparency International").
    static func isAntiCorruptionAgency(_ words: [String]) -> Bool {
        words.contains { $0.hasSuffix("corruption") || $0 == "corrupt" } && words.contains { antiCorruptionHeads.contains($0) }
    }
    static let antiCorruptionHeads: Set<String> = ["commission", "bureau", "agency", "directorate", "unit", "office", "authority"]

    /// An anti-corruption agency named in full, from its word of corruption: the capitalised name around it up to
    /// a head of a public body ("Ethics and Anti-Corruption Commission", "Independent Commission Against
    /// Corruption", "Corrupt Practices Investigation Bureau"). Kind `other`; its canonical a slug (the same names
    /// serve several countries).
    private func antiCorruptionAgency(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range) = (scan.tokens, scan.range)
        let word = tokens[index]
        let afterHyphen = index > range.lowerBound && tokens[index - 1].text == "-" && !tokens[index - 1].spaceBefore
        guard word.isCapitalizedWord || (afterHyphen && word.kind == .word), word.lower.hasSuffix("corruption") || word.lower == "corrupt",
              !(index > range.lowerBound && tokens[index - 1].isCapitalizedWord && !Self.joinsAgencyName(tokens[index - 1])
                && !["against", "the"].contains(tokens[index - 1].lower)) else { return nil }
        // Leftwards: the words of the name before the corruption word ("Ethics and Anti-", "Independent Commission Against").
        var start = index
        while start > range.lowerBound, index - start < 6 {
            let before = tokens[start - 1]
            if before.isCapitalizedWord || before.lower == "against" || (before.text == "-" && !before.spaceBefore) { start -= 1; continue }
            // ("Broad-based": a lower-case word hyphened into the name.)
            if before.kind == .word, tokens[start].text == "-", !tokens[start].spaceBefore { start -= 1; continue }
            if ["and", "of", "for"].contains(before.lower), start - 2 >= range.lowerBound, tokens[start - 2].isCapitalizedWord { start -= 1; continue }
            break
        }
        while start < index, !tokens[start].isCapitalizedWord || tokens[start].lower == "the" { start += 1 }
        // Rightwards: to the last head of a public body in the capitalised run.
        var end = index + 1
        var headEnd: Int?
        if tokens[start..<index].contains(where: { Self.antiCorruptionHeads.contains($0.lower) }) { headEnd = index + 1 }
        while end < range.upperBound, end - index < 5, tokens[end].isCapitalizedWord || (tokens[end].text == "-" && !tokens[end].spaceBefore) {
            if Self.antiCorruptionHeads.contains(tokens[end].lower) { headEnd = end + 1 }
            end += 1
        }
        guard let last = headEnd, last - start >= 2 else { return nil }
        let span = start..<last
        let written = scan.context.text.text(of: span)
        var found = entity(tokens, span, context: scan.context, canonical: Slug.make(written), name: written,
                           recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = .other
        return found
    }

    /// An agency that defines its acronym: a capitalised name with a word of law enforcement and a head of a public
    /// body, right before a bracketed acronym ("Indonesia's National Narcotics Agency (BNN)", "Criminal Assets
    /// Bureau (CAB)", "Garda Stolen Motor Vehicle Investigation Unit (SMVIU)"). The acronym need not spell the name
    /// (BNN is the Indonesian one's); `MentionResolver` then joins the acronym's later mentions.
    private func bracketedAgency(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range) = (scan.tokens, scan.range)
        guard tokens[index].text == "(", index + 2 < range.upperBound, tokens[index + 1].isAcronym,
              AcronymBracket.close(at: index + 2, in: tokens, limit: range.upperBound) != nil,
              index > range.lowerBound, tokens[index - 1].isCapitalizedWord, Self.agencyHeads.contains(tokens[index - 1].text) else { return nil }
        var start = index - 1
        while start > range.lowerBound, index - start < Self.bracketedAgencyMaximumTokens {
            let before = tokens[start - 1]
            if before.isCapitalizedWord, !before.isPossessive, before.lower != "the" { start -= 1; continue }
            if (before.text == "-" && !before.spaceBefore) || ["and", "of", "for", "against"].contains(before.lower),
               start - 2 >= range.lowerBound, tokens[start - 2].isCapitalizedWord { start -= 1; continue }
            break
        }
        while start < index - 1, !tokens[start].isCapitalizedWord { start += 1 }
        let words = tokens[start..<index].map(\.lower)
        guard index - start >= 2,
              words.contains(where: { Self.modelForceWords.contains($0) || Self.policingWords.contains($0) }) || Self.namesPublicSecurity(words),
              !words.contains(where: { Self.modelNotForceWords.contains($0) || Self.notAgencyWords.contains($0) || roleWords.contains($0) })
        else { return nil }
        let span = start..<index
        let written = scan.context.text.text(of: span)
        var found = entity(tokens, span, context: scan.context, canonical: Slug.make(written), name: written,
                           recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = ForceGrammar.headKind(written)
        return found
    }

    /// "Public Security Department (PSD)", "Public Security Bureau": public security is the police's own term in
    /// Jordan, China, Vietnam and much of Latin America ("Secretariat of Public Security"), never a private guard's
    /// (session 21, batch94's tune half).
    static func namesPublicSecurity(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { $0 == "public" && $1 == "security" }
    }

    /// Words of regulators, accident and health bodies that share "drug" or "investigation" with police
    /// ("Food and Drug Administration (FDA)", "Air Accidents Investigation Branch (AAIB)", "Community Drug and
    /// Alcohol Team"), and of armies and courts: an agency with one is none of law enforcement.
    static let notAgencyWords: Set<String> = ["food", "accident", "accidents", "safety", "health", "healthcare", "alcohol",
                                              "medicines", "medicine", "treatment", "aviation", "rail", "marine", "environment",
                                              "environmental", "forces", "army", "military", "court", "free", "standards"]

    /// A marine, air or rail word beside the police's own name is the police's unit ("Police Marine Unit": session 16,
    /// batch49's tune half), not a marine accident body's.
    static func namesPoliceTransport(_ run: ArraySlice<Token>, _ word: String) -> Bool {
        policeTransportWords.contains(word) && run.contains { policeNameWords.contains($0.lower) }
    }

    static let policeTransportWords: Set<String> = ["marine", "aviation", "rail"]

    /// The last words of a public body's name that an agency defining its acronym may end in.
    static let agencyHeads: Set<String> = ["Agency", "Bureau", "Unit", "Department", "Directorate", "Commission", "Service",
                                           "Force", "Office", "Authority", "Command", "Branch", "Division", "Squad", "Team",
                                           "Taskforce", "Police", "Administration", "Center", "Centre", "Cell", "Wing"]
    /// The longest such name, in tokens ("Garda National Drugs and Organised Crime Bureau" is 7).
    static let bracketedAgencyMaximumTokens = 9

    private static func joinsAgencyName(_ token: Token) -> Bool { ["Anti", "Ethics", "Independent", "National"].contains(token.text) }

    /// Words that make an organisation with a policing word something else: unions and charities, offices,
    /// records, courts and laws.
    static let modelNotForceWords: Set<String> = ["stoppers", "stop", "commissioner", "commissioner's", "records", "court",
                                                  "act", "bill", "law", "statistics", "museum", "college", "university",
                                                  "school", "magazine", "news", "show", "film", "series", "game", "games",
                                                  "watch", "fund", "charity", "council"]

    /// Acronyms of this many letters or fewer name parties, banks and unions as often as police bodies (the second
    /// read's collisions were all three letters but one, "AMLO").
    static let ambiguousAcronymLength = 3

    /// A row of agencies-by-country.tsv is meant where the page names its country ("Criminal Investigation Bureau" is
    /// Taiwan's only there), and a three-letter acronym where the page also names it in full ("ALP" is Afghanistan's
    /// police only after "Afghan Local Police"; a second read found "ALP", "PAP", "NAB", "BMA" and a dozen more
    /// acronyms of the file naming parties, banks and unions on pages that named the country in passing).
    private static func isNamedOnPage(_ match: PhraseMatcher<TagModels.ForceEntry>.Match, _ scan: SentenceScan) -> Bool {
        guard scan.countries().contains(match.payload.country) else { return false }
        // (Four letters and more are rarely another body's: "SPVM", "WRPS", "RCIPS" stand alone in the news.)
        guard match.tokens.count == 1, scan.tokens[match.tokens.lowerBound].isAcronym,
              scan.tokens[match.tokens.lowerBound].text.count <= Self.ambiguousAcronymLength else { return true }
        let text = scan.context.text.text
        return ([match.payload.name] + match.payload.aliases.filter { $0.contains(" ") }).contains { text.contains($0) }
    }

    /// Capitalised heads that, after a table name not ending in them, make another, longer name.
    static let longerNameHeads: Set<String> = ["Service", "Commission", "Board"]

    /// "the Barbados Police Service" where the table knows "Barbados Police" of the "Royal Barbados Police Force",
    /// "the Calgary Police Commission" (an oversight body) where it knows "Calgary Police": a capitalised "Service",
    /// "Commission" or "Board" after a table name makes a longer name, which the place + head rule reads (session 17, the
    /// tune halves of batches 10, 21 and 41 after the world table grew). Only for the world table's rows: "Kent
    /// Police Service" stays Kent's, not a US town's.
    static func opensLongerName(_ match: PhraseMatcher<TagModels.ForceEntry>.Match, _ tokens: [Token], limit: Int) -> Bool {
        guard match.payload.acronymsNeedCountry || match.payload.namesNeedCountry, match.tokens.upperBound < limit else { return false }
        let next = tokens[match.tokens.upperBound].text
        return longerNameHeads.contains(next) && !match.payload.name.hasSuffix(next)
    }

    /// A country-by-country row read inside something longer, which other rules read:
    /// - "Mumbai Police crime branch": a unit of those rows is its capitalised name; in lower case the words after
    ///   the force are a description ("North Sumatra police chief" keeps its force: a lower-case "police" ends the
    ///   name as the place + head rule's would);
    /// - "Western Copenhagen Police", "Belgian Federal Judicial Police": a compass word or the country's own adjective
    ///   before the name makes a longer name, which the place + head rule reads (session 18, the tune halves of
    ///   batches 34 and 68 after the national units were added).
    private func isCountryRowInALongerName(_ match: PhraseMatcher<TagModels.ForceEntry>.Match, at index: Int, _ scan: SentenceScan) -> Bool {
        guard match.payload.namesNeedCountry else { return false }
        let (tokens, range) = (scan.tokens, scan.range)
        let last = tokens[match.tokens.upperBound - 1]
        // (Only where the table writes that word with a capital: "Finnmark politidistrikt", "Brigade criminelle" are
        // the tables' own spellings; the session's code review.)
        if match.payload.parent != nil, last.isLowercaseWord, last.lower != "police",
           !([match.payload.name] + match.payload.aliases).contains(where: { $0.split(separator: " ").last.map(String.init) == last.text }) {
            return true
        }
        // (Only before a police name, which the place + head rule reads whole: "the Indian Border Security Force" stays
        // the table's.)
        return index > range.lowerBound && last.lower == "police"
            && (Self.compassWords.contains(tokens[index - 1].text) || grammar.demonyms[tokens[index - 1].text] == match.payload.isoCountry)
    }

    /// "RAB-4-5 is no battalion": a numbered name whose number runs on is not the table's; the name before the
    /// number is ("RAB"). Session 18, after the district rows brought "RAB-4".
    private func numberedNameCut(_ match: PhraseMatcher<TagModels.ForceEntry>.Match?, at index: Int,
                                 _ scan: SentenceScan) -> PhraseMatcher<TagModels.ForceEntry>.Match? {
        let tokens = scan.tokens
        guard let match, match.tokens.count >= 3, match.tokens.upperBound + 1 < scan.range.upperBound,
              tokens[match.tokens.upperBound - 1].kind == .number, tokens[match.tokens.upperBound - 2].text == "-",
              tokens[match.tokens.upperBound].text == "-", !tokens[match.tokens.upperBound].spaceBefore,
              !tokens[match.tokens.upperBound + 1].spaceBefore else { return match }
        return gazetteer.longestMatch(in: tokens, at: index, limit: match.tokens.upperBound - 2)
    }

    /// A name or alias of the tables starting at `index`. An acronym or an everyday word naming an agency abroad
    /// needs its country named in the document ("CBI" in Delhi news, "the Hawks" in South African news).
    private func gazetteerForce(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range, context) = (scan.tokens, scan.range, scan.context)
        guard let match = numberedNameCut(gazetteer.longestMatch(in: tokens, at: index, limit: range.upperBound), at: index, scan),
              !(match.payload.acronymsNeedCountry && match.tokens.count == 1 && (tokens[index].isAcronym || commonWords.contains(tokens[index].lower))
                && !scan.countries().contains(match.payload.country)) else { return nil }
        if isNamesake(match, at: index, scan) { return nil }
        if match.payload.namesNeedCountry, !Self.isNamedOnPage(match, scan) { return nil }
        if isCountryRowInALongerName(match, at: index, scan) { return nil }
        // "the Atlanta Hawks": an everyday word of the tables after a capitalised word is another, longer name's.
        if match.tokens.count == 1, commonWords.contains(tokens[index].lower), index > range.lowerBound,
           tokens[index - 1].isCapitalizedWord, !commonWords.contains(tokens[index - 1].lower) {
            return nil  // ("The Hawks" opening a sentence is theirs.)
        }
        // "the Metropolitan Police Department in Washington": a table name followed by "Department" is another
        // force's name (the place + head rule or the US table reads it).
        // ("the Cleveland police department": the US city's, not the Cleveland Police of England; "Kent Police
        // department officers" stays Kent's: a capitalised head keeps the table's force.)
        if match.tokens.upperBound < range.upperBound, ["Department", "Dept"].contains(tokens[match.tokens.upperBound].text)
            || (tokens[match.tokens.upperBound].lower == "department" && tokens[match.tokens.upperBound - 1].isLowercaseWord),
           !match.payload.name.hasSuffix("Department") {
            return nil
        }
        if Self.opensLongerName(match, tokens, limit: range.upperBound) { return nil }
        // "Dhaka Metropolitan Police", "Tokyo Metropolitan Police Department": a place abroad before a table name
        // that opens with a descriptor makes another force, which the place + head rule reads.
        if index > range.lowerBound, Self.descriptorWords.contains(tokens[index].text) || tokens[index].text == "Metropolitan",
           tokens[index - 1].isCapitalizedWord,
           let country = grammar.places.mostProminent(named: tokens[index - 1].text)?.country ?? grammar.demonyms[tokens[index - 1].text],
           country != match.payload.isoCountry {
            return nil  // also "Korean National Police Agency", not Japan's National Police Agency
        }
        // "Philippine Drug Enforcement Agency": a country abroad written before a US federal agency's name makes
        // that country's agency of the same name, not the American one.
        // (An initialism stays the American agency's: "the Mexican DEA office" is the DEA's office in Mexico.)
        if match.payload.country == "United States", match.tokens.count > 1, let foreign = foreignCountry(endingBefore: index, scan) {
            let span = foreign.start..<match.tokens.upperBound
            let written = context.text.text(of: span)
            var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                               recognizer: "force.gazetteer", confidence: .grammar)
            found.forceKind = match.payload.forceKind
            found.country = foreign.country
            return found
        }
        // "United States Drug Enforcement Agency", "U.S. Drug Enforcement Administration": the country
        // written before a US federal agency is part of its name as written.
        var span = match.tokens
        if match.payload.country == "United States", !match.payload.name.hasPrefix("United States") {
            span = Self.withCountryPrefix(tokens, span, lowest: range.lowerBound)
        }
        // "the Director of Public Prosecutions in Kingston": a table name that is also a generic head (every country
        // has one) is that table's body only where its country is named; elsewhere the heads read it.
        if let country = match.payload.isoCountry, Self.headPhraseSet.contains(context.text.text(of: match.tokens)),
           !scan.countries().contains(country) {
            return nil
        }
        if let detachment = detachment(of: match, scan) { return detachment }
        switch foreignOwnersBody(match, at: index, scan) {
        case .refused: return nil
        case .found(let body): return body
        case nil: break
        }
        // "Garda David O'Donoghue": a force's name that is also a rank, before a person's name, is the rank.
        // ("Garda Commissioner Drew Harris": a role word after it keeps it the force.)
        if Self.rankForces.contains(context.text.text(of: match.tokens)), match.tokens.upperBound < range.upperBound,
           tokens[match.tokens.upperBound].isCapitalizedWord, !Self.headPhraseWords.contains(tokens[match.tokens.upperBound].text),
           !roleWords.contains(tokens[match.tokens.upperBound].lower) {
            return nil
        }
        if Self.isAttributive(match.tokens, tokens, limit: range.upperBound, context: context) { return nil }
        var found = entity(tokens, span, context: context, canonical: match.payload.id,
                           name: match.payload.name, recognizer: "force.gazetteer", confidence: .table)
        found.forceKind = match.payload.forceKind
        found.country = match.payload.isoCountry
        found.parent = match.payload.parent
        found = withDistrictOffice(found, prosecutor: match.payload.kind == "prosecutor", span: span, tokens: tokens, context: context,
                                   limit: range.upperBound)
        return regionalArm(of: found, match: match, scan) ?? found
    }

    /// "Kenya's Director of Public Prosecutions": another country's possessive before a table name that one
    /// country's body bears is that country's body (nil here: the possessive rule of the heads reads it). A name only
    /// one table body bears is that country's body too: "New Zealand's Serious Fraud Office", the UK's in the table
    /// (session 16, batch42's tune half lost it). Nil when no other country's possessive stands before the match;
    /// not when the country's name ends a longer one ("Northern Ireland's Public Prosecution Service" is no Irish body).
    private func foreignOwnersBody(_ match: PhraseMatcher<TagModels.ForceEntry>.Match, at index: Int,
                                   _ scan: SentenceScan) -> OwnedBody? {
        let (tokens, range, context) = (scan.tokens, scan.range, scan.context)
        guard index - 2 >= range.lowerBound, tokens[index - 1].isPossessive, let owner = match.payload.isoCountry,
              let foreign = foreignCountry(endingBefore: index - 1, scan, besides: owner) else { return nil }
        guard !(foreign.start > range.lowerBound && tokens[foreign.start - 1].isCapitalizedWord) else { return nil }
        guard match.tokens.count >= 2, !Self.headPhraseSet.contains(context.text.text(of: match.tokens)) else { return .refused }
        let name = context.text.text(of: foreign.start..<(index - 1)) + " " + match.payload.name
        var found = entity(tokens, match.tokens, context: context, canonical: Slug.make(name), name: name,
                           recognizer: "force.gazetteer", confidence: .grammar)
        found.forceKind = match.payload.forceKind
        found.country = foreign.country
        return .found(found)
    }

    /// What another country's possessive makes of a table name: no body (the heads read it), or that country's.
    enum OwnedBody {
        case refused
        case found(Candidate)
    }

    /// "CFSEU-BC", "CFSEU-UGET", "the Combined Forces Special Enforcement Unit of British Columbia": a table agency's
    /// arm in one province or one of its teams, written as the agency's acronym with a hyphenated acronym after it, or
    /// its full name with "of" and a first-level division after it (of its own country, where the table knows it;
    /// not "of Canada" after a national force, which is its name again); a unit whose parent is the agency.
    /// (Session 15, batch32's tune half wrote both forms; "CFSEU" and the name without its province were extras.)
    private func regionalArm(of found: Candidate, match: PhraseMatcher<TagModels.ForceEntry>.Match, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range) = (scan.tokens, scan.range)
        var end = match.tokens.upperBound
        if match.tokens.count == 1, tokens[match.tokens.lowerBound].isAcronym {
            // (Not two agencies joined: "FBI-DEA", "CBSA-RCMP".)
            guard end + 1 < range.upperBound, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
                  tokens[end + 1].isAcronym, gazetteer.longestMatch(in: tokens, at: end + 1, limit: range.upperBound) == nil,
                  !Self.isDepartmentInitialism(tokens[end + 1].text) else { return nil }
            end += 2
        } else if match.tokens.count >= 2, let place = countryAfter(end, scan, kinds: [.state, .nation]),
                  match.payload.isoCountry == nil || match.payload.isoCountry == place.code {
            end = place.end
        } else {
            return nil
        }
        let span = match.tokens.lowerBound..<end
        let written = scan.context.text.text(of: span)
        var arm = entity(tokens, span, context: scan.context, canonical: Slug.make(written), name: written,
                         recognizer: "force.unit", confidence: .table)
        arm.forceKind = found.forceKind
        arm.country = found.country
        arm.parent = match.payload.id
        return arm
    }

    /// "New Brunswick RCMP", "Surrey RCMP": a known place of the force's own country right before a national or
    /// provincial force's name is one of its divisions or detachments, a unit whose parent is the force.
    /// So is a US city before a federal agency's initialism ("Houston CBP", "Chicago FBI": the agency's office
    /// there; session 12, batch15's tune half).
    private func detachment(of match: PhraseMatcher<TagModels.ForceEntry>.Match, _ scan: SentenceScan) -> Candidate? {
        let federalOffice = match.payload.kind == "federal" && match.tokens.count == 1 && scan.tokens[match.tokens.lowerBound].isAcronym
        // (A province's force too: "Bracebridge OPP", a detachment of the Ontario Provincial Police; session 15,
        // batch34's tune half.)
        let provincial = match.payload.kind == "state_police" && match.payload.isoCountry != "US"
        guard match.payload.kind == "national" || provincial || federalOffice, let country = match.payload.isoCountry,
              let place = grammar.place(endingBefore: match.tokens.lowerBound, in: scan.tokens, lowest: scan.range.lowerBound,
                                        text: scan.context.text) else { return nil }
        let known = grammar.places.places(named: scan.context.text.text(of: place))
        // A federal office is in a large city: a small place's name before the agency is as often its director's
        // or a case's ("the Hoover FBI", "the Clinton FBI investigation").
        guard known.contains(where: { $0.country == country && $0.kind != .country }),
              !federalOffice || known.contains(where: { $0.kind == .city && $0.population >= PlaceTable.prominentCityPopulation })
        else { return nil }
        // ("Shannon Garda Station": a building.)
        if Self.namesBuilding(scan.tokens, at: match.tokens.upperBound, limit: scan.range.upperBound) { return nil }
        let span = place.lowerBound..<match.tokens.upperBound
        let written = scan.context.text.text(of: span)
        var unit = entity(scan.tokens, span, context: scan.context, canonical: Slug.make(written), name: written,
                          recognizer: "force.unit", confidence: .grammar)
        unit.forceKind = match.payload.forceKind
        unit.country = country
        unit.parent = match.payload.id
        return unit
    }

    /// "Strike Force Raptor", "Taskforce Erebus": the Australian way of naming an investigation's team, a
    /// capitalised name after the words; a unit of police. (Not "Task Force Smith": armies name units so.)
    private func namedTaskForce(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range) = (scan.tokens, scan.range)
        let twoWords = tokens[index].text == "Strike" && index + 1 < range.upperBound && tokens[index + 1].text == "Force"
        guard twoWords || tokens[index].text == "Taskforce" else { return nil }
        // (A capitalised word before makes a longer, other name: "US Combined Taskforce Thunder" is an army's.)
        if index > range.lowerBound, tokens[index - 1].isCapitalizedWord || tokens[index - 1].isAcronym { return nil }
        let nameStart = index + (twoWords ? 2 : 1)
        guard nameStart < range.upperBound, tokens[nameStart].isCapitalizedWord,
              !NameLexicon.notNameWords.contains(tokens[nameStart].text), !Self.headPhraseWords.contains(tokens[nameStart].text)
        else { return nil }
        return policeUnit(tokens, index..<(nameStart + 1), context: scan.context, confidence: .grammar)
    }

    static let headPhraseSet = Set(headPhrases)

    /// Table names that news also writes as an adjective: Irish news has "Garda spokesperson", "Garda units", "a
    /// Garda witness appeal", "Store Street Garda station" (the annotators of batches 10, 21, 24 and 28-31 never
    /// counted a bare "Garda"; session 15 found it an extra on eight tune pages, none a miss). The force's short name
    /// is still read where a verb follows ("Garda said", "Garda have arrested") or nothing does.
    static let attributiveForces: Set<String> = ["Garda"]
    /// Lower-case words after a force's name that make it the subject, not a modifier: auxiliaries, irregular past
    /// tenses and the present tense of what a force does in the news, headlines' too ("Garda arrest man"); a past tense
    /// in "-ed" and a participle in "-ing" read so by their endings.
    static let subjectContinuations: Set<String> = ["are", "were", "is", "was", "have", "has", "had", "will", "would", "can", "could",
                                                    "may", "might", "must", "should", "did", "do", "does", "say", "says", "said",
                                                    "told", "believe", "believes", "continue", "continues", "and", "or",
                                                    "found", "made", "took", "caught", "held", "brought", "led", "sent", "met",
                                                    "arrest", "arrests", "seize", "seizes", "find", "finds", "charge", "charges",
                                                    "investigate", "investigates", "appeal", "appeals", "search", "searches"]

    /// "Garda spokesperson": an adjective-like table name before a lower-case noun (see `attributiveForces`).
    static func isAttributive(_ name: Range<Int>, _ tokens: [Token], limit: Int, context: TagContext) -> Bool {
        guard attributiveForces.contains(context.text.text(of: name)), name.upperBound < limit else { return false }
        let next = tokens[name.upperBound]
        guard next.isLowercaseWord else { return false }
        return !subjectContinuations.contains(next.lower) && !next.lower.hasSuffix("ed") && !next.lower.hasSuffix("ing")
    }

    /// Table names that are also a rank or office before a person's name ("Garda Laura O'Connor", "Director of
    /// Public Prosecutions Claire Loftus").
    static let rankForces: Set<String> = ["Garda", "Director of Public Prosecutions", "DPP", "Procurator Fiscal"]
    /// The words of the force heads ("Police", "Department", "Office"…): after a rank-like name they continue the
    /// force's name, and they never name a task force.
    static let headPhraseWords: Set<String> = Set(headPhrases.flatMap { $0.split(separator: " ").map(String.init) })

    /// A country other than the United States, by its adjective or its name ("Philippine", "South African",
    /// "Mexico"), in the one or two capitalised words before `index`: where they start and the ISO code.
    private func foreignCountry(endingBefore index: Int, _ scan: SentenceScan, besides home: String = "US") -> (start: Int, country: String)? {
        for length in [2, 1] where index - length >= scan.range.lowerBound {
            let start = index - length
            guard scan.tokens[start..<index].allSatisfy({ $0.isCapitalizedWord }) else { continue }
            let written = scan.context.text.text(of: start..<index)
            let country = grammar.demonyms[written]
                ?? grammar.places.mostProminent(named: written).flatMap { $0.kind == .country ? $0.country : nil }
            if let country, country != home { return (start, country) }
        }
        return nil
    }

    /// "the Met", unless a word after it says otherwise ("the Met Office", "the Met Gala"); without "the" before a
    /// police rank ("Met Deputy Assistant Commissioner Graham McNulty", "Met officers": session 12, batch17's tune
    /// half), not before a museum's ("Met director").
    private func metForce(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range) = (scan.tokens, scan.range)
        guard tokens[index].text == "Met", index + 1 >= range.upperBound || !Self.metNotPolice.contains(tokens[index + 1].text),
              (index > range.lowerBound && tokens[index - 1].lower == "the")
                || (index + 1 < range.upperBound && Self.metRanks.contains(tokens[index + 1].lower)
                    // ("The Man Who Met Detective Smith", "She Met Officers": a title-case headline's verb, after its subject.)
                    && (tokens[index + 1].isLowercaseWord || index == range.lowerBound || !tokens[index - 1].isCapitalizedWord)) else { return nil }
        var met = entity(tokens, index..<(index + 1), context: scan.context, canonical: "metropolitan",
                         name: "Metropolitan Police Service", recognizer: "force.met", confidence: .table)
        met.forceKind = .police
        met.country = "GB"
        return met
    }

    /// A bare police department initialism ("SFPD") or a Royal … Police Force's ("RSIPF"), the weakest evidence of a force.
    private func initialismForce(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let text = scan.tokens[index].text
        guard Self.isDepartmentInitialism(text) else { return nil }
        var initialism = entity(scan.tokens, index..<(index + 1), context: scan.context, canonical: Slug.make(text), name: text,
                                recognizer: "force.initialism", confidence: .lexicon)
        initialism.forceKind = .police
        return initialism
    }

    /// A capitalised head ("Police", "Sheriff's Office") at `index` and the capitalised place before it, a
    /// possessive place ("Mexico's Federal Police"), or a head that names a force alone.
    private func headForce(at index: Int, _ scan: inout SentenceScan) -> Candidate? {
        let (tokens, range, context) = (scan.tokens, scan.range, scan.context)
        guard let head = heads.longestMatch(in: tokens, at: index, limit: range.upperBound) else { return nil }
        if let state = abbreviatedState(beforeHead: index, tokens: tokens, lowest: range.lowerBound, text: context.text),
           !Self.namesBuilding(tokens, at: head.tokens.upperBound, limit: range.upperBound),
           let found = abbreviatedStateForce(state, head: head, tokens: tokens, context: context, states: scan.states,
                                             countries: scan.countries) {
            return found
        }
        guard index > range.lowerBound else { return nil }
        var start = Self.judicialOrdinalStart(placeStart(beforeHead: index, &scan), tokens: tokens, lowest: range.lowerBound)
        if ForceGrammar.headKind(head.payload) == .prosecutor { start = Self.prosecutorDescriptorStart(start, tokens: tokens, lowest: range.lowerBound) }
        if start > range.lowerBound, isOwnerInitialism(at: start - 1, scan) { start -= 1 }
        if Self.namesBuilding(tokens, at: head.tokens.upperBound, limit: range.upperBound) {
            return nil  // "Spanish Town Police Station", "Arapahoe Police Headquarters": a building, not a force.
        }
        if Self.headsBeforeNoName.contains(head.payload), head.tokens.upperBound < range.upperBound,
           tokens[head.tokens.upperBound].isCapitalizedWord { return nil }
        // ("Fiji's Police Commissioner Andrew Hughes": a head before a role word is the role's; session 16, batch42.)
        // (Only a head that names no force alone: "Ukraine's National Police chief Ihor Klymenko" is Ukraine's force.)
        let beforeRole = !Self.standaloneHeads.contains(head.payload) && head.tokens.upperBound < range.upperBound
            && roleWords.contains(tokens[head.tokens.upperBound].lower)
        if start == index, index - 2 >= range.lowerBound, tokens[index - 1].isPossessive, !beforeRole,
           let place = grammar.place(endingBefore: index - 1, in: tokens, lowest: range.lowerBound, text: context.text) {
            // "Mexico's Federal Police", "Russia's Investigative Committee": the head is the force's name.
            let placeText = context.text.text(of: place)
            let name = placeText + " " + head.payload
            var found = entity(tokens, head.tokens, context: context, canonical: Slug.make(name), name: name,
                               recognizer: "force.pattern", confidence: .grammar)
            found.forceKind = ForceGrammar.headKind(head.payload)
            found.country = ForceGrammar.unitedStates.contains(placeText) ? "US" : grammar.places.mostProminent(named: placeText)?.country
            found.country.flatMap { countryBody(head.payload, countries: [$0]) }.map { found.resolve(to: $0) }
            return found
        }
        if start == index, Self.standaloneHeads.contains(head.payload), endsItsName(at: head.tokens.upperBound, tokens: tokens, limit: range.upperBound) {
            // "the State Criminal Investigation Department": a descriptor before the head is part of its name.
            let named = index > range.lowerBound && Self.descriptorWords.contains(tokens[index - 1].text) ? index - 1 : index
            if named < index {
                let written = context.text.text(of: named..<head.tokens.upperBound)
                var found = entity(tokens, named..<head.tokens.upperBound, context: context, canonical: Slug.make(written),
                                   name: written, recognizer: "force.pattern", confidence: .grammar)
                found.forceKind = ForceGrammar.headKind(head.payload)
                return found
            }
            // (not "the National Police Shooting Championships": a capitalised word after it makes a longer name)
            if let country = countryAfter(head.tokens.upperBound, scan) {
                // "the National Police of Ukraine", "the Prosecutor General's Office of Ukraine": its country's.
                let span = head.tokens.lowerBound..<country.end
                let written = context.text.text(of: span)
                var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                                   recognizer: "force.pattern", confidence: .grammar)
                found.forceKind = ForceGrammar.headKind(head.payload)
                found.country = country.code
                return found
            }
            var found = entity(tokens, head.tokens, context: context, canonical: Slug.make(head.payload), name: head.payload,
                               recognizer: "force.pattern", confidence: .grammar)
            found.forceKind = ForceGrammar.headKind(head.payload)
            countryBody(head.payload, countries: scan.countries()).map { found.resolve(to: $0) }
            return extendedByDistrict(found, span: head.tokens, tokens: tokens, context: context, limit: range.upperBound)
        }
        // "Assistant Police Chief George Gascon", "Deputy Police Commissioner": a rank, not a force.
        if start < index, tokens[start..<index].allSatisfy({ Self.rankModifiers.contains($0.lower) }) { return nil }
        if Self.headsAfterKnownPlaceOnly.contains(head.payload), start < index,
           !grammar.places.contains(context.text.text(of: start..<index)) { return nil }
        // ("Four Police Impostors Raid House", "… accused of Killing Police Officer": one everyday word alone before the
        // head is no place when it is a number, when the head is a role's ("Police Officer") or in a headline in title
        // case; session 22, batch99's tune half. Two words may be a place the table lacks: "Four Paths Police Probe …".)
        // (In a headline a place word may open an unknown place: "Lake Police Probe …".)
        if start == index - 1, commonWords.contains(tokens[start].lower), !grammar.places.contains(tokens[start].text),
           FigureLexicon.numberWords[tokens[start].lower] != nil
            || (head.tokens.upperBound < range.upperBound && roleWords.contains(tokens[head.tokens.upperBound].lower))
            || (Self.isStrictTitleCase(tokens[range]) && !Self.placeWords.contains(tokens[start].lower)) { return nil }
        if start < index, !Self.notForces.contains(context.text.text(of: start..<(index + 1))) {
            return patternForce(start..<head.tokens.upperBound, headStart: index, head: head.payload, tokens: tokens,
                                context: context, limit: range.upperBound, states: scan.states, countries: scan.countries)
        }
        return nil
    }

    /// "of Ukraine" after a head: where the country's name ends and its code, or nil.
    /// With `kinds` [.state, .nation], a first-level division instead ("of British Columbia"), with its country's code.
    private func countryAfter(_ index: Int, _ scan: SentenceScan, kinds: Set<Place.Kind> = [.country]) -> (end: Int, code: String)? {
        let (tokens, range) = (scan.tokens, scan.range)
        guard index + 1 < range.upperBound, tokens[index].text == "of" else { return nil }
        var end = index + 1
        if tokens[end].text == "the", end + 1 < range.upperBound { end += 1 }
        let first = end
        var best: (end: Int, code: String)?
        while end < range.upperBound, end - first < 4, tokens[end].isCapitalizedWord || (end > first && tokens[end].text == "and") {
            end += 1
            if let country = grammar.places.places(named: scan.context.text.text(of: first..<end)).first(where: { kinds.contains($0.kind) })?.country {
                best = (end, country)
            }
        }
        return best
    }

    /// A table match that is another name's: "(AFP)", "AFP/Getty", "AFP via Getty Images" (an acronym abroad as a
    /// wire or photo credit is Agence France-Presse, not the force); "Overland Park Police" (a table name, "Park
    /// Police", whose first word ends a longer known place is that place's force, which the place + head rule reads).
    private func isNamesake(_ match: PhraseMatcher<TagModels.ForceEntry>.Match, at index: Int, _ scan: SentenceScan) -> Bool {
        let (tokens, range) = (scan.tokens, scan.range)
        if match.payload.acronymsNeedCountry, match.tokens.count == 1, tokens[index].isAcronym {
            let before = index > range.lowerBound ? tokens[index - 1].text : ""
            let after = index + 1 < range.upperBound ? tokens[index + 1].text : ""
            if (before == "(" && after == ")") || before == "/" || after == "/" || after == "via" || before == "Photo" { return true }
        }
        // ("St Elizabeth Police", Jamaica's parish, is not the Elizabeth Police of New Jersey: session 16, batch49.)
        return index > range.lowerBound && tokens[index - 1].isCapitalizedWord
            && (grammar.places.contains(scan.context.text.text(of: (index - 1)..<(index + 1)))
                || Self.placeAbbreviations.contains(tokens[index - 1].text))
    }

    /// "MBTA Transit Police", "UCLA Police Department", "SEPTA Police": the initialism of a transit authority or a
    /// university before a capitalised head is part of the force's name. Not a place's ("US", "UK": the place rules
    /// read those) and not a word of an all-capitals run (a shouted headline).
    private func isOwnerInitialism(at index: Int, _ scan: SentenceScan) -> Bool {
        let token = scan.tokens[index]
        guard token.isAcronym, (2...Self.ownerInitialismMaximumLetters).contains(token.text.count),
              !(index > scan.range.lowerBound && scan.tokens[index - 1].isAcronym),
              !ForceGrammar.unitedStates.contains(token.text), !grammar.places.contains(token.text),
              !commonWords.contains(token.lower) else { return false }  // ("VIDEO Police arrest …": a shouted label)
        return true
    }

    /// The most words of a county's name before "Co." ("Prince William Co.").
    static let countyNameMaximumWords = 2

    /// "Harris Co. Sheriff's Office": a county abbreviated right before the head, one the place table knows
    /// (`ForceGrammar.expandingCounty`; "Ford Motor Co. Police" is a company's).
    private func abbreviatesCounty(before index: Int, _ scan: SentenceScan) -> Bool {
        let (tokens, range) = (scan.tokens, scan.range)
        guard index - 2 > range.lowerBound, tokens[index - 1].text == ".", !tokens[index - 1].spaceBefore, tokens[index - 2].text == "Co"
        else { return false }
        return (1...Self.countyNameMaximumWords).contains { words in
            index - 2 - words >= range.lowerBound
                && grammar.places.contains(ForceGrammar.expandingCounty(scan.context.text.text(of: (index - 2 - words)..<index)))
        }
    }

    /// The longest owner initialism before a head ("SEPTA", "MBTA"; the longest in the tables is 6).
    static let ownerInitialismMaximumLetters = 6

    /// Where the capitalised place before a head starts: up to four capitalised words back, hyphenated places
    /// whole, descriptors ("Metropolitan") not a start; in a title-case headline, everyday words at the front are
    /// the headline's, not the place's. `index` itself when there is none.
    private func placeStart(beforeHead index: Int, _ scan: inout SentenceScan) -> Int {
        let (tokens, range) = (scan.tokens, scan.range)
        var start = index
        var cursor = index
        if abbreviatesCounty(before: index, scan) { cursor = index - 1 }
        // ("New" never starts a name, but starts "New York".)
        while cursor > range.lowerBound, index - cursor < 4, tokens[cursor - 1].isCapitalizedWord,
              !NameLexicon.notNameWords.contains(tokens[cursor - 1].text)
                || (cursor < index && grammar.places.contains(scan.context.text.text(of: (cursor - 1)..<(cursor + 1)))) {
            cursor -= 1
            // Hyphenated places: "Miami-Dade", "Wilkes-Barre", "Stoke-on-Trent" (no spaces around hyphens).
            while cursor - 2 >= range.lowerBound, tokens[cursor - 1].text == "-", !tokens[cursor - 1].spaceBefore,
                  !tokens[cursor].spaceBefore, tokens[cursor - 2].kind == .word,
                  tokens[cursor - 2].isCapitalizedWord || ["on", "upon", "le", "sur", "en"].contains(tokens[cursor - 2].text) {
                cursor -= 2
            }
            if !Self.descriptorWords.contains(tokens[cursor].text) { start = cursor }
            // ("the National Anti-Drug Police Directorate": a descriptor before the name's own words is its first word;
            // session 20, batch86's tune half. Alone before the head it stays out: "Federal Police".)
            else if start < index, cursor == start - 1 { start = cursor }
            // ("St. Lawrence County": an abbreviated saint's full stop inside the place.)
            if cursor - 2 >= range.lowerBound, tokens[cursor - 1].text == ".", !tokens[cursor - 1].spaceBefore,
               Self.placeAbbreviations.contains(tokens[cursor - 2].text), index - cursor < 3 {
                cursor -= 2
                start = cursor
            }
        }
        start = startWithParticlePlace(start, lowest: range.lowerBound, end: index, tokens: tokens, text: scan.context.text)
        // "T&T Police Service": initials joined by an ampersand (batch21's tune half gave "T Police Service").
        if start < index, start - 2 >= range.lowerBound, tokens[start - 1].text == "&", !tokens[start - 1].spaceBefore,
           !tokens[start].spaceBefore, tokens[start].text.count == 1, tokens[start - 2].text.count == 1, tokens[start - 2].isCapitalizedWord {
            start -= 2
        }
        // "Prince George's County Police Department", "Trinidad and Tobago Police Service", "Papua New Guinea Police"
        // (session 14, batch32's tune half gave "Guinea Police"): a known place with a possessive, "and" or a word
        // that starts no name inside is kept whole.
        if start > range.lowerBound, tokens[start - 1].isPossessive || tokens[start - 1].text == "and"
            || NameLexicon.notNameWords.contains(tokens[start - 1].text),
           let place = grammar.place(endingBefore: index, in: tokens, lowest: range.lowerBound, text: scan.context.text),
           place.lowerBound < start {
            start = place.lowerBound
        }
        // "City of Miami Police Department", "Town of Greece Police": the municipality's own name for itself.
        if start < index, start - 2 >= range.lowerBound, tokens[start - 1].text == "of",
           Self.municipalityWords.contains(tokens[start - 2].text),
           grammar.places.contains(scan.context.text.text(of: start..<index)) {
            start -= 2
        }
        // "Newest Greene County Sheriff’s Office K-9 graduates …": a sentence's everyday first word before a known
        // place is the sentence's, not the force's (batch14's tune half).
        if start == range.lowerBound, start + 1 < index, commonWords.contains(tokens[start].lower),
           !Self.placeWords.contains(tokens[start].lower), !Self.descriptorWords.contains(tokens[start].text),
           !grammar.places.contains(scan.context.text.text(of: start..<index)),
           grammar.places.contains(scan.context.text.text(of: (start + 1)..<index)) {
            start += 1
        }
        let headline = scan.isHeadline()
        // (A known place is kept whole: "Los Angeles County", although "los" is an everyday word.)
        while start < index, headline, commonWords.contains(tokens[start].lower),
              !Self.placeWords.contains(tokens[start].lower),
              FigureLexicon.numberWords[tokens[start].lower] == nil,
              !(start + 1 < index && grammar.places.contains(scan.context.text.text(of: start..<(start + 2)))),
              // ("the National Anti-Drug Police Directorate (Dnpa) and the National Directorate of …": a descriptor
              // before a word of the name that is no everyday word opens the name, in a sentence of many capitals
              // too; session 21, batch86's tune half.)
              !(Self.descriptorWords.contains(tokens[start].text) && start + 1 < index && !commonWords.contains(tokens[start + 1].lower)) {
            start += 1
        }
        return start
    }

    /// A lower-case head after a known place (AP style: "Las Vegas police", "Maricopa County sheriff's deputies"),
    /// also with the sheriff's capital a release gives him ("Scott County Sheriff’s deputies": session 12, batch14's
    /// tune half): the head's last word is lower-case.
    private func lowercaseHeadForce(at index: Int, _ scan: SentenceScan) -> Candidate? {
        let (tokens, range) = (scan.tokens, scan.range)
        guard index > range.lowerBound, tokens[index].isLowercaseWord || tokens[index].isCapitalizedWord,
              let head = lowercaseHeads.longestMatch(in: tokens, at: index, limit: range.upperBound),
              tokens[head.tokens.upperBound - 1].isLowercaseWord,
              head.tokens.upperBound >= range.upperBound || !Self.buildingWords.contains(tokens[head.tokens.upperBound].lower) else { return nil }
        return placeForce(headTokens: head.tokens, head: head.payload, tokens: tokens, context: scan.context,
                          sentenceStart: range.lowerBound, limit: range.upperBound, states: scan.states, countries: scan.countries)
    }

    /// A force built from capitalised words before a head: resolved to a table entry or an ORI when its place is
    /// known; a longer run before a known force keeps only the force ("Bay Area California Highway Patrol" →
    /// "California Highway Patrol" when the place and head resolve).
    private func patternForce(_ span: Range<Int>, headStart: Int, head: String, tokens: [Token], context: TagContext,
                              limit: Int, states: () -> Set<String>, countries: () -> Set<String>) -> Candidate {
        var placeEnd = headStart
        while placeEnd > span.lowerBound, Self.placeDescriptors.contains(tokens[placeEnd - 1].text) { placeEnd -= 1 }
        let written = context.text.text(of: span)
        var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                           recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = ForceGrammar.headKind(head)
        guard let place = grammar.place(endingBefore: placeEnd, in: tokens, lowest: span.lowerBound, text: context.text) else {
            return extendedByDistrict(found, span: span, tokens: tokens, context: context, limit: limit)
        }
        let inner = place.lowerBound..<span.upperBound
        let innerText = context.text.text(of: inner)
        let resolution = grammar.resolve(placeText: context.text.text(of: place), head: head, written: innerText, states: states,
                                         countries: countries)
        // ("the Newton Falls Police Department": a place word alone, "Falls", "Park", "Heights", ends a longer place
        // the table does not know; the force is the whole name. Session 12, batch19's tune half.)
        // ("St Elizabeth Police", "St. Elizabeth Police": a saint's abbreviation before it makes a longer place, Jamaica's
        // parish, not Elizabeth, NJ; session 16, batch49's tune half.)
        let saint = Self.saintAbbreviationStart(before: place.lowerBound, lowest: span.lowerBound, tokens: tokens) != nil
        // ("Western Copenhagen Police": a compass word before a table's city force names one of its districts; session 18,
        // batch68's tune half after the national units were added.)
        let partOfLongerPlace = saint
            || (place.lowerBound > span.lowerBound && place.count == 1 && Self.placeWords.contains(tokens[place.lowerBound].lower))
            || (place.lowerBound > span.lowerBound && Self.compassWords.contains(tokens[place.lowerBound - 1].text))
        let known = resolution.canonical != Slug.make(innerText) && !partOfLongerPlace
        if place.lowerBound > span.lowerBound, !known {
            found.country = saint ? nil : resolution.country
            return extendedByDistrict(found, span: span, tokens: tokens, context: context, limit: limit)
        }
        // (but "City of Miami Police Department" is that force under its own name: kept whole)
        let municipality = place.lowerBound == span.lowerBound + 2 && tokens[span.lowerBound + 1].text == "of"
        let kept = place.lowerBound > span.lowerBound && !municipality ? inner : span
        found = entity(tokens, kept, context: context, canonical: known ? resolution.canonical : Slug.make(written),
                       name: known ? resolution.name : written, recognizer: "force.pattern", confidence: .grammar)
        found.forceKind = resolution.kind
        found.country = resolution.country
        return extendedByDistrict(found, span: kept, tokens: tokens, context: context, limit: limit)
    }

    /// A lower-case head after a known place: "Las Vegas police", "Harris County sheriff's deputies" (a county),
    /// "Maine state police" (a US state), "U.S. attorney's office".
    private func placeForce(headTokens: Range<Int>, head: (String, ForceKind), tokens: [Token], context: TagContext,
                            sentenceStart: Int, limit: Int, states: () -> Set<String>,
                            countries: () -> Set<String>) -> Candidate? {
        // One lower-case modifier may stand between the place and "police": "Thai airport police", "Berlin riot police".
        var head = head
        var placeEnd = headTokens.lowerBound
        if head.1 == .police, placeEnd - 1 > sentenceStart, let modifier = ForceGrammar.policeModifiers[tokens[placeEnd - 1].text] {
            placeEnd -= 1
            head.1 = modifier
        }
        // ("Bulgaria's police", "Mexico's federal police": a known place's possessive before the head is the place's force;
        // session 20, batch86's tune half wrote it twice.)
        var placeLookupEnd = placeEnd
        if placeEnd - 2 >= sentenceStart, tokens[placeEnd - 1].isPossessive,
           grammar.place(endingBefore: placeEnd - 1, in: tokens, lowest: sentenceStart, text: context.text) != nil {
            placeLookupEnd -= 1
        }
        guard let knownPlace = grammar.place(endingBefore: placeLookupEnd, in: tokens, lowest: sentenceStart, text: context.text) else {
            return demonymForce(placeEnd: placeEnd, headTokens: headTokens, head: head, tokens: tokens, context: context,
                                sentenceStart: sentenceStart)
                ?? townshipForce(placeEnd: placeEnd, headTokens: headTokens, head: head, tokens: tokens, context: context,
                                 sentenceStart: sentenceStart)
                ?? modelPlaceForce(placeEnd: placeEnd, headTokens: headTokens, head: head, tokens: tokens, context: context,
                                   sentenceStart: sentenceStart)
                ?? stationAreaForce(placeEnd: placeEnd, headTokens: headTokens, head: head, tokens: tokens, context: context,
                                    sentenceStart: sentenceStart, countries: countries)
        }
        // ("St. Ann police", Missouri: a saint's abbreviation before a known name makes a longer place the table may not
        // know, not Ann, Myanmar; session 18's second read of the regional rows.)
        let saint = Self.saintAbbreviationStart(before: knownPlace.lowerBound, lowest: sentenceStart, tokens: tokens)
        let place = (saint ?? knownPlace.lowerBound)..<knownPlace.upperBound
        // ("Chesterfield Co. deputies": the county the abbreviation names.)
        let placeText = ForceGrammar.expandingCounty(context.text.text(of: place))
        // ("Mumbai Police crime branch": "Police" is a town in Poland, but here the head of the force before.)
        if place.count == 1, heads.longestMatch(in: tokens, at: place.lowerBound, limit: place.upperBound) != nil { return nil }
        let isUS = ForceGrammar.unitedStates.contains(placeText)
        let known = grammar.places.places(named: placeText)
        var agencyPlace = placeText
        switch head.1 {
        case .sheriff:
            if !(placeText.hasSuffix(" County") || placeText.hasSuffix(" Parish")) {
                guard let county = grammar.countySheriffPlace(at: placeText, states: states) else { return nil }
                agencyPlace = county
            }
        case .statePolice, .highwayPatrol:
            guard known.contains(where: { $0.kind == .state && $0.country == "US" }) else { return nil }
        case .prosecutor:
            // "Berlin prosecutors" anywhere; an "attorney's office" after a US county or "U.S." only.
            // ("the Manhattan district attorney's office": a district attorney's office after a US city too.)
            guard isUS || known.contains(where: { $0.kind == .county }) || head.0.hasPrefix("prosecutor")
                    || (head.0.hasPrefix("district attorney") && known.contains(where: { $0.kind == .city && $0.country == "US" }))
            else { return nil }
        default:
            guard !isUS, !known.isEmpty || saint != nil || grammar.isAgencyOnlyPlace(placeText) else { return nil }
        }
        // A one-word place opening the sentence that is also an everyday word ("Reading police said") is not read
        // as a place.
        if place.count == 1, place.lowerBound == sentenceStart, commonWords.contains(tokens[place.lowerBound].lower) { return nil }
        var span = place.lowerBound..<headTokens.upperBound
        // ("a former City of Dillon police officer": the municipality's own name, as "City of Miami Police Department")
        if place.lowerBound - 2 >= sentenceStart, tokens[place.lowerBound - 1].text == "of",
           Self.municipalityWords.contains(tokens[place.lowerBound - 2].text) {
            span = (place.lowerBound - 2)..<span.upperBound
        }
        let written = context.text.text(of: span)
        let resolution = grammar.resolve(placeText: agencyPlace, head: context.text.text(of: placeEnd..<headTokens.upperBound),
                                         written: written, states: states, countries: countries)
        var found = entity(tokens, span, context: context, canonical: resolution.canonical, name: resolution.name,
                           recognizer: "force.place", confidence: .grammar)
        found.forceKind = placeEnd < headTokens.lowerBound ? head.1 : resolution.kind
        found.country = resolution.country
        return extendedByDistrict(found, span: span, tokens: tokens, context: context, limit: limit)
    }

    /// A place the table does not know but the sequence model reads as one, before "police" or "prosecutors":
    /// "Berovo police", "Kudapokuna police" (small towns below the table's population floor). Its canonical a slug.
    private func modelPlaceForce(placeEnd: Int, headTokens: Range<Int>, head: (String, ForceKind), tokens: [Token], context: TagContext,
                                 sentenceStart: Int) -> Candidate? {
        guard head.1 == .police || head.1 == .prosecutor, placeEnd > sentenceStart, context.modelLabels != nil else { return nil }
        func label(_ index: Int) -> EntityLabel? { context.modelLabel(ofToken: index) }
        var start = placeEnd
        while start > sentenceStart, placeEnd - start < Self.modelPlaceMaximumWords, label(start - 1) == .insideLocation { start -= 1 }
        guard start > sentenceStart, label(start - 1) == .beginLocation else { return nil }
        start -= 1
        guard tokens[start..<placeEnd].allSatisfy({ $0.isCapitalizedWord }),
              !(start == sentenceStart && commonWords.contains(tokens[start].lower)) else { return nil }
        let span = start..<headTokens.upperBound
        let written = context.text.text(of: span)
        var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                           recognizer: "force.place", confidence: .guess)
        found.forceKind = placeEnd < headTokens.lowerBound ? head.1 : ForceGrammar.headKind(head.0)
        return found
    }

    /// A US township or borough the place table does not hold (its towns start at 15,000 people), before "police":
    /// "Wall Township police", "Upper Darby Township police" (session 14, batch31's tune half). Its canonical a slug.
    static let townshipWords: Set<String> = ["Township", "Twp", "Borough"]

    private func townshipForce(placeEnd: Int, headTokens: Range<Int>, head: (String, ForceKind), tokens: [Token], context: TagContext,
                               sentenceStart: Int) -> Candidate? {
        guard head.1 == .police, placeEnd - 2 >= sentenceStart, Self.townshipWords.contains(tokens[placeEnd - 1].text) else { return nil }
        var start = placeEnd - 1
        while start > sentenceStart, placeEnd - start <= 3, tokens[start - 1].isCapitalizedWord,
              !NameLexicon.notNameWords.contains(tokens[start - 1].text) {
            start -= 1
        }
        guard start < placeEnd - 1, !(start == sentenceStart && commonWords.contains(tokens[start].lower) && placeEnd - start == 2)
        else { return nil }
        let span = start..<headTokens.upperBound
        let written = context.text.text(of: span)
        var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                           recognizer: "force.place", confidence: .grammar)
        found.forceKind = .police
        found.country = "US"
        return found
    }

    /// The longest place the model may name before a lower-case head.
    static let modelPlaceMaximumWords = 3

    /// A country's adjective before a lower-case head: "Thai police", "German prosecutors", "Serb police"
    /// (models/demonyms.tsv); its canonical a slug, its country the adjective's.
    private func demonymForce(placeEnd: Int, headTokens: Range<Int>, head: (String, ForceKind), tokens: [Token], context: TagContext,
                              sentenceStart: Int) -> Candidate? {
        guard head.1 == .police || head.1 == .prosecutor || head.1 == .militaryPolice || head.1 == .border, placeEnd > sentenceStart else { return nil }
        for length in [2, 1] where placeEnd - length >= sentenceStart {
            let start = placeEnd - length
            guard tokens[start..<placeEnd].allSatisfy({ $0.isCapitalizedWord }) else { continue }
            guard let country = grammar.demonyms[context.text.text(of: start..<placeEnd)] else { continue }
            // ("six South Australian police officers": a region's adjective, the region's police; batch12's tune half.)
            // (Only when the compass word and the country's name make a place of that country: "South Australia"; not
            // "North Korean", "South Sudanese", "South American": second read.)
            let regional = start > sentenceStart && Self.compassWords.contains(tokens[start - 1].text) && length == 1
                && grammar.places.mostProminent(named: tokens[start - 1].text + " " + String(tokens[start].text.dropLast()))?.country == country
            let span = (regional ? start - 1 : start)..<headTokens.upperBound
            let written = context.text.text(of: span)
            let name = written.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            var found = entity(tokens, span, context: context, canonical: Slug.make(written), name: name,
                               recognizer: "force.demonym", confidence: .grammar)
            found.forceKind = head.1
            found.country = country
            return found
        }
        return nil
    }

    /// Compass words that make a country's adjective a region's ("South Australian", "Western Australian").
    static let compassWords: Set<String> = ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"]

    /// "… Attorney's Office for the Western District of New York": the token after the district's name, or nil.
    private func districtEnd(after end: Int, tokens: [Token], limit: Int) -> Int? {
        var cursor = end
        guard cursor + 4 < limit, tokens[cursor].lower == "for", tokens[cursor + 1].lower == "the" else { return nil }
        cursor += 2
        if Self.districtWords.contains(tokens[cursor].text) { cursor += 1 }
        guard cursor + 2 < limit, tokens[cursor].text == "District", tokens[cursor + 1].text == "of" else { return nil }
        cursor += 2
        let first = cursor
        // (not a weekday or month after it: "… Eastern District of Tennessee Monday"; the second read of session 26)
        while cursor < limit, tokens[cursor].isCapitalizedWord, cursor - first < 3,
              FigureLexicon.weekdays[tokens[cursor].lower] == nil, CalendarWords.months[tokens[cursor].lower] == nil {
            cursor += 1
        }
        return cursor > first ? cursor : nil
    }

    private func extendedByDistrict(_ found: Candidate, span: Range<Int>, tokens: [Token], context: TagContext, limit: Int) -> Candidate {
        if let end = ownerEnd(after: span.upperBound, tokens: tokens, context: context, limit: limit) {
            let whole = span.lowerBound..<end.end
            let written = context.text.text(of: whole)
            // (A force the tables resolved keeps its identity: "the National Police of Colombia" stays `co-police`.)
            let resolved = found.canonical != nil && found.canonical != Slug.make(found.text) && found.canonical != Slug.make(found.name ?? "")
            var owned = entity(tokens, whole, context: context, canonical: resolved ? found.canonical ?? Slug.make(written) : Slug.make(written),
                               name: resolved ? found.name ?? written : written, recognizer: found.recognizer, confidence: found.confidence)
            owned.forceKind = found.forceKind
            owned.country = end.country ?? found.country
            owned.parent = resolved ? found.parent : nil
            return owned
        }
        guard found.forceKind == .prosecutor else { return found }
        if let end = districtEnd(after: span.upperBound, tokens: tokens, limit: limit) {
            return withDistrict(found, tokens, span.lowerBound..<end, context: context)
        }
        // "the State's Attorney's Office for Baltimore City": an office named for its county or city; "the Prosecutor's
        // Office for Organised Crime": for the crimes it prosecutes (session 20, batch86's tune half).
        guard span.upperBound + 1 < limit, tokens[span.upperBound].text == "for" else { return found }
        var end = span.upperBound + 1
        while end < limit, end - span.upperBound <= 4, tokens[end].isCapitalizedWord || (tokens[end].text == "and" && end + 1 < limit && tokens[end + 1].isCapitalizedWord) {
            end += 1
        }
        var placeEnd = end
        if placeEnd > span.upperBound + 2, ["City", "County", "Parish"].contains(tokens[placeEnd - 1].text) { placeEnd -= 1 }
        let crimes = end > span.upperBound + 1 && Self.prosecutedCrimes.contains(tokens[end - 1].text)
        guard crimes || (placeEnd > span.upperBound + 1 && grammar.places.contains(context.text.text(of: (span.upperBound + 1)..<placeEnd)))
        else { return found }
        let whole = span.lowerBound..<end
        let written = context.text.text(of: whole)
        var office = entity(tokens, whole, context: context, canonical: Slug.make(written), name: written,
                            recognizer: found.recognizer, confidence: found.confidence)
        office.forceKind = .prosecutor
        office.country = found.country
        return office
    }

    /// "the National Anti-Narcotics Police of Honduras", "the Office of the Attorney General of the Republic": a
    /// country, or "the Republic", after "of" is part of a grammar-built name (session 20, batch86's tune half had
    /// three such names cut before "of"). The end of the owner and its country.
    private func ownerEnd(after end: Int, tokens: [Token], context: TagContext, limit: Int) -> (end: Int, country: String?)? {
        guard end + 1 < limit, tokens[end].text == "of" else { return nil }
        var first = end + 1
        if tokens[first].text == "the", first + 1 < limit { first += 1 }
        if tokens[first].text == "Republic", first + 1 >= limit || tokens[first + 1].text != "of" { return (first + 1, nil) }
        var best: (end: Int, country: String?)?
        var cursor = first
        while cursor < limit, cursor - first < 4, tokens[cursor].isCapitalizedWord || (cursor > first && tokens[cursor].text == "and") {
            cursor += 1
            if let country = grammar.places.places(named: context.text.text(of: first..<cursor)).first(where: { $0.kind == .country })?.country {
                best = (cursor, country)
            }
        }
        // (Not a longer name going on: "of Honduras Airport".)
        guard let found = best, found.end >= limit || !tokens[found.end].isCapitalizedWord else { return nil }
        return found
    }

    /// Last words of what a prosecutor's office is "for" ("… for Organised Crime", "… for War Crimes").
    static let prosecutedCrimes: Set<String> = ["Crime", "Crimes", "Corruption", "Terrorism", "Trafficking", "Fraud", "Offences",
                                                "Offenses", "Cybercrime"]

    /// A US Attorney's Office of one district: its own slug, the national office as parent.
    private func withDistrict(_ office: Candidate, _ tokens: [Token], _ span: Range<Int>, context: TagContext) -> Candidate {
        let written = context.text.text(of: span)
        guard let forIndex = tokens[span].firstIndex(where: { $0.lower == "for" }) else { return office }
        let district = context.text.text(of: (forIndex + 2)..<span.upperBound)
        let national = office.canonical == "us-attorney"
        var found = entity(tokens, span, context: context,
                           canonical: national ? "us-attorney-" + Slug.make(district) : Slug.make(written),
                           name: national ? "United States Attorney's Office for the " + district : written,
                           recognizer: office.recognizer, confidence: office.confidence)
        found.forceKind = .prosecutor
        found.country = office.country ?? "US"
        found.parent = national ? "us-attorney" : office.canonical
        return found
    }

    /// A table's prosecutor with its district or owner ("U.S. Attorney's Office for the Western District of New York"), or
    /// a federal agency's district office ("the U.S. Marshals Service for the Eastern District of Tennessee", as a US
    /// attorney's; session 26, batch112's tune half); only the district for an agency: "the DEA of Colombia" stays `dea`.
    private func withDistrictOffice(_ found: Candidate, prosecutor: Bool, span: Range<Int>, tokens: [Token], context: TagContext,
                                    limit: Int) -> Candidate {
        if prosecutor { return extendedByDistrict(found, span: span, tokens: tokens, context: context, limit: limit) }
        guard found.forceKind == .federal, let end = districtEnd(after: span.upperBound, tokens: tokens, limit: limit) else { return found }
        // (`districtEnd` read "for the" at the agency's end: the district's name starts two tokens after it.)
        return withFederalDistrict(found, tokens, span.lowerBound..<end, districtStart: span.upperBound + 2, context: context)
    }

    /// A federal agency's office for a judicial district: a unit of the agency, named for the district.
    private func withFederalDistrict(_ agency: Candidate, _ tokens: [Token], _ span: Range<Int>, districtStart: Int,
                                     context: TagContext) -> Candidate {
        guard let parent = agency.canonical else { return agency }
        let district = context.text.text(of: districtStart..<span.upperBound)
        var found = entity(tokens, span, context: context, canonical: parent + "-" + Slug.make(district),
                           name: (agency.name ?? agency.text) + " for the " + district,
                           recognizer: agency.recognizer, confidence: agency.confidence)
        found.forceKind = .federal
        found.country = agency.country ?? "US"
        found.parent = parent
        return found
    }

    /// Capitalised words ending in a unit head at token `end - 1` ("… Gang Unit", "… Task Force", "… CID"):
    /// the start of the words before the head, or nil.
    private func unitHeadEnd(at index: Int, tokens: [Token], limit: Int) -> (headEnd: Int, head: String)? {
        let token = tokens[index]
        if token.text == "Task", index + 1 < limit, tokens[index + 1].text == "Force" { return (index + 2, "Task Force") }
        // ("HSI Group Supervisor Raul Nava": a group before a role or an unknown capitalised word is a title's or a
        // longer name's; not before a weekday, a month or its officers: "the NYPD Strategic Response Group Thursday".)
        if token.text == "Group", index + 1 < limit, roleWords.contains(tokens[index + 1].lower)
            || (tokens[index + 1].isCapitalizedWord && CalendarWords.months[tokens[index + 1].lower] == nil
                && FigureLexicon.weekdays[tokens[index + 1].lower] == nil && !Self.officerNounsAfter.contains(tokens[index + 1].lower)) {
            return nil
        }
        if Self.unitHeads.contains(token.text) { return (index + 1, token.text) }
        return nil
    }

    /// The last rank or office word of a run ("Superintendent", "Acting"), not one that also names a force or its
    /// detectives ("Garda", "Detective" in "Limerick Divisional Detective Unit").
    func lastRank(in run: ArraySlice<Token>) -> Int? {
        // ("Major Crimes Unit": a rank word before a policing word is an adjective.)
        run.indices.last { index in
            let word = run[index].lower
            // ("Dubai Police General Command": "General" right before the head is an adjective; session 12, batch11.)
            // ("the Officer-Involved Incident Task Force": a rank word glued to the next by a hyphen is no rank.)
            let glued = index + 1 < run.endIndex && run[index + 1].text == "-" && !run[index + 1].spaceBefore
            return (roleWords.contains(word) || Self.rankModifiers.contains(word)) && !Self.policingWords.contains(word) && !glued
                && !(index + 1 < run.endIndex && Self.policingWords.contains(run[index + 1].lower))
                && !(index == run.endIndex - 1 && word == "general")
        }
    }

    /// A division's number before it ("43 Division", as Toronto's police number theirs).
    static func opensNumberedDivision(_ tokens: [Token], at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].kind == .number && tokens[index].text.utf8.count <= 3 && tokens[index + 1].text == "Division"
    }

    /// Abbreviations that open place names with a full stop ("St. Lawrence", "Ft. Worth", "Mt. Vernon").
    static let placeAbbreviations: Set<String> = ["St", "Ste", "Ft", "Mt"]

    /// Where a saint's or a mountain's abbreviation before `index` starts ("St. Ann", "St Ann", "Saint Ann"), or nil.
    static func saintAbbreviationStart(before index: Int, lowest: Int, tokens: [Token]) -> Int? {
        if index - 1 >= lowest, placeAbbreviations.contains(tokens[index - 1].text) || tokens[index - 1].text == "Saint" { return index - 1 }
        if index - 2 >= lowest, tokens[index - 1].text == ".", !tokens[index - 1].spaceBefore,
           placeAbbreviations.contains(tokens[index - 2].text) { return index - 2 }
        return nil
    }

    /// The longest run of words before a unit's head (session 11: 5 → 7 for "Dublin Metropolitan Region East
    /// District Detective Unit").
    static let placeUnitMaximumTokens = 7

    /// Where the capitalised run before a unit's head at `index` starts: "Dublin Metropolitan Region East District
    /// Detective Unit", "Drugs & Organised Crime Bureau", "the 43 Division Major Crime Unit" (a numbered division's
    /// unit, as Toronto's; session 14, batch30). "and" joins no two bodies: "the Warren Police Department and Special
    /// Operations Unit", "… Branch and Crime Command" (session 16, batch48).
    private func unitNameStart(endingAt index: Int, tokens: [Token], sentenceStart: Int, limit: Int) -> Int {
        var start = index
        while start > sentenceStart, index - start < Self.placeUnitMaximumTokens, tokens[start - 1].isCapitalizedWord || tokens[start - 1].isAcronym
                || (tokens[start - 1].text == "-" && !tokens[start - 1].spaceBefore)
                || Self.opensNumberedDivision(tokens, at: start - 1)
                || (["&", "and"].contains(tokens[start - 1].text) && start - 2 >= sentenceStart && tokens[start - 2].isCapitalizedWord
                    && start < index && unitHeadEnd(at: start - 2, tokens: tokens, limit: limit) == nil
                    && !Self.forceEndWords.contains(tokens[start - 2].text) && !Self.agencyHeads.contains(tokens[start - 2].text)) {
            start -= 1
        }
        return start
    }

    /// The most words before a unit's head in a title-case line, after its force ("Toronto Police Traffic Services",
    /// "Kent Police Serious Crime Unit") or in all ("Greater Manchester Serious Collision Unit"); a headline's run of
    /// verbs and nouns is longer.
    static let headlineUnitMaximumWords = 3

    /// A unit named after a place or by its policing words: "Miami-Dade Gang Unit" (its parent the place's
    /// force when the tables know it), "Kirklees CID", "Joint Narcotics Enforcement Team".
    private func placeUnit(endingAt index: Int, tokens: [Token], context: TagContext, sentenceStart: Int, limit: Int,
                           headline: Bool, states: () -> Set<String>, countries: () -> Set<String>) -> Candidate? {
        guard index > sentenceStart, let (headEnd, head) = unitHeadEnd(at: index, tokens: tokens, limit: limit),
              !Self.unitHeadsAfterForceOnly.contains(head) || Self.unitHeadsWithPolicingWords.contains(head) else { return nil }
        var start = unitNameStart(endingAt: index, tokens: tokens, sentenceStart: sentenceStart, limit: limit)
        guard start < index else { return nil }
        if start - 2 >= sentenceStart, tokens[start - 1].text == ".", !tokens[start - 1].spaceBefore,
           Self.placeAbbreviations.contains(tokens[start - 2].text) {
            start -= 2  // ("St. Lawrence County Drug Task Force")
        }
        start = startWithParticlePlace(start, lowest: sentenceStart, end: index, tokens: tokens, text: context.text)
        // "AFP Detective Acting Superintendent Crime Northern Command Stephen Jay": a rank is not the unit's.
        if let rank = lastRank(in: tokens[start..<index]) { start = rank + 1 }
        guard start < index else { return nil }
        // "The Miami-Dade Gang Unit": a determiner opening the sentence is not the unit's.
        while start < index, tokens[start].kind != .word && !Self.opensNumberedDivision(tokens, at: start)
                || Self.headlineFunctionWords.contains(tokens[start].lower)
                || ["this", "that"].contains(tokens[start].lower) || Self.possessiveDeterminers.contains(tokens[start].lower) {
            start += 1
        }
        guard start < index else { return nil }
        // ("Bulgaria Police Hunt Down Suspected Organized Crime Group": in a title-case line a long run of capitals is
        // the headline's words, not a unit's name; session 20, batch86's tune half.)
        if index - start > 2 * Self.headlineUnitMaximumWords, headline { return nil }
        var parent: String?
        var country: String?
        var placeEnd = start
        // The longest known place at the start of the run.
        var cursor = index
        while cursor > start {
            // ("the Police Dive Squad": Police is a town in Poland, not this unit's place.)
            // ("the Major Crimes Unit": Major County, Oklahoma, is not this unit's place; a rank word alone is none.)
            if grammar.places.contains(context.text.text(of: start..<cursor)),
               !(cursor == start + 1 && (Self.policingWords.contains(tokens[start].lower) || roleWords.contains(tokens[start].lower))) {
                placeEnd = cursor
                break
            }
            cursor -= 1
        }
        // A place and a unit head alone ("Brandon Unit", "Mobile Team", "Wales Customer Care Team") are no police unit:
        // policing words, or a detectives' head ("Kirklees CID"), must say so.
        let detectives = Self.detectiveHeads.contains(head) || (Self.placeOnlyUnitHeads.contains(head) && placeEnd > start)
        let run = tokens[placeEnd..<index]
        // ("Regional Armed Response Unit", "Armed Offenders Squad"; not "Hamas Armed Wing", "Armed Forces Medical Unit")
        let armed = run.indices.contains { run[$0].lower == "armed" && $0 + 1 < index && ["response", "offenders", "police"].contains(tokens[$0 + 1].lower) }
        let officers = hasOfficerCue(start: start, headEnd: headEnd, tokens: tokens, sentenceStart: sentenceStart, limit: limit)
        // ("the Kinahan Organised Crime Group" is a gang: a group is a unit only beside its officers or named for the
        // police: "the Police Support Group".)
        guard head != "Group" || officers || run.contains(where: { Self.policeNameWords.contains($0.lower) }) else { return nil }
        let command = head == "Command" && Self.isPlaceCommand(tokens, start: start, index: index, headEnd: headEnd, sentenceStart: sentenceStart, limit: limit)
        guard detectives || armed || run.contains(where: { Self.policingWords.contains($0.lower) }) || officers || command,
              !tokens[start..<index].contains(where: { Self.notAgencyWords.contains($0.lower) && !Self.namesPoliceTransport(run, $0.lower)
                                                      || Self.modelNotForceWords.contains($0.lower) })
        else { return nil }
        if placeEnd > start {
            let placeText = context.text.text(of: start..<placeEnd)
            let force = grammar.resolve(placeText: placeText, head: "police", written: placeText + " police", states: states,
                                        countries: countries)
            if force.canonical != Slug.make(placeText + " Police") { parent = force.canonical }
            country = force.country
        } else if Self.isHeadline(tokens[sentenceStart..<limit]) {
            return nil
        }
        let span = start..<ofNameEnd(after: headEnd, tokens: tokens, sentence: tokens[index].sentence, text: context.text)
        let written = context.text.text(of: span)
        // (A unit that only its officers vouch for is the weakest: kept on a page that names a force.)
        let vouched = detectives || armed || run.contains(where: { Self.policingWords.contains($0.lower) })
        var unit = entity(tokens, span, context: context, canonical: Slug.make(written), name: written, recognizer: "force.unit",
                          confidence: vouched || (placeEnd > start && !command) ? .grammar : .guess)
        unit.forceKind = .police
        unit.country = country
        unit.parent = parent
        return unit
    }

    /// "the Kiru Area Command", "Port Harcourt Zonal Command", "NDLEA, Kano Strategic Command": Nigerian police and
    /// NDLEA commands by their place (session 16, batch49's tune half had three), kept only on a page that names a
    /// force (`Confidence.guess`). Not when another head follows ("East Area Command Unit" is read at its own head),
    /// nor in a sentence about an army or a corps ("the Federal Road Safety Corps, Ogun State Command").
    static func isPlaceCommand(_ tokens: [Token], start: Int, index: Int, headEnd: Int, sentenceStart: Int, limit: Int) -> Bool {
        index - 1 > start && commandQualifiers.contains(tokens[index - 1].text)
            && !(headEnd < limit && unitHeads.contains(tokens[headEnd].text))
            && !tokens[sentenceStart..<limit].contains { nonPoliceBodyWords.contains($0.lower) }
    }

    /// Words of armies and other uniformed bodies whose commands are no police's.
    static let nonPoliceBodyWords: Set<String> = ["army", "navy", "corps", "military", "troops", "soldiers", "brigade"]

    /// Words before "Command" that make a place's command of a force ("Kiru Area Command").
    static let commandQualifiers: Set<String> = ["Area", "Zonal", "Divisional", "Strategic", "State"]

    /// Words of a force's sports teams and bands, not its units ("the National Police Football Team"; the second read
    /// of session 26).
    static let teamWords: Set<String> = ["football", "rugby", "cricket", "hockey", "basketball", "soccer", "netball",
                                         "volleyball", "athletics", "boxing", "ladies", "band", "choir", "orchestra"]

    /// Whether a name ends before token `index`: no capitalised word follows (not "the National Police Shooting
    /// Championships"), or the capitalised words name a unit of it (`unitNameFollows`).
    private func endsItsName(at index: Int, tokens: [Token], limit: Int) -> Bool {
        index >= limit || !tokens[index].isCapitalizedWord || unitNameFollows(index, tokens: tokens, limit: limit)
    }

    /// Whether capitalised words from `index` end in a unit's head ("… Office Special Prosecution Unit"): the name
    /// before them is the unit's force, not the start of a longer name (session 26, batch115's tune half).
    private func unitNameFollows(_ index: Int, tokens: [Token], limit: Int) -> Bool {
        var cursor = index
        while cursor < limit, cursor - index < Self.unitNameMaximumTokens, tokens[cursor].isCapitalizedWord {
            if Self.teamWords.contains(tokens[cursor].lower) { return false }
            if unitHeadEnd(at: cursor, tokens: tokens, limit: limit) != nil { return cursor > index }
            cursor += 1
        }
        return false
    }

    /// Each force followed by a unit's name becomes the unit, its parent the force: "Toronto Police Traffic
    /// Services", "Columbus Police Department Intelligence Led Policing Unit", "APD SVU".
    private func withUnits(_ forces: [Candidate], tokens: [Token], context: TagContext) -> [Candidate] {
        var out = forces
        // Whether each sentence is a title-case line, read once per sentence (a sentence of thousands of forces stays
        // linear: issue 21's fuzzer).
        var headlines: [Int: Bool] = [:]
        func isHeadline(_ sentence: Int) -> Bool {
            if let known = headlines[sentence] { return known }
            let found = context.text.sentences.indices.contains(sentence) && Self.isTitleCase(tokens[context.text.sentences[sentence].tokens])
            headlines[sentence] = found
            return found
        }
        for force in forces where force.recognizer != "force.unit" {
            guard let last = MentionResolver.tokenEnding(at: force.end, in: tokens) else { continue }
            var cursor = last + 1
            let sentence = tokens[last].sentence
            // "the LAPD's Rampart Division": a unit named after its force's possessive is written without the force.
            let possessive = cursor + 1 < tokens.count && tokens[cursor].isPossessive && tokens[cursor].sentence == sentence
            if possessive { cursor += 1 }
            if !possessive, let unit = postOrOffice(of: force, after: cursor, tokens: tokens, context: context)
                ?? numberedArm(of: force, after: cursor, tokens: tokens, context: context) {
                out.append(unit)
                continue
            }
            let unitStart = cursor
            // ("Robbery-Homicide Division": a hyphen within the name; "the Garda's Drugs and Organised Crime Bureau":
            // "and" within a name after a possessive only, where it cannot join the force to another.)
            while cursor < tokens.count, cursor - last <= Self.unitNameMaximumTokens, tokens[cursor].sentence == sentence,
                  tokens[cursor].isCapitalizedWord || tokens[cursor].isAcronym
                    || (cursor > unitStart && !tokens[cursor].spaceBefore && tokens[cursor].text == "-")
                    || (possessive && cursor > unitStart && tokens[cursor].text == "and")
                    // ("the Garda National Drugs and Organised Crime Unit", "… Drugs & Organised Crime Bureau": after a
                    // policing word, "and" joins two kinds of crime, not two bodies; session 14, batch30's tune half)
                    // (not before another body's acronym: "Wake Forest Police SWAT and SBI Special Response Team" are two)
                    || (cursor > unitStart && ["and", "&"].contains(tokens[cursor].text) && Self.policingWords.contains(tokens[cursor - 1].lower)
                        && !(cursor + 1 < tokens.count && tokens[cursor + 1].isAcronym)) {
                if var (headEnd, _) = unitHeadEnd(at: cursor, tokens: tokens, limit: tokens.count) {
                    // ("Investigative Services Bureau": a head right after a head ends the name.)
                    while headEnd < tokens.count, tokens[headEnd].sentence == sentence,
                          let (next, _) = unitHeadEnd(at: headEnd, tokens: tokens, limit: tokens.count) {
                        headEnd = next
                    }
                    headEnd = Self.laterHeadEnd(after: headEnd, tokens: tokens, sentence: sentence)
                    headEnd = ofNameEnd(after: headEnd, tokens: tokens, sentence: sentence, text: context.text)
                    headEnd = taskForceNameEnd(after: headEnd, tokens: tokens, sentence: sentence)
                    // ("U.S. Immigration and Customs Enforcement Homeland Security Investigations": two agencies the
                    // tables know, side by side, not one's unit; batch27's tune half.) A row the tables file under this
                    // force is its unit: "RCMP Integrated National Security Enforcement Team" (session 24, batch74's tune half).
                    let row = possessive ? nil : forces.first(where: { $0.recognizer == "force.gazetteer" && $0.start == tokens[unitStart].start
                                                                           && $0.end == tokens[headEnd - 1].end })
                    if let row, row.parent == nil || row.parent != force.canonical { break }
                    guard let first = MentionResolver.tokenStarting(at: force.start, in: tokens),
                          lastRank(in: tokens[unitStart..<cursor]) == nil,
                          // ("Greater Manchester Police Federation Office": the staff association's, not a unit)
                          !tokens[unitStart..<cursor].contains(where: { Self.buildingWords.contains($0.lower) || Self.modelNotForceWords.contains($0.lower)
                              || Self.notAgencyWords.contains($0.lower) }) else { break }  // ("AFP Detective Acting Superintendent … Command")
                    // A possessive needs a name before the head ("the FBI's Criminal Division", not "the FBI's Unit").
                    if possessive, cursor == unitStart { break }
                    // ("Bulgaria Police Hunt Down Suspected Organized Crime Group": in a title-case line a long run of
                    // capitals after the force is the headline's words; session 20, batch86's tune half.)
                    if cursor - unitStart > Self.headlineUnitMaximumWords, isHeadline(sentence) { break }
                    let span = possessive ? unitStart..<headEnd : first..<headEnd
                    let written = context.text.text(of: span)
                    // Its canonical and name say whose unit it is: "Los Angeles Police Department Rampart Division".
                    let name = possessive ? (force.name ?? force.text) + " " + written : written
                    out.append(unit(of: force, span, canonical: row?.canonical ?? Slug.make(name), name: name, tokens: tokens, context: context))
                    break
                }
                cursor += 1
            }
        }
        return out
    }

    /// Unit heads that also modify a later head ("Narcotics" of "Bukit Aman Narcotics Crime Investigation Department").
    static let modifyingUnitHeads: Set<String> = ["Narcotics", "Investigations", "Affairs"]
    /// The later heads such a name runs on to, and the most words of policing between ("Crime Investigation": two; the
    /// tune halves' two such names had two, three leaves room for "Serious Crime Investigation").
    static let laterHeads: Set<String> = ["Department", "Division", "Bureau"]
    static let laterHeadMaximumWords = 3

    /// The end of a later head when the head ending at `headEnd` is one of `modifyingUnitHeads` and only capitalised
    /// words of policing lead to one of `laterHeads` ("… Narcotics Crime Investigation Department"; session 22, the tune
    /// halves of batches 76 and 78 once "Bukit Aman" named Malaysia's police); else `headEnd`. Not over a rank or a name:
    /// "Internal Affairs Sergeant John Cell" (the second read's case).
    static func laterHeadEnd(after headEnd: Int, tokens: [Token], sentence: Int) -> Int {
        guard modifyingUnitHeads.contains(tokens[headEnd - 1].text) else { return headEnd }
        var cursor = headEnd
        while cursor < tokens.count, cursor - headEnd <= laterHeadMaximumWords, tokens[cursor].sentence == sentence,
              tokens[cursor].isCapitalizedWord {
            if laterHeads.contains(tokens[cursor].text) { return cursor + 1 }
            guard policingWords.contains(tokens[cursor].lower) else { return headEnd }
            cursor += 1
        }
        return headEnd
    }

    /// A bureau or division named by what it does after "of": "Virginia State Police Bureau of Criminal Investigation"
    /// (batch23's tune half gave "… Bureau"). The end of those capitalised words, or `headEnd` itself: not "of" a force
    /// or a known place (its owner: "Bureau of Nepal Police", "Narcotics Division of Kingston"), and never over a
    /// weekday, a month, a role or a given name ("… of Investigation Sgt. Smith", "… Investigation Thursday").
    func ofNameEnd(after headEnd: Int, tokens: [Token], sentence: Int, text: SegmentedText) -> Int {
        guard headEnd + 1 < tokens.count, ["Bureau", "Division", "Section"].contains(tokens[headEnd - 1].text),
              tokens[headEnd].text == "of", tokens[headEnd + 1].sentence == sentence, tokens[headEnd + 1].isCapitalizedWord
        else { return headEnd }
        func stops(_ token: Token) -> Bool {
            CalendarWords.months[token.lower] != nil || FigureLexicon.weekdays[token.lower] != nil || roleWords.contains(token.lower)
                || Self.rankModifiers.contains(token.lower) || Self.policeRanks.contains(token.lower)
                || Self.policeRankAbbreviations.contains(token.text)
        }
        var end = headEnd + 1
        while end < tokens.count, end - headEnd <= Self.ofNameMaximumWords, tokens[end].sentence == sentence, !stops(tokens[end]),
              tokens[end].isCapitalizedWord || (tokens[end].text == "and" && end + 1 < tokens.count && tokens[end + 1].isCapitalizedWord) {
            end += 1
        }
        guard end > headEnd + 1 else { return headEnd }
        let words = tokens[(headEnd + 1)..<end]
        if words.contains(where: { Self.forceEndWords.contains($0.text) }) { return headEnd }
        // (the owner's place: its first word or all of it known; "Criminal Investigation" is no place)
        if grammar.places.contains(text.text(of: (headEnd + 1)..<end)) || grammar.places.contains(tokens[headEnd + 1].text) { return headEnd }
        return end
    }

    /// A task force's own name after its head: "Victoria Police Joint Taskforce Icarus", "… Strike Force Raptor" (one
    /// capitalised word that is no head, weekday, month or function word, ending the run). `headEnd` otherwise.
    func taskForceNameEnd(after headEnd: Int, tokens: [Token], sentence: Int) -> Int {
        guard headEnd < tokens.count, ["Taskforce", "Force"].contains(tokens[headEnd - 1].text), tokens[headEnd].sentence == sentence,
              tokens[headEnd].isCapitalizedWord, !NameLexicon.notNameWords.contains(tokens[headEnd].text),
              !Self.headPhraseWords.contains(tokens[headEnd].text), CalendarWords.months[tokens[headEnd].lower] == nil,
              FigureLexicon.weekdays[tokens[headEnd].lower] == nil, !Self.officerNounsAfter.contains(tokens[headEnd].lower),
              headEnd + 1 >= tokens.count || tokens[headEnd + 1].sentence != sentence || !tokens[headEnd + 1].isCapitalizedWord
        else { return headEnd }
        return headEnd + 1
    }

    /// The most words after "of" in a bureau's name ("of Alcohol, Tobacco and Firearms" is written whole elsewhere).
    static let ofNameMaximumWords = 4

    /// "Kentucky State Police Post 1", "Troop F" (a state police post or troop by its number or letter); "HSI Eagle
    /// Pass", "Interpol Saudi Arabia", "DEA Bellingham" (a national or federal agency's office named by its place right
    /// after it: a known place ending the capitalised run, not an everyday word such as "Post").
    private func postOrOffice(of force: Candidate, after cursor: Int, tokens: [Token], context: TagContext) -> Candidate? {
        guard cursor < tokens.count, let last = MentionResolver.tokenEnding(at: force.end, in: tokens),
              let first = MentionResolver.tokenStarting(at: force.start, in: tokens) else { return nil }
        let sentence = tokens[last].sentence
        var end: Int?
        if cursor + 1 < tokens.count, tokens[cursor].sentence == sentence, tokens[cursor + 1].sentence == sentence,
           tokens[cursor + 1].spaceBefore, Self.numberedUnitWords.contains(tokens[cursor].text),
           tokens[cursor + 1].kind == .number || (tokens[cursor + 1].text.count == 1 && tokens[cursor + 1].text.first?.isUppercase == true) {
            end = cursor + 2
        } else if let kind = force.forceKind, Self.officeKinds.contains(kind), tokens[cursor].sentence == sentence, tokens[cursor].spaceBefore {
            var runEnd = cursor
            while runEnd < tokens.count, runEnd - cursor < 3, tokens[runEnd].sentence == sentence, tokens[runEnd].isCapitalizedWord { runEnd += 1 }
            let runEnds = runEnd >= tokens.count || tokens[runEnd].sentence != sentence || !(tokens[runEnd].isCapitalizedWord || tokens[runEnd].isAcronym)
            if runEnd > cursor, runEnds, grammar.places.contains(context.text.text(of: cursor..<runEnd)),
               !(runEnd - cursor == 1 && commonWords.contains(tokens[cursor].lower)),
               // ("a Massachusetts State Police Trooper observed": Trooper, PA is a place, but after a force a rank)
               !roleWords.contains(tokens[cursor].lower),
               // ("Virginia State Police Bureau of Criminal Investigation": Bureau County, IL is no office; second read)
               !Self.unitHeads.contains(tokens[cursor].text), !(runEnd < tokens.count && tokens[runEnd].text == "of") {
                end = runEnd
            }
        }
        guard let end else { return nil }
        let span = first..<end
        return unit(of: force, span, canonical: Slug.make((force.name ?? force.text) + " " + context.text.text(of: cursor..<end)),
                    name: context.text.text(of: span), tokens: tokens, context: context)
    }

    /// A unit of `force` written over `span`: its kind and country, the force as parent, a confidence one step above
    /// the force's.
    func unit(of force: Candidate, _ span: Range<Int>, canonical: String, name: String, tokens: [Token],
                      context: TagContext) -> Candidate {
        var unit = entity(tokens, span, context: context, canonical: canonical, name: name, recognizer: "force.unit",
                          confidence: force.confidence.raised)
        unit.forceKind = force.forceKind
        unit.country = force.country
        unit.parent = force.canonical
        return unit
    }

    /// "RAB-4", "PDEA-7": an agency's acronym with its battalion's or regional office's number hyphenated to it
    /// (session 16, batch42's tune half: four of Bangladesh's RAB battalions, a Philippine PDEA region). Not an
    /// American agency's: there the number names a form ("the DEA-6 report").
    private func numberedArm(of force: Candidate, after cursor: Int, tokens: [Token], context: TagContext) -> Candidate? {
        guard cursor + 1 < tokens.count, force.country != "US", let last = MentionResolver.tokenEnding(at: force.end, in: tokens),
              let first = MentionResolver.tokenStarting(at: force.start, in: tokens), tokens[last].isAcronym,
              tokens[cursor].text == "-", !tokens[cursor].spaceBefore, !tokens[cursor + 1].spaceBefore,
              tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.utf8.count <= Self.armNumberMaximumDigits,
              // (not a range: "RAB-4-5")
              cursor + 2 >= tokens.count || tokens[cursor + 2].spaceBefore || tokens[cursor + 2].kind == .punctuation && tokens[cursor + 2].text != "-"
        else { return nil }
        let span = first..<(cursor + 2)
        return unit(of: force, span, canonical: Slug.make((force.name ?? force.text) + " " + tokens[cursor + 1].text),
                    name: context.text.text(of: span), tokens: tokens, context: context)
    }

    /// The most digits of an arm's number after its agency's acronym ("RAB-15").
    static let armNumberMaximumDigits = 2

    /// Where a prosecution office's name starts over the descriptors before it: "the National Antiterrorism Prosecutor's
    /// Office", "the Istanbul Chief Public Prosecutor's Office" (session 16, the tune halves of batches 41 and 47 gave
    /// "Antiterrorism …" and "Public …": a descriptor starts no place, and "Chief" is a rank elsewhere).
    static func prosecutorDescriptorStart(_ start: Int, tokens: [Token], lowest: Int) -> Int {
        var start = start
        while start > lowest, prosecutorDescriptors.contains(tokens[start - 1].text) { start -= 1 }
        return start
    }

    static let prosecutorDescriptors: Set<String> = ["Chief", "National", "Federal", "State", "Regional", "Provincial", "General",
                                                     "Public", "Special", "Antiterrorism", "Anti-Terrorism", "Financial",
                                                     // The tiers of prosecution services abroad (session 19, from batch76's
                                                     // tune half, "the District Public Prosecutors' Office, Kathmandu", and
                                                     // the tiers of Serbia's, Nepal's, Ukraine's and Russia's services).
                                                     "District", "Higher", "Basic", "Appellate", "Military", "Specialized",
                                                     "Specialised", "Supreme", "Municipal", "Anti-Corruption", "Anticorruption"]

    /// Where a judicial district's or circuit's name starts when its number comes first: "the 5th Judicial District
    /// Attorney's Office", "the Thirteenth Judicial Circuit" (session 16, batch44's tune half gave "Judicial District
    /// Attorney's Office"). `start` itself otherwise.
    static func judicialOrdinalStart(_ start: Int, tokens: [Token], lowest: Int) -> Int {
        guard start > lowest, start < tokens.count, tokens[start].text == "Judicial" else { return start }
        let previous = tokens[start - 1]
        if FigureLexicon.ordinalSuffixes.contains(previous.lower), !previous.spaceBefore, start - 2 >= lowest, tokens[start - 2].kind == .number {
            return start - 2
        }
        if previous.isCapitalizedWord, FigureLexicon.ordinalWords[previous.lower] != nil { return start - 1 }
        return start
    }

    /// Lower-case words inside place names ("Port of Spain", "Dar es Salaam", "Rio de Janeiro").
    static let placeParticles: Set<String> = ["of", "es", "de", "del", "da", "do", "dos", "das", "di", "du", "des", "el", "al", "la", "le"]

    /// `start` moved back over a particle and the capitalised word before it when the words from there make a known
    /// place ("Port of Spain CID", "Dar es Salaam Special Zone Police": session 12, the tune halves of batches 16
    /// and 21).
    func startWithParticlePlace(_ start: Int, lowest: Int, end: Int, tokens: [Token], text: SegmentedText) -> Int {
        guard start - 2 >= lowest, start < end, Self.placeParticles.contains(tokens[start - 1].text), tokens[start - 2].isCapitalizedWord,
              (start + 1...end).contains(where: { grammar.places.contains(text.text(of: (start - 2)..<$0)) }) else { return start }
        return start - 2
    }

    /// Last words of a force's name: "and" after one joins two bodies, not a unit's words.
    static let forceEndWords: Set<String> = ["Police", "Department", "Service", "Office", "Constabulary", "Patrol", "Force", "Agency", "Gardaí"]

    /// Words that open a municipality's own name ("City of Miami", "Town of Greece").
    static let municipalityWords: Set<String> = ["City", "Town", "Village", "Borough", "Township"]

    /// Words before a number or letter that name a force's post, troop or region ("Kentucky State Police Post 1",
    /// "Troop F", "Provincial Police Region 8": session 12, batch17's tune half).
    static let numberedUnitWords: Set<String> = ["Post", "Troop", "Region"]

    /// Kinds of agency whose offices are named by their place after the agency ("HSI Eagle Pass").
    static let officeKinds: Set<ForceKind> = [.federal, .other, .border, .statePolice]

    /// How far after its force a unit's head may stand ("LAPD's Robbery - Homicide Division" is 5 tokens; session 9's
    /// limit of 5 words, with the hyphen and "and" of longer names now counted).
    static let unitNameMaximumTokens = 7

    /// A headline in title case: every lower-case word a function word ("Police Drug Team Raids Homes in Leeds").
    static func isHeadline(_ tokens: ArraySlice<Token>) -> Bool {
        !tokens.contains { $0.isLowercaseWord && !headlineFunctionWords.contains($0.text) }
    }
    static let headlineFunctionWords: Set<String> = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
                                                     "from", "as", "vs", "over", "into", "off", "up", "after", "amid"]

    /// Most words capitalised: a headline in title case.
    static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0, capitalised = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.isCapitalizedWord || token.isAcronym { capitalised += 1 }
        }
        return words >= 4 && Double(capitalised) >= titleCaseShare * Double(words)
    }

    /// A headline in title case throughout: four words or more, every word capitalised (or an acronym) but short
    /// function words ("Four Police Impostors Raid House In Harare"). `isTitleCase` also takes a sentence heavy with
    /// names ("… coordinated by the National Anti-Drug Police Directorate and the National Directorate of …").
    static func isStrictTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            guard token.isCapitalizedWord || token.isAcronym || headlineFunctionWords.contains(token.text) else { return false }
        }
        return words >= 4
    }

    /// US police department initialisms: "HPD", "LAPD", "NYPD", "CMPD" (one to five capitals before "PD"; not "CPD",
    /// continuing professional development in British news), and a Royal … Police Force's ("RSIPF", below).
    static func isDepartmentInitialism(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 7, bytes.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        if bytes.suffix(2) == [0x50, 0x44] { return text != "CPD" }  // "PD"; CPD is also training
        // "RSIPF", "RSLPF", "RBPF": a Royal … Police Force of the Commonwealth by its initials, which its own news writes
        // without the full name (session 14, batch32's tune half). Not "SPF", "EPF", "CPF" (sun filters, provident funds).
        return bytes.count >= 4 && bytes.first == 0x52 && bytes.suffix(2) == [0x50, 0x46]
    }

    /// `span` widened over "United States", "U.S." or "US" written just before it.
    static func withCountryPrefix(_ tokens: [Token], _ span: Range<Int>, lowest: Int) -> Range<Int> {
        let start = span.lowerBound
        guard start > lowest else { return span }
        if tokens[start - 1].text == "US" { return (start - 1)..<span.upperBound }
        if start - 2 >= lowest, tokens[start - 2].text == "United", tokens[start - 1].text == "States" { return (start - 2)..<span.upperBound }
        if start - 2 >= lowest, tokens[start - 2].text == "U.S", tokens[start - 1].text == ".", !tokens[start - 1].spaceBefore {
            return (start - 2)..<span.upperBound
        }
        return span
    }

    /// A police unit named as written (`span`), its canonical the slug of its name, no parent known.
    func policeUnit(_ tokens: [Token], _ span: Range<Int>, context: TagContext, confidence: Confidence) -> Candidate {
        let written = context.text.text(of: span)
        var unit = entity(tokens, span, context: context, canonical: Slug.make(written), name: written,
                          recognizer: "force.unit", confidence: confidence)
        unit.forceKind = .police
        return unit
    }

    func entity(_ tokens: [Token], _ span: Range<Int>, context: TagContext, canonical: String, name: String,
                recognizer: String, confidence: Confidence) -> Candidate {
        let first = tokens[span.lowerBound]
        let last = tokens[span.upperBound - 1]
        return Candidate(type: .force, text: context.text.text(of: span), start: first.start,
                      end: last.end, sentence: first.sentence, canonical: canonical, name: name,
                      recognizer: recognizer, confidence: confidence)
    }
}
