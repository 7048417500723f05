import BlotterCore

/// "the Manitoulin Detachment of the OPP", "the Upper Ottawa Valley (UOV) Detachment of the Ontario Provincial
/// Police": Canadian forces name their local posts detachments, written before "of the" and the force. The capitalised
/// words before "Detachment" (a bracketed acronym among them), with a force found right after "of the", are a unit of
/// that force (session 26, batch113's tune half had two). Without the force after it a "detachment" may be an army's.
extension ForceRecognizer {
    /// The most tokens before "Detachment" ("Upper Ottawa Valley ( UOV )": seven).
    static let detachmentNameMaximumTokens = 7

    func withDetachments(_ forces: [Candidate], tokens: [Token], context: TagContext) -> [Candidate] {
        var out = forces
        for force in forces where force.recognizer != "force.unit" {
            guard let first = MentionResolver.tokenStarting(at: force.start, in: tokens), first >= 4,
                  tokens[first - 1].lower == "the", tokens[first - 2].lower == "of", tokens[first - 3].text == "Detachment",
                  tokens[first - 3].sentence == tokens[first].sentence else { continue }
            let head = first - 3
            let start = Self.detachmentNameStart(before: head, tokens: tokens)
            guard start < head else { continue }
            let span = start..<(head + 1)
            let written = context.text.text(of: span)
            out.append(unit(of: force, span, canonical: Slug.make((force.name ?? force.text) + " " + written), name: written,
                            tokens: tokens, context: context))
        }
        return out
    }

    /// Where the name before "Detachment" at `head` starts: capitalised words and acronyms, "(UOV)" among them, in the
    /// same sentence; not a determiner opening it ("The Manitoulin Detachment").
    static func detachmentNameStart(before head: Int, tokens: [Token]) -> Int {
        var start = head
        while start > 0, head - start < detachmentNameMaximumTokens, tokens[start - 1].sentence == tokens[head].sentence {
            let token = tokens[start - 1]
            if token.isCapitalizedWord || token.isAcronym {
                start -= 1
            } else if token.text == ")", start - 3 >= 0, tokens[start - 2].isAcronym, tokens[start - 3].text == "(" {
                start -= 3
            } else {
                break
            }
        }
        while start < head, ["the", "a", "an", "this", "that"].contains(tokens[start].lower) { start += 1 }
        return start
    }
}
