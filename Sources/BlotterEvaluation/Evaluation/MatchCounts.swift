/// True positives, false positives and false negatives, and the precision, recall and F1 they give (0 when a
/// ratio has nothing to divide by). Shared by the span and entity evaluations.
public protocol MatchCounts {
    var truePositives: Int { get }
    var falsePositives: Int { get }
    var falseNegatives: Int { get }
}

extension MatchCounts {
    public var precision: Double { truePositives + falsePositives > 0 ? Double(truePositives) / Double(truePositives + falsePositives) : 0 }
    public var recall: Double { truePositives + falseNegatives > 0 ? Double(truePositives) / Double(truePositives + falseNegatives) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// Gold items and predicted items.
    public var gold: Int { truePositives + falseNegatives }
    public var predicted: Int { truePositives + falsePositives }
}
