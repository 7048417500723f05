import BlotterCore

/// A state police or highway patrol troop by its letter or number ("Troop K", "Troop 7") on a page that names a state
/// police force or highway patrol: that force's unit (its parent and kind). Annotators of batches 29 and 32 counted
/// each ("Missouri's Troop A/C/D/E/I", "Troop K"); session 14 found them missed in batch32's tune half. A troop on a
/// page without such a force is a scout troop's or an army's.
extension ForceRecognizer {
    static let troopHead = "Troop"

    /// Troops of the page's state force that `found` does not cover yet.
    /// (Without such a force, a troop whose own sentence speaks of state police or troopers: "State Police at Troop D,
    /// based in Concord, were alerted by Troop F"; session 20, batch80's tune half.)
    func troops(tokens: [Token], context: TagContext, found: [Candidate]) -> [Candidate] {
        let force = found.first(where: { $0.forceKind == .statePolice || $0.forceKind == .highwayPatrol })
        guard force != nil || tokens.contains(where: { $0.text == Self.troopHead }) else { return [] }
        var out: [Candidate] = []
        for index in tokens.indices.dropLast() where tokens[index].text == Self.troopHead {
            let label = tokens[index + 1]
            guard label.sentence == tokens[index].sentence, Self.isTroopLabel(label.text),
                  force != nil || Self.speaksOfTroopers(tokens, sentence: label.sentence, around: index),
                  !found.contains(where: { $0.start <= tokens[index].start && tokens[index + 1].end <= $0.end }) else { continue }
            var unit = policeUnit(tokens, index..<(index + 2), context: context, confidence: .grammar)
            unit.canonical = Slug.make((force.map { $0.name ?? $0.text } ?? "State Police") + " " + unit.text)
            unit.forceKind = force?.forceKind ?? .statePolice
            unit.country = force?.country ?? "US"
            unit.parent = force?.canonical
            out.append(unit)
        }
        return out
    }

    /// Whether the sentence of the troop at `index` says "State Police", "Highway Patrol" or "trooper(s)".
    static func speaksOfTroopers(_ tokens: [Token], sentence: Int, around index: Int) -> Bool {
        var start = index
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        var end = index
        while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
        return (start..<end).contains { at in
            ["trooper", "troopers"].contains(tokens[at].lower)
                || (at + 1 < end && [("State", "Police"), ("Highway", "Patrol")].contains { $0.0 == tokens[at].text && $0.1 == tokens[at + 1].text })
        }
    }

    /// One capital letter ("Troop K") or a number of one or two digits ("Troop 7").
    static func isTroopLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.count == 1, let letter = bytes.first, letter >= 0x41, letter <= 0x5A { return true }
        return (1...2).contains(bytes.count) && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
