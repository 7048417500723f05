import BlotterCore

/// Named police operations: "Operation" / "Op" / "Op." then one to four capitalised words
/// ("Operation Venetic", "Op Sea Dragon"). Not "operations", not "Operation of the…". Also a name of two words or more
/// written again on the page without "Operation" (`bareNames`), and Canadian forces' "Project" names (`projects`).
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
            out += projects(in: range, tokens: tokens, text: context.text)
        }
        return out + bareNames(of: out, tokens: tokens, text: context.text)
    }

    /// The name of an operation of two words or more written again without "Operation" ("a separate inquiry from
    /// Tarnished Badge"): the same operation (session 26, batch115's tune half). One word alone is not read so: it is
    /// often an everyday word ("Operation Hope").
    func bareNames(of operations: [Candidate], tokens: [Token], text: SegmentedText) -> [Candidate] {
        var names: [[String]: String] = [:]
        for operation in operations where operation.recognizer == name {
            guard let first = MentionResolver.tokenStarting(at: operation.start, in: tokens),
                  let last = MentionResolver.tokenEnding(at: operation.end, in: tokens) else { continue }
            var nameStart = first + 1
            if nameStart <= last, tokens[nameStart].text == "." { nameStart += 1 }
            guard last - nameStart + 1 >= 2 else { continue }
            names[tokens[nameStart...last].map(\.text)] = operation.canonical
        }
        guard !names.isEmpty else { return [] }
        var found: [Candidate] = []
        for (words, canonical) in names {
            var index = 0
            while index + words.count <= tokens.count {
                let end = index + words.count
                defer { index += 1 }
                guard tokens[index].text == words[0], tokens[index..<end].map(\.text) == words,
                      tokens[index..<end].allSatisfy({ $0.sentence == tokens[index].sentence }),
                      index == 0 || !(Self.triggers.contains(tokens[index - 1].text) || tokens[index - 1].isCapitalizedWord
                                      || (tokens[index - 1].text == "." && index >= 2 && Self.triggers.contains(tokens[index - 2].text))),
                      end >= tokens.count || !tokens[end].isCapitalizedWord || tokens[end].sentence != tokens[index].sentence
                else { continue }
                found.append(Candidate(type: .operation, text: text.text(of: index..<end), start: tokens[index].start,
                                       end: tokens[end - 1].end, sentence: tokens[index].sentence, canonical: canonical,
                                       recognizer: name, confidence: .lexicon))
            }
        }
        return found
    }

    /// Words of a sentence about an investigation (lower case): the police-work words and a probe's.
    static let investigationWords: Set<String> = ForceRecognizer.policeWorkWords.union(["probe", "investigation", "charges", "investigator"])

    /// The page's "Project" operations when a force of the page is Canada's (`country` CA), none otherwise.
    static func keepingProjectsOfCanadianForces(_ entities: [Candidate]) -> [Candidate] {
        guard entities.contains(where: { $0.recognizer == "operation.project" }),
              !entities.contains(where: { $0.type == .force && $0.country == "CA" }) else { return entities }
        return entities.filter { $0.recognizer != "operation.project" }
    }

    /// The words of a project's staff, not an investigation: "Chris Hamann, Project Engineer" (a 2007 CleanEval page).
    static let projectJobWords: Set<String> = ["engineer", "coordinator", "lead", "assistant", "worker", "team", "staff", "partner"]

    /// "Project Coyote", "Project DOOM": Canadian forces name their investigations "Project" and one word (four gold
    /// strings in the tune halves of session 24's 24 sets, none found before). One capitalised word or acronym after
    /// "Project", no capital on either side ("Project Management Software", "Project Safe Neighborhoods", "the
    /// Innocence Project"), in a sentence about police work, on a page that names a Canadian force
    /// (`keepingProjectsOfCanadianForces`: "Project Veritas", "Project Gutenberg" elsewhere are no operations; the
    /// second read's cases). Its canonical is the name as written.
    func projects(in range: Range<Int>, tokens: [Token], text: SegmentedText) -> [Candidate] {
        guard tokens[range].contains(where: { Self.investigationWords.contains($0.lower) }) else { return [] }
        var out: [Candidate] = []
        for index in range where tokens[index].text == "Project" && index + 1 < range.upperBound {
            let name = tokens[index + 1]
            guard name.isCapitalizedWord || name.isAcronym, !NameLexicon.notNameWords.contains(name.text),
                  !PersonRoles.heads.contains(name.lower), !Self.projectJobWords.contains(name.lower),
                  index == range.lowerBound || !(tokens[index - 1].isCapitalizedWord || tokens[index - 1].isAcronym),
                  index + 2 >= range.upperBound || !(tokens[index + 2].isCapitalizedWord || tokens[index + 2].isAcronym)
            else { continue }
            let written = text.text(of: index..<(index + 2))
            out.append(Candidate(type: .operation, text: written, start: tokens[index].start, end: name.end, sentence: name.sentence,
                                 canonical: written, recognizer: "operation.project", confidence: .guess))
        }
        return out
    }
}
