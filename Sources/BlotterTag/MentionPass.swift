/// Document-level passes `pipeline.yaml` can turn on (`tag.mention_passes`): each adds people in a layout of
/// sports pages that no recogniser reads. They are off by default: a policing tool's pages rarely hold them (see
/// docs/TAGGER.md for what they change on news pages and on CoNLL-2003).
public enum MentionPass: String, Sendable, CaseIterable {
    /// Cricket scorecard lines: "Grant Flower c Stewart b Gough 16" (`CricketScorecard`).
    case cricketScorecard = "cricket_scorecard"
    /// Goal scorers in results lines: "Arsenal 2 ( Wright 23 , Platt 67 )" (`ScorerList`).
    case scorerList = "scorer_list"

    /// The passes on when the configuration names none.
    public static let defaultNames: [String] = []
}
