/// A set of byte strings searched for in one pass: does any of them occur anywhere in a haystack? Patterns are
/// bucketed by first byte, so each haystack position costs one table look-up and compares only the patterns
/// that start with its byte (the classifier's 24 boilerplate substrings and 24 container hints were 48 scans of
/// every new class/id string).
struct BytePatternSet: Sendable {
    /// All patterns end to end; `ranges[i]` is pattern i's place in it.
    private let bytes: [UInt8]
    private let ranges: [Range<Int>]
    /// For each first byte, the indexes of the patterns starting with it (empty for most bytes).
    private let byFirstByte: [[Int]]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        var buckets = [[Int]](repeating: [], count: 256)
        for string in strings where !string.isEmpty {
            let start = bytes.count
            bytes.append(contentsOf: string.utf8)
            buckets[Int(bytes[start])].append(ranges.count)
            ranges.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.ranges = ranges
        byFirstByte = buckets
    }

    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            bytes.withUnsafeBufferPointer { patterns in
                let count = hay.count
                for start in 0..<count {
                    let candidates = byFirstByte[Int(hay[start])]
                    if candidates.isEmpty { continue }
                    for index in candidates {
                        let range = ranges[index]
                        guard start + range.count <= count else { continue }
                        var offset = 1
                        while offset < range.count, hay[start + offset] == patterns[range.lowerBound + offset] { offset += 1 }
                        if offset == range.count { return true }
                    }
                }
                return false
            }
        }
    }
}
