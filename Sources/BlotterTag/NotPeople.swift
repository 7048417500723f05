import BlotterCore

/// Names written like people's that are not people: gangs and cartels, militant groups, parties, news outlets,
/// products and fictional characters ("Mara Salvatrucha", "Deutsche Welle", "Opel Astra", "Yogi Bear"). A person
/// candidate whose whole text is one of them is dropped, whichever recogniser proposed it. The list is data
/// (models/not-people.tsv), written by enumeration, not from pages (session 18).
enum NotPeople {
    static let fileName = "not-people.tsv"
    static let categories: Set<String> = ["gang", "terrorist", "party", "media", "product", "fictional"]

    /// Lower case, straight apostrophes, single spaces: "Hells  Angels" and "hells angels" are one key.
    static func key(_ name: String) -> String {
        PhraseMatcher<Int>.foldApostrophes(name.lowercased()).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The candidates without the people the list names.
    static func removing(_ names: Set<String>, from candidates: [Candidate]) -> [Candidate] {
        guard !names.isEmpty else { return candidates }
        return candidates.filter { $0.type != .person || !names.contains(key($0.text)) }
    }
}
