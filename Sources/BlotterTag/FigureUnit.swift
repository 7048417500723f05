import BlotterCore

/// A unit a figure is measured in: the kind of figure, the unit written to the record and the factor from the
/// unit as written to it ("grams": mass in "kg", 0.001). The words for units are `FigureLexicon.units`.
struct FigureUnit: Sendable, Equatable {
    var kind: FigureKind
    /// The unit written to the record.
    var symbol: String
    /// What one of the unit as written is in `symbol`.
    var factor: Double

    init(_ kind: FigureKind, _ symbol: String, _ factor: Double) {
        self.kind = kind
        self.symbol = symbol
        self.factor = factor
    }
}
