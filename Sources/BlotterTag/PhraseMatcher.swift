import BlotterCore

/// Longest-match lookup of multi-token phrases over a token array (a trie keyed by token text).
///
/// Case rule: a phrase token written in capitals (an acronym, "NCA"), with three capitals or more ("CoLP") or with a
/// full stop matches exactly;
/// other tokens match case-insensitively, but the first token of a match must start with the same case as
/// the phrase (so "bedfordshire police" in running text is not a force, while "Bedfordshire police" is).
/// Full stops that follow a token without a space ("Det." "Supt.") are skipped when `skipAbbreviationDots`.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private final class Node: @unchecked Sendable {
        // Built once in init and never mutated afterwards; shared read-only across threads.
        var children: [String: Node] = [:]
        var payloads: [(exact: [String], payload: Payload)] = []
    }

    private let root = Node()
    let skipAbbreviationDots: Bool
    /// When false, only acronyms and abbreviations are case-sensitive (for hedges like "Nearly" / "nearly").
    let matchFirstLetterCase: Bool

    init(phrases: [(String, Payload)], tokenize: (String) -> [String], skipAbbreviationDots: Bool = false,
         matchFirstLetterCase: Bool = true) {
        self.skipAbbreviationDots = skipAbbreviationDots
        self.matchFirstLetterCase = matchFirstLetterCase
        for (phrase, payload) in phrases {
            let parts = tokenize(phrase).filter { !(skipAbbreviationDots && $0 == ".") }
            guard !parts.isEmpty else { continue }
            var node = root
            for part in parts {
                let key = Self.foldApostrophes(part.lowercased())
                if let next = node.children[key] { node = next } else {
                    let next = Node()
                    node.children[key] = next
                    // The curly form of a key reaches the same node: news writes "Chiefs’ Council" for a table's
                    // "Chiefs' Council" (session 14, batch26's tune half: NPCC, HMICFRS missed).
                    if key.contains("'") { node.children[key.replacingOccurrences(of: "'", with: "’")] = next }
                    node = next
                }
            }
            node.payloads.append((parts, payload))
        }
    }

    struct Match {
        var payload: Payload
        /// Token range of the match, dots included.
        var tokens: Range<Int>
    }

    /// The longest phrase starting at token `start`, not crossing `limit`.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> Match? {
        var node = root
        var index = start
        var best: Match?
        while index < limit {
            let token = tokens[index]
            if skipAbbreviationDots, index > start, token.text == ".", !token.spaceBefore {
                index += 1
                if let candidate = accept(node, tokens: tokens, start: start, end: index) { best = candidate }
                continue
            }
            guard let next = node.children[token.lower] else { break }
            node = next
            index += 1
            if let candidate = accept(node, tokens: tokens, start: start, end: index) { best = candidate }
        }
        return best
    }

    private func accept(_ node: Node, tokens: [Token], start: Int, end: Int) -> Match? {
        guard !node.payloads.isEmpty else { return nil }
        let texts = tokens[start..<end].map(\.text).filter { !(skipAbbreviationDots && $0 == ".") }
        // A phrase listed with the text's own apostrophe wins over its other form.
        if node.payloads.count > 1, let written = node.payloads.first(where: { $0.exact == texts }) {
            return Match(payload: written.payload, tokens: start..<end)
        }
        for (exact, payload) in node.payloads where Self.caseCompatible(exact, texts, firstLetter: matchFirstLetterCase) {
            return Match(payload: payload, tokens: start..<end)
        }
        return nil
    }

    /// Straight and curly apostrophes are one key ("Sheriff’s" = "Sheriff's").
    static func foldApostrophes(_ key: String) -> String {
        key.contains("’") ? key.replacingOccurrences(of: "’", with: "'") : key
    }

    static func caseCompatible(_ phrase: [String], _ text: [String], firstLetter: Bool) -> Bool {
        guard phrase.count == text.count else { return false }
        for (position, (expected, actual)) in zip(phrase, text).enumerated() {
            if isExactToken(expected) {
                if expected != actual { return false }
            } else if firstLetter, position == 0, expected.first?.isUppercase != actual.first?.isUppercase {
                return false
            }
        }
        return true
    }

    /// Acronyms and abbreviations match only as written; so does a token of three capitals or more written in mixed
    /// case ("CoLP", "WKStA", "CoBRA"), an acronym too: matched case-insensitively, "NCoS" took "NCOs" and "CoBRA" the
    /// snake and Britain's COBRA meeting (sessions 17 and 18, second reads of the tables).
    static func isExactToken(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) || token.contains(".")
            || letters.filter(\.isUppercase).count >= 3
    }
}

/// Splits a gazetteer phrase into tokens the way the segmenter does for simple text: letters and digits
/// runs, each other non-space character alone, possessive "'s" / "’s" kept together.
enum PhraseTokenizer {
    static func tokens(_ phrase: String) -> [String] {
        var out: [String] = []
        var current = ""
        let characters = Array(phrase)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == ".", current.count == 1 || current.contains("."), index + 1 < characters.count,
                      characters[index + 1].isLetter {
                // Dotted initialisms stay one token as ICU reads them: "U.S. Attorney" → "U.S", ".", "Attorney".
                current.append(character)
            } else {
                if !current.isEmpty { out.append(current); current = "" }
                if (character == "'" || character == "’"), index + 1 < characters.count, characters[index + 1] == "s",
                   index + 2 >= characters.count || !characters[index + 2].isLetter {
                    out.append(String(character) + "s")
                    index += 2
                    continue
                }
                if !character.isWhitespace { out.append(String(character)) }
            }
            index += 1
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
