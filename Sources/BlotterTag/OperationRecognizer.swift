import BlotterCore

/// Named police operations: "Operation" / "Op" / "Op." then one to four capitalised words
/// ("Operation Venetic", "Op Sea Dragon"). Not "operations", not "Operation of the…".
struct OperationRecognizer: Recognizer {
    let name = "operation"
    static let triggers: Set<String> = ["Operation", "Op", "OPERATION"]
    static let maximumNameWords = 4

    func candidates(in context: TagContext) -> [Candidate] {
        let tokens = context.text.tokens
        var out: [Candidate] = []
        for sentence in context.text.sentences {
            let range = sentence.tokens
            for index in range where Self.triggers.contains(tokens[index].text) {
                var cursor = index + 1
                if tokens[index].text == "Op", cursor < range.upperBound, tokens[cursor].text == ".", !tokens[cursor].spaceBefore {
                    cursor += 1
                }
                let nameStart = cursor
                while cursor < range.upperBound, cursor - nameStart < Self.maximumNameWords,
                      tokens[cursor].isCapitalizedWord || tokens[cursor].isAcronym,
                      !NameLexicon.notNameWords.contains(tokens[cursor].text) || cursor > nameStart {
                    if cursor > nameStart, NameLexicon.notNameWords.contains(tokens[cursor].text) { break }
                    cursor += 1
                }
                guard cursor > nameStart else { continue }
                let nameText = context.text.text(of: nameStart..<cursor)
                let span = index..<cursor
                out.append(Candidate(type: .operation,
                                  text: context.text.text(of: span),
                                  start: tokens[index].start, end: tokens[cursor - 1].end, sentence: tokens[index].sentence,
                                  canonical: "Operation " + nameText, recognizer: "operation", confidence: .table))
            }
        }
        return out
    }
}
