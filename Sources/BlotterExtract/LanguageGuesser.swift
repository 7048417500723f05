import BlotterCore

/// Guesses the language of a text from its most frequent function words, for pages that do not declare one.
enum LanguageGuesser {
    /// The commonest function words of each language (distinct across the list where possible).
    static let stopWords: [String: Set<String>] = [
        "en": ["the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "he", "she", "said", "by", "from", "this", "have", "were"],
        "de": ["der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den", "dem", "zu", "von", "wurde"],
        "fr": ["le", "la", "les", "et", "des", "est", "une", "du", "dans", "que", "pour", "pas", "qui", "sur", "au", "avec"],
        "es": ["el", "los", "las", "del", "y", "que", "por", "una", "con", "para", "es", "se", "lo", "como", "pero", "fue"],
        "it": ["il", "di", "che", "della", "per", "non", "sono", "gli", "una", "con", "del", "nel", "alla", "anche", "come"],
        "nl": ["de", "het", "een", "van", "en", "niet", "dat", "zijn", "op", "voor", "met", "ook", "werd", "naar", "aan"],
        "pt": ["o", "os", "da", "do", "não", "em", "um", "uma", "para", "com", "que", "por", "mais", "foi", "como"],
        "ro": ["și", "în", "este", "care", "cu", "pe", "sunt", "din", "pentru", "fost", "că", "să", "mai"],
        "ru": ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "она", "из", "за", "от", "для", "был"],
    ]

    /// Writing systems that name their language: `(first, last scalar, language)`. Kana is checked before Han
    /// (Japanese writes both; Chinese no kana).
    static let scripts: [(ClosedRange<UInt32>, String)] = [
        (0xAC00...0xD7AF, "ko"), (0x3040...0x30FF, "ja"), (0x4E00...0x9FFF, "zh"), (0x0370...0x03FF, "el"),
        (0x0590...0x05FF, "he"), (0x0E00...0x0E7F, "th"),
    ]
    /// A writing system names the language when this share of the first letters read is in it (kana: a
    /// tenth, as Japanese prose is mostly Han characters).
    static let scriptShare = 0.3
    static let kanaShare = 0.1
    /// Letters read for the writing-system test.
    static let lettersRead = 2000

    /// The language a writing system gives: "ko" for Hangul, "ja" for kana, "zh" for Han without kana…
    static func byScript(_ text: String) -> String? {
        var counts = [Int](repeating: 0, count: scripts.count)
        var letters = 0
        for scalar in text.unicodeScalars {
            // ASCII first: its only alphabetic scalars are the letters, and none is in a script of `scripts`
            // (the Unicode property look-up was 1% of extraction time).
            if scalar.value < 0x80 {
                if (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A { letters += 1 }
                if letters >= lettersRead { break }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            letters += 1
            if let index = scripts.firstIndex(where: { $0.0.contains(scalar.value) }) { counts[index] += 1 }
            if letters >= lettersRead { break }
        }
        guard letters > 0 else { return nil }
        for (index, script) in scripts.enumerated() {
            let share = Double(counts[index]) / Double(letters)
            if share >= (script.1 == "ja" ? kanaShare : scriptShare) { return script.1 }
        }
        return nil
    }
    /// At least this many function words must be seen before a guess is made.
    static let minimumEvidence = 5

    /// Only the first words are read: 2,000 words hold hundreds of function words in any prose.
    static let wordsRead = 2000

    /// Function word → the languages that use it (one look-up per word).
    private static let languagesOfWord: [String: [String]] = {
        var map: [String: [String]] = [:]
        for (language, words) in stopWords.sorted(by: { $0.key < $1.key }) {
            for word in words { map[word, default: []].append(language) }
        }
        return map
    }()

    static func guess(_ text: String) -> String? {
        if let language = byScript(text) { return language }
        var counts: [String: Int] = [:]
        var seen = 0
        var words = 0
        // Words are runs of letters: ASCII letters (lower-cased here) and any non-ASCII byte (the function words'
        // accented letters, "não", are lower case already). Read as bytes, up to `wordsRead` words.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func finish() {
            guard !word.isEmpty else { return }
            words += 1
            if word.count <= 6, let languages = languagesOfWord[String(decoding: word, as: UTF8.self)] {
                for language in languages { counts[language, default: 0] += 1 }
                seen += languages.count
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x80...0xFF: word.append(byte)
            case 0x41...0x5A: word.append(ASCII.lowercased(byte))
            default: finish()
            }
            if words >= wordsRead { break }
        }
        if words < wordsRead { finish() }
        guard seen >= minimumEvidence, let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return best.key
    }
}
