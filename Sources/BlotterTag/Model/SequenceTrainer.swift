import BlotterCore

/// Trains the sequence model on labelled sentences: `epochs` passes in an order shuffled by a fixed seed
/// (the same data always gives the same weights), greedy decoding with the model's own previous labels.
public struct SequenceTrainer {
    public struct Sentence: Sendable {
        public var tokens: [Token]
        public var labels: [UInt8]
        public init(tokens: [Token], labels: [UInt8]) {
            self.tokens = tokens
            self.labels = labels
        }
    }

    /// Averaged weights below this are dropped from the file: they change no decision that matters and
    /// halve the model's size (measured on the dev data: F1 unchanged to 3 decimals at 0.01).
    static let pruneBelow: Float = 0.01

    let lexicons: NameLexicons

    public init(models: TagModels) { lexicons = NameLexicons(models: models) }

    /// Returns the encoded model and the number of features kept.
    public func train(_ sentences: [Sentence], epochs: Int, seed: UInt64 = 20261126) -> (bytes: [UInt8], features: Int) {
        var trainer = PerceptronTrainer()
        let extractor = TokenFeatures(lexicons: lexicons)
        var order = Array(sentences.indices)
        var random = SplitMix(seed: seed)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: EntityLabel.count)
        for _ in 0..<epochs {
            // Fisher–Yates with a fixed seed.
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                let other = Int(random.next() % UInt64(index + 1))
                order.swapAt(index, other)
            }
            for sentenceIndex in order {
                let sentence = sentences[sentenceIndex]
                let prepared = extractor.prepare(sentence.tokens[...])
                var guesses: [EntityLabel] = []
                for index in 0..<sentence.tokens.count {
                    let previous = index > 0 ? guesses[index - 1] : .outside
                    let previous2 = index > 1 ? guesses[index - 2] : .outside
                    extractor.features(prepared, index, previous: previous, previous2: previous2, into: &features)
                    trainer.scores(features, into: &scores)
                    let guess = SequenceModel.best(scores, after: previous)
                    trainer.update(features: features, truth: Int(sentence.labels[index]), guess: Int(guess.rawValue))
                    guesses.append(guess)
                }
            }
        }
        let model = trainer.averaged(pruneBelow: Self.pruneBelow)
        return (SequenceModel.encode(model), model.featureCount)
    }
}

/// A small deterministic random generator (SplitMix64), for shuffling.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Label codes for training data: the begin label of a type (inside = begin + 1).
public enum EntityLabelCode {
    public static func begin(_ type: String) -> UInt8? { EntityLabel.begin(for: type)?.rawValue }
}
