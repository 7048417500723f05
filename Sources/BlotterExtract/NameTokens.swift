/// The class / id / role tokens the classifier knows, looked up from bytes: one table look-up per token
/// answers every token list of `ExtractionHints` and `BoilerplateClassifier`, with no String made (making a
/// String per token and looking it up in five sets was 3% of extraction time on the development pages).
///
/// A token is a run of lower-case ASCII letters, digits and bytes above ASCII (`forEachToken`).
/// Tokens are packed into two words; no listed token is longer than `maximumBytes`, so a longer one is none
/// of them.
struct NameTokens {
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

    static let maximumBytes = 16

    /// A token of at most `maximumBytes` bytes, packed little-endian, with its length.
    struct Packed: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int = 0

        init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            guard bytes.count <= NameTokens.maximumBytes else { return nil }
            for byte in bytes {
                if count < 8 { low |= UInt64(byte) << UInt64(8 * count) } else { high |= UInt64(byte) << UInt64(8 * (count - 8)) }
                count += 1
            }
        }

        var slot: Int {
            let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
            return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) & UInt64(NameTokens.slots - 1))
        }
    }

    /// Open addressing, linear probing; a power of two well above the ~150 tokens listed.
    static let slots = 1024

    private let keys: [Packed?]
    private let values: [Kinds]

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
        var keys = [Packed?](repeating: nil, count: Self.slots)
        var values = [Kinds](repeating: [], count: Self.slots)
        for (token, kinds) in Self.listed {
            // A listed token too long to pack would never match: `NameTokensTests` checks there is none.
            guard let packed = Packed(Array(token.utf8)) else { continue }
            var slot = packed.slot
            while keys[slot] != nil { slot = (slot + 1) & (Self.slots - 1) }
            keys[slot] = packed
            values[slot] = kinds
        }
        self.keys = keys
        self.values = values
    }

    /// The kinds of one token (empty for a token on no list).
    func kinds<Bytes: Collection>(of token: Bytes) -> Kinds where Bytes.Element == UInt8 {
        guard let packed = Packed(token) else { return [] }
        var slot = packed.slot
        while let key = keys[slot] {
            if key == packed { return values[slot] }
            slot = (slot + 1) & (Self.slots - 1)
        }
        return []
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
