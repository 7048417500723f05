/// A set of words looked up by the 64-bit FNV-1a hash of their UTF-8 bytes (`FeatureHash` with template 0, the
/// hash the features compute for every token): no string hashing per look-up. Two words of the lists sharing a
/// 64-bit hash with a token is vanishingly unlikely.
struct HashedWords: Sendable {
    private var table: FeatureTable

    init<S: Sequence>(_ words: S) where S.Element == String {
        let list = Array(words)
        table = FeatureTable(capacity: list.count)
        for word in list { table.insert(Self.key(word), row: 0) }
    }

    @inline(__always)
    static func key(_ word: String) -> UInt64 {
        var hash = FeatureHash(0)
        hash.mix(word.utf8)
        return hash.value
    }

    @inline(__always)
    static func key(_ word: Substring) -> UInt64 {
        var hash = FeatureHash(0)
        hash.mix(word.utf8)
        return hash.value
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table.row(key) != nil }
}

/// The lexicons of `NameLexicons` as `HashedWords`, built once when the lists are loaded and shared by copies.
final class HashedLexicons: Sendable {
    let firstNames: HashedWords
    let surnames: HashedWords
    let titleWords: HashedWords
    let commonWords: HashedWords
    let organisationHeads: HashedWords

    init(firstNames: Set<String>, surnames: Set<String>, titleWords: Set<String>, commonWords: Set<String>) {
        self.firstNames = HashedWords(firstNames)
        self.surnames = HashedWords(surnames)
        self.titleWords = HashedWords(titleWords)
        self.commonWords = HashedWords(commonWords)
        organisationHeads = HashedWords(NameLexicon.organisationHeads)
    }
}
