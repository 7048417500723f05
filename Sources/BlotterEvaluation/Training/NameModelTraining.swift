import Foundation
import BlotterText
import BlotterTag

/// `blotter train`: reads the training sources, trains the name model, writes it, and optionally scores the
/// bare model on a CoNLL file. Progress lines go to `report`, in the order the command prints them.
public struct NameModelTraining {
    /// The NER data folder (../shared/data/ner).
    public var data: String
    /// The models folder whose lexicons the features use.
    public var models: String
    /// Sources of `TrainingCorpus.sources` to train on.
    public var sources: [String]
    /// More CoNLL files (PER/ORG/LOC/MISC tags) to train on.
    public var conll: [String]
    public var epochs: Int
    /// The seed of the sentence shuffle.
    public var seed: UInt64

    public init(data: String, models: String, sources: [String], conll: [String], epochs: Int, seed: UInt64) {
        self.data = data
        self.models = models
        self.sources = sources
        self.conll = conll
        self.epochs = epochs
        self.seed = seed
    }

    /// A file that cannot be read or written; the message names it.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Trains, writes the model to `out`, then (with `dev`) prints the bare model's span scores on that file.
    public func run(out: String, dev: String?, report: (String) -> Void) throws(Failure) {
        let started = Date()
        let lexicons: TagModels
        do { lexicons = try TagModels.load(from: URL(fileURLWithPath: models), sequenceModel: false) } catch { throw Failure(description: error.description) }
        let corpus: [String: [TrainingCorpus.Document]]
        do { corpus = try TrainingCorpus.load(URL(fileURLWithPath: data), sources: sources) } catch { throw Failure(description: "\(data): \(error)") }
        var sentences: [SequenceTrainer.Sentence] = []
        // Each part numbers its documents from 0: shift them so that two parts' documents never read as one.
        func appending(_ part: [SequenceTrainer.Sentence]) {
            let shift = (sentences.compactMap(\.document).max() ?? -1) + 1
            sentences += part.map { sentence in
                var sentence = sentence
                sentence.document = sentence.document.map { $0 + shift }
                return sentence
            }
        }
        for source in sources {
            let part = TrainingCorpus.sentences(corpus[source] ?? [], segmenter: Segmenter())
            let named = part.reduce(0) { $0 + $1.labels.filter { $0 != 0 }.count }
            report("\(source): \(corpus[source]?.count ?? 0) documents, \(part.count) sentences, \(part.reduce(0) { $0 + $1.tokens.count }) tokens (\(named) in names)")
            appending(part)
        }
        for path in conll {
            let part = try Self.conllSentences(path)
            report("\(path): \(part.count) sentences, \(part.reduce(0) { $0 + $1.tokens.count }) tokens")
            appending(part)
        }
        let (bytes, features) = SequenceTrainer(models: lexicons).train(sentences, epochs: epochs, seed: seed)
        do { try Data(bytes).write(to: URL(fileURLWithPath: out)) } catch {
            throw Failure(description: "\(out): cannot write the model (\(error.localizedDescription))")
        }
        report(String(format: "wrote %@: %d features, %.1f MB, %d epochs, %.1f s", out, features, Double(bytes.count) / 1_000_000, epochs,
                      Date().timeIntervalSince(started)))
        guard let dev else { return }
        let gold = try Self.conllSentences(dev)
        let predicted: [[UInt8]]
        do { predicted = try SequenceTrainer.label(gold, model: bytes, models: lexicons) } catch { throw Failure(description: error.description) }
        let score = SpanScore.score(gold: gold.map(\.labels), predicted: predicted)
        report("bare model on \(dev): " + score.summary)
    }

    /// A CoNLL file's sentences, tokenised by the pipeline's segmenter.
    private static func conllSentences(_ path: String) throws(Failure) -> [SequenceTrainer.Sentence] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw Failure(description: "\(path): cannot read") }
        return TrainingCorpus.sentences(TrainingCorpus.conll(text, labels: TrainingCorpus.conllLabels), segmenter: Segmenter())
    }
}
