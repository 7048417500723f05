import Foundation
import BlotterCore

/// Records shaped like a news archive's, for measuring the store at scale: forces, people, operations and
/// words drawn from skewed (Zipf) distributions, so a few forces are named very often and thousands rarely, as
/// in news; dates spread over twenty years; figures of every common kind. Deterministic for a seed.
///
/// The shape (measured on nothing real: stated here so a reader can judge the benchmark): 5,000 forces
/// (Zipf exponent 1.1: the most common is in ~12% of documents), 200,000 people (exponent 1.0), 20,000
/// operations (a third of documents name one), 1-3 forces, 0-5 people, 3-10 figures per document, ~2.5 KB of
/// text, 5% of documents undated.
public struct SyntheticArchive {
    public static let forceCount = 5_000
    public static let personCount = 200_000
    public static let operationCount = 20_000
    static let vocabularySize = 8_000

    private var random: SplitMix64
    private let forces: ZipfSampler
    private let people: ZipfSampler
    private let operations: ZipfSampler
    private let words: ZipfSampler
    private static let commonWords = ["police", "said", "officers", "arrested", "court", "cash", "seized", "drugs",
                                      "charged", "investigation", "cocaine", "warrant", "detectives", "search", "firearms"]

    public init(seed: UInt64 = 20261205) {
        random = SplitMix64(seed: seed)
        forces = ZipfSampler(count: Self.forceCount, exponent: 1.1)
        people = ZipfSampler(count: Self.personCount, exponent: 1.0)
        operations = ZipfSampler(count: Self.operationCount, exponent: 1.0)
        words = ZipfSampler(count: Self.vocabularySize, exponent: 1.0)
    }

    /// The name and canonical id of the force of rank `rank` (0 = most common).
    public static func force(_ rank: Int) -> (canonical: String, name: String) {
        ("force-\(rank)", "Force \(rank) Police")
    }

    public static func person(_ rank: Int) -> String { "Person\(rank) Surname\(rank % 977)" }

    public static func operation(_ rank: Int) -> String { "Operation Name\(rank)" }

    /// The record of document `index`.
    public mutating func record(_ index: Int) -> Record {
        var builder = TextBuilder()
        var entities: [Entity] = []
        let forceRanks = distinct(1 + random.below(3), from: forces)
        let personRanks = distinct(random.below(6), from: people)
        let operationRanks = random.below(3) == 0 ? [operations.sample(&random)] : []
        var sentence = 0
        func mention(_ type: EntityType, _ text: String, canonical: String, name: String? = nil, role: String? = nil) {
            let span = builder.append(text)
            entities.append(Entity(type: type, text: text, start: span.lowerBound, end: span.upperBound, sentence: sentence,
                                   canonical: canonical, role: role, name: name))
        }
        for rank in forceRanks {
            let (canonical, name) = Self.force(rank)
            for _ in 0..<(1 + random.below(4)) {
                mention(.force, name, canonical: canonical, name: name)
                prose(&builder, words: 20 + random.below(40))
                sentence += 1
            }
        }
        for rank in personRanks {
            for _ in 0..<(1 + random.below(3)) {
                mention(.person, Self.person(rank), canonical: Self.person(rank), role: rank % 4 == 0 ? "Detective Inspector" : nil)
                prose(&builder, words: 20 + random.below(30))
                sentence += 1
            }
        }
        for rank in operationRanks {
            mention(.operation, Self.operation(rank), canonical: Self.operation(rank))
            prose(&builder, words: 20)
            sentence += 1
        }
        let year = 2006 + random.below(20)
        let month = 1 + random.below(12)
        let day = 1 + random.below(28)
        for _ in 0..<(3 + random.below(8)) {
            let figure = self.figure(year: year)
            let span = builder.append(figure.text)
            entities.append(Entity(type: .figure, text: figure.text, start: span.lowerBound, end: span.upperBound,
                                   sentence: sentence, figure: figure.facts))
            prose(&builder, words: 15 + random.below(20))
            sentence += 1
        }
        let published = random.below(20) == 0 ? nil : String(format: "%04d-%02d-%02d", year, month, day)
        let article = Article(title: "Synthetic story \(index)", published: published, language: "en", site: "Synthetic News",
                              text: builder.text)
        let source = SourceLocation(path: nil, url: "https://news.example/story/\(index)")
        return Record(sequence: index, id: "synthetic-\(index)", source: source, article: article, entities: entities)
    }

    private mutating func distinct(_ count: Int, from sampler: ZipfSampler) -> [Int] {
        var ranks: [Int] = []
        var tries = 0
        while ranks.count < count && tries < count * 4 {
            let rank = sampler.sample(&random)
            if !ranks.contains(rank) { ranks.append(rank) }
            tries += 1
        }
        return ranks
    }

    private mutating func prose(_ builder: inout TextBuilder, words count: Int) {
        var sentence: [String] = []
        for _ in 0..<count {
            let rank = words.sample(&random)
            sentence.append(rank < Self.commonWords.count ? Self.commonWords[rank] : "w\(rank)")
        }
        _ = builder.append(" " + sentence.joined(separator: " ") + ". ")
    }

    private mutating func figure(year: Int) -> (text: String, facts: FigureFacts) {
        switch random.below(20) {
        case 0..<7:
            let value = Double(1 + ZipfSampler.geometric(&random, mean: 8))
            return ("\(Int(value)) arrests", FigureFacts(kind: .count, value: .number(value), of: "arrests"))
        case 7..<12:
            let date = String(format: "%04d-%02d-%02d", year, 1 + random.below(12), 1 + random.below(28))
            return ("on \(date)", FigureFacts(kind: .date, value: .date(date)))
        case 12..<15:
            let unit = ["GBP", "GBP", "GBP", "USD", "USD", "EUR"][random.below(6)]
            let value = Double(100 * (1 + ZipfSampler.geometric(&random, mean: 500)))
            return ("\(unit) \(Int(value))", FigureFacts(kind: .money, value: .number(value), unit: unit, of: "cash"))
        case 15..<17:
            let value = Double(1 + ZipfSampler.geometric(&random, mean: 20))
            return ("\(Int(value)) kilos", FigureFacts(kind: .mass, value: .number(value), unit: "kg", of: "cocaine"))
        case 17..<19:
            let value = Double(16 + random.below(60))
            return ("aged \(Int(value))", FigureFacts(kind: .age, value: .number(value), unit: "years"))
        default:
            let value = Double(1 + random.below(15))
            return ("\(Int(value)) years", FigureFacts(kind: .duration, value: .number(value), unit: "years"))
        }
    }
}

/// Text grown piece by piece, with the UTF-8 range of each piece.
struct TextBuilder {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ piece: String) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: piece.utf8)
        return start..<bytes.count
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A small, fast, seedable generator (SplitMix64), so generated archives are the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// Ranks 0..<count drawn with probability proportional to 1 / (rank + 1)^exponent (by binary search over the
/// cumulative weights).
struct ZipfSampler {
    private let cumulative: [Double]

    init(count: Int, exponent: Double) {
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(count)
        for rank in 0..<count {
            total += 1 / pow(Double(rank + 1), exponent)
            cumulative.append(total)
        }
        self.cumulative = cumulative.map { $0 / total }
    }

    func sample(_ random: inout SplitMix64) -> Int {
        let target = random.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A geometric draw with the given mean (heavy enough tail for amounts).
    static func geometric(_ random: inout SplitMix64, mean: Double) -> Int {
        let u = max(random.unit(), 1e-12)
        return Int(-log(u) * mean)
    }
}
