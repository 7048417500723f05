/// Finds repeated captures of the same article in one run: the first record with a given main text keeps
/// `duplicate_of` null; every later record with the same normalised text gets the first one's id.
///
/// Normalised text: letters and digits lower-cased, every other run of characters (spaces, punctuation,
/// quotes, dashes) one separator, so re-encoded quotes or changed whitespace do not make a new article. The key
/// is the first 8 bytes of the SHA-256 of that (a false match needs ~2^32 distinct texts in the table).
///
/// Memory is bounded: at most `capacity` texts are remembered (`BoundedMemo`: two generations, a text seen
/// again is kept); a repeat more than `capacity / 2` to `capacity` distinct texts after its first capture is
/// taken as a first capture. At `defaultCapacity` that is at most ~65 MB.
public struct DuplicateTable {
    /// 400,000 texts: a full table of 45-character WARC record ids measured 63 MB of resident memory (~165 bytes
    /// an entry), against ~110-150 MB for a run itself, while repeats within 200,000 distinct articles (tens of GB
    /// of WARC at the ~93 KB a page of bench/make_warc.py) are always found.
    public static let defaultCapacity = 400_000

    private var firstByText: BoundedMemo<UInt64, String>

    public init(capacity: Int = defaultCapacity) {
        firstByText = BoundedMemo(capacity: capacity)
    }

    public var count: Int { firstByText.count }

    /// The id of the first record with this text (nil if this is the first), remembering this one when new.
    /// `known` is a duplicate the source already knows of (a WARC revisit's original): it is used when the text
    /// gives none.
    public mutating func duplicate(of id: String, text: String, known: String? = nil) -> String? {
        guard let key = Self.key(text) else { return known }
        if let first = firstByText.value(for: key) { return first == id ? known : first }
        firstByText.insertIfAbsent(key, known ?? id)
        return known
    }

    /// The text's key; nil for a text with no letters or digits (an empty page is no article).
    public static func key(_ text: String) -> UInt64? {
        var normalised: [UInt8] = []
        normalised.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for scalar in text.unicodeScalars {
            // ASCII without Unicode property look-ups (6.8% of `blotter run --stages extract` CPU went to them here,
            // on the sink's one thread): letters and digits are what `isAlphabetic` and `numericType` keep.
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let lower = ASCII.lowercased(byte)
                if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    if pendingSeparator && !normalised.isEmpty { normalised.append(0x20) }
                    pendingSeparator = false
                    normalised.append(lower)
                } else {
                    pendingSeparator = true
                }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSeparator && !normalised.isEmpty { normalised.append(0x20) }
                pendingSeparator = false
                for lower in scalar.properties.lowercaseMapping.utf8 { normalised.append(lower) }
            } else {
                pendingSeparator = true
            }
        }
        guard !normalised.isEmpty else { return nil }
        let digest = StableID.sha256(normalised)
        return digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
