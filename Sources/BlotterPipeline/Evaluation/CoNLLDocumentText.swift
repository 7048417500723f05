import Foundation

/// A CoNLL file's document as running text, so hand-made page gold can name a newswire story of the
/// development data (`../shared/data/ner/conll2003/train.txt#17`: the 18th document, counted from 0 at
/// `-DOCSTART-` lines) instead of an HTML page. Tokens are joined with spaces, but none before closing
/// punctuation and clitics ("police said ." → "police said.", "Smith 's" → "Smith's") nor after an opening
/// bracket or currency sign; each sentence ends a line. `blotter eval conll-text` prints the same text.
public enum CoNLLDocumentText {
    /// "FILE#N" split into the file and the document index, when the reference has that form.
    public static func reference(_ page: String) -> (file: String, index: Int)? {
        guard let hash = page.lastIndex(of: "#"), let index = Int(page[page.index(after: hash)...]), index >= 0 else { return nil }
        return (String(page[..<hash]), index)
    }

    /// The text of document `index` of a CoNLL file, or nil when the file has fewer documents.
    public static func text(of contents: String, document index: Int) -> String? {
        let documents = self.documents(of: contents)
        guard index < documents.count else { return nil }
        return documents[index].map(join).joined(separator: "\n")
    }

    /// The file's documents as sentences of tokens: split at `-DOCSTART-` lines, or, in a copy without them
    /// (this project's CoNLL-2003), at Reuters datelines: a story starts at its headline, the sentence before
    /// a sentence such as "BRUSSELS 1996-08-22".
    public static func documents(of contents: String) -> [[[String]]] {
        var sentences: [[String]] = []
        var starts: [Int] = []
        var current: [String] = []
        func close() {
            if !current.isEmpty { sentences.append(current); current = [] }
        }
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            let token = line.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            if token == "-DOCSTART-" {
                close()
                starts.append(sentences.count)
            } else if token.isEmpty {
                close()
            } else {
                current.append(token)
            }
        }
        close()
        if starts.isEmpty {
            for (position, sentence) in sentences.enumerated() where isDateline(sentence) {
                let start = max(position - 1, starts.last.map { $0 + 1 } ?? 0)
                if starts.last != start { starts.append(start) }
            }
            if starts.first != 0 { starts.insert(0, at: 0) }
        }
        var documents: [[[String]]] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : sentences.count
            if start < end { documents.append(Array(sentences[start..<end])) }
        }
        return documents
    }

    /// "BRUSSELS 1996-08-22", "NEW YORK 1996-08-22": upper-case words, then an ISO date, and nothing else.
    static func isDateline(_ sentence: [String]) -> Bool {
        guard sentence.count >= 2, let date = sentence.last, date.count == 10,
              date.utf8.enumerated().allSatisfy({ offset, byte in offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : (byte >= 48 && byte <= 57) })
        else { return false }
        return sentence.dropLast().allSatisfy { word in word.uppercased() == word && word.contains(where: \.isLetter) }
    }

    static let noSpaceBefore: Set<String> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"]
    static let noSpaceAfter: Set<String> = ["(", "[", "{", "$", "£", "€", "US$", "C$", "A$"]

    static func join(_ tokens: [String]) -> String {
        var out = ""
        var previous: String?
        for token in tokens {
            if let previous, !noSpaceBefore.contains(token), !noSpaceAfter.contains(previous) { out += " " }
            out += token
            previous = token
        }
        return out
    }
}
