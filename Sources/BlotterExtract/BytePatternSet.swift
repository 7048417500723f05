/// A set of byte strings searched for in one pass: does any of them occur anywhere in a haystack? Patterns are
/// bucketed by first byte, so each haystack position costs one table look-up and compares only the patterns
/// that start with its byte (the classifier's 24 boilerplate substrings and 24 container hints were 48 scans of
/// every new class/id string).
struct BytePatternSet: Sendable {
    /// All patterns end to end; pattern i is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Patterns grouped by first byte: those starting with byte b are `order[firstByte[b]..<firstByte[b + 1]]`
    /// (flat tables: an array per byte cost a retain and release at every haystack position).
    private let firstByte: [Int]
    private let order: [Int]
    /// Bit per (first byte, second byte) pair that starts a pattern, and per single-byte pattern: most
    /// haystack positions are refused by one bit test before any pattern is compared.
    private let startPairs: [UInt64]
    private let singleBytes: [Bool]
    /// Bit per hashed first three bytes of the patterns of three bytes or more, and per pair that is a whole
    /// pattern: a position whose pair passes is refused by its three bytes too unless a two-byte pattern may end
    /// there (prose passes the pair test often: "th", "an", "co" begin many phrases).
    private let startTriples: [UInt64]
    private let wholePairs: [UInt64]

    init(_ strings: [String]) {
        let patterns = strings.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for pattern in patterns {
            starts.append(bytes.count)
            bytes.append(contentsOf: pattern)
        }
        starts.append(bytes.count)
        let order = patterns.indices.sorted { (patterns[$0][0], $0) < (patterns[$1][0], $1) }
        var firstByte = [Int](repeating: 0, count: 257)
        for byte in 0..<256 { firstByte[byte + 1] = firstByte[byte] + patterns.filter { Int($0[0]) == byte }.count }
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        var triples = [UInt64](repeating: 0, count: 65536 / 64)
        var whole = [UInt64](repeating: 0, count: 65536 / 64)
        var singles = [Bool](repeating: false, count: 256)
        for pattern in patterns {
            if pattern.count == 1 { singles[Int(pattern[0])] = true; continue }
            let pair = Int(pattern[0]) << 8 | Int(pattern[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            if pattern.count == 2 {
                whole[pair >> 6] |= 1 << UInt64(pair & 63)
            } else {
                let triple = Self.tripleHash(pattern[0], pattern[1], pattern[2])
                triples[triple >> 6] |= 1 << UInt64(triple & 63)
            }
        }
        startTriples = triples
        wholePairs = whole
        self.bytes = bytes
        self.starts = starts
        self.firstByte = firstByte
        self.order = order
        startPairs = pairs
        singleBytes = singles
    }

    /// Which patterns occur in the haystack, as bits by pattern index (the order given to `init`; patterns
    /// after the 64th are not reported): one pass for several questions about one string.
    func occurrences(in haystack: [UInt8]) -> UInt64 {
        scan(haystack, stoppingAtFirst: false)
    }

    func occurs(in haystack: [UInt8]) -> Bool {
        scan(haystack, stoppingAtFirst: true) != 0
    }

    func occurs(in haystack: ArraySlice<UInt8>) -> Bool {
        haystack.withUnsafeBufferPointer { scan($0, stoppingAtFirst: true) } != 0
    }

    /// The one search loop: every match's bit, or (stopping at the first) a non-zero value as soon as any
    /// pattern matches.
    private func scan(_ haystack: [UInt8], stoppingAtFirst: Bool) -> UInt64 {
        haystack.withUnsafeBufferPointer { scan($0, stoppingAtFirst: stoppingAtFirst) }
    }

    /// Three bytes hashed to 16 bits.
    @inline(__always)
    static func tripleHash(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let packed = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
        return Int((packed &* 0x9E37_79B1) >> 16)
    }

    private func scan(_ hay: UnsafeBufferPointer<UInt8>, stoppingAtFirst: Bool) -> UInt64 {
        // Every table through a buffer pointer: the two bit tables read as arrays at each haystack position
        // cost bounds checks and a retain (a third of the scan's time).
        bytes.withUnsafeBufferPointer { patterns in
            starts.withUnsafeBufferPointer { starts in
                firstByte.withUnsafeBufferPointer { firstByte in
                    order.withUnsafeBufferPointer { order in
                        startPairs.withUnsafeBufferPointer { startPairs in
                            singleBytes.withUnsafeBufferPointer { singleBytes in
                                startTriples.withUnsafeBufferPointer { startTriples in
                                    wholePairs.withUnsafeBufferPointer { wholePairs in
                                        Self.scan(hay, stoppingAtFirst: stoppingAtFirst, patterns: patterns, starts: starts, firstByte: firstByte,
                                                  order: order, startPairs: startPairs, singleBytes: singleBytes, startTriples: startTriples,
                                                  wholePairs: wholePairs)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func scan(_ hay: UnsafeBufferPointer<UInt8>, stoppingAtFirst: Bool, patterns: UnsafeBufferPointer<UInt8>,
                             starts: UnsafeBufferPointer<Int>, firstByte: UnsafeBufferPointer<Int>, order: UnsafeBufferPointer<Int>,
                             startPairs: UnsafeBufferPointer<UInt64>, singleBytes: UnsafeBufferPointer<Bool>,
                             startTriples: UnsafeBufferPointer<UInt64>, wholePairs: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var found: UInt64 = 0
        let count = hay.count
        for position in 0..<count {
            let byte = Int(hay[position])
            if stoppingAtFirst, singleBytes[byte] { return 1 }
            if position + 1 < count, !singleBytes[byte] {
                let pair = byte << 8 | Int(hay[position + 1])
                if startPairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                if position + 2 < count, wholePairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 {
                    let triple = tripleHash(hay[position], hay[position + 1], hay[position + 2])
                    if startTriples[triple >> 6] & (1 << UInt64(triple & 63)) == 0 { continue }
                }
            }
            var candidate = firstByte[byte]
            let end = firstByte[byte + 1]
            while candidate < end {
                let pattern = order[candidate]
                let (from, to) = (starts[pattern], starts[pattern + 1])
                candidate += 1
                guard position + (to - from) <= count else { continue }
                var offset = 1
                while from + offset < to, hay[position + offset] == patterns[from + offset] { offset += 1 }
                guard from + offset == to else { continue }
                if stoppingAtFirst { return 1 }
                if pattern < 64 { found |= 1 << UInt64(pattern) }
            }
        }
        return found
    }
}
