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
        // About 2% at 16 bits per key (PresenceFilter.bitsPerKey); 5% would mean the bit fields overlap or repeat.
        #expect(passed < 5_000)
    }

    @Test func anEmptyOrTinyFilterStillAnswers() {
        #expect(!PresenceFilter(keys: []).mayContain(42))
        let one = PresenceFilter(keys: [42])
        #expect(one.mayContain(42))
    }

    @Test func packedWeightsScoreOnlyTheFeaturesTheyHold() {
        let weights = PackedWeights(rows: [(7, [Int16](repeating: 2, count: EntityLabel.count))], scale: 2)
        var scores = [Float](repeating: 0, count: EntityLabel.count)
        scores.withUnsafeMutableBufferPointer { buffer in
            weights.add(7, into: buffer.baseAddress!)
            weights.add(8, into: buffer.baseAddress!)
        }
        #expect(scores == [Float](repeating: 1, count: EntityLabel.count))
    }
}
