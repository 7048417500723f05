/// A set of byte strings searched for in one pass: does any of them occur anywhere in a haystack? Patterns are
/// bucketed by first byte, so each haystack position costs one table look-up and compares only the patterns
/// that start with its byte (the classifier's 24 boilerplate substrings and 24 container hints were 48 scans of
/// every new class/id string).
struct BytePatternSet: Sendable {
    private let patterns: [[UInt8]]
    /// For each first byte, the indexes of the patterns starting with it.
    private let byFirstByte: [[Int]]

    init(_ strings: [String]) {
        let patterns = strings.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() { buckets[Int(pattern[0])].append(index) }
        self.patterns = patterns
        byFirstByte = buckets
    }

    func occurs(in haystack: [UInt8]) -> Bool {
        let count = haystack.count
        for start in 0..<count {
            for index in byFirstByte[Int(haystack[start])] {
                let pattern = patterns[index]
                guard start + pattern.count <= count else { continue }
                var matched = true
                for offset in 1..<pattern.count where haystack[start + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
        }
        return false
    }
}
