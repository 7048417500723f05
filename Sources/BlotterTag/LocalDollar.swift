import BlotterCore

/// "$30,000" in a story from Melbourne is Australian dollars: a bare dollar ("$", "dollars", "cents": no "US",
/// "U.S.", "USD" or "American" written with it) takes the currency of the country the document is about, when that
/// country has a dollar of its own and the document names it more often than the United States (places and
/// forces, by their `country`). Everywhere else a bare dollar stays USD, as the figure rules read it.
/// Chosen on batch5's and batch6's tune halves (session 10), where every Australian, New Zealand, Bermudan and
/// Jamaican story wrote its money with a bare "$".
enum LocalDollar {
    /// Countries with a dollar of their own (ISO 3166-1 alpha-2 → ISO 4217).
    static let dollars: [String: String] = [
        "AU": "AUD", "NZ": "NZD", "CA": "CAD", "HK": "HKD", "SG": "SGD", "JM": "JMD", "TT": "TTD", "BM": "BMD",
        "BS": "BSD", "BB": "BBD", "BZ": "BZD", "GY": "GYD", "KY": "KYD", "FJ": "FJD", "LR": "LRD", "NA": "NAD",
        "TW": "TWD", "BN": "BND", "SB": "SBD",
        // The East Caribbean dollar's countries and territories.
        "AG": "XCD", "DM": "XCD", "GD": "XCD", "KN": "XCD", "LC": "XCD", "VC": "XCD", "AI": "XCD", "MS": "XCD",
    ]
    /// Words written with a dollar that say it is the US dollar.
    static let americanMarks: Set<String> = ["us", "u.s", "usd", "american"]

    static func apply(_ entities: [Candidate], text: String) -> [Candidate] {
        guard entities.contains(where: { $0.type == .figure && $0.figure?.unit == "USD" }),
              let local = storyCurrency(entities, among: dollars, over: "US", amongAllCountries: true) else { return entities }
        return entities.map { entity in
            guard entity.type == .figure, entity.figure?.unit == "USD", isBareDollar(entity.text),
                  !markedBefore(entity.start, in: text, marks: americanMarks) else { return entity }
            var localDollar = entity
            localDollar.figure?.unit = local
            return localDollar
        }
    }

    /// The local currency of the country the document names most often (places and forces, by their `country`),
    /// when `currencies` has one for it and it is named more often than `home`. With `amongAllCountries` the country
    /// must be the most named of all (a dollar); otherwise the most named of `currencies`' countries (a rupee).
    static func storyCurrency(_ entities: [Candidate], among currencies: [String: String], over home: String?,
                              amongAllCountries: Bool) -> String? {
        var mentions: [String: Int] = [:]
        for entity in entities where entity.type == .location || entity.type == .force {
            if let country = entity.country { mentions[country, default: 0] += 1 }
        }
        let candidates = amongAllCountries ? mentions : mentions.filter { currencies[$0.key] != nil }
        guard let (country, count) = candidates.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              let local = currencies[country], count > home.map({ mentions[$0, default: 0] }) ?? 0 else { return nil }
        return local
    }

    /// A mark of the symbol's home country written just before the figure ("US $30,000", where the figure's span
    /// starts at "$"; "Indian Rs 5 lakh").
    static func markedBefore(_ start: Int, in text: String, marks: Set<String>) -> Bool {
        let utf8 = text.utf8
        guard start <= utf8.count else { return false }
        let before = String(decoding: utf8.prefix(start).suffix(Self.markWindow), as: UTF8.self).lowercased()
        let words = before.split(whereSeparator: { !$0.isLetter && $0 != "." }).map { $0.trimmingCharacters(in: ["."]) }
        guard let last = words.last, before.last?.isLetter == true || before.last == "." || before.last == " " else { return false }
        return marks.contains(last)
    }
    /// How many bytes before a figure are read for a US mark.
    static let markWindow = 12

    /// No US mark among the words of the figure's text ("$30,000", "4,000 dollars"; not "US$150", "$5 USD").
    static func isBareDollar(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "." }).map { $0.trimmingCharacters(in: ["."]) }
        return !words.contains(where: { americanMarks.contains($0) })
    }
}
