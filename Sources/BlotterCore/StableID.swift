import CCrypto

/// Content-derived identifiers, from the system's libcrypto (no vendored crypto library is compiled).
public enum StableID {
    /// Lower-case hex SHA-256 of the bytes.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        ASCII.hex(sha256(bytes))
    }

    /// The 32-byte SHA-256 digest of the bytes.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                blotter_sha256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }

    /// The 20-byte SHA-1 digest of the bytes (WARC payload digests are SHA-1).
    public static func sha1(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 20)
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                blotter_sha1(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }

}
