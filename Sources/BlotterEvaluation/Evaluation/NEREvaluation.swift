import BlotterPipeline
import Foundation
import BlotterCore

/// Person-span F1 on CoNLL-format files (one token and its tag a line, blank lines between sentences,
/// `-DOCSTART-` between documents; IOB1 or BIO tags, person labels `PER` or `person`). Each document is fed as
/// text (tokens joined by spaces, one sentence a line); a predicted person must match a gold span exactly
/// (compared as the span's text, counted per document).
public struct NEREvaluation {
    public struct Score: MatchCounts, Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var errors: [String] = []
    }

    struct Document {
        var text: String
        /// Gold person spans as UTF-8 byte ranges.
        var people: [Range<Int>]
    }

    let processor: DocumentProcessor

    public init(processor: DocumentProcessor) { self.processor = processor }

    static func documents(conll: String) -> [Document] {
        let labels = TrainingCorpus.conllLabels.merging(TrainingCorpus.wnutLabels) { first, _ in first }
        return TrainingCorpus.conll(conll, labels: labels).map { document in
            Document(text: document.text, people: document.spans.filter { $0.1 == "PER" }.map(\.0))
        }
    }

    public func evaluate(conll: String, keepErrors: Int = 0) -> Score {
        var score = Score()
        for (index, document) in Self.documents(conll: conll).enumerated() {
            let page = RawPage(sequence: index, inputID: "doc\(index)", source: SourceLocation(path: nil), content: .text(document.text))
            guard case .success(let record) = processor.process(page) else { continue }
            // Spans are compared as strings with their counts in the document: the text stage normalises the
            // input (white space, invisible characters), which can move offsets but not the names themselves.
            let utf8 = Array(document.text.utf8)
            var gold: [String: Int] = [:]
            for range in document.people { gold[String(decoding: utf8[range], as: UTF8.self), default: 0] += 1 }
            var predicted: [String: Int] = [:]
            for entity in record.entities where entity.type == .person { predicted[entity.text, default: 0] += 1 }
            for (name, count) in predicted {
                let matched = min(count, gold[name] ?? 0)
                score.truePositives += matched
                score.falsePositives += count - matched
                if count > matched, score.errors.count < keepErrors { score.errors.append("+ \(name)") }
            }
            for (name, count) in gold {
                let missed = count - min(count, predicted[name] ?? 0)
                score.falseNegatives += missed
                if missed > 0, score.errors.count < keepErrors { score.errors.append("- \(name)") }
            }
        }
        return score
    }
}
