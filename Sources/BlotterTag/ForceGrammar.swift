import BlotterCore

/// The parts of the force grammar that read places and agency tables (see docs/FORCES.md):
/// - what a head says about the agency (`headKind`);
/// - the known place written just before a head ("Las Vegas police", "Harris County sheriff's deputies");
/// - the canonical id, full name, kind and country of a force built from place + head: the FBI ORI of a US agency
///   (models/us-agencies.tsv), the id of a table entry ("Maine state police" → the Maine State Police), else a
///   slug of the name.
/// A class, so the recogniser copies one reference, not its tables, wherever Swift copies the recogniser.
final class ForceGrammar: Sendable {
    let places: PlaceTable
    let usAgencies: USAgencyTable
    /// Table entries by lower-cased full name.
    let entriesByName: [String: TagModels.ForceEntry]
    /// Country adjectives → ISO 3166-1 alpha-2 (models/demonyms.tsv).
    let demonyms: [String: String]

    /// Lower-case heads that make a force only after a known place (AP style: "Moscow police").
    static let lowercaseHeads: [(String, ForceKind)] = [
        ("police", .police), ("police department", .police), ("police departments", .police), ("police force", .police), ("police service", .police),
        ("sheriff's office", .sheriff), ("sheriff’s office", .sheriff), ("sheriff's department", .sheriff),
        ("sheriff’s department", .sheriff), ("sheriff's deputies", .sheriff), ("sheriff’s deputies", .sheriff),
        ("sheriff's deputy", .sheriff), ("sheriff’s deputy", .sheriff), ("sheriff's detectives", .sheriff), ("sheriff’s detectives", .sheriff),
        ("deputies", .sheriff), ("state police", .statePolice), ("state troopers", .statePolice), ("troopers", .statePolice),
        ("highway patrol", .highwayPatrol), ("state patrol", .highwayPatrol),
        ("attorney's office", .prosecutor), ("attorney’s office", .prosecutor),
        ("district attorney's office", .prosecutor), ("district attorney’s office", .prosecutor),
        ("prosecutor's office", .prosecutor), ("prosecutor’s office", .prosecutor), ("prosecutors", .prosecutor),
        ("border guards", .border), ("border police", .border), ("gendarmes", .militaryPolice), ("gendarmerie", .militaryPolice),
        ("carabinieri", .militaryPolice), ("cops", .police), ("crime branch", .police),
    ]

    /// The lower-case heads as matched: each, and a sheriff's head also with the capital a release gives the
    /// sheriff ("Scott County Sheriff’s deputies", "Sheriff's office": session 12, batch14's tune half).
    static let lowercaseHeadForms: [(String, ForceKind)] = lowercaseHeads + lowercaseHeads.filter { $0.0.hasPrefix("sheriff") }
        .map { ("S" + $0.0.dropFirst(), $0.1) }

    /// Lower-case words between a place and "police" that keep it a force, and the kind they give.
    static let policeModifiers: [String: ForceKind] = [
        "airport": .police, "riot": .police, "traffic": .police, "transport": .police, "railway": .police, "port": .police,
        "tourist": .police, "district": .police, "secret": .police, "federal": .police, "municipal": .police, "city": .police, "provincial": .police,
        "border": .border, "military": .militaryPolice, "paramilitary": .police, "anti-riot": .police, "special": .police,
        "fraud": .police, "drug": .police, "narcotics": .police, "anti-drug": .police, "anti-narcotics": .police,
        "anti-terrorism": .police, "counter-terrorism": .police, "counterterrorism": .police,
        // (session 12, batch15's tune half: "Thai cyber police")
        "cyber": .police,
        // (session 21, batch94's tune half: "Finnish security police"; with them the other kinds of police a country
        // names by a modifier: "French judicial police", "Saudi religious police", "Italian financial police")
        "security": .police, "judicial": .police, "religious": .police, "financial": .police, "tax": .police,
        "immigration": .border,
    ]

    /// The kind a capitalised head gives ("Highway Patrol" → highway_patrol); police when none is listed.
    static func headKind(_ head: String) -> ForceKind {
        let lower = head.lowercased()
        if lower.contains("sheriff") || lower == "deputies" { return .sheriff }
        if lower.contains("highway patrol") || lower.contains("state patrol") { return .highwayPatrol }
        if lower.contains("border") || lower.contains("customs") { return .border }
        if lower.contains("state police") || lower.contains("trooper") || lower.contains("bureau of investigation")
            || lower.contains("bureau of criminal") { return .statePolice }
        if lower.contains("attorney") || lower.contains("prosecut") || lower.contains("procurator") { return .prosecutor }
        if lower.contains("military police") || lower.contains("gendarm") || lower.contains("carabinieri") { return .militaryPolice }
        if lower.hasPrefix("federal") || lower.contains("investigative committee") { return .federal }
        if lower.contains("corrections") || lower.contains("correction") || lower.contains("accountability")
            || lower.hasSuffix("commission") || lower.contains("professional standards") { return .other }
        return .police
    }

    init(models: TagModels) {
        places = models.places
        usAgencies = models.usAgencies
        var byName: [String: TagModels.ForceEntry] = [:]
        for entry in models.forces {
            byName[USAgencyTable.nameKey(entry.name)] = byName[USAgencyTable.nameKey(entry.name)] ?? entry
            for alias in entry.aliases where !alias.allSatisfy({ $0.isUppercase || $0 == "." }) {
                byName[USAgencyTable.nameKey(alias)] = byName[USAgencyTable.nameKey(alias)] ?? entry
            }
        }
        entriesByName = byName
        demonyms = models.demonyms
    }

    /// Whether `name` is a place of `country` (ISO alpha-2) or its adjective ("Guatemala", "Jalisco", "Guatemalan").
    func isPlace(_ name: String, of country: String) -> Bool {
        demonyms[name] == country || places.places(named: name).contains { $0.country == country }
    }

    /// The longest known place that ends just before token `end` and starts at or after `lowest`: capitalised
    /// words, hyphens and "St." within it ("Miami-Dade", "Los Angeles County", "St. Louis"); "U.S." counts.
    func place(endingBefore end: Int, in tokens: [Token], lowest: Int, text: SegmentedText) -> Range<Int>? {
        var best: Range<Int>?
        var start = end
        let maximumTokens = min(8, max(1, places.maximumWords) * 2 + 1)
        while start > lowest, end - start < maximumTokens {
            let token = tokens[start - 1]
            // ("Prince George's County": a possessive inside a place's name joins too.)
            let joins = (token.kind != .word && (token.text == "-" || token.text == ".") || token.isPossessive) && !token.spaceBefore
            // ("Trinidad and Tobago": "and" inside a known place's name; only a whole known name is ever kept.)
            let inside = token.text == "and" && start < end
            guard token.isCapitalizedWord || token.isAcronym || joins || inside || ["U.S", "US"].contains(token.text) else { break }
            start -= 1
            if joins || inside { continue }
            let name = text.text(of: start..<end)
            if Self.unitedStates.contains(name) || places.contains(name) || places.contains(Self.expandingCounty(name))
                || isAgencyOnlyPlace(name) { best = start..<end }
        }
        return best
    }

    /// A place only the FBI table knows, written with several words or a hyphen ("Athens-Clarke County", a
    /// consolidated city-county `places.tsv` lacks). One word alone is not taken: the table's "Galloway" (a New Jersey
    /// township) or "Roxbury" would make a force of "George Galloway police protection" or Boston's Roxbury (the
    /// second read of session 26).
    func isAgencyOnlyPlace(_ name: String) -> Bool {
        (name.contains(" ") || name.contains("-")) && usAgencies.isPlace(name)
    }

    /// The names a US state's troopers serve under, in the order tried ("Pennsylvania State Police", "Florida
    /// Highway Patrol", "Washington State Patrol").
    static let stateAgencyHeads = ["State Police", "Highway Patrol", "State Patrol", "State Highway Patrol"]

    static let unitedStates: Set<String> = ["U.S.", "U.S", "US", "United States", "USA"]

    /// What a force of `head` at `place` (as written) is: canonical, full name, kind, country.
    struct Resolution {
        var canonical: String
        var name: String
        var kind: ForceKind
        var country: String?
    }

    /// `placeText` + head, as a force. `written` is the mention as written (for names and slugs);
    /// `states` the US states the document names (picks among same-named US places).
    /// "Harris Co." → "Harris County", and "Harris Co. Sheriff's Office" → "Harris County Sheriff's Office": US local
    /// news abbreviates a county so (session 22, batch80's tune half: "Chesterfield Co. deputies" went unread).
    static func expandingCounty(_ text: String) -> String {
        guard text.contains(" Co.") else { return text }
        if text.hasSuffix(" Co.") { return text.dropLast(3) + "County" }
        return text.replacingOccurrences(of: " Co. ", with: " County ")
    }

    func resolve(placeText: String, head: String, written: String, states: () -> Set<String>,
                 countries: () -> Set<String>) -> Resolution {
        let (placeText, written) = (Self.expandingCounty(placeText), Self.expandingCounty(written))
        let kind = Self.headKind(head)
        let headWords = head.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let titled = placeText + " " + headWords
        // (A row written country by country only where the document names its country: "St. Ann police" in Missouri is
        // not Jamaica's parish police; session 18's second read of the regional rows.)
        if let entry = entriesByName[USAgencyTable.nameKey(written)] ?? entriesByName[USAgencyTable.nameKey(titled)],
           !entry.namesNeedCountry || countries().contains(entry.country),
           let entryKind = entry.forceKind {
            return Resolution(canonical: entry.id, name: entry.name, kind: entryKind, country: entry.isoCountry)
        }
        // "Pennsylvania state troopers", "Florida troopers": the troopers of the state's own state police or patrol.
        if kind == .statePolice || kind == .highwayPatrol,
           let entry = Self.stateAgencyHeads.lazy.compactMap({ self.entriesByName[USAgencyTable.nameKey(placeText + " " + $0)] }).first,
           let entryKind = entry.forceKind {
            return Resolution(canonical: entry.id, name: entry.name, kind: entryKind, country: entry.isoCountry)
        }
        if Self.unitedStates.contains(placeText) {
            return Resolution(canonical: Slug.make(written), name: titled, kind: kind == .police ? .federal : kind, country: "US")
        }
        // (A regional police service is not the city's department: "Durham Regional Police Service", Ontario, was
        // Durham, NC's ORI; session 14, batch32's tune half.)
        if kind == .police || kind == .sheriff, !written.contains("Regional"), let agency = usAgency(at: placeText, kind: kind, states: states) {
            return Resolution(canonical: agency.ori, name: agency.name, kind: agency.kind, country: "US")
        }
        let country = placeMeant(placeText, states: states, countries: countries)?.country
        // A capitalised head is the name as written ("Luton Police"); a lower-case one is named in title case.
        let capitalised = head.first?.isUppercase == true
        return Resolution(canonical: Slug.make(capitalised ? written : titled), name: capitalised ? written : titled, kind: kind, country: country)
    }

    /// The place a name means in this document: a US place in a state the document names ("Hanover police" beside
    /// "Hanover, New Hampshire"), else one of a country it names ("Midlands police" on a page naming Birmingham, not
    /// Zimbabwe's province), else the most prominent. (Session 18's second read of the regional rows: "Hidalgo
    /// police" in Texas, "Durango police" in Colorado were Mexican.)
    func placeMeant(_ name: String, states: () -> Set<String>, countries: () -> Set<String>) -> Place? {
        let all = places.places(named: name)
        guard all.count > 1 else { return all.first }
        let prominent = places.mostProminent(named: name)
        // (Not a US state itself, which names its own state: "Georgia police" in Tbilisi; nor where the name means a
        // country or a big city abroad: "Paris prosecutors" on a page naming Dallas. The session's code review.)
        let meansAbroad = prominent.map { $0.country != "US" && ($0.kind == .country || ($0.kind == .city && $0.population >= PlaceTable.prominentCityPopulation)) } ?? false
        if !meansAbroad, all.contains(where: { $0.country == "US" && $0.kind != .state }) {
            let named = states()
            if let local = all.first(where: { $0.country == "US" && $0.kind != .state && named.contains($0.admin1) }) { return local }
        }
        let named = countries()
        if let prominent, named.contains(prominent.country) { return prominent }
        return all.first(where: { named.contains($0.country) }) ?? prominent
    }

    /// The US agency of `kind` at a place written `placeText`, when the place is more likely American than not:
    /// one in a state the document names; else the largest, unless the most prominent place of that name is
    /// abroad ("Moscow police" is Russia's unless Idaho is named).
    func usAgency(at placeText: String, kind: ForceKind, states: () -> Set<String>) -> USAgency? {
        let candidates = usAgencies.agencies(at: placeText, kind: kind)
        guard let largest = candidates.first else { return nil }
        let named = states()
        if let local = candidates.first(where: { named.contains($0.state) }) { return local }
        if let top = places.mostProminent(named: placeText), top.country != "US" { return nil }
        // Same-named US places in several states and none of them named: a city twice the size of the next is
        // the one meant ("Phoenix police"); a county name shared by states ("Christian County") stays unresolved.
        let sameNamed = places.places(named: placeText).filter { $0.country == "US" && ($0.kind == .city || $0.kind == .county) }
        guard Set(sameNamed.map(\.admin1)).count > 1 else { return largest }
        // Counties carry no population in places.tsv: the agencies' own decide when one serves ten times the next
        // ("Harris County" deputies are Texas's, 1.8 million served against Georgia's 30,000; "Orange County",
        // Florida's 840,000 against California's 110,000, stays unresolved).
        if candidates.count > 1, candidates[0].population >= Self.dominantAgencyRatio * candidates[1].population { return largest }
        let sizes = sameNamed.map(\.population).sorted(by: >)
        guard sizes.count > 1, sizes[0] > 0, sizes[0] >= Self.dominantPlaceRatio * sizes[1],
              sameNamed.first(where: { $0.population == sizes[0] })?.admin1 == largest.state else { return nil }
        return largest
    }

    /// "Sacramento sheriff's deputies", "Broward sheriff's office": a place written without "County" before a
    /// sheriff's head names the sheriff of the same-named county (AP style), when the agency table has one in the
    /// state of the place meant ("Houston deputies" is no Houston County's: the city is in Texas, where the table
    /// has no Houston County sheriff). The county's name, or nil.
    func countySheriffPlace(at placeText: String, states: () -> Set<String>) -> String? {
        let county = placeText + " County"
        if let agency = usAgency(at: county, kind: .sheriff, states: states),
           let meant = places.mostProminent(named: placeText), meant.country == "US", meant.admin1 == agency.state { return county }
        // A Louisiana parish's sheriff: "Caddo deputies", "Bossier deputies" (session 14, batch25's tune half). The
        // table's parish of that name is meant when its state's sheriff serves it ("Caddo" is also Oklahoma's county).
        let parish = placeText + " Parish"
        guard let agency = usAgency(at: parish, kind: .sheriff, states: states),
              places.places(named: placeText).contains(where: { $0.country == "US" && $0.admin1 == agency.state && $0.kind == .county })
        else { return nil }
        return parish
    }

    /// The countries a text names: a country's name or adjective, one of its first-level divisions (every country
    /// with a division of the name), or a city of 100,000 people or more that is what its name means.
    func countriesNamed(in tokens: [Token], text: SegmentedText) -> Set<String> {
        var countries = Set<String>()
        var cityCountries: [(name: String, country: String)] = []
        var elsewhere = Set<String>()
        for index in tokens.indices where tokens[index].isCapitalizedWord {
            for length in [2, 1] where index + length <= tokens.count {
                let name = text.text(of: index..<(index + length))
                if let country = demonyms[name] { countries.insert(country); break }
                guard let place = places.mostProminent(named: name) else { continue }
                // A first-level division of one country names it whatever city bears its name ("Ontario" is also a
                // Californian city of 175,000 people: the OPP's page named Canada only so; session 15, batch34's
                // tune half). Not a name that divisions of several countries share ("Central", "Delta" is Nigeria's
                // state and an airline's name only once) nor a compass word.
                let divisionCountries = Set(places.places(named: name).filter { $0.kind == .state || $0.kind == .nation }.map(\.country))
                let divisions = divisionCountries.count == 1 && !ForceRecognizer.compassWords.contains(name) ? divisionCountries : []
                countries.formUnion(divisions)
                if place.kind == .city, place.population >= PlaceTable.prominentCityPopulation {
                    // ("Parma, Ohio", "Verona, New Jersey": a city the text places in another country or state, at any
                    // of its mentions, names that one, not its namesake's; session 18's second read of the district rows.)
                    if isPlacedElsewhere(place, after: index + length, in: tokens, text: text) { elsewhere.insert(name) }
                    cityCountries.append((name, place.country))
                    break
                }
                if place.kind != .city {
                    countries.insert(place.country)
                    break
                }
                if !divisions.isEmpty { break }
            }
        }
        for city in cityCountries where !elsewhere.contains(city.name) { countries.insert(city.country) }
        return countries
    }

    /// Whether ", <state or country>" after a city puts it in another country than `place`'s ("Parma, Ohio").
    func isPlacedElsewhere(_ place: Place, after end: Int, in tokens: [Token], text: SegmentedText) -> Bool {
        guard end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].isCapitalizedWord else { return false }
        for length in [2, 1] where end + 1 + length <= tokens.count {
            let name = text.text(of: (end + 1)..<(end + 1 + length))
            // A country or a US state ("Parma, Ohio", "Parma, Italy"); not another country's first-level division, which
            // lists of cities name ("London, Berlin and Madrid": Berlin is a German state too).
            let named = places.places(named: name).filter { $0.kind == .country || $0.kind == .nation || ($0.kind == .state && $0.country == "US") }
            if !named.isEmpty { return !named.contains(where: { $0.country == place.country }) }
        }
        return false
    }

    /// How much larger than any other same-named US place a city must be to be meant when no state is named.
    static let dominantPlaceRatio = 2
    /// How many times the people served by the next same-named agency the largest must serve to be meant when no
    /// state is named (a ratio for agencies, whose populations are served populations, not places').
    static let dominantAgencyRatio = 10
    /// A same-named town of this size in another state makes a city's name no evidence of its state.
    static let rivalTownPopulation = 20_000

    /// The two-letter codes of the US states a text names (by full name, or by a US city of 100,000 people or
    /// more that is what its name means: "Houston"), for choosing among same-named places.
    func statesNamed(in tokens: [Token], text: SegmentedText) -> Set<String> {
        var states = Set<String>()
        var index = 0
        while index < tokens.count {
            if tokens[index].isCapitalizedWord {
                for length in stride(from: 2, through: 1, by: -1) where index + length <= tokens.count {
                    let name = text.text(of: index..<(index + length))
                    let named = places.places(named: name)
                    if let state = named.first(where: { $0.kind == .state && $0.country == "US" }) {
                        states.insert(state.admin1)
                        break
                    }
                    // A city names its state only when no same-named US town of another state is of any size
                    // ("Houston"; not "Springfield", which is in Illinois, Missouri and Massachusetts).
                    if let city = places.mostProminent(named: name), city.kind == .city, city.country == "US",
                       city.population >= PlaceTable.prominentCityPopulation,
                       !named.contains(where: { $0.kind == .city && $0.country == "US" && $0.admin1 != city.admin1
                                                && $0.population >= Self.rivalTownPopulation }) {
                        states.insert(city.admin1)
                        break
                    }
                }
            }
            index += 1
        }
        return states
    }
}
