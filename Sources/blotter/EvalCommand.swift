import ArgumentParser
import Foundation
import BlotterPipeline
import BlotterEvaluation

/// The `--floor` check every `eval` subcommand makes: prints FAIL and returns false below the floor.
extension DevSplit.Half: ExpressibleByArgument {}

enum Floor {
    static func holds(_ value: Double, _ floor: Double?, measure: String) -> Bool {
        guard let floor, value < floor else { return true }
        print(String(format: "FAIL: %@ %.4f is below the floor %.4f", measure, value, floor))
        return false
    }
}

/// An evaluation whose input cannot be read exits 2 naming it: a score over what could be read would mislead.
enum EvalInputs {
    static func check(_ summary: RunSummary) throws {
        guard !summary.inputErrors.isEmpty else { return }
        throw CommandFailure("cannot read \(summary.inputErrors.count) input(s): " + summary.inputErrors.prefix(5).joined(separator: "; "))
    }
}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure quality on development data (the development data's EVALUATION.md metrics).",
        discussion: "Each subcommand exits 1 below its --floor and 2 when an input page or file cannot be read (naming it).",
        subcommands: [EvalExtractCommand.self, EvalMetadataCommand.self, EvalFiguresCommand.self, EvalQuantitiesCommand.self, EvalNERCommand.self, EvalEntitiesCommand.self, EvalCoNLLTextCommand.self]
    )
}

struct EvalExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Main-text F1 on benchmark folders (html/ with truth/ or truth_raw/), as ../shared/tools/score_extraction.py.",
        discussion: """
        Runs the extract stage over BENCH/html/*.html and scores the text: full truth with the 4-token shingle \
        F1 (precision and recall averaged over pages), partial truth with the snippet F1. With --min-f1 the \
        command exits 1 when a set scores below the floor (CI uses this to pin quality).
        """
    )

    @Argument(help: ArgumentHelp("Benchmark folders, e.g. ../shared/data/extraction/modern-web-articles.", valueName: "bench"))
    var benchmarks: [String]

    @OptionGroup var options: ConfigOptions

    @Option(name: [.customLong("min-f1"), .customLong("floor")], help: ArgumentHelp("Fail (exit 1) when F1 is below this.", valueName: "f1"))
    var minF1: Double?

    @Option(name: .long, help: ArgumentHelp("Workers (default: one per processor).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print each page's F1, worst first (full-truth sets).")
    var perPage = false

    @Option(name: .long, help: ArgumentHelp("Also write the records to this file.", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Score only this half of each set (quality/SPLITS.md): tune or check.", valueName: "half"))
    var half: DevSplit.Half?

    func run() throws {
        let (configuration, processor) = try options.processor { configuration in
            configuration.pipeline.stages = [.extract]
            if let jobs { configuration.extract.width = jobs }
        }
        var failed = false
        for path in benchmarks {
            let set: ExtractionBenchmarkSet
            do { set = try ExtractionBenchmarkSet(directory: URL(fileURLWithPath: path), half: half) } catch { throw CommandFailure(error.description) }
            let (collector, summary) = try set.run(configuration, processor: processor, recordsPath: out)
            try EvalInputs.check(summary)
            let score = set.score(texts: collector.texts)
            if perPage {
                for page in score.perPage.sorted(by: { $0.f1 < $1.f1 || ($0.f1 == $1.f1 && $0.id < $1.id) }) {
                    print(String(format: "%.3f\t%@", page.f1, page.id))
                }
            }
            let kind = score.snippet ? "snippet " : ""
            print("\(path)")
            print(String(format: "pages %d  missing %d  errors %d  %@precision %.3f  recall %.3f", score.pages, score.missing,
                         summary.errors, kind, score.precision, score.recall))
            print(String(format: "%@F1 %.4f", kind, score.f1))
            if !Floor.holds(score.f1, minF1, measure: "F1") { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}

struct EvalMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metadata",
        abstract: "Title, byline and date against a benchmark's page facts (truth_raw/<id>.json ground_truth, as in modern-web-articles).",
        discussion: """
        Runs the extract stage over BENCH/html/*.html and compares each record's title, byline and published date \
        with the page's facts; each field is scored over the pages whose facts give it (see MetadataScore for what \
        counts as right). --floor takes one share for all three fields or three, comma-separated: title,byline,date.
        """
    )

    @Argument(help: ArgumentHelp("Benchmark folders with truth_raw/*.json page facts.", valueName: "bench"))
    var benchmarks: [String]

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) when a field's share right is below this: one share, or title,byline,date.", valueName: "shares"))
    var floor: String?

    @Option(name: .long, help: ArgumentHelp("Score only this half of each set (quality/SPLITS.md): tune or check.", valueName: "half"))
    var half: DevSplit.Half?

    @Option(name: .long, help: "Print this many misses per field (page | truth | found).")
    var misses: Int = 0

    func run() throws {
        let floors = try parsedFloors()
        let (configuration, processor) = try options.processor { $0.pipeline.stages = [.extract] }
        var failed = false
        for path in benchmarks {
            let set: ExtractionBenchmarkSet
            do { set = try ExtractionBenchmarkSet(directory: URL(fileURLWithPath: path), half: half) } catch { throw CommandFailure(error.description) }
            let (collector, summary) = try set.run(configuration, processor: processor, keepRecords: true)
            try EvalInputs.check(summary)
            var found: [String: MetadataScore.Found] = [:]
            for record in collector.records {
                guard let source = record.source.path else { continue }
                let id = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
                found[id] = MetadataScore.Found(title: record.article.title, byline: record.article.byline, published: record.article.published)
            }
            let pages = set.ids.compactMap { id -> (id: String, truth: [String: String], found: MetadataScore.Found)? in
                guard let truth = MetadataScore.truth(at: set.directory.appendingPathComponent("truth_raw/\(id).json")) else { return nil }
                return (id: id, truth: truth, found: found[id] ?? MetadataScore.Found(title: nil, byline: nil, published: nil))
            }
            guard !pages.isEmpty else { throw CommandFailure("\(path): no truth_raw/*.json with ground_truth page facts") }
            let result = MetadataScore.score(pages)
            print("\(path): \(pages.count) pages with page facts")
            for (name, field, floor) in [("title", result.title, floors[0]), ("byline", result.byline, floors[1]), ("date", result.date, floors[2])] {
                print(name.padding(toLength: 7, withPad: " ", startingAt: 0)
                      + String(format: "right %3d of %3d  %.3f  (given where the truth has none: %d)", field.right, field.pages, field.accuracy, field.unasked))
                for miss in field.misses.prefix(misses) { print("  \(miss.id) | \(miss.truth) | \(miss.found)") }
                if !Floor.holds(field.accuracy, floor, measure: "\(name) share right") { failed = true }
            }
        }
        if failed { throw ExitCode(1) }
    }

    private func parsedFloors() throws -> [Double?] {
        guard let floor else { return [nil, nil, nil] }
        let values = floor.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.allSatisfy({ $0 != nil }), values.count == 1 || values.count == 3 else {
            throw CommandFailure("--floor \(floor): give one share (0-1) or three, comma-separated: title,byline,date")
        }
        return values.count == 1 ? [values[0], values[0], values[0]] : values
    }
}

struct EvalFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Pass rate on Recognizers-Text spec files (every expected result found with the same text and value).",
        discussion: """
        FILE_OR_DIR: spec .json files, or folders searched recursively for them (e.g. ../shared/data/figures/recognizers-dev). \
        Figures are read as the specs write them: the span without its qualifier ("$ 14 million" of "about $ 14 million") \
        and the number in the unit written ("470 pence" = 470). The rate with the record's own text and values (qualifier \
        in the span, money in major units, mass in kg) is shown in brackets.
        """
    )

    @Argument(help: ArgumentHelp("Spec files or folders.", valueName: "path"))
    var paths: [String]

    @OptionGroup var options: ConfigOptions

    @Flag(name: .long, help: "Print every failing case.")
    var failures = false

    @Option(name: [.customLong("min-rate"), .customLong("floor")], help: ArgumentHelp("Fail (exit 1) when the pass rate over all files is below this (0-1).", valueName: "rate"))
    var minRate: Double?

    @Option(name: .long, help: ArgumentHelp("Score only this half of the cases (quality/SPLITS.md, id = <file stem>#<case index>): tune or check.", valueName: "half"))
    var half: DevSplit.Half?

    /// The spec files of EVALUATION.md §4's target (currency, dimension, age, percentage and date cases) and of
    /// issue 16's (durations and number ranges too).
    static let targetFiles: Set<String> = ["CurrencyModel.json", "DimensionModel.json", "AgeModel.json", "PercentModel.json", "DateExtractor.json",
                                           "DurationExtractor.json", "NumberRangeModel.json"]

    func run() throws {
        let (_, processor) = try options.processor { $0.pipeline.stages = [.extract, .segment, .tag] }
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CommandFailure("\(path): no such file") }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                while let name = enumerator?.nextObject() as? String {
                    if name.hasSuffix(".json") { files.append(URL(fileURLWithPath: path).appendingPathComponent(name)) }
                }
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        let evaluation = FigureEvaluation(processor: processor)
        var cases = 0, passed = 0, recorded = 0
        var targetCases = 0, targetPassed = 0
        print("file                          passed / cases    rate   (as recorded) (either way)")
        for file in files.sorted(by: { $0.path < $1.path }) {
            let result: FigureEvaluation.FileResult
            do { result = try evaluation.evaluate(file: file, half: half) } catch { throw CommandFailure("\(file.path): cannot read the spec cases: \(error)") }
            cases += result.cases
            passed += result.passed
            recorded += result.passedAsRecorded
            if Self.targetFiles.contains(result.file) {
                targetCases += result.cases
                targetPassed += result.passed
            }
            print(result.file.padding(toLength: 28, withPad: " ", startingAt: 0)
                  + String(format: " %6d / %5d  %5.1f%%  (%5.1f%%)      (%5.1f%%)", result.passed, result.cases, 100 * result.rate,
                           result.cases > 0 ? 100 * Double(result.passedAsRecorded) / Double(result.cases) : 0,
                           result.cases > 0 ? 100 * Double(result.passedEitherWay) / Double(result.cases) : 0))
            if failures { for failure in result.failures { print("  - \(failure)") } }
        }
        let rate = cases > 0 ? Double(passed) / Double(cases) : 0
        if targetCases > 0, targetCases < cases {
            print(String(format: "target kinds (currency, dimension, age, percent, date, duration, number range): %d / %d  %.1f%%", targetPassed, targetCases,
                         100 * Double(targetPassed) / Double(targetCases)))
        }
        print(String(format: "all: %d / %d  %.1f%%  (as recorded: %.1f%%: qualifier kept in the span, values in Blotter's units)",
                     passed, cases, 100 * rate, cases > 0 ? 100 * Double(recorded) / Double(cases) : 0))
        if !Floor.holds(rate, minRate, measure: "pass rate") { throw ExitCode(1) }
    }
}

struct EvalQuantitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantities",
        abstract: "quantulum3 test sentences: quantities found with the same surface and value (in Blotter's units).",
        discussion: "FILE: quantulum3's quantities.json, e.g. ../shared/data/figures/quantulum3/quantities.json. Units Blotter does not record are reported as out of scope."
    )

    @Argument(help: ArgumentHelp("quantities.json", valueName: "file"))
    var file: String

    @OptionGroup var options: ConfigOptions

    @Flag(name: .long, help: "Print every case with a quantity missed.")
    var failures = false

    @Option(name: [.customLong("min-recall"), .customLong("floor")], help: ArgumentHelp("Fail (exit 1) when the share of in-scope quantities found is below this (0-1).", valueName: "recall"))
    var minRecall: Double?

    @Option(name: .long, help: ArgumentHelp("Score only this half of the sentences (quality/SPLITS.md, id = quantulum3#<index>): tune or check.", valueName: "half"))
    var half: DevSplit.Half?

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw CommandFailure("\(file): no such file") }
        let (_, processor) = try options.processor { $0.pipeline.stages = [.extract, .segment, .tag] }
        let result: QuantityEvaluation.Result
        do { result = try QuantityEvaluation(processor: processor).evaluate(file: URL(fileURLWithPath: file), half: half) } catch {
            throw CommandFailure("\(file): cannot read the quantities: \(error)")
        }
        if failures { for failure in result.failures { print("  - \(failure)") } }
        print("cases: \(result.cases) (\(result.casesInScope) with quantities in Blotter's units), passed \(result.casesPassed) "
              + String(format: "(%.1f%%)", 100 * result.caseRate))
        print("quantities in scope: \(result.found) / \(result.quantities) found "
              + String(format: "(%.1f%%)", 100 * result.recall) + "; out of scope: \(result.outOfScope)")
        if !Floor.holds(result.recall, minRecall, measure: "quantity recall") { throw ExitCode(1) }
    }
}

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Person and location span F1 on CoNLL-format files (exact spans), e.g. ../shared/data/ner/conll2003/dev.txt.",
        discussion: """
        The whole pipeline's person entities are scored against PER spans and its location entities against LOC \
        spans; the bare sequence model is scored per CoNLL type (PER, ORG, LOC, MISC) on the same sentences. \
        --floor PER or --floor PER,LOC: exit 1 when the pipeline's F1 is below either.
        """
    )

    @Argument(help: ArgumentHelp("CoNLL files (token and tag a line).", valueName: "file"))
    var files: [String]

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Print this many wrong spans (+ false, - missed) per type.")
    var errors: Int = 0

    @Option(name: [.customLong("min-f1"), .customLong("floor")], help: ArgumentHelp("Fail (exit 1) when person F1 (and location F1, when two are given) is below this.", valueName: "per[,loc]"))
    var floor: String?

    func run() throws {
        let floors = try floor.map { text in
            let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(parts.count), let person = parts[0] else { throw CommandFailure("--floor: expected PER or PER,LOC (numbers), got '\(text)'") }
            guard parts.count == 1 || parts[1] != nil else { throw CommandFailure("--floor: expected PER or PER,LOC (numbers), got '\(text)'") }
            return (person: person, location: parts.count == 2 ? parts[1] : nil)
        }
        let (_, processor) = try options.processor { $0.pipeline.stages = [.extract, .segment, .tag] }
        var failed = false
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw CommandFailure("\(file): cannot read") }
            let report = NEREvaluation(processor: processor).report(conll: text, keepErrors: errors)
            print(file)
            for (name, score) in [("person", report.person), ("location", report.location)] {
                print(String(format: "%@ spans: gold %d  predicted %d  precision %.3f  recall %.3f", name,
                             score.gold, score.predicted, score.precision, score.recall))
            }
            if let model = report.model { print("bare model: " + model.summary) }
            for error in report.person.errors + report.location.errors { print("  \(error)") }
            print(String(format: "LOC F1 %.4f", report.location.f1))
            print(String(format: "PER F1 %.4f", report.person.f1))
            if !Floor.holds(report.person.f1, floors?.person, measure: "person F1") { failed = true }
            if !Floor.holds(report.location.f1, floors?.location, measure: "location F1") { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "People, forces, operations and figures on whole pages against a hand-made gold list (EVALUATION.md §2), e.g. quality/police-news/gold.jsonl.",
        discussion: """
        Each gold line names a page (raw HTML, path relative to the working directory) and the distinct people, \
        forces, operations and figures (kind, value, currency) it holds. Strings match case-insensitively with \
        white space folded; scores are micro-averaged over pages. --floor applies to both the people+forces+\
        operations F1 and the figures F1.
        """
    )

    @Argument(help: ArgumentHelp("Gold files (JSON lines).", valueName: "gold"))
    var files: [String]

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Print this many errors (page: type - missed / + extra).")
    var errors: Int = 0

    @Option(name: [.customLong("min-f1"), .customLong("floor")], help: ArgumentHelp("Fail (exit 1) when either F1 is below this.", valueName: "f1"))
    var minF1: Double?

    @Option(name: .long, help: ArgumentHelp("Score only this half of the pages (quality/SPLITS.md, id = the gold line's page): tune or check.", valueName: "half"))
    var half: DevSplit.Half?

    func run() throws {
        let (_, processor) = try options.processor { _ in }
        var failed = false
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw CommandFailure("\(file): cannot read") }
            let pages: [EntityEvaluation.GoldPage]
            do { pages = try EntityEvaluation.gold(text, file: file).filter { DevSplit.includes($0.page, in: half) } } catch { throw CommandFailure(error.description) }
            let report = EntityEvaluation(processor: processor).evaluate(pages)
            // A page that cannot be read would count as finding nothing: the score would mislead.
            let unreadable = report.unreadable
            if !unreadable.isEmpty {
                throw CommandFailure("\(file): \(unreadable.count) of \(pages.count) pages cannot be read (paths are relative to the working directory; "
                                     + "pages of the development data need ../shared/data beside the repository): "
                                     + unreadable.prefix(5).joined(separator: ", ") + (unreadable.count > 5 ? ", …" : ""))
            }
            print("\(file): \(pages.count) pages")
            for type in ["person", "force", "operation", "figure"] {
                guard let score = report.scores[type] else { continue }
                print(type.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "gold %4d  predicted %4d  precision %.3f  recall %.3f  F1 %.4f",
                             score.gold, score.predicted,
                             score.precision, score.recall, score.f1))
            }
            print(String(format: "people+forces+operations F1 %.4f", report.namedF1))
            let figures = report.scores["figure"]?.f1
            if let figures { print(String(format: "figures F1 %.4f", figures)) }
            for error in report.errors.prefix(errors) { print("  \(error)") }
            if !Floor.holds(report.namedF1, minF1, measure: "people+forces+operations F1") { failed = true }
            if let figures, !Floor.holds(figures, minF1, measure: "figures F1") { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}

struct EvalCoNLLTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conll-text",
        abstract: "Print a CoNLL document as the running text that gold pages named FILE#N are scored on (for annotators)."
    )

    @Argument(help: ArgumentHelp("A CoNLL file, e.g. ../shared/data/ner/conll2003/train.txt.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("Document index, 0-based, counted at -DOCSTART- lines.", valueName: "n"))
    var document: Int

    func run() throws {
        guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else { throw CommandFailure("\(file): cannot read") }
        guard let text = CoNLLDocumentText.text(of: contents, document: document) else {
            throw CommandFailure("\(file): no document \(document)")
        }
        print(text)
    }
}
