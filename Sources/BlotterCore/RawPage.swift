import Foundation

/// Where a document came from, as written to `record.source`.
public struct SourceLocation: Sendable, Equatable {
    /// The input file (a page, a `.jsonl` file, `-` for standard input).
    public var path: String?
    public var url: String?
    /// WARC file, offset and length of the record, for WARC input.
    public var warc: WARCLocation?
    /// Capture time (ISO 8601) when the input knows it.
    public var captured: String?
    /// Line number inside a JSON-lines input; used in messages, not part of the record.
    public var line: Int?

    public init(path: String?, url: String? = nil, warc: WARCLocation? = nil, captured: String? = nil, line: Int? = nil) {
        self.path = path
        self.url = url
        self.warc = warc
        self.captured = captured
        self.line = line
    }

    /// How messages name this input: `path`, `path:line` or `path@offset`.
    public var displayName: String {
        var name = path ?? url ?? "<unknown input>"
        if let line { name += ":\(line)" }
        if let warc { name += "@\(warc.offset)" }
        return name
    }
}

public struct WARCLocation: Sendable, Equatable {
    public var file: String
    public var offset: Int
    public var length: Int
    public init(file: String, offset: Int, length: Int) {
        self.file = file
        self.offset = offset
        self.length = length
    }
}

/// What a page holds before extraction: raw bytes of HTML, or text that skips extraction.
public enum PageContent: Sendable, Equatable {
    case html([UInt8])
    case text(String)
}

/// What the input says of a document beside its content: a JSON-lines object's "title", "published" and "byline",
/// as datasets of news carry them. They win over what extraction finds; "published" is read as the page's own dates
/// are (ISO 8601, "27 April 2020", "April 27, 2020", …), and one Blotter cannot read is an error naming the input.
public struct GivenMetadata: Sendable, Equatable {
    public var title: String?
    public var published: String?
    public var byline: String?

    public init(title: String? = nil, published: String? = nil, byline: String? = nil) {
        self.title = title
        self.published = published
        self.byline = byline
    }
}

/// One document as the source stage yields it.
public struct RawPage: Sendable {
    /// Position in the input order; the sink restores this order.
    public var sequence: Int
    /// The input's own id (WARC-Record-ID, JSONL `id`); nil means "derive from the bytes".
    public var inputID: String?
    public var source: SourceLocation
    public var content: PageContent
    /// Charset named by the transport (HTTP `Content-Type`), if any.
    public var declaredCharset: String?
    /// The record this page is known to repeat before its text is read (a WARC revisit names its original).
    public var duplicateOf: String?
    /// Title, date and byline the input gives (`GivenMetadata`), nil when it gives none.
    public var given: GivenMetadata?

    public init(sequence: Int, inputID: String? = nil, source: SourceLocation, content: PageContent, declaredCharset: String? = nil) {
        self.sequence = sequence
        self.inputID = inputID
        self.source = source
        self.content = content
        self.declaredCharset = declaredCharset
    }

    /// The record id: the input's id when it has one, else the SHA-256 of the page bytes (hex), with the title, date
    /// and byline the input gives after them (two lines of one text with different dates are two records).
    public var recordID: String {
        if let inputID, !inputID.isEmpty { return inputID }
        var bytes: [UInt8]
        switch content {
        case .html(let page): bytes = page
        case .text(let text): bytes = Array(text.utf8)
        }
        if let given {
            for field in [given.title, given.published, given.byline] { bytes += [0] + Array((field ?? "").utf8) }
        }
        return StableID.sha256Hex(bytes)
    }
}
