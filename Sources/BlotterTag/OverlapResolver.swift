import BlotterCore

/// Decides among overlapping candidates, deterministically: higher `Confidence` first (gazetteers and rules
/// over the statistical model), then longer spans, then leftmost, then by type order (force, operation,
/// person, figure); accepted spans block anything they overlap (spaCy's entity-ruler policy, with confidence
/// standing for "ruler before model").
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted { a, b in
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            if a.length != b.length { return a.length > b.length }
            if a.start != b.start { return a.start < b.start }
            return typeRank(a.type) < typeRank(b.type)
        }
        // Which UTF-8 offsets accepted spans cover: checking a candidate costs its length, not the number of
        // spans accepted (a 50 MB page has hundreds of thousands of candidates).
        let limit = candidates.reduce(0) { max($0, $1.end) }
        var covered = [Bool](repeating: false, count: limit + 1)
        var accepted: [Candidate] = []
        for candidate in ordered where candidate.start < candidate.end {
            guard !covered[candidate.start..<candidate.end].contains(true) else { continue }
            for offset in candidate.start..<candidate.end { covered[offset] = true }
            accepted.append(candidate)
        }
        return accepted.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }

    private static func typeRank(_ type: EntityType) -> Int {
        switch type {
        case .force: 0
        case .operation: 1
        case .person: 2
        case .figure: 3
        case .location: 4
        }
    }
}
