import BlotterCore

/// Tells binary files (images, archives, executables) from markup before they reach the parser.
enum BinarySniffer {
    /// Share of control bytes (other than tab, CR, LF, FF) in the first `sampleBytes` above which a page is
    /// binary. Text in any 8-bit charset or UTF-16 has almost none; UTF-16 is caught by its BOM first.
    static let maximumControlShare = 0.05
    static let sampleBytes = 4096

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let sample = bytes.prefix(sampleBytes)
        let controls = sample.reduce(0) { count, byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) ? count + 1 : count
        }
        return Double(controls) > maximumControlShare * Double(sample.count)
    }

    static func describe(_ bytes: [UInt8]) -> String {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0x25, 0x50, 0x44, 0x46], "PDF document"), ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip data"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ]
        for (magic, name) in signatures where bytes.starts(with: magic) { return name }
        return "starts with bytes " + bytes.prefix(8).map { ASCII.hex([$0]) }.joined(separator: " ")
    }
}
