import BlotterCore

/// "the Manitoulin Detachment of the OPP", "the Upper Ottawa Valley (UOV) Detachment of the Ontario Provincial
/// Police": Canadian forces name their local posts detachments, written before "of the" and the force. The place's
/// capitalised words before "Detachment" (a bracketed acronym among them, "St." and "100 Mile House" too), with a force
/// found right after "of the", are a unit of that force (session 26, batch113's tune half had two). Without the force
/// after it a "detachment" may be an army's; in a title-case headline the capitals are the headline's.
extension ForceRecognizer {
    /// The most tokens before "Detachment" ("Upper Ottawa Valley ( UOV )": seven); a longer run is refused, not cut.
    static let detachmentNameMaximumTokens = 7

    func withDetachments(_ forces: [Candidate], tokens: [Token], context: TagContext) -> [Candidate] {
        var out = forces
        for force in forces where force.recognizer != "force.unit" {
            guard let first = MentionResolver.tokenStarting(at: force.start, in: tokens), first >= 4,
                  tokens[first - 1].lower == "the", tokens[first - 2].lower == "of", tokens[first - 3].text == "Detachment",
                  tokens[first - 3].sentence == tokens[first].sentence,
                  !inTitleCaseHeadline(tokens[first].sentence, context: context) else { continue }
            let head = first - 3
            guard let start = detachmentNameStart(before: head, tokens: tokens), start < head else { continue }
            let span = start..<(head + 1)
            let written = context.text.text(of: span)
            out.append(unit(of: force, span, canonical: Slug.make((force.name ?? force.text) + " " + written), name: written,
                            tokens: tokens, context: context))
        }
        return out
    }

    /// Whether the sentence is the document's title, in title case ("Police Say The Kelowna Detachment Of The RCMP Is
    /// Closing"): its capitals are the headline's.
    func inTitleCaseHeadline(_ sentence: Int, context: TagContext) -> Bool {
        sentence < context.titleSentences && context.text.sentences.indices.contains(sentence)
            && Self.isTitleCase(context.text.tokens[context.text.sentences[sentence].tokens])
    }

    /// Where the place's name before "Detachment" at `head` starts: capitalised words and acronyms, "(UOV)", "St." and a
    /// number opening it ("100 Mile House"), in the same sentence; not a determiner, a weekday or month, "and", nor an
    /// everyday word opening the sentence ("On Monday Kelowna Detachment", "Yesterday …"). Nil when the run is longer
    /// than `detachmentNameMaximumTokens`.
    func detachmentNameStart(before head: Int, tokens: [Token]) -> Int? {
        var start = head
        func stops(_ token: Token, at index: Int) -> Bool {
            let lower = token.lower
            return Self.headlineFunctionWords.contains(lower) || FigureLexicon.weekdays[lower] != nil || CalendarWords.months[lower] != nil
                || (index == 0 || tokens[index - 1].sentence != token.sentence) && commonWords.contains(lower) && !grammar.places.contains(token.text)
        }
        while start > 0, tokens[start - 1].sentence == tokens[head].sentence {
            let index = start - 1
            let token = tokens[index]
            if (token.isCapitalizedWord || token.isAcronym) && !stops(token, at: index) {
                start = index
            } else if token.text == ")", index - 2 >= 0, tokens[index - 1].isAcronym, tokens[index - 2].text == "(" {
                start = index - 2
            } else if token.text == ".", !token.spaceBefore, index >= 1, Self.placeAbbreviations.contains(tokens[index - 1].text), start < head {
                start = index - 1
            } else if token.kind == .number, start < head, index == 0 || !tokens[index - 1].isCapitalizedWord {
                start = index
                break
            } else {
                break
            }
            if head - start > Self.detachmentNameMaximumTokens { return nil }
        }
        return start
    }
}
