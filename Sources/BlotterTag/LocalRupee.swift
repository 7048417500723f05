import BlotterCore

/// "Rs 4.7 million" in a story from Kathmandu is Nepalese rupees: a bare rupee ("Rs", "Rs.", "rupees": no "INR" or
/// "Indian" written with it), which the figure rules read as Indian, takes the rupee of the country the document is
/// about, when that country has one and the document names it more often than India (places and forces, by their
/// `country`), as `LocalDollar` does for "$". Session 15: the tune halves of batches 11 and 16 had four Pakistani
/// and Nepalese sums read as INR.
enum LocalRupee {
    /// Countries with a rupee of their own besides India (ISO 3166-1 alpha-2 → ISO 4217).
    static let rupees: [String: String] = ["PK": "PKR", "NP": "NPR", "LK": "LKR", "MU": "MUR", "SC": "SCR"]
    /// Words written with a rupee that say it is India's.
    static let indianMarks: Set<String> = ["inr", "indian"]

    static func apply(_ entities: [Candidate], text: String) -> [Candidate] {
        guard entities.contains(where: { $0.type == .figure && $0.figure?.unit == "INR" }),
              let local = LocalDollar.storyCurrency(entities, among: rupees, over: "IN", amongAllCountries: false) else { return entities }
        return entities.map { entity in
            guard entity.type == .figure, entity.figure?.unit == "INR", isBareRupee(entity.text),
                  !LocalDollar.markedBefore(entity.start, in: text, marks: indianMarks) else { return entity }
            var localRupee = entity
            localRupee.figure?.unit = local
            return localRupee
        }
    }

    /// No Indian mark among the words of the figure's text ("Rs 50,000", "2 lakh rupees"; not "INR 500" nor "₹500",
    /// the Indian rupee's own sign).
    static func isBareRupee(_ text: String) -> Bool {
        !text.contains("₹") && !text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { indianMarks.contains(String($0)) }
    }
}
