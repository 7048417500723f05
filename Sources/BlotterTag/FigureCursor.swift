import BlotterCore

/// What the rules of `FigureRecognizer` share while reading one figure: the tokens, the sentence, where the span
/// starts (its qualifier included), the qualifier, and once `readNumber` has read them, the currency written before
/// the number and where the number starts.
struct FigureCursor {
    let tokens: [Token]
    let sentence: Sentence
    let context: TagContext
    let reference: DateGrammar.Reference?
    /// The span's first token (the qualifier's, when there is one).
    let start: Int
    /// The first token after the qualifier.
    let afterQualifier: Int
    let qualifier: Qualifier?
    /// False while reading the second end of a range.
    let rangeEnds: Bool
    /// A currency written before the number ("£", "EUR").
    var currency: String?
    /// The number's first token.
    var numberStart: Int

    init(tokens: [Token], sentence: Sentence, context: TagContext, reference: DateGrammar.Reference?, start: Int, afterQualifier: Int,
         qualifier: Qualifier?, rangeEnds: Bool) {
        self.tokens = tokens
        self.sentence = sentence
        self.context = context
        self.reference = reference
        self.start = start
        self.afterQualifier = afterQualifier
        self.qualifier = qualifier
        self.rangeEnds = rangeEnds
        self.numberStart = afterQualifier
    }

    var limit: Int { sentence.tokens.upperBound }
    var sentenceStart: Int { sentence.tokens.lowerBound }
}
