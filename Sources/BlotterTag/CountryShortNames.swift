/// The names news gives a country's body once the story has named the country: "the National Civil Police" for the
/// table's "National Civil Police of Guatemala", "the Public Ministry" for "Public Ministry of Guatemala", "the
/// Federal Police" for "Federal Police of Brazil", "the Border Police" for "Bulgarian Border Police". Each is the
/// table's name or alias with the country (its name, one of its places, or its adjective) taken off the front or an
/// "of"/"in" phrase naming it taken off the end (session 20, batch86's tune half: eight such misses on Latin American
/// and Eastern European pages). Derived from the tables, not written per page; a short name matches only where the
/// document names the body's country (`ForceRecognizer.countryShortForce`).
enum CountryShortNames {
    /// The short names of one table name of a body of `country` (ISO alpha-2); the name itself not among them.
    static func shortForms(_ name: String, country: String, isPlaceOf: (String, String) -> Bool) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return [] }
        var forms: [[String]] = []
        // "… of Guatemala", "… of the Republic of Korea" (the country as the places table names it), "… in Brazil".
        for index in stride(from: words.count - 2, through: 2, by: -1) where ["of", "in"].contains(words[index]) {
            var rest = Array(words[(index + 1)...])
            if rest.first == "the" { rest.removeFirst() }
            if !rest.isEmpty, isPlaceOf(rest.joined(separator: " "), country) { forms.append(Array(words[..<index])) }
        }
        // "Guatemalan National Civil Police", "Bulgarian Border Police", "Jalisco State Police" (a place of the
        // country or its adjective first).
        for base in [words] + forms {
            for length in 1...3 where length <= base.count - 2 {
                if isPlaceOf(base[..<length].joined(separator: " "), country) { forms.append(Array(base[length...])) }
            }
        }
        return forms.filter(isName).map { $0.joined(separator: " ") }.distinctInOrder()
    }

    /// A short form worth matching: two words or more, opening with a capital (not "of the …").
    private static func isName(_ words: [String]) -> Bool {
        guard words.count >= 2, let first = words.first?.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !["The", "Of", "And", "For", "In"].contains(words[0])
    }

    /// Every short form of `entries` (country-bound rows outside the US) with the rows that give it, in table order;
    /// a short form that `isTaken` (another table's name, a generic head the grammar reads, a unit's generic name) is
    /// left to that reading.
    static func table(_ entries: [TagModels.ForceEntry], isPlaceOf: (String, String) -> Bool,
                      isTaken: (String) -> Bool) -> [(String, [TagModels.ForceEntry])] {
        var order: [String] = []
        var byForm: [String: (written: String, entries: [TagModels.ForceEntry])] = [:]
        for entry in entries {
            guard let country = entry.isoCountry, country != "US", entry.acronymsNeedCountry || entry.namesNeedCountry else { continue }
            for name in [entry.name] + entry.aliases {
                for form in shortForms(name, country: country, isPlaceOf: isPlaceOf) where !isTaken(form) {
                    let key = form.lowercased()
                    if byForm[key] == nil { order.append(key); byForm[key] = (form, []) }
                    if byForm[key]?.entries.contains(where: { $0.id == entry.id }) == false { byForm[key]?.entries.append(entry) }
                }
            }
        }
        return order.compactMap { key in byForm[key].map { ($0.written, $0.entries) } }
    }
}
