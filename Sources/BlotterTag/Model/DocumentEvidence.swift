import BlotterCore

/// What the rest of the document says about a capitalised word, for the sequence model's document-level features
/// (after Ratinov and Roth 2009, "non-local features"; one feature per bit): a word that follows a known given name somewhere in the
/// story ("Darnell Hayes") is a surname where it stands alone ("Darnell was unarmed", "Hayes said"); one the story
/// also writes in lower case ("Bank", "Reading") is an everyday word where a sentence opens with it; one that follows
/// "in" or "at" elsewhere is likelier a place. The evidence is read from the text alone (no first labelling pass),
/// so training and tagging compute it the same way, from every occurrence of the word as written, its own included.
enum DocumentEvidence {
    /// Bits of a token's evidence (one feature each, and their combination).
    enum Bit {
        static let lowerElsewhere: UInt8 = 1, afterGivenName: UInt8 = 2, afterTitle: UInt8 = 4, beforeOrganisationHead: UInt8 = 8
        static let capitalisedMidSentence: UInt8 = 16, standsAlone: UInt8 = 32, afterPlacePreposition: UInt8 = 64
        static let beforeSpeechVerb: UInt8 = 128
    }

    static let placePrepositions: Set<String> = ["in", "at", "near", "from", "outside"]
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote"]

    /// One byte of evidence per token of the document (0 for tokens that are not capitalised words). `tokens` is the
    /// whole document; `Token.sentence` groups them, and sentences mostly in capitals (headlines) give no evidence.
    /// `quiet`: sentences that give no evidence either (a page's title, read with its story: training text has
    /// none, and its headlines are in capitals).
    static func flags(_ tokens: [Token], lexicons: NameLexicons, quiet: Range<Int> = 0..<0) -> [UInt8] {
        guard !tokens.isEmpty else { return [] }
        let headline = headlineSentences(tokens).union(quiet)
        var lowerWords = Set<String>()
        // Per word as written: the bits its occurrences show, its own included. (Leaving a token's own occurrence
        // out was tried: conll2003 dev pipeline PER/LOC about the same (0.9351 / 0.9403 against 0.9354 / 0.9425, means
        // of three seeds), but person F1 on the police tune halves fell (sum over 9 sets 8.209 against 8.299; 8.222
        // before the evidence). So was dropping the evidence of 30% or 50% of training sentences: 0.9341 / 0.9334.)
        var evidence: [String: UInt8] = [:]
        for (index, token) in tokens.enumerated() where !headline.contains(token.sentence) {
            guard token.kind == .word else { continue }
            if token.isLowercaseWord { lowerWords.insert(token.text); continue }
            guard token.isCapitalizedWord else { continue }
            evidence[token.text, default: 0] |= occurrenceBits(tokens, index, lexicons: lexicons)
        }
        return tokens.map { token in
            guard token.isCapitalizedWord else { return 0 }
            return (evidence[token.text] ?? 0) | (lowerWords.contains(token.lower) ? Bit.lowerElsewhere : 0)
        }
    }

    /// The bits one occurrence of a capitalised word shows.
    static func occurrenceBits(_ tokens: [Token], _ index: Int, lexicons: NameLexicons) -> UInt8 {
        let token = tokens[index]
        let previous = index > 0 && tokens[index - 1].sentence == token.sentence ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count && tokens[index + 1].sentence == token.sentence ? tokens[index + 1] : nil
        var bits: UInt8 = 0
        if let previous {
            if previous.isCapitalizedWord, previous.text != token.text, lexicons.firstNames.contains(previous.text) { bits |= Bit.afterGivenName }
            let previousLower = previous.lower.hasSuffix(".") ? String(previous.lower.dropLast()) : previous.lower
            if lexicons.modelTitleWords.contains(previousLower) { bits |= Bit.afterTitle }
            if previous.kind == .word { bits |= Bit.capitalisedMidSentence }
            if placePrepositions.contains(previous.text) { bits |= Bit.afterPlacePreposition }
        }
        if let next {
            if NameLexicon.organisationHeads.contains(next.text) { bits |= Bit.beforeOrganisationHead }
            if speechVerbs.contains(next.text) { bits |= Bit.beforeSpeechVerb }
        }
        if previous?.isCapitalizedWord != true, next?.isCapitalizedWord != true { bits |= Bit.standsAlone }
        return bits
    }

    /// The flags of a document given as sentences (their tokens' `Token.sentence` numbers distinct), per sentence.
    static func flags(sentences: [ArraySlice<Token>], lexicons: NameLexicons) -> [[UInt8]] {
        let all = flags(sentences.flatMap { $0 }, lexicons: lexicons)
        var out: [[UInt8]] = []
        var start = 0
        for sentence in sentences {
            out.append(Array(all[start..<(start + sentence.count)]))
            start += sentence.count
        }
        return out
    }

    /// Sentences whose words are mostly capitals or acronyms (the same test `TokenFeatures.prepare` makes).
    static func headlineSentences(_ tokens: [Token]) -> Set<Int> {
        var counts: [Int: (capital: Int, lower: Int)] = [:]
        for token in tokens {
            if token.isAcronym { counts[token.sentence, default: (0, 0)].capital += 1 }
            else if token.isLowercaseWord { counts[token.sentence, default: (0, 0)].lower += 1 }
        }
        return Set(counts.filter { $0.value.capital >= 2 && $0.value.capital > $0.value.lower }.keys)
    }
}
