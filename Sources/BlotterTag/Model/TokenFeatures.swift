import BlotterCore

/// The word lists the sequence model consults (from models/: first names, surnames, titles, force heads), and the
/// rules beside it (titles of `titles-rules-only.tsv` too).
struct NameLexicons: Sendable {
    var firstNames: Set<String>
    var surnames: Set<String>
    /// Lower-case single words of titles, ranks and offices ("chief", "constable", "mr", "sgt").
    var titleWords: Set<String>
    /// The same of the titles the model was trained with (`TagModels.TitleEntry.readByModel`): its features' words.
    var modelTitleWords: Set<String>
    /// Everyday English words, lower case (models/common-words.txt).
    var commonWords: Set<String>
    /// Place names (models/places.tsv).
    var places: PlaceGazetteer
    /// Lower-case last words of the offices and ranks in models/titles.tsv and titles-rules-only.tsv ("attorney",
    /// "constable"): role heads.
    var titleHeads: Set<String>

    init(models: TagModels) {
        places = models.placeNames
        firstNames = models.firstNames
        surnames = models.surnames
        commonWords = models.commonWords
        func words(of titles: [TagModels.TitleEntry]) -> Set<String> {
            Set(titles.flatMap { PhraseTokenizer.tokens($0.phrase).filter { $0.count > 1 }.map { $0.lowercased() } })
        }
        // (A rules-only title's word that is also a name is no title word: "Lance" of "Lance Corporal" is a given name
        // too, "Police said Lance was arrested"; the second read's case.)
        modelTitleWords = words(of: models.titles.filter(\.readByModel))
        titleWords = modelTitleWords.union(words(of: models.titles.filter { !$0.readByModel }).filter { word in
            let name = word.prefix(1).uppercased() + word.dropFirst()
            return !models.firstNames.contains(name) && !models.surnames.contains(name)
        })
        hashed = HashedLexicons(firstNames: models.firstNames, surnames: models.surnames, titleWords: modelTitleWords,
                                commonWords: models.commonWords)
        titleHeads = Set(models.titles.filter { $0.kind != .honorific }.compactMap { PhraseTokenizer.tokens($0.phrase).last?.lowercased() }
            .filter { $0.count > 2 && $0.first?.isLetter == true })
    }

    /// The same lists keyed by the 64-bit hash `prepare` computes for every token anyway (`HashedWords`): a look-up
    /// there costs no string hashing, which was a tenth of tagging's time.
    let hashed: HashedLexicons

    /// An everyday English word that is neither a known given name nor a known surname ("Interview", "Car").
    func isEverydayWord(_ word: String) -> Bool {
        commonWords.contains(word.lowercased()) && !surnames.contains(word) && !firstNames.contains(word)
    }

    /// Where a name starts inside a span found by the model or a list: past capitalised title words and their
    /// plurals, as long as two words or more are left ("Chief Ministers Ajit Jogi" → "Ajit Jogi", "Party Leader
    /// S.R. Muthaiah" → "S.R. Muthaiah"). The title rule reads only the titles of models/titles.tsv and
    /// titles-rules-only.tsv as written;
    /// `PersonRoles` gives the role.
    func nameStart(_ tokens: [Token], first: Int, last: Int) -> Int {
        var first = first
        while last - first >= 2, tokens[first].isCapitalizedWord, !firstNames.contains(tokens[first].text) {
            let lower = tokens[first].lower
            guard titleWords.contains(lower) || (lower.hasSuffix("s") && titleWords.contains(String(lower.dropLast()))) else { break }
            first += 1
        }
        return first
    }
}

/// Feature extraction for one token of a sentence (templates numbered; see `Template`). Every feature but the
/// two transition templates is independent of the labels, so Viterbi decoding scores it once per token.
struct TokenFeatures {
    enum Template: UInt8 {
        case bias = 1, word, shape, prefix3, suffix3, suffix2, capitalInitial, allCaps, previousWord, nextWord
        case previous2Word, next2Word, previousShape, nextShape, previousLabel, previous2Labels, previousLabelWord
        case firstName, surname, previousTitle, titleWord, nextOrganisationHead, organisationHead, nextPossessive
        case length, hasDigit, capitalContinuation, nextCapital, previousCapital, capitalCommon, nextCapitalCommon
        case exactWord, prefix1, prefix2, prefix4, suffix1, suffix4, previousBigram, nextBigram, headlineWord
        case previousFirstName, nextSurname, previousWordShape, nextWordShape, place, previousPlace, nextPlace
        case documentBit
    }

    let lexicons: NameLexicons

    /// What the features need of each token, computed once per sentence (hashes of the lower-cased word
    /// and shape, lexicon look-ups), so each token's features cost hash mixing and no allocation.
    struct Sentence {
        var lower: [String]
        var wordHashes: [UInt64]
        var exactHashes: [UInt64]
        var shapeHashes: [UInt64]
        var capitalized: [Bool]
        var flags: [UInt8]
        /// Tokens inside a place name of the gazetteer (models/places.tsv), longest match.
        var places: [Bool]
        /// Most of the sentence's letters are capitals (a headline or dateline): capitals say nothing there.
        var headline: Bool
        var tokens: ArraySlice<Token>
        /// What the rest of the document says of each token (`DocumentEvidence`); empty: no evidence at all (a
        /// sentence labelled alone; `SequenceTrainer` gives even a lone sentence its own evidence).
        var document: ArraySlice<UInt8> = []
    }

    /// Bits of `Sentence.flags`.
    enum Flag {
        static let firstName: UInt8 = 1, surname: UInt8 = 2, title: UInt8 = 4, organisationHead: UInt8 = 8
        static let possessive: UInt8 = 16, acronym: UInt8 = 32, digit: UInt8 = 64, common: UInt8 = 128
    }

    /// `document`: the tokens' `DocumentEvidence` flags (as many as tokens), or empty for a sentence read alone.
    func prepare(_ tokens: ArraySlice<Token>, document: ArraySlice<UInt8> = []) -> Sentence {
        var sentence = Sentence(lower: [], wordHashes: [], exactHashes: [], shapeHashes: [], capitalized: [], flags: [],
                                places: [], headline: false, tokens: tokens,
                                document: document.count == tokens.count ? document : [])
        sentence.lower.reserveCapacity(tokens.count)
        var capitalWords = 0, lowerWords = 0
        let hashed = lexicons.hashed
        for token in tokens {
            let lower = token.lower
            sentence.lower.append(lower)
            let wordHash = HashedWords.key(lower)
            sentence.wordHashes.append(wordHash)
            let exactHash = HashedWords.key(token.text)
            sentence.exactHashes.append(exactHash)
            sentence.shapeHashes.append(Self.shapeHash(token.text))
            let capital = token.isCapitalizedWord
            sentence.capitalized.append(capital)
            var flags: UInt8 = 0
            if capital && hashed.firstNames.contains(exactHash) { flags |= Flag.firstName }
            if capital && hashed.surnames.contains(exactHash) { flags |= Flag.surname }
            if hashed.titleWords.contains(lower.hasSuffix(".") ? HashedWords.key(lower.dropLast()) : wordHash) { flags |= Flag.title }
            if hashed.organisationHeads.contains(exactHash) { flags |= Flag.organisationHead }
            if token.isPossessive { flags |= Flag.possessive }
            if token.isAcronym { flags |= Flag.acronym; capitalWords += 1 }
            else if token.isLowercaseWord { lowerWords += 1 }
            if token.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { flags |= Flag.digit }
            if hashed.commonWords.contains(wordHash) { flags |= Flag.common }
            sentence.flags.append(flags)
        }
        sentence.headline = capitalWords >= 2 && capitalWords > lowerWords
        sentence.places = lexicons.places.marks(sentence.lower, capitalized: sentence.capitalized, headline: sentence.headline)
        return sentence
    }

    /// The transition feature: the previous label alone.
    static func transitionFeature(_ previous: UInt8) -> UInt64 { FeatureHash.of(Template.previousLabel.rawValue, previous) }

    /// The previous label with this token's word.
    func previousLabelWordFeature(_ sentence: Sentence, _ index: Int, previous: UInt8) -> UInt64 {
        Self.combine(.previousLabelWord, sentence.wordHashes[index] &+ UInt64(previous) &* 0x9E3779B97F4A7C15)
    }

    @inline(__always)
    static func combine(_ template: Template, _ hash: UInt64) -> UInt64 {
        var mixed = FeatureHash(template.rawValue)
        for shift in stride(from: 0, to: 64, by: 8) { mixed.mix(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
        return mixed.value
    }

    /// The label-independent features of token `index` (0-based within the sentence).
    func features(_ sentence: Sentence, _ index: Int, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let count = sentence.lower.count
        let lower = sentence.lower[index]
        let flags = sentence.flags[index]
        let boundary: UInt64 = 0x5BD1E995  // stands for "no token here" (before or after the sentence)
        func combine(_ template: Template, _ hash: UInt64) -> UInt64 { Self.combine(template, hash) }
        func flag(_ template: Template, _ on: Bool) { if on { out.append(FeatureHash.of(template.rawValue, UInt8(1))) } }
        func affix(_ template: Template, _ bytes: Substring.UTF8View) {
            var hash = FeatureHash(template.rawValue)
            hash.mix(bytes)
            out.append(hash.value)
        }
        let utf8 = Substring(lower).utf8
        let word = sentence.wordHashes[index]
        let previousWord = index > 0 ? sentence.wordHashes[index - 1] : boundary
        let nextWord = index + 1 < count ? sentence.wordHashes[index + 1] : boundary
        out.append(FeatureHash.of(Template.bias.rawValue, UInt8(0)))
        out.append(combine(.word, word))
        out.append(combine(.exactWord, sentence.exactHashes[index]))
        out.append(combine(.shape, sentence.shapeHashes[index]))
        affix(.prefix1, utf8.prefix(1))
        affix(.prefix2, utf8.prefix(2))
        affix(.prefix3, utf8.prefix(3))
        affix(.prefix4, utf8.prefix(4))
        affix(.suffix1, utf8.suffix(1))
        affix(.suffix2, utf8.suffix(2))
        affix(.suffix3, utf8.suffix(3))
        affix(.suffix4, utf8.suffix(4))
        let capital = sentence.capitalized[index]
        out.append(FeatureHash.of(Template.capitalInitial.rawValue, UInt8((capital ? 2 : 0) + (index == 0 ? 1 : 0))))
        flag(.allCaps, flags & Flag.acronym != 0)
        out.append(combine(.previousWord, previousWord))
        out.append(combine(.nextWord, nextWord))
        out.append(combine(.previous2Word, index > 1 ? sentence.wordHashes[index - 2] : boundary))
        out.append(combine(.next2Word, index + 2 < count ? sentence.wordHashes[index + 2] : boundary))
        out.append(combine(.previousShape, index > 0 ? sentence.shapeHashes[index - 1] : boundary))
        out.append(combine(.nextShape, index + 1 < count ? sentence.shapeHashes[index + 1] : boundary))
        out.append(combine(.previousBigram, previousWord &* 31 &+ word))
        out.append(combine(.nextBigram, word &* 31 &+ nextWord))
        out.append(combine(.previousWordShape, previousWord &* 31 &+ sentence.shapeHashes[index]))
        out.append(combine(.nextWordShape, sentence.shapeHashes[index] &* 31 &+ nextWord))
        if sentence.headline { out.append(combine(.headlineWord, word)) }
        flag(.firstName, flags & Flag.firstName != 0)
        flag(.surname, flags & Flag.surname != 0)
        flag(.previousFirstName, index > 0 && sentence.flags[index - 1] & Flag.firstName != 0)
        flag(.nextSurname, index + 1 < count && sentence.flags[index + 1] & Flag.surname != 0)
        flag(.previousTitle, index > 0 && sentence.flags[index - 1] & Flag.title != 0)
        flag(.titleWord, flags & Flag.title != 0)
        flag(.nextOrganisationHead, index + 1 < count && sentence.flags[index + 1] & Flag.organisationHead != 0)
        flag(.organisationHead, flags & Flag.organisationHead != 0)
        flag(.nextPossessive, index + 1 < count && sentence.flags[index + 1] & Flag.possessive != 0)
        // A known place that is also a known name ("Jordan", "Washington") is a weaker clue: the two are told apart.
        if sentence.places[index] { out.append(FeatureHash.of(Template.place.rawValue, flags & (Flag.firstName | Flag.surname))) }
        flag(.previousPlace, index > 0 && sentence.places[index - 1])
        flag(.nextPlace, index + 1 < count && sentence.places[index + 1])
        out.append(FeatureHash.of(Template.length.rawValue, UInt8(min(utf8.count, 12))))
        flag(.hasDigit, flags & Flag.digit != 0)
        flag(.capitalContinuation, capital && index > 0 && sentence.capitalized[index - 1])
        flag(.nextCapital, index + 1 < count && sentence.capitalized[index + 1])
        flag(.previousCapital, index > 0 && sentence.capitalized[index - 1])
        // Capitalised or not × everyday word or not: "Akram" (capitalised, not everyday) is a name or a place,
        // "Bank" (capitalised, everyday) heads an organisation or starts a sentence.
        func capitalCommon(_ at: Int) -> UInt8 {
            (sentence.capitalized[at] ? 2 : 0) + (sentence.flags[at] & Flag.common != 0 ? 1 : 0)
        }
        out.append(FeatureHash.of(Template.capitalCommon.rawValue, capitalCommon(index)))
        out.append(FeatureHash.of(Template.nextCapitalCommon.rawValue, index + 1 < count ? capitalCommon(index + 1) : 4))
        if !sentence.document.isEmpty {
            let evidence = sentence.document[sentence.document.startIndex + index]
            // One feature per bit. Their combination as one more feature was worse on conll2003 dev (bare PER F1 0.9272
            // with it alone, 0.9334 with both, 0.9348 with the bits alone), and so were four more bits (before a
            // surname, a possessive, ", <age>,", after "the": pipeline PER 0.9336 against 0.9354, mean of three seeds).
            for bit in 0..<8 where evidence & (1 << bit) != 0 { out.append(FeatureHash.of(Template.documentBit.rawValue, UInt8(bit))) }
        }
    }

    /// `FeatureHash(0)` of `shape(text)`, without making the string for ASCII words (nearly every token).
    static func shapeHash(_ text: String) -> UInt64 {
        var hash = FeatureHash(0)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            hash.mix(shape(text).utf8)
            return hash.value
        }
        var last: UInt8 = 0
        for byte in text.utf8.prefix(16) {
            let kind = shapeClass(byte)
            if kind != last { hash.mix(kind) }
            last = kind
        }
        return hash.value
    }

    /// An ASCII byte's shape class: "X" upper case, "x" lower case, "d" digit, else the byte itself.
    static func shapeClass(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: UInt8(ascii: "X")
        case 0x61...0x7A: UInt8(ascii: "x")
        case 0x30...0x39: UInt8(ascii: "d")
        default: byte
        }
    }

    /// "Malthouse" → "Xx", "ERSOU" → "X", "COVID-19" → "X-d", "O'Brien" → "X'Xx".
    static func shape(_ text: String) -> String {
        // ASCII fast path (nearly every token): same result as the general loop below.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            var last: UInt8 = 0
            for byte in text.utf8.prefix(16) {
                let kind = shapeClass(byte)
                if kind != last { bytes.append(kind) }
                last = kind
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var last: Character = " "
        for scalar in text.unicodeScalars.prefix(16) {
            let kind: Character
            if scalar.properties.isUppercase { kind = "X" }
            else if scalar.properties.isLowercase { kind = "x" }
            else if ("0"..."9").contains(scalar) { kind = "d" }
            else { kind = Character(scalar) }
            if kind != last { out.append(kind) }
            last = kind
        }
        return out
    }
}

