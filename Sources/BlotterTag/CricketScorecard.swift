import BlotterCore

/// Cricket scorecards, as newswire prints them one batsman a line: "Grant Flower c Stewart b Gough 16",
/// "Alistair Campbell lbw b Croft 84", "Andy Flower not out 54". The batsman starts the line; the fielder
/// follows "c" or "st", the bowler follows "b" and comes before the runs. Each is a person.
enum CricketScorecard {
    /// Words after the batsman's name that make the line a scorecard line.
    static let dismissals: Set<String> = ["c", "b", "lbw", "st", "run", "not", "retired", "hit"]

    static func addPeople(_ entities: [Candidate], text: SegmentedText, covered: inout Coverage) -> [Candidate] {
        var result = entities
        for sentence in text.sentences {
            guard let spans = scorecardLine(text.tokens, sentence.tokens) else { continue }
            for span in spans {
                // The line's layout knows the whole name better than a person span inside it ("Flower" of
                // "Grant Flower"): such spans give way.
                let start = text.tokens[span.lowerBound].start, end = text.tokens[span.upperBound - 1].end
                let inside = result.filter { $0.type == .person && $0.start >= start && $0.end <= end && ($0.start, $0.end) != (start, end) }
                guard !inside.isEmpty else { result.appendPerson(span, text: text, recognizer: "person.scorecard", covered: &covered); continue }
                for person in inside { covered.unmark(person) }
                result.removeAll { $0.type == .person && $0.start >= start && $0.end <= end }
                result.appendPerson(span, text: text, recognizer: "person.scorecard", covered: &covered)
            }
        }
        return result
    }

    /// The names of a scorecard line (batsman, fielder, bowler), or nil when the line is not one: it must end
    /// with the runs, and hold "b NAME" or "not out" / "run out".
    static func scorecardLine(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>]? {
        guard range.count >= 4, let last = range.last, tokens[last].kind == .number else { return nil }
        func name(from start: Int) -> Range<Int>? {
            var end = start
            while end < last, end - start < 3, ListConsistency.isNameWord(tokens[end]) { end += 1 }
            return end > start ? start..<end : nil
        }
        guard let batsman = name(from: range.lowerBound), batsman.upperBound < last,
              dismissals.contains(tokens[batsman.upperBound].text) else { return nil }
        var spans = [batsman]
        var cursor = batsman.upperBound
        var bowled = false
        while cursor < last {
            let word = tokens[cursor].text
            if ["c", "st", "b"].contains(word), let fielder = name(from: cursor + 1) {
                spans.append(fielder)
                if word == "b" { bowled = true }
                cursor = fielder.upperBound
            } else if ["lbw", "not", "out", "run", "retired", "hurt", "hit", "wicket", "&", "(", ")"].contains(word) {
                if word == "out" { bowled = true }
                cursor += 1
            } else {
                return nil
            }
        }
        return bowled ? spans : nil
    }
}
