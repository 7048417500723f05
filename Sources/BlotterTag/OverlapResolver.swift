import BlotterCore

/// Decides among overlapping candidates, deterministically: higher priority first (gazetteers and rules
/// over the statistical model), then longer spans, then leftmost, then by type order (force, operation,
/// person, figure); accepted spans block anything they overlap (spaCy's entity-ruler policy, with priority
/// standing for "ruler before model").
enum OverlapResolver {
    static func resolve(_ candidates: [Entity]) -> [Entity] {
        let ordered = candidates.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.length != b.length { return a.length > b.length }
            if a.start != b.start { return a.start < b.start }
            return typeRank(a.type) < typeRank(b.type)
        }
        var accepted: [Entity] = []
        for candidate in ordered where !accepted.contains(where: { $0.overlaps(candidate) }) {
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
        }
    }
}
