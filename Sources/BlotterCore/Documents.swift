/// A document as it passes through the stages. Each stage's output type says what it holds, so a later stage
/// never has to check that an earlier one ran: `RawPage → ExtractedDocument → SegmentedDocument → TaggedDocument`.
public protocol StagedDocument: Sendable {
    /// The page the document came from: its sequence number, id and source name every record and error.
    var page: RawPage { get }
}

/// A document a plan may end with: it becomes one record.
public protocol RecordDocument: StagedDocument {
    var record: Record { get }
}

extension RawPage: StagedDocument {
    public var page: RawPage { self }
}

/// A page whose main text and metadata have been extracted.
public struct ExtractedDocument: RecordDocument {
    public var page: RawPage
    public var article: Article

    public init(page: RawPage, article: Article) {
        self.page = page
        self.article = article
    }

    public var record: Record { Record(page: page, article: article, entities: []) }
}

/// An extracted document with its text split into sentences and tokens.
public struct SegmentedDocument: RecordDocument {
    public var page: RawPage
    public var article: Article
    public var text: SegmentedText
    /// The title, segmented on its own (nil when the article has none): the tagger reads it with the text.
    public var title: SegmentedText?

    public init(_ extracted: ExtractedDocument, text: SegmentedText, title: SegmentedText? = nil) {
        self.page = extracted.page
        self.article = extracted.article
        self.text = text
        self.title = title
    }

    public var record: Record { Record(page: page, article: article, entities: []) }
}

/// A segmented document with the entities the tagger found.
public struct TaggedDocument: RecordDocument {
    public var page: RawPage
    public var article: Article
    public var text: SegmentedText
    public var entities: [Entity]
    /// Entities found in the title, their offsets into the title.
    public var titleEntities: [Entity]

    public init(_ segmented: SegmentedDocument, entities: [Entity], titleEntities: [Entity] = []) {
        self.page = segmented.page
        self.article = segmented.article
        self.text = segmented.text
        self.entities = entities
        self.titleEntities = titleEntities
    }

    public var record: Record {
        var record = Record(page: page, article: article, entities: entities)
        record.titleEntities = titleEntities
        return record
    }
}

extension Record {
    /// The record of a page's document: the page gives sequence, id, source and any known duplicate.
    init(page: RawPage, article: Article, entities: [Entity]) {
        self.init(sequence: page.sequence, id: page.recordID, source: page.source, article: article, entities: entities,
                  duplicateOf: page.duplicateOf)
    }
}
