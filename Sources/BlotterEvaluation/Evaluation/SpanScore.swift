import Foundation

/// Exact-span precision, recall and F1 per name type (PER, ORG, LOC, MISC) and over all four, from BIO label codes
/// (0 outside; begin = 1, 3, 5, 7 for PER, ORG, LOC, MISC; inside = begin + 1), as conlleval counts them: a span
/// is a type's begin label and the inside labels of that type after it.
public struct SpanScore: Sendable {
    public struct Counts: MatchCounts, Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
    }

    public static let types = ["PER", "ORG", "LOC", "MISC"]
    public var byType: [String: Counts] = [:]

    public var overall: Counts {
        var total = Counts()
        for counts in byType.values {
            total.truePositives += counts.truePositives
            total.falsePositives += counts.falsePositives
            total.falseNegatives += counts.falseNegatives
        }
        return total
    }

    /// (first token, end token, type index 0-3) of each span.
    static func spans(_ labels: [UInt8]) -> Set<[Int]> {
        var out = Set<[Int]>()
        var open: (start: Int, type: Int)?
        for (index, label) in labels.enumerated() {
            let type = label == 0 ? -1 : Int(label - 1) / 2
            let inside = label != 0 && label % 2 == 0
            if let span = open, !(inside && type == span.type) {
                out.insert([span.start, index, span.type])
                open = nil
            }
            if label != 0, open == nil { open = (index, type) }
        }
        if let span = open { out.insert([span.start, labels.count, span.type]) }
        return out
    }

    public static func score(gold: [[UInt8]], predicted: [[UInt8]]) -> SpanScore {
        var score = SpanScore()
        for type in types { score.byType[type] = Counts() }
        for (truth, guess) in zip(gold, predicted) {
            let truthSpans = spans(truth), guessSpans = spans(guess)
            for span in truthSpans.union(guessSpans) {
                let name = types[span[2]]
                let inTruth = truthSpans.contains(span), inGuess = guessSpans.contains(span)
                if inTruth && inGuess { score.byType[name]?.truePositives += 1 }
                else if inTruth { score.byType[name]?.falseNegatives += 1 }
                else { score.byType[name]?.falsePositives += 1 }
            }
        }
        return score
    }

    /// "PER F1 0.9123 (P … R …), LOC …, all …".
    public var summary: String {
        func line(_ name: String, _ counts: Counts) -> String {
            String(format: "%@ F1 %.4f (P %.4f R %.4f, %d gold)", name, counts.f1, counts.precision, counts.recall, counts.gold)
        }
        return (Self.types.compactMap { type in byType[type].map { line(type, $0) } } + [line("all", overall)]).joined(separator: "; ")
    }
}
