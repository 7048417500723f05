import BlotterCore

/// Trains the sequence model on labelled sentences as a structured perceptron (Collins 2002): `epochs` passes in an
/// order shuffled by a fixed seed (the same data always gives the same weights); each sentence is decoded exactly
/// (Viterbi) with the current weights, and where the best sequence differs from the truth, the truth's features
/// gain and the guess's lose. The weights written are the averages over all sentences seen.
public struct SequenceTrainer {
    public struct Sentence: Sendable {
        public var tokens: [Token]
        public var labels: [UInt8]
        /// The document the sentence belongs to (its number in the corpus): the sentences of one document are read
        /// together for `DocumentEvidence`. Nil: the sentence is read alone.
        public var document: Int?
        public init(tokens: [Token], labels: [UInt8], document: Int? = nil) {
            self.tokens = tokens
            self.labels = labels
            self.document = document
        }
    }

    /// Each sentence's `DocumentEvidence` flags, its document's sentences read together (consecutive sentences with
    /// the same `document`).
    static func evidence(_ sentences: [Sentence], lexicons: NameLexicons) -> [[UInt8]] {
        var out: [[UInt8]] = []
        out.reserveCapacity(sentences.count)
        var start = 0
        while start < sentences.count {
            var end = start + 1
            if let document = sentences[start].document {
                while end < sentences.count, sentences[end].document == document { end += 1 }
            }
            out.append(contentsOf: DocumentEvidence.flags(sentences: sentences[start..<end].map { $0.tokens[...] }, lexicons: lexicons))
            start = end
        }
        return out
    }

    /// Averaged weights below this are dropped from the file: they change no decision that matters and
    /// halve the model's size (measured on the dev data: F1 unchanged to 3 decimals at 0.01).
    static let pruneBelow: Float = 0.01

    let lexicons: NameLexicons

    public init(models: TagModels) { lexicons = NameLexicons(models: models) }

    /// Returns the encoded model and the number of features kept.
    public func train(_ sentences: [Sentence], epochs: Int, seed: UInt64 = 20261126) -> (bytes: [UInt8], features: Int) {
        let model = trainModel(sentences, epochs: epochs, seed: seed)
        return (SequenceModel.encode(model), model.featureCount)
    }

    func trainModel(_ sentences: [Sentence], epochs: Int, seed: UInt64) -> AveragedPerceptron {
        var trainer = PerceptronTrainer()
        let extractor = TokenFeatures(lexicons: lexicons)
        // Features are the same in every epoch: prepare each sentence once.
        let evidence = Self.evidence(sentences, lexicons: lexicons)
        let prepared = zip(sentences, evidence).map { extractor.prepare($0.tokens[...], document: $1[...]) }
        var order = Array(sentences.indices)
        var random = SplitMix(seed: seed)
        var features: [UInt64] = []
        for _ in 0..<epochs {
            // Fisher–Yates with a fixed seed.
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                let other = Int(random.next() % UInt64(index + 1))
                order.swapAt(index, other)
            }
            for sentenceIndex in order {
                let sentence = sentences[sentenceIndex]
                let guess = SequenceModel.viterbi(prepared[sentenceIndex], extractor: extractor, scorer: trainer)
                trainer.tick()
                for index in 0..<sentence.tokens.count {
                    let truth = sentence.labels[index]
                    let guessed = guess[index].rawValue
                    let truthBefore: UInt8 = index > 0 ? sentence.labels[index - 1] : 0
                    let guessBefore: UInt8 = index > 0 ? guess[index - 1].rawValue : 0
                    guard truth != guessed || truthBefore != guessBefore else { continue }
                    extractor.features(prepared[sentenceIndex], index, into: &features)
                    if truth != guessed {
                        trainer.update(features: features, label: Int(truth), delta: 1)
                        trainer.update(features: features, label: Int(guessed), delta: -1)
                    }
                    trainer.update(features: [TokenFeatures.transitionFeature(truthBefore),
                                              extractor.previousLabelWordFeature(prepared[sentenceIndex], index, previous: truthBefore)],
                                   label: Int(truth), delta: 1)
                    trainer.update(features: [TokenFeatures.transitionFeature(guessBefore),
                                              extractor.previousLabelWordFeature(prepared[sentenceIndex], index, previous: guessBefore)],
                                   label: Int(guessed), delta: -1)
                }
            }
        }
        return trainer.averaged(pruneBelow: Self.pruneBelow)
    }

    /// Labels the sentences with a trained model (to score it on held-out data).
    public static func label(_ sentences: [Sentence], model bytes: [UInt8], models: TagModels) throws(TagModels.LoadError) -> [[UInt8]] {
        let lexicons = NameLexicons(models: models)
        let model = try SequenceModel.decode(bytes, name: "model", lexicons: lexicons)
        return zip(sentences, evidence(sentences, lexicons: lexicons)).map { model.label($0.tokens[...], document: $1[...]).map(\.rawValue) }
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
