/// The article-extraction-benchmark metric, exactly as `../shared/tools/score_extraction.py` computes it:
/// `\w+` tokens (Unicode letters, numbers, underscore), 4-token shingles as multisets per page, precision and
/// recall averaged over pages, F1 their harmonic mean.
public enum ShingleScore {
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// As the script: 1 when there is nothing to get wrong.
        public var precision: Double {
            if falsePositives == 0 && falseNegatives == 0 { return 1 }
            return truePositives + falsePositives > 0 ? Double(truePositives) / Double(truePositives + falsePositives) : 0
        }
        public var recall: Double {
            if falsePositives == 0 && falseNegatives == 0 { return 1 }
            return truePositives + falseNegatives > 0 ? Double(truePositives) / Double(truePositives + falseNegatives) : 0
        }
        public var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    public struct Result: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var pages: [(id: String, f1: Double)]
    }

    static func tokens(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        for scalar in text.unicodeScalars {
            let next = text.unicodeScalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begun = start {
                out.append(text[begun..<index])
                start = nil
            }
            index = next
        }
        if let begun = start { out.append(text[begun...]) }
        return out
    }

    /// Python's `\w`: categories L* and N*, and the underscore.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func shingles(_ text: String, size: Int = 4) -> [[Substring]: Int] {
        let words = tokens(text)
        var counts: [[Substring]: Int] = [:]
        guard !words.isEmpty else { return counts }
        for start in 0..<max(1, words.count - size + 1) {
            counts[Array(words[start..<min(words.count, start + size)]), default: 0] += 1
        }
        return counts
    }

    public static func counts(truth: String, prediction: String) -> Counts {
        let expected = shingles(truth)
        let predicted = shingles(prediction)
        var counts = Counts()
        for (shingle, count) in expected {
            let found = predicted[shingle] ?? 0
            counts.truePositives += min(count, found)
            counts.falseNegatives += max(0, count - found)
        }
        for (shingle, count) in predicted {
            counts.falsePositives += max(0, count - (expected[shingle] ?? 0))
        }
        return counts
    }

    /// Pages as (id, truth, prediction).
    public static func score(_ pages: [(id: String, truth: String, prediction: String)]) -> Result {
        let all = pages.map { (id: $0.id, counts: counts(truth: $0.truth, prediction: $0.prediction)) }
        let precisions = all.filter { $0.counts.truePositives + $0.counts.falsePositives > 0 }.map(\.counts.precision)
        let recalls = all.filter { $0.counts.truePositives + $0.counts.falseNegatives > 0 }.map(\.counts.recall)
        let p = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let r = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        return Result(precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0,
                      pages: all.map { (id: $0.id, f1: $0.counts.f1) })
    }
}

/// trafilatura's partial truth: snippets that must (`with`) and must not (`without`) appear, white space folded.
public enum SnippetScore {
    public struct Result: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public static func score(_ pages: [(with: [String], without: [String], prediction: String)]) -> Result {
        var tp = 0, fp = 0, fn = 0
        for page in pages {
            let output = fold(page.prediction)
            let found = page.with.filter { output.contains(fold($0)) }.count
            let leaked = page.without.filter { output.contains(fold($0)) }.count
            tp += found
            fp += leaked
            fn += page.with.count - found
        }
        let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        let f = 2 * tp + fp + fn > 0 ? Double(2 * tp) / Double(2 * tp + fp + fn) : 0
        return Result(precision: p, recall: r, f1: f)
    }

    /// Python's `re.sub(r"\s+", " ", text).strip()`.
    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
