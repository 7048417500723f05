/// The sequence model's labels: BIO over person, organisation, location and miscellaneous names (CoNLL-2003's
/// four types). Person and location spans are used downstream; the other classes teach the model what is
/// neither.
enum EntityLabel: UInt8, CaseIterable, Sendable {
    case outside = 0, beginPerson, insidePerson, beginOrganisation, insideOrganisation, beginLocation, insideLocation,
         beginMisc, insideMisc

    static let count = allCases.count

    var isBegin: Bool { [.beginPerson, .beginOrganisation, .beginLocation, .beginMisc].contains(self) }

    /// The inside label of this label's type (nil for outside).
    var inside: EntityLabel? {
        switch self {
        case .beginPerson, .insidePerson: .insidePerson
        case .beginOrganisation, .insideOrganisation: .insideOrganisation
        case .beginLocation, .insideLocation: .insideLocation
        case .beginMisc, .insideMisc: .insideMisc
        case .outside: nil
        }
    }

    /// An inside label may only follow its own type.
    func allowed(after previous: EntityLabel) -> Bool {
        switch self {
        case .insidePerson, .insideOrganisation, .insideLocation, .insideMisc: previous.inside == self
        default: true
        }
    }

    /// `allowed(after:)` as a table: index previous × count + label.
    static let allowedTable: [Bool] = {
        var table: [Bool] = []
        for previous in allCases { for label in allCases { table.append(label.allowed(after: previous)) } }
        return table
    }()

    /// The name type ("PER", "ORG", "LOC", "MISC") for training data labels.
    static func begin(for type: String) -> EntityLabel? {
        switch type {
        case "PER": .beginPerson
        case "ORG": .beginOrganisation
        case "LOC": .beginLocation
        case "MISC": .beginMisc
        default: nil
        }
    }
}
