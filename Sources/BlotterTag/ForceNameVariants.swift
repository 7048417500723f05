/// Other ways news writes a table's agency name: an agency translated into English is "the General Directorate of
/// National Security" in one outlet and "… for National Security" in another (session 19, batch78's tune half:
/// Morocco's DGSN, which `agencies-by-country.tsv` writes with "for"). Each "of" after a capitalised word and before a
/// capitalised word or "the" may be "for", and each such "for" "of"; a variant another row already writes is left to
/// that row.
enum ForceNameVariants {
    static let swaps: [String: String] = ["of": "for", "for": "of"]

    /// The variants of one name (the name itself not among them).
    static func variants(_ name: String) -> [String] {
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 3 else { return [] }
        var out: [String] = []
        for index in 1..<(words.count - 1) {
            guard let swapped = swaps[words[index]], words[index - 1].first?.isUppercase == true,
                  words[index + 1].first?.isUppercase == true || words[index + 1] == "the" else { continue }
            var changed = words
            changed[index] = swapped
            out.append(changed.joined(separator: " "))
        }
        return out
    }

    /// `phrases` with each name's variants added after it, unless some phrase already writes the variant.
    static func adding<Payload>(to phrases: [(String, Payload)]) -> [(String, Payload)] {
        let written = Set(phrases.map { $0.0.lowercased() })
        var out = phrases
        var added = Set<String>()
        for (name, payload) in phrases {
            for variant in variants(name) where !written.contains(variant.lowercased()) && added.insert(variant.lowercased()).inserted {
                out.append((variant, payload))
            }
        }
        return out
    }
}
