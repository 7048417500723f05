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
        // Each text hashed once: a number per distinct text, and nothing to do when no text repeats.
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(count)
        let ids = blocks.map { block in
            if let id = numbers[block.text] { return id }
            numbers[block.text] = numbers.count
            return numbers.count - 1
        }
        guard numbers.count < count else { return blocks }
        let prose = blocks.map { $0.text.utf8.count >= minimumProseBytes }
        var firstSeen: [[Int]: Int] = [:]
        var copy = [Bool](repeating: false, count: count)
        for start in 0...(count - minimumBlocks) {
            let range = start..<(start + minimumBlocks)
            let window = Array(ids[range])
            guard Set(window).count >= 2, prose[range].contains(true) else { continue }
            if let earlier = firstSeen[window] {
                // Only a copy that starts after the original ends: overlapping windows are one passage.
                if earlier + minimumBlocks <= start {
                    for index in range { copy[index] = true }
                }
            } else {
                firstSeen[window] = start
            }
        }
        guard copy.contains(true) else { return blocks }
        return blocks.indices.filter { !copy[$0] }.map { blocks[$0] }
    }
}
