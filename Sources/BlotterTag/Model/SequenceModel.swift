import Foundation
import BlotterCore

/// The trained name tagger: a first-order sequence model over BIO labels, decoded exactly per sentence
/// (Viterbi): each token's label-independent features give one score per label, and the previous label adds a
/// transition score (alone and with the token's word); inside labels may only follow their own type.
struct SequenceModel: Sendable {
    let weights: PackedWeights
    let lexicons: NameLexicons

    /// Labels for the tokens of one sentence; `document`, the tokens' `DocumentEvidence` flags when the sentence is
    /// read in its document.
    func label(_ tokens: ArraySlice<Token>, document: ArraySlice<UInt8> = []) -> [EntityLabel] {
        let extractor = TokenFeatures(lexicons: lexicons)
        let sentence = extractor.prepare(tokens, document: document)
        return Self.viterbi(sentence, extractor: extractor, scorer: weights)
    }

    /// Labels for every sentence of a document, each read with what the whole document says of its words; the first
    /// `titleSentences` (a page's title read with its story) are labelled but give no evidence.
    func label(_ text: SegmentedText, titleSentences: Int = 0) -> [[EntityLabel]] {
        let evidence = DocumentEvidence.flags(text.tokens, lexicons: lexicons, quiet: 0..<max(0, titleSentences))
        return text.sentences.map { $0.tokens.isEmpty ? [] : label(text.tokens[$0.tokens], document: evidence[$0.tokens]) }
    }

    /// Labels for the sentences of one document given as token lists (their `Token.sentence` numbers distinct).
    func label(documentSentences sentences: [ArraySlice<Token>]) -> [[EntityLabel]] {
        let evidence = DocumentEvidence.flags(sentences: sentences, lexicons: lexicons)
        return zip(sentences, evidence).map { label($0, document: $1[...]) }
    }

    /// The best label sequence under `scorer`'s weights.
    static func viterbi<Scorer: FeatureScorer>(_ sentence: TokenFeatures.Sentence, extractor: TokenFeatures, scorer: Scorer) -> [EntityLabel] {
        let count = sentence.lower.count
        guard count > 0 else { return [] }
        let classes = EntityLabel.count
        var features: [UInt64] = []
        features.reserveCapacity(64)
        // Transition scores, previous label × label (the same for every token).
        var transitions = [Float](repeating: 0, count: classes * classes)
        transitions.withUnsafeMutableBufferPointer { buffer in
            for previous in 0..<classes {
                scorer.add(TokenFeatures.transitionFeature(UInt8(previous)), into: buffer.baseAddress! + previous * classes)
            }
        }
        var delta = [Float](repeating: -.infinity, count: count * classes)
        var back = [UInt8](repeating: 0, count: count * classes)
        var emission = [Float](repeating: 0, count: classes)
        var pairs = [Float](repeating: 0, count: classes)
        let allowed = EntityLabel.allowedTable
        for index in 0..<count {
            extractor.features(sentence, index, into: &features)
            for label in 0..<classes { emission[label] = 0 }
            emission.withUnsafeMutableBufferPointer { buffer in
                for feature in features { scorer.add(feature, into: buffer.baseAddress!) }
            }
            let previousLabels = index == 0 ? 0..<1 : 0..<classes
            for previous in previousLabels {
                let before: Float = index == 0 ? 0 : delta[(index - 1) * classes + previous]
                guard before > -.infinity else { continue }
                for label in 0..<classes { pairs[label] = transitions[previous * classes + label] }
                pairs.withUnsafeMutableBufferPointer { buffer in
                    scorer.add(extractor.previousLabelWordFeature(sentence, index, previous: UInt8(previous)), into: buffer.baseAddress!)
                }
                for label in 0..<classes where allowed[previous * classes + label] {
                    let score = before + pairs[label] + emission[label]
                    let slot = index * classes + label
                    if score > delta[slot] {
                        delta[slot] = score
                        back[slot] = UInt8(previous)
                    }
                }
            }
        }
        var best = 0
        for label in 1..<classes where delta[(count - 1) * classes + label] > delta[(count - 1) * classes + best] { best = label }
        var labels = [EntityLabel](repeating: .outside, count: count)
        var current = best
        for index in stride(from: count - 1, through: 0, by: -1) {
            labels[index] = EntityLabel(rawValue: UInt8(current)) ?? .outside
            current = Int(back[index * classes + current])
        }
        return labels
    }

    // MARK: file

    static let magic = Array("BLOTTER-NER 4\n".utf8)
    /// Weights are stored as Int16 of weight × scale, the scale (in the header) mapping the largest weight
    /// to 32767: 16 bits keep 4-5 significant digits, far more than the decisions need.

    static func load(_ url: URL, lexicons: NameLexicons) throws(TagModels.LoadError) -> SequenceModel {
        guard let data = try? Data(contentsOf: url) else {
            throw TagModels.LoadError(description: "\(url.path): cannot read the name model (train it with `blotter train`)")
        }
        return try decode([UInt8](data), name: url.path, lexicons: lexicons)
    }

    static func decode(_ bytes: [UInt8], name: String, lexicons: NameLexicons) throws(TagModels.LoadError) -> SequenceModel {
        let url = URL(fileURLWithPath: name)
        guard bytes.starts(with: magic), bytes.count >= magic.count + 8 else {
            throw TagModels.LoadError(description: "\(url.path): not a Blotter name model (bad header)")
        }
        var cursor = magic.count
        func uint32() -> UInt32 {
            defer { cursor += 4 }
            return UInt32(bytes[cursor]) | UInt32(bytes[cursor + 1]) << 8 | UInt32(bytes[cursor + 2]) << 16 | UInt32(bytes[cursor + 3]) << 24
        }
        guard bytes.count >= cursor + 12 else {
            throw TagModels.LoadError(description: "\(url.path): name model is truncated")
        }
        let classes = Int(uint32())
        let count = Int(uint32())
        let scale = Float(bitPattern: uint32())
        let recordSize = 8 + 2 * classes
        guard classes == EntityLabel.count, scale > 0, bytes.count == cursor + count * recordSize else {
            throw TagModels.LoadError(description: "\(url.path): name model has \(classes) classes and \(bytes.count) bytes; expected \(EntityLabel.count) classes (retrain with `blotter train`)")
        }
        var rows: [(UInt64, [Int16])] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            var hash: UInt64 = 0
            for shift in 0..<8 { hash |= UInt64(bytes[cursor + shift]) << (8 * UInt64(shift)) }
            cursor += 8
            var weights: [Int16] = []
            weights.reserveCapacity(classes)
            for _ in 0..<classes {
                weights.append(Int16(bitPattern: UInt16(bytes[cursor]) | UInt16(bytes[cursor + 1]) << 8))
                cursor += 2
            }
            rows.append((hash, weights))
        }
        return SequenceModel(weights: PackedWeights(rows: rows, scale: scale), lexicons: lexicons)
    }

    /// The model as bytes: header, then per feature its hash and quantised weights, in hash order
    /// (the same training data gives the same file).
    static func encode(_ perceptron: AveragedPerceptron) -> [UInt8] {
        var out = magic
        func uint32(_ value: UInt32) { for shift in 0..<4 { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(shift)))) } }
        let classes = AveragedPerceptron.classes
        let largest = perceptron.weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? 32767 / largest : 1
        uint32(UInt32(classes))
        uint32(UInt32(perceptron.rows.count))
        uint32(scale.bitPattern)
        for (hash, row) in perceptron.rows.sorted(by: { $0.key < $1.key }) {
            for shift in 0..<8 { out.append(UInt8(truncatingIfNeeded: hash >> (8 * UInt64(shift)))) }
            for label in 0..<classes {
                let weight = perceptron.weights[Int(row) * classes + label]
                let quantised = Int16(max(-32767, min(32767, (weight * scale).rounded())))
                let bits = UInt16(bitPattern: quantised)
                out.append(UInt8(bits & 0xFF))
                out.append(UInt8(bits >> 8))
            }
        }
        return out
    }
}
