import BlotterCore

extension MentionResolver {
    /// Words joining the two ends of a range of dates ("between 30 March and 25 August 2020", "from 3 to 9 May 2021").
    static let dateRangeJoiners: Set<String> = ["and", "to", "until", "till", "through", "-", "–", "—"]

    /// A yearless date that opens a range whose other end has a year takes that year, or the year before when its
    /// month comes later in the calendar ("between 30 March and 25 August 2020": 2020-03-30, not the published year;
    /// "from 28 December to 3 January 2021": 2020-12-28). Session 24, batch106's tune half. Runs before the
    /// published year fills the rest.
    static func datingRangeStartsByTheirEnd(_ entities: [Candidate], text: SegmentedText) -> [Candidate] {
        let tokens = text.tokens
        let dates = dateIndicesInTextOrder(entities)
        var result = entities
        for (position, index) in dates.enumerated() where position + 1 < dates.count {
            guard case .date(let opening) = entities[index].figure?.value, opening.hasPrefix("XXXX-"),
                  let month = isoMonth(opening),
                  let last = tokenEnding(at: entities[index].end, in: tokens) else { continue }
            let next = entities[dates[position + 1]]
            guard case .date(let closing) = next.figure?.value, let year = Int(closing.prefix(4)),
                  let closingMonth = isoMonth(closing),
                  let first = tokenStarting(at: next.start, in: tokens), first == last + 2,
                  tokens[first].sentence == tokens[last].sentence, dateRangeJoiners.contains(tokens[last + 1].lower)
            else { continue }
            result[index].figure?.value = .date(String(month > closingMonth ? year - 1 : year) + opening.dropFirst(4))
        }
        return result
    }

    /// The month of an ISO date with or without its year or day ("XXXX-03-30", "2020-08"); nil for a weekday's form.
    static func isoMonth(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 ? Int(parts[1]) : nil
    }
}
