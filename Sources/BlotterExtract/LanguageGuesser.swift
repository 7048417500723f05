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
    ]
    /// At least this many function words must be seen before a guess is made.
    static let minimumEvidence = 5

    static func guess(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var seen = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2000) {
            let token = String(word)
            for (language, words) in stopWords where words.contains(token) {
                counts[language, default: 0] += 1
                seen += 1
            }
        }
        guard seen >= minimumEvidence, let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return best.key
    }
}
