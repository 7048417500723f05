/// A multi-class averaged perceptron over hashed features (Collins 2002), used as the scorer of a first-order
/// sequence model: each feature has one weight per label. Weights live in one flat array,
/// `EntityLabel.count` floats per feature.
struct AveragedPerceptron: Sendable {
    /// Feature hash → row, in row order (for writing the file).
    private(set) var rows: [UInt64: Int32] = [:]
    private(set) var weights: [Float] = []
    private let table: FeatureTable
    static let classes = EntityLabel.count

    init(rows: [UInt64: Int32], weights: [Float]) {
        self.rows = rows
        self.weights = weights
        var table = FeatureTable(capacity: rows.count)
        for (key, row) in rows { table.insert(key, row: row) }
        self.table = table
    }

    var featureCount: Int { rows.count }
}

/// What Viterbi decoding needs of a weight store: add the weights of one feature to a score vector.
protocol FeatureScorer {
    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>)
}

extension AveragedPerceptron: FeatureScorer {
    @inline(__always)
    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let row = table.row(feature) else { return }
        weights.withUnsafeBufferPointer { weights in
            let base = Int(row) * Self.classes
            for index in 0..<Self.classes { scores[index] += weights[base + index] }
        }
    }
}

/// Training state: current weights plus the running totals that averaging needs. A feature's row is found in
/// an open-addressing table that grows as features are added (a `Dictionary` lookup was most of training's time).
struct PerceptronTrainer: FeatureScorer {
    private var keys: [UInt64] = []
    private var table = FeatureTable(capacity: 1 << 16)
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// Updates are timed in sentences: averaging weighs each weight by the sentences it stood for.
    private(set) var instances = 0
    static let classes = EntityLabel.count

    func add(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let row = table.row(feature) else { return }
        let base = Int(row) * Self.classes
        for index in 0..<Self.classes { scores[index] += weights[base + index] }
    }

    private mutating func row(_ feature: UInt64) -> Int {
        if let row = table.row(feature) { return Int(row) }
        let row = keys.count
        if (keys.count + 1) * 2 > table.capacity {
            var grown = FeatureTable(capacity: table.capacity)
            for (index, key) in keys.enumerated() { grown.insert(key, row: Int32(index)) }
            table = grown
        }
        table.insert(feature, row: Int32(row))
        keys.append(feature)
        weights.append(contentsOf: repeatElement(0, count: Self.classes))
        totals.append(contentsOf: repeatElement(0, count: Self.classes))
        stamps.append(contentsOf: repeatElement(0, count: Self.classes))
        return row
    }

    /// Starts the next training instance (a sentence).
    mutating func tick() { instances += 1 }

    /// Adds `delta` to the weight of `label` for each feature.
    mutating func update(features: [UInt64], label: Int, delta: Float) {
        for feature in features {
            let index = row(feature) * Self.classes + label
            totals[index] += Double(instances - Int(stamps[index])) * Double(weights[index])
            stamps[index] = Int32(instances)
            weights[index] += delta
        }
    }

    /// The averaged weights, with features whose every weight rounds to zero (|w| < `pruneBelow`) dropped.
    func averaged(pruneBelow: Float) -> AveragedPerceptron {
        var keptRows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (row, feature) in keys.enumerated().sorted(by: { $0.element < $1.element }) {
            let base = row * Self.classes
            var averages = [Float](repeating: 0, count: Self.classes)
            for label in 0..<Self.classes {
                let index = base + label
                let total = totals[index] + Double(instances - Int(stamps[index])) * Double(weights[index])
                averages[label] = Float(total / Double(max(1, instances)))
            }
            guard averages.contains(where: { abs($0) >= pruneBelow }) else { continue }
            keptRows[feature] = Int32(keptRows.count)
            kept.append(contentsOf: averages)
        }
        return AveragedPerceptron(rows: keptRows, weights: kept)
    }
}
