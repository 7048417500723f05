import BlotterPipeline
import Foundation
import BlotterCore
import BlotterText
import BlotterTag

/// Labelled text for the name model, read from the development data in `../shared/data/ner`:
/// CoNLL-2003's training split (Reuters newswire, BIO, PER/ORG/LOC/MISC), wikigold (CoNLL, IOB1, PER/ORG/LOC/MISC), WNUT-17 train and dev (CoNLL, BIO, person/location/corporation/
/// group/product/creative-work) and re3d (JSON lines with character offsets). Every source's labels are
/// mapped to PER, ORG, LOC, MISC; re3d's person spans lose the titles they include ("Foreign Office Minister").
public struct TrainingCorpus {
    public struct Document {
        public var text: String
        /// (UTF-8 range, "PER" | "ORG" | "LOC" | "MISC")
        public var spans: [(Range<Int>, String)]
    }

    /// Every source `load` knows.
    public static let sources = ["conll2003", "wikigold", "wnut17", "re3d"]
    /// What `blotter train` reads unless told otherwise: CoNLL-2003's training split alone. Each other source,
    /// added to it, lowered the model's F1 on conll2003/dev.txt (see docs/TAGGER.md).
    public static let defaultSources = ["conll2003"]

    public static let wnutLabels = ["person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG", "product": "MISC", "creative-work": "MISC"]
    public static let conllLabels = ["PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"]
    static let re3dLabels = ["Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"]

    /// Documents of the named sources under `directory` (../shared/data/ner).
    public static func load(_ directory: URL, sources: [String]) throws -> [String: [Document]] {
        var out: [String: [Document]] = [:]
        for source in sources {
            switch source {
            case "conll2003":
                out[source] = conll(try String(contentsOf: directory.appendingPathComponent("conll2003/train.txt"), encoding: .utf8), labels: conllLabels)
            case "wikigold":
                out[source] = conll(try String(contentsOf: directory.appendingPathComponent("wikigold/wikigold.conll.txt"), encoding: .utf8), labels: conllLabels)
            case "wnut17":
                out[source] = try ["wnut17train.conll", "emerging.dev.conll"].flatMap {
                    conll(try String(contentsOf: directory.appendingPathComponent("wnut17/\($0)"), encoding: .utf8), labels: wnutLabels)
                }
            case "re3d":
                out[source] = try ["UK_Government", "US_State_Department", "CENTCOM"].flatMap { try re3d(directory.appendingPathComponent("re3d/\($0)")) }
            default:
                throw PipelineSetupError(message: "unknown training source '\(source)' (known: \(Self.sources.joined(separator: ", ")))")
            }
        }
        return out
    }

    /// CoNLL: a token and its tag a line; blank lines end sentences; -DOCSTART- ends documents. Runs of sentences
    /// without one are cut every `documentSentences` sentences: the copies of CoNLL-2003 in ../shared/data have no
    /// -DOCSTART- lines, so their documents (for training, for `DocumentEvidence` and for `blotter eval ner`) are
    /// windows of 50 sentences, one to three Reuters stories each. Cutting at the stories' datelines ("LONDON
    /// 1996-08-30", 802 documents instead of 281) was measured in session 19 and not adopted: conll2003 dev pipeline PER
    /// 0.9350 → 0.9392 (mean of three seeds), LOC 0.9420 → 0.9408, but person F1 on the police tune halves −0.026 and
    /// on their check halves −0.029 (sums over 8 sets).
    public static func conll(_ text: String, labels: [String: String], documentSentences: Int = 50) -> [Document] {
        var documents: [Document] = []
        var current = ""
        var spans: [(Range<Int>, String)] = []
        var open: (start: Int, end: Int, type: String)?
        var sentences = 0
        var sentenceHasTokens = false
        func closeSpan() {
            if let span = open { spans.append((span.start..<span.end, span.type)) }
            open = nil
        }
        func closeDocument() {
            closeSpan()
            if !current.isEmpty { documents.append(Document(text: current, spans: spans)) }
            current = ""
            spans = []
            sentences = 0
            sentenceHasTokens = false
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("-DOCSTART-") { closeDocument(); continue }
            if line.isEmpty {
                closeSpan()
                if sentenceHasTokens {
                    current += "\n"
                    sentenceHasTokens = false
                    sentences += 1
                    if sentences >= documentSentences { closeDocument() }
                }
                continue
            }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard columns.count >= 2, let tag = columns.last else { continue }
            if sentenceHasTokens { current += " " }
            let start = current.utf8.count
            current += columns[0]
            let end = current.utf8.count
            sentenceHasTokens = true
            let parts = tag.split(separator: "-", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = labels[parts[1]] else { closeSpan(); continue }
            if let span = open, span.type == type, parts[0] != "B" {
                open = (span.start, end, type)
            } else {
                closeSpan()
                open = (start, end, type)
            }
        }
        closeDocument()
        return documents
    }

    /// re3d: documents.json and entities.json are JSON lines; entity offsets count characters of the text.
    static func re3d(_ folder: URL) throws -> [Document] {
        func lines(_ name: String) throws -> [[String: Any]] {
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").compactMap {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        var byDocument: [String: [[String: Any]]] = [:]
        for entity in try lines("entities.json") {
            if let id = entity["documentId"] as? String { byDocument[id, default: []].append(entity) }
        }
        var documents: [Document] = []
        for document in try lines("documents.json") {
            guard let id = document["_id"] as? String, let text = document["text"] as? String else { continue }
            let scalars = Array(text.unicodeScalars)
            // UTF-8 offset of each scalar offset.
            var utf8Offsets = [0]
            for scalar in scalars { utf8Offsets.append(utf8Offsets[utf8Offsets.count - 1] + String(scalar).utf8.count) }
            var spans: [(Range<Int>, String)] = []
            for entity in byDocument[id] ?? [] {
                guard let begin = entity["begin"] as? Int, let end = entity["end"] as? Int, begin < end, end <= scalars.count,
                      let type = (entity["type"] as? String).flatMap({ re3dLabels[$0] }) else { continue }
                var start = begin
                if type == "PER" {
                    // Drop leading words that are titles or lower-case ("Foreign Office Minister Alistair Burt").
                    let words = String(String.UnicodeScalarView(scalars[begin..<end])).split(separator: " ")
                    var skipped = 0
                    for word in words.dropLast() {
                        guard Self.re3dTitleWords.contains(word.lowercased()) || word.first?.isLowercase == true else { break }
                        skipped += word.unicodeScalars.count + 1
                    }
                    start = begin + skipped
                    if words.allSatisfy({ Self.re3dTitleWords.contains($0.lowercased()) || $0.first?.isLowercase == true }) { continue }
                }
                spans.append((utf8Offsets[start]..<utf8Offsets[end], type))
            }
            documents.append(Document(text: text, spans: spans))
        }
        return documents
    }

    /// Words of the offices re3d writes inside person spans.
    static let re3dTitleWords: Set<String> = ["minister", "secretary", "foreign", "office", "prime", "president", "general",
                                              "gen.", "gen", "lt.", "col.", "maj.", "sgt.", "admiral", "adm.", "commander",
                                              "ambassador", "deputy", "assistant", "state", "under", "spokesman", "spokesperson",
                                              "defence", "defense", "home", "for", "the", "of", "middle", "east", "africa",
                                              "mr", "mr.", "mrs", "ms", "dr", "dr.", "sir", "lord", "baroness", "king", "queen",
                                              "senator", "sen.", "chief", "army", "u.s.", "us", "uk", "british", "special", "envoy"]

    /// Sentences with token labels, tokenised by the same segmenter the pipeline uses.
    public static func sentences(_ documents: [Document], segmenter: Segmenter) -> [SequenceTrainer.Sentence] {
        var out: [SequenceTrainer.Sentence] = []
        for (number, document) in documents.enumerated() {
            guard let segmented = try? segmenter.segment(document.text) else { continue }
            var labels = [UInt8](repeating: 0, count: segmented.tokens.count)
            for (range, type) in document.spans {
                guard let begin = EntityLabelCode.begin(type) else { continue }
                var first = true
                for (index, token) in segmented.tokens.enumerated() where token.start >= range.lowerBound && token.end <= range.upperBound {
                    labels[index] = first ? begin : begin + 1
                    first = false
                }
            }
            for sentence in segmented.sentences where !sentence.tokens.isEmpty {
                out.append(SequenceTrainer.Sentence(tokens: Array(segmented.tokens[sentence.tokens]), labels: Array(labels[sentence.tokens]),
                                                    document: number))
            }
        }
        return out
    }
}
