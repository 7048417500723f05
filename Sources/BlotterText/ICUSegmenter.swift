import CICU
import BlotterCore

/// Owner of one pair of ICU break iterators. Not `Sendable`: made, used and closed inside one work item.
final class ICUSegmenter {
    private let handle: OpaquePointer

    init(locale: String) throws(StageFailure) {
        var status: Int32 = 0
        guard let handle = cicu_segmenter_open(locale, &status), status <= 0 else {
            throw StageFailure("ICU could not open break iterators for locale \(locale) (ICU error \(status))")
        }
        self.handle = handle
    }

    deinit { cicu_segmenter_close(handle) }

    /// Sentence boundaries as UTF-8 byte offsets (0 first, the text's length last).
    func sentenceBoundaries(_ utf8: [UInt8]) throws(StageFailure) -> [Int] {
        guard !utf8.isEmpty else { return [0] }
        guard utf8.count < Int(Int32.max) else { throw StageFailure("text too long to segment") }
        var boundaries = [Int32](repeating: 0, count: utf8.count + 1)
        var status: Int32 = 0
        let count = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cicu_sentence_boundaries(handle, chars.baseAddress, Int32(chars.count), &boundaries, &status)
            }
        }
        guard count >= 0, status <= 0 else { throw StageFailure("ICU sentence breaking failed (ICU error \(status))") }
        return boundaries.prefix(Int(count)).map(Int.init)
    }

    /// Word boundaries with the rule status of the segment each one closes.
    func wordBoundaries(_ utf8: [UInt8]) throws(StageFailure) -> (boundaries: [Int32], status: [Int32]) {
        guard !utf8.isEmpty else { return ([0], [0]) }
        guard utf8.count < Int(Int32.max) else { throw StageFailure("text too long to segment") }
        var boundaries = [Int32](repeating: 0, count: utf8.count + 1)
        var rules = [Int32](repeating: 0, count: utf8.count + 1)
        var status: Int32 = 0
        let count = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cicu_word_boundaries(handle, chars.baseAddress, Int32(chars.count), &boundaries, &rules, &status)
            }
        }
        guard count >= 0, status <= 0 else { throw StageFailure("ICU word breaking failed (ICU error \(status))") }
        return (Array(boundaries.prefix(Int(count))), Array(rules.prefix(Int(count))))
    }
}
