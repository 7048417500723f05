import Foundation
import CICU
import BlotterCore

/// Turns page bytes in any charset into UTF-8, in the order browsers trust the evidence, with one change
/// (from ../shared/docs/SWIFT-ON-LINUX.md): bytes that are valid UTF-8 are UTF-8 whatever the page declares,
/// because many real pages are UTF-8 while declaring ISO-8859-1.
///
/// 1. a byte-order mark; 2. valid UTF-8; 3. mostly UTF-8 (`MostlyUTF8`: stray bytes read as windows-1252);
/// 4. the transport's charset (HTTP `Content-Type`); 5. `<meta charset>` / `http-equiv` in the first
/// `sniffBytes`; 6. ICU's detector; 7. windows-1252.
public enum CharsetDecoder {
    /// How far into the page a `<meta charset>` is looked for (the HTML standard's prescan reads 1024 bytes;
    /// real pages put long `<head>` scripts first, so Blotter reads further).
    static let sniffBytes = 8192
    /// ICU detector guesses below this confidence (0-100) fall back to windows-1252. Untuned first guess.
    static let minimumDetectorConfidence: Int32 = 10

    public enum Evidence: String, Sendable { case byteOrderMark, validUTF8, mostlyUTF8, transport, meta, detected, fallback }

    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var charset: String
        public var evidence: Evidence
    }

    public static func decode(_ bytes: [UInt8], transportCharset: String?) throws(StageFailure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(utf8: Array(bytes.dropFirst(3)), charset: "UTF-8", evidence: .byteOrderMark)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(utf8: try convert(bytes, from: "UTF-16LE"), charset: "UTF-16LE", evidence: .byteOrderMark)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(utf8: try convert(bytes, from: "UTF-16BE"), charset: "UTF-16BE", evidence: .byteOrderMark)
        }
        if isValidUTF8(bytes) { return Decoded(utf8: bytes, charset: "UTF-8", evidence: .validUTF8) }
        let declaredUTF8 = transportCharset.map(isUTF8Label) ?? sniffMetaCharset(bytes).map(isUTF8Label) ?? false
        if MostlyUTF8.isMostlyUTF8(MostlyUTF8.profile(bytes), declaredUTF8: declaredUTF8) {
            return Decoded(utf8: MostlyUTF8.repaired(bytes), charset: "UTF-8", evidence: .mostlyUTF8)
        }
        if let label = transportCharset, let charset = canonicalCharset(label) {
            return Decoded(utf8: try convert(bytes, from: charset), charset: charset, evidence: .transport)
        }
        if let label = sniffMetaCharset(bytes), let charset = canonicalCharset(label) {
            return Decoded(utf8: try convert(bytes, from: charset), charset: charset, evidence: .meta)
        }
        if let guess = detect(bytes) {
            return Decoded(utf8: try convert(bytes, from: guess), charset: guess, evidence: .detected)
        }
        return Decoded(utf8: try convert(bytes, from: "windows-1252"), charset: "windows-1252", evidence: .fallback)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { UTF8Validation.isValid(bytes) }

    /// Whether a declared label names UTF-8.
    static func isUTF8Label(_ label: String) -> Bool {
        let name = label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        return name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8"
    }

    /// Maps a declared label to the charset browsers actually use, or nil when the label is meaningless.
    /// UTF-8 labels on bytes that are not UTF-8 are lies: nil, so the next evidence is asked.
    static func canonicalCharset(_ label: String) -> String? {
        let name = label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        guard !name.isEmpty else { return nil }
        if let mapped = CharsetLabels.browserEquivalents[name] { return mapped.isEmpty ? nil : mapped }
        return cicu_charset_is_known(name) != 0 ? name : nil
    }

    /// The `charset=` of a `<meta>` in the first bytes, ASCII-case-insensitively.
    static func sniffMetaCharset(_ bytes: [UInt8]) -> String? {
        let prefix = ASCII.lowercased(bytes.prefix(sniffBytes))
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < prefix.count {
            guard prefix[index..<(index + needle.count)].elementsEqual(needle) else { index += 1; continue }
            var cursor = index + needle.count
            while cursor < prefix.count, prefix[cursor] == 0x20 { cursor += 1 }
            guard cursor < prefix.count, prefix[cursor] == UInt8(ascii: "=") else { index += 1; continue }
            cursor += 1
            while cursor < prefix.count, prefix[cursor] == 0x20 || prefix[cursor] == 0x22 || prefix[cursor] == 0x27 { cursor += 1 }
            let start = cursor
            while cursor < prefix.count, Self.isLabelByte(prefix[cursor]) { cursor += 1 }
            if cursor > start { return String(decoding: prefix[start..<cursor], as: UTF8.self) }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }

    static func detect(_ bytes: [UInt8]) -> String? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var status: Int32 = 0
        let sample = Array(bytes.prefix(65_536))
        let found = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cicu_detect_charset(chars.baseAddress, Int32(chars.count), &name, Int32(name.count), &confidence, &status)
            }
        }
        guard found == 1, status <= 0, confidence >= minimumDetectorConfidence else { return nil }
        let guess = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return canonicalCharset(guess)
    }

    static func convert(_ bytes: [UInt8], from charset: String) throws(StageFailure) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        guard bytes.count < Int(Int32.max) / 4 else { throw StageFailure("page too large to convert from \(charset)") }
        var capacity = bytes.count * 3 + 16
        for _ in 0..<2 {
            var output = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let written = bytes.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { sourceChars in
                    output.withUnsafeMutableBufferPointer { destination in
                        destination.withMemoryRebound(to: CChar.self) { destinationChars in
                            cicu_convert_to_utf8(charset, sourceChars.baseAddress, Int32(sourceChars.count),
                                                 destinationChars.baseAddress, Int32(destinationChars.count), &status)
                        }
                    }
                }
            }
            if status == ICUStatus.bufferOverflow { capacity = Int(written) + 16; continue }
            guard status <= 0 else { throw StageFailure("cannot convert from \(charset) (ICU error \(status))") }
            output.removeSubrange(Int(written)...)
            // A byte-order mark in the source comes through as U+FEFF; it is not text.
            if output.starts(with: [0xEF, 0xBB, 0xBF]) { output.removeFirst(3) }
            return output
        }
        throw StageFailure("cannot convert from \(charset): output kept growing")
    }
}

enum ICUStatus {
    static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR
}
