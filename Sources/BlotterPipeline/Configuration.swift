import Foundation
import BlotterCore
import BlotterExtract
import BlotterText
import BlotterTag

/// The effective configuration of a run. Every default is defined here, once (`Configuration.defaults`), and
/// every key of `pipeline.yaml`, once: each section's `CodingKeys`. Reading (`ConfigurationLoader`, through
/// Yams' decoder) and printing (`yaml`, through its encoder) both go through the `Codable` conformance below;
/// a file may set any subset of keys, a missing one keeps its default.
public struct Configuration: Sendable, Equatable, Codable {
    public static let currentVersion = 1

    public var version: Int = Configuration.currentVersion
    /// Inputs used when the command line names none (relative to the configuration file's folder).
    public var inputs: [String] = ["corpus"]
    public var output = Output()
    public var pipeline = PipelineOptions()
    public var extract = ExtractOptions()
    public var segment = SegmentOptions()
    public var tag = TagOptions()

    public struct Output: Sendable, Equatable, Codable {
        /// Records file, "-" for standard output.
        public var records: String = "out/records.jsonl"
        /// Error entries file; nil writes them as messages on standard error.
        public var errors: String? = nil
        /// SQLite store to upsert records into; nil for none.
        public var db: String? = nil
        public var format: OutputFormat = .jsonl
        /// The index named in es-bulk action lines.
        public var index: String = "blotter"
    }

    public enum OutputFormat: String, Sendable, CaseIterable, Codable {
        case jsonl
        case esBulk = "es-bulk"
        case wane
    }

    public struct PipelineOptions: Sendable, Equatable, Codable {
        /// Documents in flight at most (read but not yet written). 64 keeps memory flat with 2 to 8 workers
        /// and large enough to hide a slow page behind the others.
        public var window: Int = 64
        /// The stages to run, a prefix of extract, segment, tag.
        public var stages: [StageName] = [.extract, .segment, .tag]
    }

    public struct ExtractOptions: Sendable, Equatable, Codable {
        /// Concurrent workers; 0 means one per processor.
        public var width: Int = 0
        /// Pages larger than this are an error entry; the extractor's own default (50 MiB).
        public var maxPageBytes: Int = Extractor.Options().maximumPageBytes
    }

    public struct SegmentOptions: Sendable, Equatable, Codable {
        public var width: Int = 0
        /// ICU locale of the break iterators; `@ss=standard` turns on ICU's sentence-break suppressions.
        public var locale: String = Segmenter().locale
    }

    public struct TagOptions: Sendable, Equatable, Codable {
        public var width: Int = 0
        /// The models folder (relative to the configuration file's folder).
        public var models: String = "models"
        public var recognizers: [String] = RecognizerRegistry.defaultNames
        /// Document-level passes that add people in sports layouts (`MentionPass`: cricket_scorecard, scorer_list);
        /// none by default (see docs/TAGGER.md for the measurement).
        public var mentionPasses: [String] = MentionPass.defaultNames
    }

    public static let defaults = Configuration()

    public init() {}

    /// Workers for a stage: its width, or one per processor when 0.
    public static func workers(_ width: Int) -> Int {
        width > 0 ? width : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}

// MARK: - Reading: every key optional, checked by `ConfigurationSection`

extension Configuration {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, inputs, output, pipeline, extract, segment, tag
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let file = try ConfigurationSection<CodingKeys>(decoder)
        version = try file.int(.version, else: version)
        guard version == Configuration.currentVersion else {
            throw file.fail(.version, "\(version) is not supported (this blotter reads version \(Configuration.currentVersion))")
        }
        inputs = try file.strings(.inputs, else: inputs)
        output = try file.section(.output, else: output)
        pipeline = try file.section(.pipeline, else: pipeline)
        extract = try file.section(.extract, else: extract)
        segment = try file.section(.segment, else: segment)
        tag = try file.section(.tag, else: tag)
    }
}

extension Configuration.Output {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case records, errors, db, format, index
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let section = try ConfigurationSection<CodingKeys>(decoder)
        records = try section.string(.records, else: records)
        errors = try section.optionalString(.errors, else: errors)
        db = try section.optionalString(.db, else: db)
        format = try section.enumeration(.format, else: format)
        index = try section.string(.index, else: index)
    }

    /// Every key written, a missing path as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(records, forKey: .records)
        try container.encode(errors, forKey: .errors)
        try container.encode(db, forKey: .db)
        try container.encode(format, forKey: .format)
        try container.encode(index, forKey: .index)
    }
}

extension Configuration.PipelineOptions {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case window, stages
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let section = try ConfigurationSection<CodingKeys>(decoder)
        window = try section.int(.window, minimum: 1, else: window)
        let names = try section.strings(.stages, else: stages.map(\.rawValue))
        switch StageSelection.parse(names) {
        case .success(let selected): stages = selected
        case .failure(let problem): throw section.fail(.stages, problem.message)
        }
    }
}

extension Configuration.ExtractOptions {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case width
        case maxPageBytes = "max_page_bytes"
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let section = try ConfigurationSection<CodingKeys>(decoder)
        width = try section.int(.width, minimum: 0, else: width)
        maxPageBytes = try section.int(.maxPageBytes, minimum: 1, maximum: Extractor.Options.largestPageBytes, else: maxPageBytes)
    }
}

extension Configuration.SegmentOptions {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case width, locale
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let section = try ConfigurationSection<CodingKeys>(decoder)
        width = try section.int(.width, minimum: 0, else: width)
        locale = try section.string(.locale, else: locale)
    }
}

extension Configuration.TagOptions {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case width, models, recognizers
        case mentionPasses = "mention_passes"
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let section = try ConfigurationSection<CodingKeys>(decoder)
        width = try section.int(.width, minimum: 0, else: width)
        models = try section.string(.models, else: models)
        recognizers = try section.strings(.recognizers, else: recognizers)
        mentionPasses = try section.strings(.mentionPasses, else: mentionPasses)
        for name in mentionPasses where MentionPass(rawValue: name) == nil {
            throw section.fail(.mentionPasses, "unknown pass '\(name)' (known: \(MentionPass.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }
}
