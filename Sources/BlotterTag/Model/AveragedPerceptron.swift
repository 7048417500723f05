/// A multi-class averaged perceptron over hashed features (Collins 2002; the tagger spaCy v1 and NLTK use).
/// Weights live in one flat array, `EntityLabel.count` floats per feature.
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

    /// Scores of every class for a set of features.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        for index in 0..<Self.classes { scores[index] = 0 }
        weights.withUnsafeBufferPointer { weights in
            for feature in features {
                guard let row = table.row(feature) else { continue }
                let base = Int(row) * Self.classes
                for index in 0..<Self.classes { scores[index] += weights[base + index] }
            }
        }
    }

    var featureCount: Int { rows.count }
}

/// Training state: current weights plus the running totals that averaging needs.
struct PerceptronTrainer {
    private var rows: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private(set) var instances = 0
    static let classes = EntityLabel.count

    /// Scores with the current (not averaged) weights, as training decodes.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        for index in 0..<Self.classes { scores[index] = 0 }
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = Int(row) * Self.classes
            for index in 0..<Self.classes { scores[index] += weights[base + index] }
        }
    }

    private mutating func row(_ feature: UInt64) -> Int {
        if let row = rows[feature] { return Int(row) }
        let row = rows.count
        rows[feature] = Int32(row)
        weights.append(contentsOf: repeatElement(0, count: Self.classes))
        totals.append(contentsOf: repeatElement(0, count: Self.classes))
        stamps.append(contentsOf: repeatElement(0, count: Self.classes))
        return row
    }

    /// One training instance: if the guess was wrong, move weight from the guess to the truth.
    mutating func update(features: [UInt64], truth: Int, guess: Int) {
        instances += 1
        guard truth != guess else { return }
        for feature in features {
            let base = row(feature) * Self.classes
            for (label, delta) in [(truth, Float(1)), (guess, Float(-1))] {
                let index = base + label
                totals[index] += Double(instances - stamps[index]) * Double(weights[index])
                stamps[index] = instances
                weights[index] += delta
            }
        }
    }

    /// The averaged weights, with features whose every weight rounds to zero (|w| < `pruneBelow`) dropped.
    func averaged(pruneBelow: Float) -> AveragedPerceptron {
        var keptRows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * Self.classes
            var averages = [Float](repeating: 0, count: Self.classes)
            for label in 0..<Self.classes {
                let index = base + label
                let total = totals[index] + Double(instances - stamps[index]) * Double(weights[index])
                averages[label] = Float(total / Double(max(1, instances)))
            }
            guard averages.contains(where: { abs($0) >= pruneBelow }) else { continue }
            keptRows[feature] = Int32(keptRows.count)
            kept.append(contentsOf: averages)
        }
        return AveragedPerceptron(rows: keptRows, weights: kept)
    }
}
