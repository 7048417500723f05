import Yams

extension Configuration {
    /// The configuration as YAML, every key present, lists in flow style (what `blotter config` prints; it
    /// reads back the same).
    public var yaml: String {
        let encoder = YAMLEncoder()
        encoder.options.sequenceStyle = .flow
        // Encoding strings, numbers and lists into a YAML node cannot fail.
        return (try? encoder.encode(self)) ?? ""
    }
}
