/// The stages of the pipeline, in order.
public enum StageName: String, Sendable, CaseIterable, Codable, Comparable {
    case source
    case extract
    case segment
    case tag
    case sink

    /// Position in the pipeline.
    public var order: Int {
        switch self {
        case .source: 0
        case .extract: 1
        case .segment: 2
        case .tag: 3
        case .sink: 4
        }
    }

    public static func < (lhs: StageName, rhs: StageName) -> Bool { lhs.order < rhs.order }
}

/// A document that could not be processed: it appears in the errors stream, not in the records.
public struct DocumentError: Error, Sendable, Equatable {
    public var sequence: Int
    public var id: String?
    public var source: SourceLocation
    public var stage: StageName
    public var message: String

    public init(sequence: Int, id: String?, source: SourceLocation, stage: StageName, message: String) {
        self.sequence = sequence
        self.id = id
        self.source = source
        self.stage = stage
        self.message = message
    }

    /// "corpus/x.html: extract: page is 60 MB, over the 50 MB limit"
    public var description: String { "\(source.displayName): \(stage.rawValue): \(message)" }
}

/// An error a stage raises for one document, with a message a user can act on.
public struct StageFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension DocumentError {
    /// The error of `page` at `stage`.
    public init(page: RawPage, stage: StageName, message: String) {
        self.init(sequence: page.sequence, id: page.recordID, source: page.source, stage: stage, message: message)
    }
}

/// One step of the pipeline: a typed document in, the next typed document out. A stage that cannot fail
/// simply does not throw.
public protocol Stage: Sendable {
    associatedtype Input: StagedDocument
    associatedtype Output: StagedDocument
    static var name: StageName { get }
    func run(_ input: Input) throws(StageFailure) -> Output
}

extension Stage {
    /// The stage's output, or the error naming the input's page and this stage.
    public func result(_ input: Input) -> Result<Output, DocumentError> {
        do {
            return .success(try run(input))
        } catch {
            return .failure(DocumentError(page: input.page, stage: Self.name, message: error.message))
        }
    }
}
