import BlotterPipeline
import Foundation
import BlotterCore
import BlotterTag

/// Recognizers-Text spec cases (`{"Input", "Results":[{"Text", "Resolution":{"value"}}]}`): a case passes when
/// every expected result is found among the figures with the same text (case-insensitive) and, when the
/// spec resolves one, the same value (EVALUATION.md §4). Cases marked `NotSupported` for python are skipped.
///
/// The specs and the record disagree on two conventions: the spec leaves the hedge out of the span ("$ 14
/// million" of "about $ 14 million") and keeps the number in the unit written ("470 pence" = 470), where the
/// record keeps the hedge in the span with `qualifier` set and converts (4.70 GBP, as ARCHITECTURE.md's record
/// shows). Each case is judged both ways on the tag stage's candidates: `passed` reads the figure as the spec does
/// (its `FigureReading`: the span after `qualifierLength`, `statedValue` when the value was converted),
/// `passedAsRecorded` reads the figure's entity (the record's text and value) as it is.
public struct FigureEvaluation {
    public struct FileResult: Sendable {
        public var file: String
        public var cases: Int
        public var passed: Int
        public var passedAsRecorded: Int
        /// Cases passed with the span read with or without its qualifier and the value as recorded or as stated
        /// (the reading of the held-out judgement: qualifier allowed in the span, money in major units).
        public var passedEitherWay: Int = 0
        public var failures: [String]
        public var rate: Double { cases > 0 ? Double(passed) / Double(cases) : 0 }
    }

    /// How a figure is read when matched against a spec result.
    public enum Reading: Sendable {
        /// The spec's convention: no qualifier in the span, the value in the unit as written.
        case spec
        /// The record as written.
        case record

        func text(of figure: Candidate) -> String {
            let qualifierLength = figure.reading.qualifierLength
            guard self == .spec, qualifierLength > 0, qualifierLength < figure.text.utf8.count else { return figure.text }
            let rest = figure.text.utf8.dropFirst(qualifierLength)
            return String(decoding: rest, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }

        func value(of figure: Candidate) -> FigureValue? {
            if self == .spec, let stated = figure.reading.statedValue { return .number(stated) }
            return figure.figure?.value
        }

        func valueMax(of figure: Candidate) -> Double? {
            if self == .spec, let stated = figure.reading.statedValueMax { return stated }
            return figure.figure?.valueMax
        }
    }

    let processor: DocumentProcessor

    public init(processor: DocumentProcessor) { self.processor = processor }

    /// The id of a spec case in `quality/SPLITS.md`: `<file name without .json>#<0-based index in the file>`.
    public static func caseID(file: URL, index: Int) -> String {
        file.deletingPathExtension().lastPathComponent + "#\(index)"
    }

    /// Scores the cases of one spec file, only those of `half` when given (`quality/SPLITS.md`).
    public func evaluate(file: URL, half: DevSplit.Half? = nil) throws -> FileResult {
        let data = try Data(contentsOf: file)
        guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw PipelineSetupError(message: "\(file.path): not a list of spec cases")
        }
        var result = FileResult(file: file.lastPathComponent, cases: 0, passed: 0, passedAsRecorded: 0, failures: [])
        for (index, specCase) in cases.enumerated() {
            if let unsupported = specCase["NotSupported"] as? String, unsupported.lowercased().contains("python") { continue }
            guard DevSplit.includes(Self.caseID(file: file, index: index), in: half) else { continue }
            guard let input = specCase["Input"] as? String else { continue }
            let expected = specCase["Results"] as? [[String: Any]] ?? []
            result.cases += 1
            let figures = tag(input, sequence: index)
            let missing = Self.missing(expected, in: figures, reading: .spec)
            let asRecorded = Self.missing(expected, in: figures, reading: .record).isEmpty
            if asRecorded { result.passedAsRecorded += 1 }
            if asRecorded || missing.isEmpty || Self.missingEitherWay(expected, in: figures).isEmpty { result.passedEitherWay += 1 }
            if missing.isEmpty {
                result.passed += 1
            } else {
                let got = figures.map { "\(Reading.spec.text(of: $0))=\(Self.describe(Reading.spec.value(of: $0)))" }.joined(separator: ", ")
                result.failures.append("\(input)\n    expected \(missing.joined(separator: ", ")); got [\(got)]")
            }
        }
        return result
    }

    /// The expected results no figure matches under `reading`, described for the failure list.
    static func missing(_ expected: [[String: Any]], in figures: [Candidate], reading: Reading) -> [String] {
        missing(expected) { text, value in
            figures.contains { reading.text(of: $0).lowercased() == text && matches(reading, $0, value) }
        }
    }

    /// The expected results no figure matches with its span read with or without the qualifier and its value
    /// read as recorded or as stated.
    static func missingEitherWay(_ expected: [[String: Any]], in figures: [Candidate]) -> [String] {
        missing(expected) { text, value in
            figures.contains { figure in
                [Reading.spec, .record].contains { $0.text(of: figure).lowercased() == text }
                    && [Reading.spec, .record].contains { matches($0, figure, value) }
            }
        }
    }

    private static func missing(_ expected: [[String: Any]], found: (String, Any?) -> Bool) -> [String] {
        var missing: [String] = []
        for item in expected {
            let text = (item["Text"] as? String ?? "").lowercased()
            let value = (item["Resolution"] as? [String: Any])?["value"]
            if !found(text, value) { missing.append("\(item["Text"] ?? "?")=\(value ?? "-")") }
        }
        return missing
    }

    /// A range value ("[20,30)", "(30,)", "(,700]") matches a figure with both ends, or an open end read from
    /// the qualifier ("more than 30": more_than 30; "up to 700": up_to 700); other values as `sameValue`.
    static func matches(_ reading: Reading, _ figure: Candidate, _ expected: Any?) -> Bool {
        guard let expected, let range = SpecRange(String(describing: expected)) else { return sameValue(reading.value(of: figure), expected) }
        guard case .number(let low)? = reading.value(of: figure) else { return false }
        let qualifier = figure.figure?.qualifier
        switch (range.low, range.high) {
        case (let a?, let b?):
            if a == b { return low == a && reading.valueMax(of: figure) == nil }
            return low == a && reading.valueMax(of: figure) == b
        case (let a?, nil):
            return low == a && (range.lowInclusive ? qualifier == .atLeast : qualifier == .moreThan)
        case (nil, let b?):
            return low == b && (range.highInclusive ? qualifier == .upTo : qualifier == .lessThan)
        case (nil, nil):
            return false
        }
    }

    private func tag(_ text: String, sequence: Int) -> [Candidate] { Self.figures(in: text, sequence: sequence, processor: processor) }

    /// The figures the pipeline finds in a sentence given as plain text, as the tag stage's candidates: the
    /// entities it hands on, each with how it reads (`FigureReading`). A document that fails, or a plan that does
    /// not tag, has none.
    static func figures(in text: String, sequence: Int, processor: DocumentProcessor) -> [Candidate] {
        let page = RawPage(sequence: sequence, inputID: "case\(sequence)", source: SourceLocation(path: nil), content: .text(text))
        guard let tagStage = processor.tagStage, case .success(let document) = processor.extract(page).flatMap(processor.segment) else {
            return []
        }
        return tagStage.candidates(document).filter { $0.type == .figure }
    }

    /// Spec values are strings: "75000000", "100%", "[20,30)"; no value means text alone decides.
    static func sameValue(_ ours: FigureValue?, _ expected: Any?) -> Bool {
        guard let expected else { return true }
        let text = "\(expected)".trimmingCharacters(in: CharacterSet(charactersIn: "%"))
        switch ours {
        case .number(let number)?:
            guard let value = Double(text) else { return false }
            return abs(number - value) <= 1e-9 * max(1, abs(value))
        case .date(let iso)?:
            return iso == text
        case nil:
            return false
        }
    }

    /// A Recognizers-Text range: "[20,30)", "(30,)", "(,700]".
    struct SpecRange {
        var low: Double?
        var high: Double?
        var lowInclusive: Bool
        var highInclusive: Bool

        init?(_ text: String) {
            guard let open = text.first, let close = text.last, "[(".contains(open), ")]".contains(close), text.count >= 3 else { return nil }
            let ends = text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
            guard ends.count == 2 else { return nil }
            low = Double(ends[0].trimmingCharacters(in: .whitespaces))
            high = Double(ends[1].trimmingCharacters(in: .whitespaces))
            guard low != nil || high != nil else { return nil }
            lowInclusive = open == "["
            highInclusive = close == "]"
        }
    }

    static func describe(_ value: FigureValue?) -> String {
        switch value {
        case .number(let number)?: JSONWriter.format(number)
        case .date(let iso)?: iso
        case nil: "-"
        }
    }
}
