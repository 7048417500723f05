import BlotterCore

/// A customs service named by its bare capitalised name, as New Zealand, Australian, Irish and Hong Kong news write it:
/// "Customs has arrested three alleged drug couriers", "Customs officers find 36 containers", "seized by Revenue"
/// (Ireland's Revenue Commissioners, whose officers seize drugs at its ports). Annotators of batches 10, 15 and 27 counted
/// each one; the tables know such services only after a place ("Hong Kong Customs"). Session 14, from the tune halves'
/// misses (three "Customs", three "Revenue").
/// The word must act as the agency: officers or a verb after it, or "by" before it at a clause's end. "Revenue" is the
/// agency only on a page about Ireland ("revenue officials" elsewhere are tax or land clerks).
extension ForceRecognizer {
    static let customsServiceWords: [String: String] = ["Customs": "customs", "Revenue": "revenue-commissioners"]
    /// What follows the bare name when it acts: its people, a possessive, or a verb of police work.
    static let customsServiceCues: Set<String> = ["officers", "officer", "officials", "official", "agents", "investigators",
                                                  "staff", "'s", "’s", "'", "’", "has", "have", "had", "said", "says", "seized",
                                                  "seizes", "arrested", "arrests", "detained", "intercepted", "found", "charged",
                                                  "discovered", "stopped", "searched"]

    func customsService(at index: Int, tokens: [Token], context: TagContext, sentenceStart: Int, limit: Int,
                        countries: () -> Set<String>) -> Candidate? {
        let token = tokens[index]
        guard let canonical = Self.customsServiceWords[token.text] else { return nil }
        // Part of a longer name: "HM Revenue and Customs", "Hong Kong Customs", "Internal Revenue Service".
        if index > sentenceStart, tokens[index - 1].isCapitalizedWord || tokens[index - 1].isAcronym { return nil }
        let next = index + 1 < limit ? tokens[index + 1] : nil
        if let next, next.isCapitalizedWord || ["and", "&", "-"].contains(next.text) { return nil }
        let acts = next.map { Self.customsServiceCues.contains($0.lower) } ?? false
        let agentAtEnd = index > sentenceStart && tokens[index - 1].lower == "by" && (next == nil || next?.kind == .punctuation)
        guard acts || agentAtEnd else { return nil }
        if token.text == "Revenue", !countries().contains("IE") { return nil }
        var found = entity(tokens, index..<(index + 1), context: context, canonical: canonical, name: token.text,
                           recognizer: "force.customs", confidence: .grammar)
        found.forceKind = .border
        if token.text == "Revenue" { found.country = "IE" }
        return found
    }

    /// The last words of a service's full name that starts with its bare one ("Customs and Excise Department").
    static let customsServiceHeads: Set<String> = ["Department", "Service", "Commissioners", "Excise", "Authority", "Agency"]

    /// The bare name is left out when the page names the service in full ("Hong Kong Customs … Customs officers
    /// intercepted", "Customs and Excise Department"; not a unit, "Revenue’s Customs Service", "Customs Investigations
    /// Manager"): the annotators of batches 12 and 30 counted only the full name there, those of batches 10 and 15 the
    /// bare one where it was the only name.
    static func withoutShortCustoms(_ found: [Candidate]) -> [Candidate] {
        guard found.contains(where: { $0.recognizer == "force.customs" }) else { return found }
        return found.filter { candidate in
            candidate.recognizer != "force.customs"
                || !found.contains { other in
                    other.recognizer != "force.unit" && (other.text.hasSuffix(" " + candidate.text)
                        || other.text.hasPrefix(candidate.text + " ")
                            && other.text.split(separator: " ").last.map { Self.customsServiceHeads.contains(String($0)) } == true)
                }
        }
    }
}
