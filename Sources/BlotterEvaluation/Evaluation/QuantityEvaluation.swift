import BlotterPipeline
import Foundation
import BlotterCore

/// quantulum3's English test sentences (`quantities.json`: `{"req", "res":[{"value", "unit", "surface"}]}`).
/// A quantity counts as found when a figure has the same surface text (case-insensitive) and the same value
/// once quantulum's unit is expressed in Blotter's (`QuantityEvaluation.units`: milligrams become kg, pennies
/// GBP). Quantities in units Blotter does not record (electronvolts, kelvin, bytes per second...) are counted
/// apart as out of scope, not as misses. Plain numbers ("dimensionless") match a figure of any kind with the
/// same value, and a year matches Blotter's date for it.
public struct QuantityEvaluation {
    public struct Result: Sendable {
        public var cases = 0
        /// Cases whose in-scope quantities were all found (cases with none in scope are not counted).
        public var casesInScope = 0
        public var casesPassed = 0
        public var quantities = 0
        public var found = 0
        public var outOfScope = 0
        public var failures: [String] = []
        public var recall: Double { quantities > 0 ? Double(found) / Double(quantities) : 0 }
        public var caseRate: Double { casesInScope > 0 ? Double(casesPassed) / Double(casesInScope) : 0 }
    }

    /// quantulum3 unit name → Blotter's kind, unit and the factor from quantulum's value to Blotter's.
    /// "dimensionless" numbers are counts here (Blotter records a bare number only when it counts something).
    static let units: [String: (FigureKind, String?, Double)] = [
        "dimensionless": (.count, nil, 1), "dozen": (.count, nil, 12), "baker's dozen": (.count, nil, 13), "gross": (.count, nil, 144),
        "dollar": (.money, "USD", 1), "cent": (.money, "USD", 0.01), "dime": (.money, "USD", 0.1), "euro": (.money, "EUR", 1),
        "pound sterling": (.money, "GBP", 1), "penny": (.money, "GBP", 0.01),
        "milligram": (.mass, "kg", 1e-6), "kilogram": (.mass, "kg", 1), "tonne": (.mass, "kg", 1000), "pound-mass": (.mass, "kg", 0.45359237),
        "metre": (.length, "m", 1), "kilometre": (.length, "km", 1), "mile": (.length, "mi", 1), "inch": (.length, "in", 1),
        "litre": (.volume, "l", 1), "gallon": (.volume, "gal", 1),
        "year": (.duration, "years", 1), "month": (.duration, "months", 1), "week": (.duration, "weeks", 1),
        "day": (.duration, "days", 1), "hour": (.duration, "hours", 1),
        "percentage": (.percent, "%", 1), "kilometre per hour": (.speed, "km/h", 1),
        "square kilometre": (.other, "km2", 1), "square mile": (.other, "mi2", 1), "megabyte": (.other, "MB", 1),
        "byte": (.other, "byte", 1), "bit": (.other, "bit", 1),
    ]

    let processor: DocumentProcessor

    public init(processor: DocumentProcessor) { self.processor = processor }

    /// Scores the sentences of quantities.json, only those of `half` when given (`quality/SPLITS.md`: the id of a
    /// sentence is `quantulum3#<0-based index>`).
    public func evaluate(file: URL, half: DevSplit.Half? = nil) throws -> Result {
        let data = try Data(contentsOf: file)
        guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw PipelineSetupError(message: "\(file.path): not a list of quantulum3 cases ({\"req\", \"res\"})")
        }
        var result = Result()
        for (index, item) in cases.enumerated() {
            guard let sentence = item["req"] as? String, DevSplit.includes("quantulum3#\(index)", in: half) else { continue }
            result.cases += 1
            let figures = FigureEvaluation.figures(in: sentence, sequence: index, processor: processor)
            var inScope = 0
            var missing: [String] = []
            for quantity in item["res"] as? [[String: Any]] ?? [] {
                let surface = (quantity["surface"] as? String ?? "").lowercased()
                guard let unitName = quantity["unit"] as? String, let unit = Self.units[unitName],
                      let value = (quantity["value"] as? NSNumber)?.doubleValue else {
                    result.outOfScope += 1
                    continue
                }
                inScope += 1
                result.quantities += 1
                let expected = value * unit.2
                let hit = figures.contains { figure in
                    guard figure.text.lowercased() == surface, let facts = figure.figure else { return false }
                    switch facts.value {
                    case .number(let number):
                        // A plain number may be any kind of figure ("50 cars" is a count); a unit must match.
                        guard unitName == "dimensionless" || (facts.kind == unit.0 && facts.unit == unit.1) else { return false }
                        // quantulum3 gives a range ("44 mg to 50 mg") as its mean; Blotter as value..value_max.
                        let read = facts.valueMax.map { (number + $0) / 2 } ?? number
                        return abs(read - expected) <= 1e-6 * max(1, abs(expected))
                    case .date(let iso):
                        // "in 2013": Blotter records a year as a date.
                        return unitName == "dimensionless" && iso == String(Int(expected))
                    }
                }
                if hit { result.found += 1 } else { missing.append("\(quantity["surface"] ?? "?")=\(value) \(unitName)") }
            }
            guard inScope > 0 else { continue }
            result.casesInScope += 1
            if missing.isEmpty {
                result.casesPassed += 1
            } else {
                let got = figures.map { "\($0.text)=\(FigureEvaluation.describe($0.figure?.value)) \($0.figure?.unit ?? "")" }
                result.failures.append("\(sentence)\n    expected \(missing.joined(separator: ", ")); got [\(got.joined(separator: ", "))]")
            }
        }
        return result
    }

}
