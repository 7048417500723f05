import BlotterCore

/// The resolve step, within one document:
/// - people: surname-only mentions of people already named in full become mentions ("Malthouse",
///   "Forsyth's"); every mention's `canonical` is the fullest form of the name; every mention takes the
///   fullest non-honorific role found for that person;
/// - forces: an acronym in brackets after a force ("… Unit (ERSOU)") and its later uses join that force;
/// - dates: "XXXX" years take the article's published year.
enum MentionResolver {
    /// Given names and surnames from models/ (first-names.txt, surnames.txt).
    struct KnownNames: Sendable {
        var firstNames: Set<String> = []
        var surnames: Set<String> = []
    }

    static func resolve(_ entities: [Entity], text: SegmentedText, article: Article, names: KnownNames = KnownNames()) -> [Entity] {
        var result = entities
        // Offsets that entities cover, so adding a mention checks for overlap in constant time.
        var covered = Coverage(size: text.text.utf8.count)
        for entity in entities { covered.mark(entity) }
        result = addAcronymForces(result, text: text, covered: &covered)
        result = addSurnameMentions(result, text: text, names: names, covered: &covered)
        result = canonicalizePeople(result)
        if let year = article.publishedYear { result = fillYears(result, year: year) }
        return result.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }

    // MARK: forces

    /// The index of the token that ends at `offset` (tokens are in text order), or nil.
    static func tokenEnding(at offset: Int, in tokens: [Token]) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].end == offset ? low : nil
    }

    private static func addAcronymForces(_ entities: [Entity], text: SegmentedText, covered: inout Coverage) -> [Entity] {
        let tokens = text.tokens
        var acronyms: [String: Entity] = [:]
        for force in entities where force.type == .force {
            guard let last = tokenEnding(at: force.end, in: tokens), last + 3 < tokens.count,
                  tokens[last + 1].text == "(", tokens[last + 3].text == ")", tokens[last + 2].isAcronym else { continue }
            acronyms[tokens[last + 2].text] = force
        }
        guard !acronyms.isEmpty else { return entities }
        var result = entities
        for token in tokens where token.kind == .word {
            guard let force = acronyms[token.text], !covered.overlaps(token.start, token.end) else { continue }
            let mention = Entity(type: .force, text: token.text, start: token.start, end: token.end, sentence: token.sentence,
                                 canonical: force.canonical, name: force.name, recognizer: "force.acronym", priority: 2)
            covered.mark(mention)
            result.append(mention)
        }
        return result
    }

    // MARK: people

    private static func addSurnameMentions(_ entities: [Entity], text: SegmentedText, names: KnownNames, covered: inout Coverage) -> [Entity] {
        var surnames: [String: String] = [:]
        for person in entities where person.type == .person && lendsSurname(person, names) {
            let parts = person.text.split(separator: " ")
            if parts.count >= 2, let last = parts.last { surnames[String(last)] = person.canonical ?? person.text }
        }
        guard !surnames.isEmpty else { return entities }
        var result = entities
        for token in text.tokens {
            // "Klinsmann", and "KLINSMANN" in an all-capitals headline once "Juergen Klinsmann" is named.
            let key: String
            if token.isCapitalizedWord {
                key = token.text
            } else if token.isAcronym, token.text.count >= 4, token.text.allSatisfy(\.isLetter) {
                key = token.text.prefix(1) + token.text.dropFirst().lowercased()
            } else {
                continue
            }
            guard let canonical = surnames[key], !covered.overlaps(token.start, token.end) else { continue }
            let mention = Entity(type: .person, text: token.text, start: token.start, end: token.end, sentence: token.sentence,
                                 canonical: canonical, recognizer: "person.surname", priority: 1)
            covered.mark(mention)
            result.append(mention)
        }
        return result
    }

    /// Names the rules found (priority ≥ 1) lend their surnames. A span only the model found lends its last word
    /// when that is a known surname ("Shivnarine Chanderpaul" does not; "Renat Akchurin" does not) or the span
    /// starts with a known given name, and the word could not head a place or an organisation: one wrong model
    /// span ("Max Planck Institute", "Radio Disney") would otherwise tag every "Institute" or "Disney".
    private static func lendsSurname(_ person: Entity, _ names: KnownNames) -> Bool {
        if person.priority >= 1 { return true }
        let words = person.text.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return false }
        return (names.surnames.contains(last) || names.firstNames.contains(first))
            && !NameLexicon.organisationHeads.contains(last) && !NameLexicon.notNameWords.contains(last)
            && !NameLexicon.countries.contains(last) && !NameLexicon.generationalSuffixes.contains(last)
    }

    /// Groups mentions by surname: a mention joins the fullest name it is a suffix of (in words).
    private static func canonicalizePeople(_ entities: [Entity]) -> [Entity] {
        let people = entities.filter { $0.type == .person }
        // Distinct names, longest (in words) first; ties in first-mention order.
        var seen = Set<String>()
        let names = people.map(\.text).filter { seen.insert($0).inserted }
        var fullest: [String] = []
        for name in names.enumerated().sorted(by: { a, b in
            let (wordsA, wordsB) = (a.element.split(separator: " ").count, b.element.split(separator: " ").count)
            return wordsA != wordsB ? wordsA > wordsB : a.offset < b.offset
        }).map(\.element) where !fullest.contains(where: { isPart(name, of: $0) }) {
            fullest.append(name)
        }
        var canonicalCache: [String: String] = [:]
        func canonical(of name: String) -> String {
            if let known = canonicalCache[name] { return known }
            let found = fullest.first { isPart(name, of: $0) } ?? name
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

    /// "Malthouse" is part of "Kit Malthouse"; "Kit" alone is not linked (first names are too ambiguous).
    private static func isPart(_ name: String, of full: String) -> Bool {
        if name == full { return true }
        let nameWords = name.split(separator: " ")
        let fullWords = full.split(separator: " ")
        guard nameWords.count < fullWords.count else { return false }
        return Array(fullWords.suffix(nameWords.count)) == nameWords
    }

    // MARK: dates

    private static func fillYears(_ entities: [Entity], year: Int) -> [Entity] {
        entities.map { entity in
            // "XXXX-XX-XX" (a day of the story: "the next day") stays unknown: its year need not be the article's.
            guard var facts = entity.figure, case .date(let iso) = facts.value, iso.hasPrefix("XXXX"), iso != "XXXX-XX-XX" else { return entity }
            facts.value = .date(String(year) + iso.dropFirst(4))
            var resolved = entity
            resolved.figure = facts
            return resolved
        }
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

    mutating func mark(_ entity: Entity) {
        guard entity.start < entity.end, entity.end <= covered.count else { return }
        for offset in entity.start..<entity.end { covered[offset] = true }
    }
}
