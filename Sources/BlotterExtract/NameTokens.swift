/// The class / id / role tokens the classifier knows, looked up from bytes: one table look-up per token
/// answers every token list of `ExtractionHints` and `BoilerplateClassifier`, with no String made (making a
/// String per token and looking it up in five sets was 3% of extraction time on the development pages).
///
/// A token is a run of lower-case ASCII letters, digits and bytes above ASCII (`forEachToken`).
/// Tokens are packed into two words (`PackedName`); no listed token is longer than `maximumBytes`, so a longer
/// one is none of them.
struct NameTokens: Sendable {
    /// What a token is, as bits.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        /// `ExtractionHints.boilerplateTokens`.
        static let boilerplate = Kinds(rawValue: 1)
        /// `ExtractionHints.contentTokens`.
        static let content = Kinds(rawValue: 2)
        /// `BoilerplateClassifier.strongBoilerplate`.
        static let strong = Kinds(rawValue: 4)
        /// `BoilerplateClassifier.layoutTokens`.
        static let layout = Kinds(rawValue: 8)
        /// `BoilerplateClassifier.authorBoxTokens`.
        static let authorBox = Kinds(rawValue: 16)
        /// "author".
        static let author = Kinds(rawValue: 32)
        /// `ExtractionHints.discussionTokens`.
        static let discussion = Kinds(rawValue: 64)
    }

    static let maximumBytes = PackedName.maximumBytes

    /// Room for the ~150 tokens listed, a quarter full.
    private let table: NameTable<Kinds>

    static let shared = NameTokens()

    /// Every listed token with its kinds (the lists these bits stand for, and nothing else).
    static let listed: [String: Kinds] = {
        var kinds: [String: Kinds] = [:]
        for token in ExtractionHints.boilerplateTokens { kinds[token, default: []].insert(.boilerplate) }
        for token in ExtractionHints.contentTokens { kinds[token, default: []].insert(.content) }
        for token in BoilerplateClassifier.strongBoilerplate { kinds[token, default: []].insert(.strong) }
        for token in BoilerplateClassifier.layoutTokens { kinds[token, default: []].insert(.layout) }
        for token in BoilerplateClassifier.authorBoxTokens { kinds[token, default: []].insert(.authorBox) }
        kinds["author", default: []].insert(.author)
        for token in ExtractionHints.discussionTokens { kinds[token, default: []].insert(.discussion) }
        return kinds
    }()

    private init() {
        var table = NameTable<Kinds>(bits: 10)
        for (token, kinds) in Self.listed {
            // A listed token too long to pack would never match: `NameTokensTests` checks there is none.
            guard let packed = PackedName(Array(token.utf8)) else { continue }
            table.insert(kinds, for: packed)
        }
        self.table = table
    }

    /// The kinds of one token (empty for a token on no list).
    func kinds<Bytes: Collection>(of token: Bytes) -> Kinds where Bytes.Element == UInt8 {
        guard let packed = PackedName(token) else { return [] }
        return table.value(for: packed) ?? []
    }

    /// The kinds of every token of a names string, one `Kinds` per token in order, through `body`.
    static func forEachToken(in bytes: [UInt8], _ body: (Kinds) -> Void) {
        let table = shared
        var start = -1
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count {
                let byte = buffer[index]
                let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
                if isWordByte {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    body(table.kinds(of: UnsafeBufferPointer(rebasing: buffer[start..<index])))
                    start = -1
                }
            }
            if start >= 0 { body(table.kinds(of: UnsafeBufferPointer(rebasing: buffer[start...]))) }
        }
    }
}
