import BlotterPipeline
import Foundation
import BlotterCore

/// Name-span F1 on CoNLL-format files (one token and its tag a line, blank lines between sentences,
/// `-DOCSTART-` between documents; IOB1 or BIO tags, labels `PER`/`LOC`/… or WNUT's `person`/`location`/…). Each
/// document is fed as text (tokens joined by spaces, one sentence a line) through the whole pipeline; a predicted
/// person or location must match a gold span exactly (compared as the span's text, counted per document). The
/// bare sequence model is scored too, per CoNLL type, on the same sentences as the pipeline tokenises them.
public struct NEREvaluation {
    public struct Score: MatchCounts, Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var errors: [String] = []
    }

    public struct Report: Sendable {
        /// Whole pipeline: person entities against PER spans, location entities against LOC spans.
        public var person = Score()
        public var location = Score()
        /// The bare model, per type (nil without a model).
        public var model: SpanScore?
    }

    struct Document {
        var text: String
        /// Gold spans as UTF-8 byte ranges.
        var people: [Range<Int>]
        var locations: [Range<Int>]
        var spans: [(Range<Int>, String)]
    }

    let processor: DocumentProcessor

    public init(processor: DocumentProcessor) { self.processor = processor }

    static func documents(conll: String) -> [Document] {
        let labels = TrainingCorpus.conllLabels.merging(TrainingCorpus.wnutLabels) { first, _ in first }
        return TrainingCorpus.conll(conll, labels: labels).map { document in
            Document(text: document.text, people: document.spans.filter { $0.1 == "PER" }.map(\.0),
                     locations: document.spans.filter { $0.1 == "LOC" }.map(\.0), spans: document.spans)
        }
    }

    /// Person spans only (the score `evaluate(conll:keepErrors:)` gave before locations were tagged).
    public func evaluate(conll: String, keepErrors: Int = 0) -> Score {
        report(conll: conll, keepErrors: keepErrors).person
    }

    public func report(conll: String, keepErrors: Int = 0) -> Report {
        var report = Report()
        var goldLabels: [[UInt8]] = []
        var modelLabels: [[UInt8]] = []
        var hasModel = processor.tagger != nil
        for (index, document) in Self.documents(conll: conll).enumerated() {
            let page = RawPage(sequence: index, inputID: "doc\(index)", source: SourceLocation(path: nil), content: .text(document.text))
            guard case .success(let record) = processor.process(page) else { continue }
            // Spans are compared as strings with their counts in the document: the text stage normalises the
            // input (white space, invisible characters), which can move offsets but not the names themselves.
            let utf8 = Array(document.text.utf8)
            for (type, goldRanges, entityType) in [("PER", document.people, EntityType.person), ("LOC", document.locations, .location)] {
                var gold: [String: Int] = [:]
                for range in goldRanges { gold[String(decoding: utf8[range], as: UTF8.self), default: 0] += 1 }
                var predicted: [String: Int] = [:]
                for entity in record.entities where entity.type == entityType { predicted[entity.text, default: 0] += 1 }
                var score = type == "PER" ? report.person : report.location
                for (name, count) in predicted.sorted(by: { $0.key < $1.key }) {
                    let matched = min(count, gold[name] ?? 0)
                    score.truePositives += matched
                    score.falsePositives += count - matched
                    if count > matched, score.errors.count < keepErrors { score.errors.append("\(type) + \(name)") }
                }
                for (name, count) in gold.sorted(by: { $0.key < $1.key }) {
                    let missed = count - min(count, predicted[name] ?? 0)
                    score.falseNegatives += missed
                    if missed > 0, score.errors.count < keepErrors { score.errors.append("\(type) - \(name)") }
                }
                if type == "PER" { report.person = score } else { report.location = score }
            }
            // The bare model on the gold sentences, tokenised by the pipeline's segmenter.
            if hasModel, let tagger = processor.tagger {
                let sentences = TrainingCorpus.sentences([TrainingCorpus.Document(text: document.text, spans: document.spans)], segmenter: processor.segmenter)
                if let labels = tagger.modelLabels(documentSentences: sentences.map { $0.tokens[...] }) {
                    goldLabels.append(contentsOf: sentences.map(\.labels))
                    modelLabels.append(contentsOf: labels)
                } else {
                    hasModel = false
                }
            }
        }
        if hasModel { report.model = SpanScore.score(gold: goldLabels, predicted: modelLabels) }
        return report
    }
}
