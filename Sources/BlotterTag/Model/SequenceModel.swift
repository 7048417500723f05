import Foundation
import BlotterCore

/// The trained name tagger: greedy left-to-right BIO decoding with the averaged perceptron, inside labels
/// allowed only after their own type.
struct SequenceModel: Sendable {
    let perceptron: AveragedPerceptron
    let lexicons: NameLexicons

    /// Labels for the tokens of one sentence.
    func label(_ tokens: ArraySlice<Token>) -> [EntityLabel] {
        let extractor = TokenFeatures(lexicons: lexicons)
        let sentence = extractor.prepare(tokens)
        var labels: [EntityLabel] = []
        labels.reserveCapacity(tokens.count)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: EntityLabel.count)
        for index in 0..<tokens.count {
            let previous = index > 0 ? labels[index - 1] : .outside
            let previous2 = index > 1 ? labels[index - 2] : .outside
            extractor.features(sentence, index, previous: previous, previous2: previous2, into: &features)
            perceptron.scores(features, into: &scores)
            labels.append(Self.best(scores, after: previous))
        }
        return labels
    }

    static func best(_ scores: [Float], after previous: EntityLabel) -> EntityLabel {
        var best = EntityLabel.outside
        var bestScore = -Float.infinity
        for label in EntityLabel.allCases where label.allowed(after: previous) {
            if scores[Int(label.rawValue)] > bestScore {
                bestScore = scores[Int(label.rawValue)]
                best = label
            }
        }
        return best
    }

    // MARK: file

    static let magic = Array("BLOTTER-NER 3\n".utf8)
    /// Weights are stored as Int16 of weight × scale, the scale (in the header) mapping the largest weight
    /// to 32767: 16 bits keep 4-5 significant digits, far more than the decisions need.

    static func load(_ url: URL, lexicons: NameLexicons) throws(TagModels.LoadError) -> SequenceModel {
        guard let data = try? Data(contentsOf: url) else {
            throw TagModels.LoadError(description: "\(url.path): cannot read the name model (train it with `blotter train`)")
        }
        let bytes = [UInt8](data)
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
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(count)
        var weights = [Float](repeating: 0, count: count * classes)
        for row in 0..<count {
            var hash: UInt64 = 0
            for shift in 0..<8 { hash |= UInt64(bytes[cursor + shift]) << (8 * UInt64(shift)) }
            cursor += 8
            rows[hash] = Int32(row)
            for label in 0..<classes {
                let raw = Int16(bitPattern: UInt16(bytes[cursor]) | UInt16(bytes[cursor + 1]) << 8)
                weights[row * classes + label] = Float(raw) / scale
                cursor += 2
            }
        }
        return SequenceModel(perceptron: AveragedPerceptron(rows: rows, weights: weights), lexicons: lexicons)
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
