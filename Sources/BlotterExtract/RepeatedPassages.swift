/// Removes a second copy of a passage: the same run of blocks met again later in the text (an article printed
/// twice for two layouts, a story repeated by a "print version"). Single repeated blocks stay: a review's
/// "Pros" and "Cons", a webcam page's "View Webcam." under every camera, a paragraph an author repeats are the
/// page's own (modern-web-articles: dropping every repeated block under 200 bytes cost F1 0.9647 → 0.9597;
/// even under 10 bytes 0.9631).
enum RepeatedPassages {
    /// A passage is at least this many consecutive blocks, of at least two different texts (a test page that
    /// repeats one paragraph is not a copied passage).
    static let minimumBlocks = 3
    /// ...one of them prose of at least this many bytes: a list of short labels repeated under every item of a
    /// review ("Pros", "Efficient service", "Careful handling") is the page's structure, not a copy
    /// (modern-web-articles 0056 lost 0.027 of F1 without this bound).
    static let minimumProseBytes = 100

    /// `blocks` without any run of `minimumBlocks` or more that repeats an earlier run.
    static func removingCopies(_ blocks: [TextBlock]) -> [TextBlock] {
        let count = blocks.count
        guard count >= 2 * minimumBlocks else { return blocks }
        // Blocks are numbered by a cheap key (length and first and last bytes), not by hashing every text: a
        // window that matches is compared in full before it counts.
        var numbers: [BlockKey: Int] = [:]
        numbers.reserveCapacity(count)
        let ids = blocks.map { block in
            let key = BlockKey(block.text)
            if let id = numbers[key] { return id }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
        guard numbers.count < count else { return blocks }
        // Only windows of blocks that each occur more than once can repeat.
        var occurrences = [Int](repeating: 0, count: numbers.count)
        for id in ids { occurrences[id] += 1 }
        let prose = blocks.map { $0.text.utf8.count >= minimumProseBytes }
        var firstSeen: [[Int]: Int] = [:]
        var copy = [Bool](repeating: false, count: count)
        for start in 0...(count - minimumBlocks) {
            let range = start..<(start + minimumBlocks)
            guard range.allSatisfy({ occurrences[ids[$0]] > 1 }), prose[range].contains(true),
                  range.contains(where: { ids[$0] != ids[start] }) else { continue }
            let window = Array(ids[range])
            if let earlier = firstSeen[window] {
                // Only a copy that starts after the original ends: overlapping windows are one passage.
                if earlier + minimumBlocks <= start,
                   range.allSatisfy({ blocks[$0].text == blocks[earlier + $0 - start].text }) {
                    for index in range { copy[index] = true }
                }
            } else {
                firstSeen[window] = start
            }
        }
        guard copy.contains(true) else { return blocks }
        return blocks.indices.filter { !copy[$0] }.map { blocks[$0] }
    }

    /// Length, first and last eight bytes of a text.
    private struct BlockKey: Hashable {
        let count: Int
        let head: UInt64
        let tail: UInt64

        init(_ text: String) {
            let utf8 = text.utf8
            count = utf8.count
            var head: UInt64 = 0
            for byte in utf8.prefix(8) { head = head << 8 | UInt64(byte) }
            var tail: UInt64 = 0
            for byte in utf8.suffix(8) { tail = tail << 8 | UInt64(byte) }
            self.head = head
            self.tail = tail
        }
    }
}
