import BlotterCore

/// Drops a person the first-name rule proposed ("Roman Republic", "Dallas Cowboys") when the
/// sequence model reads every word of the same span as an organisation, a place or a miscellaneous name: the
/// census lists hold many words that are given names only now and then, and the model, trained on 200,000 tokens
/// of news, knows the phrase better than a list does. Measured (session 9, against the rule alone): conll2003
/// dev whole-pipeline PER F1 0.9204 → 0.9272; person F1 on the police-page tune halves batch3 0.9306 → 0.9470,
/// batch4 0.7081 → 0.7379, reuters 0.8939 → 0.9040, world 0.9195 → 0.9145 (it lost "Christian Bale", read as
/// a film's name). Other rules' spans (titles, cues, initials) are left alone: refuting them changed nothing.
/// A first-name span the model reads as the end of a longer person starts where the model's does
/// (`extendedToModelStart`): conll2003 dev PER 0.9292 → 0.9298; tune halves world 0.9231 → 0.9277, batch3
/// 0.9571 → 0.9680, reuters 0.8977 → 0.9266, batch4 0.7645 → 0.7619 (measured with the session-9 word list).
struct ModelRefutation: Sendable {
    let model: SequenceModel
    /// The recognisers whose spans the model may refute.
    static let refutable: Set<String> = ["person.firstname"]
    static let otherNameLabels: Set<EntityLabel> = [.beginOrganisation, .insideOrganisation, .beginLocation, .insideLocation,
                                                    .beginMisc, .insideMisc]

    /// `candidates` less the refuted ones, with the model's labels of the document's sentences.
    func filter(_ candidates: [Candidate], context: TagContext) -> [Candidate] {
        let text = context.text
        return candidates.filter { candidate in
            guard candidate.type == .person, Self.refutable.contains(candidate.recognizer),
                  text.sentences.indices.contains(candidate.sentence) else { return true }
            let sentence = text.sentences[candidate.sentence]
            let sentenceLabels = context.labels(of: candidate.sentence, by: model)
            let spanLabels = sentence.tokens.lazy
                .filter { text.tokens[$0].start >= candidate.start && text.tokens[$0].end <= candidate.end }
                .map { sentenceLabels[$0 - sentence.tokens.lowerBound] }
            return spanLabels.isEmpty || !spanLabels.allSatisfy { Self.otherNameLabels.contains($0) }
        }.map { extendedToModelStart($0, context: context) }
    }

    /// A first-name span inside a longer name the model reads as one person starts where the model's does:
    /// "Johan Van Der Merwe" (not "Van Der Merwe"), "Cheung Siu Man", "Shabir Ahmad Muhammad Jalil".
    func extendedToModelStart(_ candidate: Candidate, context: TagContext) -> Candidate {
        let text = context.text
        guard candidate.type == .person, Self.refutable.contains(candidate.recognizer),
              text.sentences.indices.contains(candidate.sentence) else { return candidate }
        let sentence = text.sentences[candidate.sentence]
        guard let first = sentence.tokens.first(where: { text.tokens[$0].start == candidate.start }) else { return candidate }
        let labels = context.labels(of: candidate.sentence, by: model)
        var start = first
        while start > sentence.tokens.lowerBound, labels[start - sentence.tokens.lowerBound] == .insidePerson,
              text.tokens[start - 1].isCapitalizedWord, !model.lexicons.titleWords.contains(text.tokens[start - 1].lower) {
            start -= 1
        }
        guard start < first, labels[start - sentence.tokens.lowerBound] == .beginPerson else { return candidate }
        var extended = candidate
        extended.start = text.tokens[start].start
        extended.text = text.text(of: start..<(sentence.tokens.first(where: { text.tokens[$0].end == candidate.end }).map { $0 + 1 } ?? first + 1))
        extended.canonical = extended.text
        return extended
    }
}
