import BlotterCore

/// A state police or highway patrol troop by its letter or number ("Troop K", "Troop 7") on a page that names a state
/// police force or highway patrol: that force's unit (its parent and kind). Annotators of batches 29 and 32 counted
/// each ("Missouri's Troop A/C/D/E/I", "Troop K"); session 14 found them missed in batch32's tune half. A troop on a
/// page without such a force is a scout troop's or an army's.
extension ForceRecognizer {
    static let troopHead = "Troop"

    /// Troops of the page's state force that `found` does not cover yet.
    func troops(tokens: [Token], context: TagContext, found: [Candidate]) -> [Candidate] {
        guard let force = found.first(where: { $0.forceKind == .statePolice || $0.forceKind == .highwayPatrol }) else { return [] }
        var out: [Candidate] = []
        for index in tokens.indices.dropLast() where tokens[index].text == Self.troopHead {
            let label = tokens[index + 1]
            guard label.sentence == tokens[index].sentence, Self.isTroopLabel(label.text),
                  !found.contains(where: { $0.start <= tokens[index].start && tokens[index + 1].end <= $0.end }) else { continue }
            var unit = policeUnit(tokens, index..<(index + 2), context: context, confidence: .grammar)
            unit.canonical = Slug.make((force.name ?? force.text) + " " + unit.text)
            unit.forceKind = force.forceKind
            unit.country = force.country
            unit.parent = force.canonical
            out.append(unit)
        }
        return out
    }

    /// One capital letter ("Troop K") or a number of one or two digits ("Troop 7").
    static func isTroopLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.count == 1, let letter = bytes.first, letter >= 0x41, letter <= 0x5A { return true }
        return (1...2).contains(bytes.count) && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
