import Foundation
import BlotterCore
import BlotterExtract
import BlotterText
import BlotterTag

/// The effective configuration of a run. Every default is defined here, once (`Configuration.defaults`);
/// a user's `pipeline.yaml` may set any subset of keys (see `ConfigurationLoader`).
public struct Configuration: Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int = Configuration.currentVersion
    /// Inputs used when the command line names none (relative to the configuration file's folder).
    public var inputs: [String] = ["corpus"]
    public var output = Output()
    public var pipeline = PipelineOptions()
    public var extract = ExtractOptions()
    public var segment = SegmentOptions()
    public var tag = TagOptions()

    public struct Output: Sendable, Equatable {
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

    public enum OutputFormat: String, Sendable, CaseIterable {
        case jsonl
        case esBulk = "es-bulk"
        case wane
    }

    public struct PipelineOptions: Sendable, Equatable {
        /// Documents in flight at most (read but not yet written). 64 keeps memory flat with 2 to 8 workers
        /// and large enough to hide a slow page behind the others.
        public var window: Int = 64
        /// The stages to run, a prefix of extract, segment, tag.
        public var stages: [StageName] = [.extract, .segment, .tag]
    }

    public struct ExtractOptions: Sendable, Equatable {
        /// Concurrent workers; 0 means one per processor.
        public var width: Int = 0
        /// Pages larger than this are an error entry; the extractor's own default (50 MiB).
        public var maxPageBytes: Int = Extractor.Options().maximumPageBytes
    }

    public struct SegmentOptions: Sendable, Equatable {
        public var width: Int = 0
        /// ICU locale of the break iterators; `@ss=standard` turns on ICU's sentence-break suppressions.
        public var locale: String = Segmenter().locale
    }

    public struct TagOptions: Sendable, Equatable {
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
