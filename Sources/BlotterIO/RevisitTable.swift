import Foundation
import BlotterCore

/// Pages read so far in a run, by WARC payload digest: a `revisit` record whose digest names one of them is
/// read as a capture of that page (its bytes fetched again from the original record) and notes it in
/// `duplicate_of`. Bounded like the duplicate table (`BoundedMemo`).
final class RevisitTable {
    /// 200,000 digests (~40 MB at most, estimated from the duplicate table's measured ~165 bytes an entry plus
    /// the digest): a revisit is written by the crawler that saw the original, normally within the same crawl.
    static let capacity = 200_000

    struct Original {
        var id: String
        var location: WARCLocation
    }

    private var byDigest = BoundedMemo<String, Original>(capacity: capacity)

    func remember(digest: String, _ original: Original) {
        byDigest.insertIfAbsent(Self.normalise(digest), original)
    }

    func original(digest: String) -> Original? {
        byDigest.value(for: Self.normalise(digest))
    }

    /// `sha1:ABC…` in any case, with or without the label; base32 is case-insensitive.
    static func normalise(_ digest: String) -> String {
        digest.trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// The WARC payload digest of a body: `sha1:` and the SHA-1 in base32 (RFC 4648), as WARC writers give it.
    static func payloadDigest(_ payload: [UInt8]) -> String {
        "sha1:" + base32(StableID.sha1(payload))
    }

    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var out = ""
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
            buffer &= (1 << bits) - 1
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }
}
