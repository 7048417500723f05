import BlotterCore

extension MentionResolver {
    /// "today (Wednesday, 11 August)", "yesterday (February 5)", "yesterday, October 11": a relative day nothing else
    /// dates (the page has no published date) takes the date written right after it, in brackets or after a comma or a
    /// space. Session 23: five such days on the tune halves of batches 73-101 were `XXXX-XX-XX` beside the date the
    /// annotators wrote.
    static func datingRelativeDaysByApposition(_ entities: [Candidate], text: SegmentedText) -> [Candidate] {
        let tokens = text.tokens
        let dates = dateIndicesInTextOrder(entities)
        var result = entities
        for (position, index) in dates.enumerated() where position + 1 < dates.count {
            guard case .date("XXXX-XX-XX") = entities[index].figure?.value,
                  let last = tokenEnding(at: entities[index].end, in: tokens) else { continue }
            let next = entities[dates[position + 1]]
            // (A day or a weekday, not a year alone: "today, 2023 is the year", the second read's case.)
            guard case .date(let written) = next.figure?.value, written != "XXXX-XX-XX",
                  written.split(separator: "-").count == 3,
                  let first = tokenStarting(at: next.start, in: tokens), tokens[first].sentence == tokens[last].sentence,
                  first == last + 1 || (first == last + 2 && ["(", ","].contains(tokens[last + 1].text)) else { continue }
            result[index].figure?.value = .date(written)
        }
        return result
    }

    /// The indices of `entities` that are dates, in the order the text writes them.
    static func dateIndicesInTextOrder(_ entities: [Candidate]) -> [Int] {
        entities.indices.filter { index in
            if case .date = entities[index].figure?.value { return true }
            return false
        }.sorted { entities[$0].start < entities[$1].start }
    }
}
