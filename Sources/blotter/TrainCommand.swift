import ArgumentParser
import Foundation
import BlotterEvaluation

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
        let training = NameModelTraining(data: data, models: models, sources: sources.filter { !exclude.contains($0) }, conll: conll,
                                         epochs: epochs, seed: seed)
        do { try training.run(out: out, dev: dev) { print($0) } } catch { throw CommandFailure(error.description) }
    }
}
