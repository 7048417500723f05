import BlotterCore

/// Names given as aliases are no person strings of their own: "Sachin alias Puju Tiwari", "known by the aliases
/// Bijendra Singh and Biji" (quality/police-news/README.md's rules: "Not: aliases of criminals"; session 20, batch76's
/// tune half had both). A person right after an alias cue is dropped, and so is each one listed after it with a
/// comma, "and" or "or".
enum AliasNames {
    static let cues: Set<String> = ["alias", "aliases", "aka", "a.k.a", "a.k.a."]
    /// The cue whose list runs on: "the aliases Bijendra Singh and Biji" (after a singular "alias" the next name is
    /// another person's: "Ramesh alias Rammu and Suresh were arrested").
    static let listCue = "aliases"

    static func removing(from candidates: [Candidate], text: SegmentedText) -> [Candidate] {
        let tokens = text.tokens
        guard tokens.contains(where: { cues.contains($0.lower) }) else { return candidates }
        var tokenAt: [Int: Int] = [:]
        var tokenEndingAt: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() {
            tokenAt[token.start] = index
            tokenEndingAt[token.end] = index
        }
        var dropped: Set<Int> = []  // candidates' offsets in `candidates`
        var listEnds: Set<Int> = []  // token index after each dropped name of an "aliases" list
        let people = candidates.indices.filter { candidates[$0].type == .person }.sorted { candidates[$0].start < candidates[$1].start }
        for offset in people {
            guard let first = tokenAt[candidates[offset].start], first > 0 else { continue }
            let cue = cues.contains(tokens[first - 1].lower)
            var joiner = first - 1
            while joiner > 0, [",", "and", "or"].contains(tokens[joiner].lower) { joiner -= 1 }
            let listed = joiner < first - 1 && listEnds.contains(joiner + 1)
            guard cue || listed else { continue }
            dropped.insert(offset)
            if tokens[first - 1].lower == listCue || listed, let last = tokenEndingAt[candidates[offset].end] { listEnds.insert(last + 1) }
        }
        return candidates.indices.filter { !dropped.contains($0) }.map { candidates[$0] }
    }
}
