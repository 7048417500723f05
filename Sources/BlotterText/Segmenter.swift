import BlotterCore

/// The segment stage: sentences and tokens over the article text with ICU break iterators.
///
/// Token adjustments after ICU (which keeps "Forsyth's" and "1.2m" as single words):
/// - a possessive "'s" / "’s" becomes its own token, so names stop before it;
/// - a token that starts with digits and ends with letters ("1.2m", "90kg", "34th") splits at the change,
///   so numbers and units are separate; letter-first tokens ("M25", "A1") stay whole.
public struct Segmenter: Sendable {
    public var locale: String

    public init(locale: String = "en_GB@ss=standard") { self.locale = locale }

    public func segment(_ text: String) throws(StageFailure) -> SegmentedText {
        try segment(text, with: ICUSegmenter(locale: locale))
    }

    /// A text and its title with one set of break iterators (opening them costs about as much as segmenting a
    /// short article: a second open per document for the title made the segment stage 15% slower).
    public func segment(_ text: String, title: String?) throws(StageFailure) -> (text: SegmentedText, title: SegmentedText?) {
        let icu = try ICUSegmenter(locale: locale)
        let body = try segment(text, with: icu)
        guard let title, !title.isEmpty else { return (body, nil) }
        return (body, try? segment(title, with: icu))
    }

    func segment(_ text: String, with icu: ICUSegmenter) throws(StageFailure) -> SegmentedText {
        let utf8 = Array(text.utf8)
        let sentenceBounds = mergeAbbreviationBreaks(try icu.sentenceBoundaries(utf8), utf8: utf8)
        let (wordBounds, rules) = try icu.wordBoundaries(utf8)

        var tokens: [Token] = []
        tokens.reserveCapacity(wordBounds.count)
        var sentences: [Sentence] = []
        var sentenceIndex = 0
        var sentenceStartToken = 0
        var boundaryIndex = 1
        while boundaryIndex < wordBounds.count {
            let start = Int(wordBounds[boundaryIndex - 1])
            let end = Int(wordBounds[boundaryIndex])
            let rule = rules[boundaryIndex]
            boundaryIndex += 1
            // Close sentences that end at or before this token.
            while sentenceIndex + 1 < sentenceBounds.count, start >= sentenceBounds[sentenceIndex + 1] {
                sentences.append(Sentence(start: sentenceBounds[sentenceIndex], end: sentenceBounds[sentenceIndex + 1],
                                          tokens: sentenceStartToken..<tokens.count))
                sentenceStartToken = tokens.count
                sentenceIndex += 1
            }
            guard end > start else { continue }
            let kind: TokenKind
            switch rule {
            case 100..<200: kind = .number
            case 200..<300: kind = .word
            case 300..<500: kind = .ideograph
            default:
                if utf8[start..<end].allSatisfy(Self.isSpace) { continue }
                // Unicode white space other than ASCII (NBSP survives normalisation only in plain-text input).
                let piece = String(decoding: utf8[start..<end], as: UTF8.self)
                if piece.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
                kind = .punctuation
            }
            let spaceBefore = start == 0 || Self.isSpace(utf8[start - 1]) || utf8[start - 1] >= 0x80 && Self.precededByUnicodeSpace(utf8, start)
            appendToken(utf8: utf8, start: start, end: end, kind: kind, sentence: sentenceIndex, spaceBefore: spaceBefore, into: &tokens)
        }
        while sentenceIndex + 1 < sentenceBounds.count {
            sentences.append(Sentence(start: sentenceBounds[sentenceIndex], end: sentenceBounds[sentenceIndex + 1],
                                      tokens: sentenceStartToken..<tokens.count))
            sentenceStartToken = tokens.count
            sentenceIndex += 1
        }
        return SegmentedText(text: text, sentences: sentences, tokens: tokens)
    }

    private func appendToken(utf8: [UInt8], start: Int, end: Int, kind: TokenKind, sentence: Int, spaceBefore: Bool,
                             into tokens: inout [Token]) {
        func make(_ from: Int, _ to: Int, _ kind: TokenKind, _ space: Bool) -> Token {
            Token(start: from, end: to, kind: kind, text: String(decoding: utf8[from..<to], as: UTF8.self),
                  sentence: sentence, spaceBefore: space)
        }
        // Possessive: ' (1 byte) or ’ (E2 80 99) followed by s/S at the end of a word.
        if kind == .word, end - start >= 3, ASCII.lowercased(utf8[end - 1]) == UInt8(ascii: "s") {
            let apostropheLength = utf8[end - 2] == 0x27 ? 1 : (end - start >= 5 && utf8[end - 4] == 0xE2 && utf8[end - 3] == 0x80 && utf8[end - 2] == 0x99 ? 3 : 0)
            let stemEnd = end - 1 - apostropheLength
            if apostropheLength > 0, stemEnd > start {
                tokens.append(make(start, stemEnd, .word, spaceBefore))
                tokens.append(make(stemEnd, end, .word, false))
                return
            }
        }
        // Digits then letters: "1.2m" → "1.2" "m".
        if kind != .punctuation, Self.isDigit(utf8[start]), Self.isLetter(utf8[end - 1]) {
            var split = start
            while split < end, Self.isDigit(utf8[split]) || ((utf8[split] == 0x2E || utf8[split] == 0x2C) && split + 1 < end && Self.isDigit(utf8[split + 1])) {
                split += 1
            }
            if split > start, split < end, utf8[split..<end].allSatisfy(Self.isLetter) {
                tokens.append(make(start, split, .number, spaceBefore))
                tokens.append(make(split, end, .word, false))
                return
            }
        }
        // A currency symbol glued to its number: "RM20,000" → "RM" "20,000" (letter-first tokens otherwise stay whole).
        if kind != .punctuation, let split = Self.gluedCurrencySplit(utf8, start: start, end: end) {
            tokens.append(make(start, split, .word, spaceBefore))
            tokens.append(make(split, end, .number, false))
            return
        }
        // And with its multiplier glued after it: "R2.8bn" → "R" "2.8" "bn".
        if kind != .punctuation, let (split, multiplier) = Self.gluedCurrencyMultiplierSplit(utf8, start: start, end: end) {
            tokens.append(make(start, split, .word, spaceBefore))
            tokens.append(make(split, multiplier, .number, false))
            tokens.append(make(multiplier, end, .word, false))
            return
        }
        tokens.append(make(start, end, kind, spaceBefore))
    }

    /// Where the number starts in a token that is a currency symbol of `CurrencyLetterSymbols` glued to digits.
    static func gluedCurrencySplit(_ utf8: [UInt8], start: Int, end: Int, multiplierGlued: Bool = false) -> Int? {
        guard end - start >= 2, end - start <= 24, isLetter(utf8[start]), isDigit(utf8[end - 1]) else { return nil }
        var split = start
        while split < end, isLetter(utf8[split]) { split += 1 }
        guard split < end, split - start <= 4, isDigit(utf8[split]),
              utf8[split..<end].allSatisfy({ isDigit($0) || $0 == 0x2C || $0 == 0x2E }) else { return nil }
        let symbol = String(decoding: utf8[start..<split], as: UTF8.self)
        guard CurrencyLetterSymbols.glued.contains(symbol) else { return nil }
        // Plainly a sum: a separator ("P3.5", "RM20,000"), three digits or more after a symbol of two letters or more
        // ("RM500"; not "MK6", a car's mark), or a multiplier after it ("R15 million"). An ISO code needs a separator
        // or a multiplier ("USD5,000", "VND2 trillion"; not a plate's "JMD4521" or a petrol grade's "RON100").
        if multiplierGlued || utf8[split..<end].contains(where: { $0 == 0x2C || $0 == 0x2E }) { return split }
        if !CurrencyLetterSymbols.isSingleLetter(symbol), !CurrencyLetterSymbols.isCodeOnly(symbol), end - split >= 3 { return split }
        // ("R400 000"; one digit needs two groups, "R1 250 000": "the N1 100 metres on" is a road.)
        if end - split <= 3, Self.opensSpaceGroup(utf8, after: end),
           end - split > 1 || Self.opensSpaceGroup(utf8, after: end + 4) { return split }
        var next = end
        while next < utf8.count, utf8[next] == 0x20 { next += 1 }
        let following = String(decoding: utf8[next..<min(utf8.count, next + 9)], as: UTF8.self).lowercased()
        guard next > end, CurrencyLetterSymbols.multipliers.contains(where: { following.hasPrefix($0) }) else { return nil }
        return split
    }

    /// One space, then exactly three digits: the next group of a sum whose thousands are grouped by spaces ("R400 000",
    /// as South Africa writes them; session 23, the tune halves of batches 78 and 83).
    static func opensSpaceGroup(_ utf8: [UInt8], after end: Int) -> Bool {
        guard end + 4 <= utf8.count, utf8[end] == 0x20, utf8[(end + 1)..<(end + 4)].allSatisfy(isDigit) else { return false }
        return end + 4 == utf8.count || !(isDigit(utf8[end + 4]) || isLetter(utf8[end + 4]))
    }

    /// Where the number and its multiplier start in a token that is a currency symbol glued to a sum and a multiplier
    /// ("R2.8bn", "KSh2.5m", "N2.5bn", "KSh3m"): the symbol one of `CurrencyLetterSymbols.glued`, the multiplier one of
    /// `CurrencyLetterSymbols.gluedMultipliers` (either case); a one-letter symbol with a one-letter multiplier needs a
    /// decimal point ("R5.1m"; "R3m" and "R1b" stay whole).
    static func gluedCurrencyMultiplierSplit(_ utf8: [UInt8], start: Int, end: Int) -> (Int, Int)? {
        guard end - start >= 3, end - start <= 24, isLetter(utf8[start]), isLetter(utf8[end - 1]) else { return nil }
        var multiplier = end
        while multiplier > start, isLetter(utf8[multiplier - 1]) { multiplier -= 1 }
        guard multiplier > start, end - multiplier <= 2, isDigit(utf8[multiplier - 1]),
              CurrencyLetterSymbols.gluedMultipliers.contains(String(decoding: utf8[multiplier..<end], as: UTF8.self).lowercased()),
              let split = gluedCurrencySplit(utf8, start: start, end: multiplier, multiplierGlued: true) else { return nil }
        // (One letter and one of the multiplier: a decimal point says it is a sum, "R2.8bn", "R5.1m"; not "haplogroup R1b".)
        if split - start == 1, end - multiplier == 1, !utf8[split..<multiplier].contains(0x2E) { return nil }
        return (split, multiplier)
    }

    /// Undo ICU sentence breaks that follow a known abbreviation within a paragraph.
    private func mergeAbbreviationBreaks(_ bounds: [Int], utf8: [UInt8]) -> [Int] {
        guard bounds.count > 2 else { return bounds }
        var kept = [bounds[0]]
        for position in 1..<(bounds.count - 1) {
            let boundary = bounds[position]
            if endsWithAbbreviation(utf8, before: boundary) && !paragraphBreak(utf8, at: boundary) { continue }
            kept.append(boundary)
        }
        kept.append(bounds[bounds.count - 1])
        // ICU ends a sentence at each line break, so a blank line becomes a sentence of white space alone:
        // fold such runs into the sentence before them.
        var merged = [kept[0]]
        for boundary in kept.dropFirst() {
            if let last = merged.last, merged.count > 1, utf8[last..<boundary].allSatisfy(Self.isSpace) || boundary == last {
                merged[merged.count - 1] = boundary
                continue
            }
            if let last = merged.last, merged.count == 1, utf8[last..<boundary].allSatisfy(Self.isSpace), boundary != kept.last {
                continue
            }
            merged.append(boundary)
        }
        return merged
    }

    private func endsWithAbbreviation(_ utf8: [UInt8], before boundary: Int) -> Bool {
        var end = boundary
        while end > 0, Self.isSpace(utf8[end - 1]) { end -= 1 }
        guard end > 0, utf8[end - 1] == UInt8(ascii: ".") else { return false }
        var start = end - 1
        while start > 0, Self.isLetter(utf8[start - 1]) || utf8[start - 1] == UInt8(ascii: ".") { start -= 1 }
        guard start < end - 1 else { return false }
        let word = String(decoding: utf8[start..<(end - 1)], as: UTF8.self).lowercased()
        if Abbreviations.noSentenceBreakAfter.contains(word) { return true }
        // Single capital initials: "J. Smith"; initials written together: "L.K. Advani", "W.E.B. Du Bois" (ICU
        // ended a sentence after "L.K." before a capitalised word, which cut "L.K. Advani" in two).
        return ASCII.areInitials(utf8[start..<(end - 1)])
    }

    private func paragraphBreak(_ utf8: [UInt8], at boundary: Int) -> Bool {
        var index = boundary - 1
        while index >= 0, Self.isSpace(utf8[index]) {
            if utf8[index] == 0x0A { return true }
            index -= 1
        }
        return false
    }

    private static func precededByUnicodeSpace(_ utf8: [UInt8], _ start: Int) -> Bool {
        // U+00A0 is C2 A0; other spaces are rare in normalised text.
        start >= 2 && utf8[start - 2] == 0xC2 && utf8[start - 1] == 0xA0
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
