import Testing
@testable import BlotterTag

@Suite struct PresenceFilterTests {
    /// SplitMix64: well-spread 64-bit keys like the model's FNV feature hashes, reproducibly.
    func keys(_ count: Int, seed: UInt64) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    @Test func everyKeyItHoldsPasses() {
        let held = keys(20_000, seed: 1)
        let filter = PresenceFilter(keys: held)
        #expect(held.allSatisfy(filter.mayContain))
    }

    @Test func fewAbsentKeysPass() {
        let filter = PresenceFilter(keys: keys(20_000, seed: 1))
        let passed = keys(100_000, seed: 2).filter(filter.mayContain).count
        // 20,000 keys in 8,192 words: about 0.6% of absent keys pass with two bits per key; one bit per key (the bit
        // fields overlapping or repeating) would let about 3.7% pass.
        #expect(passed < 1_500)
    }

    @Test func anEmptyOrTinyFilterStillAnswers() {
        #expect(!PresenceFilter(keys: []).mayContain(42))
        let one = PresenceFilter(keys: [42])
        #expect(one.mayContain(42))
    }

    @Test func packedWeightsScoreOnlyTheFeaturesTheyHold() {
        // Enough rows that the filter rejects most absent features itself, and the table the rest.
        let held = keys(5_000, seed: 3)
        let weights = PackedWeights(rows: held.map { ($0, [Int16](repeating: 2, count: EntityLabel.count)) }, scale: 2)
        var scores = [Float](repeating: 0, count: EntityLabel.count)
        scores.withUnsafeMutableBufferPointer { buffer in
            weights.add(held[0], into: buffer.baseAddress!)
            for absent in keys(1_000, seed: 4) { weights.add(absent, into: buffer.baseAddress!) }
        }
        #expect(scores == [Float](repeating: 1, count: EntityLabel.count))
    }
}
