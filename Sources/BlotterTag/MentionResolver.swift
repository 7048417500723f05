import BlotterCore

/// The resolve step, within one document:
/// - people: surname-only mentions of people already named in full become mentions ("Malthouse",
///   "Forsyth's"); every mention's `canonical` is the fullest form of the name; every mention takes the
///   fullest non-honorific role found for that person;
/// - forces: an acronym in brackets after a force ("… Unit (ERSOU)") and its later uses join that force;
/// - dates: "XXXX" years take the article's published year.
enum MentionResolver {
    static func resolve(_ entities: [Entity], text: SegmentedText, article: Article) -> [Entity] {
        var result = entities
        result = addAcronymForces(result, text: text)
        result = addSurnameMentions(result, text: text)
        result = canonicalizePeople(result)
        if let year = article.publishedYear { result = fillYears(result, year: year) }
        return result.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }

    // MARK: forces

    private static func addAcronymForces(_ entities: [Entity], text: SegmentedText) -> [Entity] {
        let tokens = text.tokens
        var acronyms: [String: Entity] = [:]
        for force in entities where force.type == .force {
            guard let last = tokens.firstIndex(where: { $0.end == force.end }), last + 3 < tokens.count,
                  tokens[last + 1].text == "(", tokens[last + 3].text == ")", tokens[last + 2].isAcronym else { continue }
            acronyms[tokens[last + 2].text] = force
        }
        guard !acronyms.isEmpty else { return entities }
        var result = entities
        for token in tokens where token.kind == .word {
            guard let force = acronyms[token.text], !result.contains(where: { $0.start < token.end && token.start < $0.end }) else { continue }
            result.append(Entity(type: .force, text: token.text, start: token.start, end: token.end, sentence: token.sentence,
                                 canonical: force.canonical, name: force.name, recognizer: "force.acronym", priority: 2))
        }
        return result
    }

    // MARK: people

    private static func addSurnameMentions(_ entities: [Entity], text: SegmentedText) -> [Entity] {
        var surnames: [String: String] = [:]
        // Only names the rules found (priority ≥ 1) lend their surnames: one wrong model span ("Max Planck
        // Institute") would otherwise tag every "Institute" in the document.
        for person in entities where person.type == .person && person.priority >= 1 {
            let parts = person.text.split(separator: " ")
            if parts.count >= 2, let last = parts.last { surnames[String(last)] = person.canonical ?? person.text }
        }
        guard !surnames.isEmpty else { return entities }
        var result = entities
        for token in text.tokens where token.isCapitalizedWord && surnames[token.text] != nil {
            guard !result.contains(where: { $0.start < token.end && token.start < $0.end }) else { continue }
            result.append(Entity(type: .person, text: token.text, start: token.start, end: token.end, sentence: token.sentence,
                                 canonical: surnames[token.text], recognizer: "person.surname", priority: 1))
        }
        return result
    }

    /// Groups mentions by surname: a mention joins the fullest name it is a suffix of (in words).
    private static func canonicalizePeople(_ entities: [Entity]) -> [Entity] {
        let people = entities.filter { $0.type == .person }
        var fullest: [String] = []
        for person in people.sorted(by: { $0.text.split(separator: " ").count > $1.text.split(separator: " ").count }) {
            if !fullest.contains(where: { isPart(person.text, of: $0) }) { fullest.append(person.text) }
        }
        func canonical(of name: String) -> String {
            fullest.first { isPart(name, of: $0) } ?? name
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
            guard var facts = entity.figure, case .date(let iso) = facts.value, iso.hasPrefix("XXXX") else { return entity }
            facts.value = .date(String(year) + iso.dropFirst(4))
            var resolved = entity
            resolved.figure = facts
            return resolved
        }
    }
}
