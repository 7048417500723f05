import BlotterPipeline
import Foundation
import BlotterCore

/// Entities on whole pages against a hand-made gold list, the way EVALUATION.md §2 scores police news: raw page
/// in, record out; per page, distinct strings of each type (case-insensitive, white space folded) for people,
/// forces and operations, distinct (kind, value, currency) for figures; micro-averaged over pages.
///
/// Gold file: JSON lines `{"page": PATH, "people": [...], "forces": [...], "operations": [...],
/// "figures": [{"kind", "value", "unit"?}]}`, PATH relative to the working directory (the project root for
/// `quality/police-news`). A page without a "figures" key is not scored on figures.
public struct EntityEvaluation {
    public struct GoldPage: Sendable {
        public var page: String
        public var people: [String]
        public var forces: [String]
        public var operations: [String]
        public var figures: [Figure]?
    }

    /// A figure as scored: kind, value (number or ISO date string; a range "low..high") and, for money, the currency.
    public struct Figure: Hashable, Sendable, CustomStringConvertible {
        public var kind: String
        public var value: String
        public var unit: String?
        public var description: String { "\(kind) \(value)" + (unit.map { " \($0)" } ?? "") }
    }

    public struct Score: MatchCounts, Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        mutating func add(gold: Set<String>, predicted: Set<String>) -> (missed: [String], extra: [String]) {
            truePositives += gold.intersection(predicted).count
            let missed = gold.subtracting(predicted).sorted()
            let extra = predicted.subtracting(gold).sorted()
            falseNegatives += missed.count
            falsePositives += extra.count
            return (missed, extra)
        }
    }

    public struct Report: Sendable {
        /// Scores by type: "person", "force", "operation", "figure".
        public var scores: [String: Score] = [:]
        /// "page: type - missed" and "page: type + extra" lines.
        public var errors: [String] = []
        /// Gold pages (or CoNLL documents) that could not be read: the command exits 2 naming them.
        public var unreadable: [String] = []
        /// F1 over people, forces and operations together (the §2 bar of 0.90).
        public var namedF1: Double {
            var total = Score()
            for type in ["person", "force", "operation"] {
                guard let score = scores[type] else { continue }
                total.truePositives += score.truePositives
                total.falsePositives += score.falsePositives
                total.falseNegatives += score.falseNegatives
            }
            return total.f1
        }
    }

    public struct GoldError: Error, CustomStringConvertible {
        public var description: String
    }

    let processor: DocumentProcessor

    public init(processor: DocumentProcessor) { self.processor = processor }

    public static func gold(_ text: String, file: String) throws(GoldError) -> [GoldPage] {
        var pages: [GoldPage] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let place = "\(file):\(offset + 1)"
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let page = object["page"] as? String else {
                throw GoldError(description: "\(place): expected a JSON object with a \"page\" path")
            }
            func strings(_ key: String) throws(GoldError) -> [String] {
                guard let value = object[key] else { return [] }
                guard let list = value as? [String] else { throw GoldError(description: "\(place): \"\(key)\" must be a list of strings") }
                return list
            }
            var figures: [Figure]?
            if let raw = object["figures"] {
                guard let list = raw as? [[String: Any]] else { throw GoldError(description: "\(place): \"figures\" must be a list of objects") }
                figures = try list.map { item throws(GoldError) in
                    guard let kind = item["kind"] as? String, let value = item["value"] else {
                        throw GoldError(description: "\(place): a figure needs \"kind\" and \"value\"")
                    }
                    let text: String
                    if let number = value as? NSNumber { text = Self.number(number.doubleValue) }
                    else if let string = value as? String { text = string }
                    else { throw GoldError(description: "\(place): a figure's value is a number or a date string") }
                    // A range is one figure: "value" the low end, "value_max" the high end.
                    var range = text
                    if let high = item["value_max"] {
                        guard let number = high as? NSNumber else { throw GoldError(description: "\(place): a figure's value_max is a number") }
                        range += ".." + Self.number(number.doubleValue)
                    }
                    return Figure(kind: kind, value: range, unit: kind == "money" ? item["unit"] as? String : nil)
                }
            }
            pages.append(GoldPage(page: page, people: try strings("people"), forces: try strings("forces"),
                                  operations: try strings("operations"), figures: figures))
        }
        return pages
    }

    static func number(_ value: Double) -> String { String(format: "%.6g", value) }

    /// Case-insensitive, runs of white space folded to one space, trimmed.
    /// The scored forms of a figure: "kind value [currency]". A range is "kind low..high" where the gold writes
    /// ranges so (issue 16's decision), else its two ends as two figures (the convention of gold written before it,
    /// world.jsonl's "a range as two figures, one per end").
    static func figureKeys(_ entity: Entity, gold: Set<String>) -> [String] {
        guard let facts = entity.figure else { return [] }
        let value: String
        switch facts.value {
        case .number(let number): value = Self.number(number)
        case .date(let date): value = date
        }
        let unit = facts.kind == .money ? facts.unit : nil
        guard let high = facts.valueMax else { return [Figure(kind: facts.kind.rawValue, value: value, unit: unit).description] }
        let range = Figure(kind: facts.kind.rawValue, value: value + ".." + Self.number(high), unit: unit).description
        if gold.contains(range) { return [range] }
        return [Figure(kind: facts.kind.rawValue, value: value, unit: unit).description,
                Figure(kind: facts.kind.rawValue, value: Self.number(high), unit: unit).description]
    }

    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Scores every gold page; a page that cannot be read or processed counts as finding nothing (and is named).
    public func evaluate(_ pages: [GoldPage]) -> Report {
        var report = Report()
        for (index, gold) in pages.enumerated() {
            var entities: [Entity] = []
            if let (file, document) = CoNLLDocumentText.reference(gold.page) {
                // A newswire story of a CoNLL file: its text, with no extraction.
                if let contents = try? String(contentsOfFile: file, encoding: .utf8),
                   let text = CoNLLDocumentText.text(of: contents, document: document) {
                    let raw = RawPage(sequence: index, source: SourceLocation(path: gold.page), content: .text(text))
                    switch processor.process(raw) {
                    case .success(let record): entities = record.entities + record.titleEntities
                    case .failure(let failure): report.errors.append("\(gold.page): not processed (\(failure.message))")
                    }
                } else {
                    report.errors.append("\(gold.page): cannot read (no such file or document)")
                    report.unreadable.append(gold.page)
                }
            } else if let data = FileManager.default.contents(atPath: gold.page) {
                let raw = RawPage(sequence: index, source: SourceLocation(path: gold.page), content: .html([UInt8](data)))
                switch processor.process(raw) {
                case .success(let record): entities = record.entities + record.titleEntities
                case .failure(let failure): report.errors.append("\(gold.page): not processed (\(failure.message))")
                }
            } else {
                report.errors.append("\(gold.page): cannot read")
                report.unreadable.append(gold.page)
            }
            let name = (gold.page as NSString).lastPathComponent
            for (type, expected) in [("person", gold.people), ("force", gold.forces), ("operation", gold.operations)] {
                let predicted = Set(entities.filter { $0.type.rawValue == type }.map { Self.key($0.text) })
                let (missed, extra) = report.scores[type, default: Score()].add(gold: Set(expected.map(Self.key)), predicted: predicted)
                report.errors += missed.map { "\(name): \(type) - \($0)" } + extra.map { "\(name): \(type) + \($0)" }
            }
            if let expected = gold.figures {
                let goldKeys = Set(expected.map(\.description))
                let predicted = Set(entities.flatMap { Self.figureKeys($0, gold: goldKeys) })
                let (missed, extra) = report.scores["figure", default: Score()].add(gold: goldKeys, predicted: predicted)
                report.errors += missed.map { "\(name): figure - \($0)" } + extra.map { "\(name): figure + \($0)" }
            }
        }
        return report
    }
}
