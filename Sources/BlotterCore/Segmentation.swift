/// What a token is, from ICU's word-break rule status.
public enum TokenKind: UInt8, Sendable {
    case word
    case number
    case punctuation
    case ideograph
}

/// A token of the article text. Offsets are UTF-8 byte offsets into `Article.text`.
public struct Token: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind {
        didSet { letterCase = TokenCase.of(text, kind: kind) }
    }
    public var text: String {
        didSet { lower = text.lowercased(); letterCase = TokenCase.of(text, kind: kind) }
    }
    /// The case of the word, read once (`TokenCase`).
    public private(set) var letterCase: TokenCase
    /// `text` in lower case, made once: the recognisers compare words in lower case many times per token
    /// (`String.lowercased()` was 10% of the whole pipeline's time when each comparison made its own).
    public private(set) var lower: String
    /// Index of the sentence that holds the token.
    public var sentence: Int
    /// True when white space (or the start of the text) comes right before the token.
    public var spaceBefore: Bool

    public init(start: Int, end: Int, kind: TokenKind, text: String, sentence: Int, spaceBefore: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
        self.lower = text.lowercased()
        self.letterCase = TokenCase.of(text, kind: kind)
        self.sentence = sentence
        self.spaceBefore = spaceBefore
    }
}

/// A sentence: its UTF-8 byte range and the half-open range of its tokens.
public struct Sentence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }
}

/// The article text with its sentences and tokens.
public struct SegmentedText: Sendable {
    public var text: String
    public var sentences: [Sentence]
    public var tokens: [Token]
    public init(text: String, sentences: [Sentence], tokens: [Token]) {
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
    }
}

extension SegmentedText {
    /// The title and the text as one text, `separator` between them, tokens and sentences renumbered: the tagger
    /// reads a headline with its story (an acronym the story defines, a country it names). `bodyOffset` is where
    /// the text starts, in UTF-8 bytes.
    public static func joined(title: SegmentedText, body: SegmentedText, separator: String = "\n\n") -> (text: SegmentedText, bodyOffset: Int) {
        let offset = title.text.utf8.count + separator.utf8.count
        let sentenceShift = title.sentences.count
        let tokenShift = title.tokens.count
        var tokens = title.tokens
        tokens.reserveCapacity(title.tokens.count + body.tokens.count)
        for var token in body.tokens {
            token.start += offset
            token.end += offset
            token.sentence += sentenceShift
            tokens.append(token)
        }
        var sentences = title.sentences
        sentences.reserveCapacity(title.sentences.count + body.sentences.count)
        for sentence in body.sentences {
            sentences.append(Sentence(start: sentence.start + offset, end: sentence.end + offset,
                                      tokens: (sentence.tokens.lowerBound + tokenShift)..<(sentence.tokens.upperBound + tokenShift)))
        }
        return (SegmentedText(text: title.text + separator + body.text, sentences: sentences, tokens: tokens), offset)
    }
}
