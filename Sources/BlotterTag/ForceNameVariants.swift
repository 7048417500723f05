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

    /// `phrases` with each name's variants added after it, unless some phrase already writes the variant or two
    /// different rows would both make it (an ambiguous variant is left out: it names neither for sure).
    static func adding<Payload: Equatable>(to phrases: [(String, Payload)]) -> [(String, Payload)] {
        let written = Set(phrases.map { $0.0.lowercased() })
        var order: [String] = []
        var made: [String: (variant: String, payloads: [Payload])] = [:]
        for (name, payload) in phrases {
            for variant in variants(name) where !written.contains(variant.lowercased()) {
                let key = variant.lowercased()
                if made[key] == nil { order.append(key); made[key] = (variant, []) }
                if made[key]?.payloads.contains(payload) == false { made[key]?.payloads.append(payload) }
            }
        }
        return phrases + order.compactMap { key in
            guard let entry = made[key], entry.payloads.count == 1 else { return nil }
            return (entry.variant, entry.payloads[0])
        }
    }
}
