import ArgumentParser
import Foundation
import BlotterPipeline
import BlotterEvaluation
import BlotterTag
import BlotterText

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the name model (a structured perceptron, Viterbi-decoded) from CoNLL-2003 train (and, with --sources, wikigold, WNUT-17, re3d); the same data gives the same weights.",
        discussion: """
        Reads CoNLL-2003's training split (and, with --sources, wikigold, WNUT-17 train and dev, re3d) from --data, tokenises them with the pipeline's own \
        segmenter, maps their labels to PER/ORG/LOC/MISC, and writes models/ner.model. --exclude leaves a source \
        out (to measure on it: blotter train --exclude wikigold --out /tmp/m.model, then blotter eval ner with \
        a configuration whose tag.models points at a copy of models/ holding that file).
        """
    )

    @Option(name: .long, help: ArgumentHelp("The NER data folder.", valueName: "dir"))
    var data: String = "../shared/data/ner"

    @Option(name: .long, help: ArgumentHelp("Where the model goes.", valueName: "path"))
    var out: String = "models/ner.model"

    @Option(name: .long, help: ArgumentHelp("The models folder (lexicons the features use).", valueName: "dir"))
    var models: String = "models"

    @Option(name: .long, help: "Passes over the data.")
    var epochs: Int = 8

    @Option(name: .long, help: ArgumentHelp("The seed of the sentence shuffle; other seeds measure how much a result owes to the order of training.", valueName: "seed"))
    var seed: UInt64 = 20261126

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Sources to train on (default: conll2003; known: conll2003, wikigold, wnut17, re3d).", valueName: "source"))
    var sources: [String] = TrainingCorpus.defaultSources

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Sources to leave out of --sources.", valueName: "source"))
    var exclude: [String] = []

    @Option(name: .long, help: ArgumentHelp("A CoNLL file to score the bare model on after training (span F1 per type), e.g. ../shared/data/ner/conll2003/dev.txt.", valueName: "path"))
    var dev: String?

    @Option(name: .long, help: ArgumentHelp("Another CoNLL file (PER/ORG/LOC/MISC tags) to train on, e.g. one fold of a split.", valueName: "path"))
    var conll: [String] = []

    func run() throws {
        let started = Date()
        let lexicons: TagModels
        do { lexicons = try TagModels.load(from: URL(fileURLWithPath: models), sequenceModel: false) } catch { throw CommandFailure(error.description) }
        let sources = self.sources.filter { !exclude.contains($0) }
        let corpus: [String: [TrainingCorpus.Document]]
        do { corpus = try TrainingCorpus.load(URL(fileURLWithPath: data), sources: sources) } catch { throw CommandFailure("\(data): \(error)") }
        var sentences: [SequenceTrainer.Sentence] = []
        for source in sources {
            let part = TrainingCorpus.sentences(corpus[source] ?? [], segmenter: Segmenter())
            let named = part.reduce(0) { $0 + $1.labels.filter { $0 != 0 }.count }
            print("\(source): \(corpus[source]?.count ?? 0) documents, \(part.count) sentences, \(part.reduce(0) { $0 + $1.tokens.count }) tokens (\(named) in names)")
            sentences += part
        }
        for path in conll {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CommandFailure("\(path): cannot read") }
            let part = TrainingCorpus.sentences(TrainingCorpus.conll(text, labels: TrainingCorpus.conllLabels), segmenter: Segmenter())
            print("\(path): \(part.count) sentences, \(part.reduce(0) { $0 + $1.tokens.count }) tokens")
            sentences += part
        }
        let (bytes, features) = SequenceTrainer(models: lexicons).train(sentences, epochs: epochs, seed: seed)
        do { try Data(bytes).write(to: URL(fileURLWithPath: out)) } catch { throw CommandFailure("\(out): cannot write the model (\(error.localizedDescription))") }
        print(String(format: "wrote %@: %d features, %.1f MB, %d epochs, %.1f s", out, features, Double(bytes.count) / 1_000_000, epochs,
                     Date().timeIntervalSince(started)))
        if let dev {
            guard let text = try? String(contentsOfFile: dev, encoding: .utf8) else { throw CommandFailure("\(dev): cannot read") }
            let gold = TrainingCorpus.sentences(TrainingCorpus.conll(text, labels: TrainingCorpus.conllLabels), segmenter: Segmenter())
            let predicted: [[UInt8]]
            do { predicted = try SequenceTrainer.label(gold, model: bytes, models: lexicons) } catch { throw CommandFailure(error.description) }
            let score = SpanScore.score(gold: gold.map(\.labels), predicted: predicted)
            print("bare model on \(dev): " + score.summary)
        }
    }
}
