/// A value of the configuration file that cannot be used: the key (its full dotted path) and what is wrong.
struct ConfigurationKeyError: Error {
    var key: String
    var message: String
}

/// One mapping of the configuration file, read key by key: a missing key gives the default, an unknown key
/// or a value of the wrong shape is a `ConfigurationKeyError` naming it.
struct ConfigurationSection<Key: CodingKey & CaseIterable> {
    private let container: KeyedDecodingContainer<Key>
    private let path: [String]

    init(_ decoder: any Decoder) throws {
        path = decoder.codingPath.map(\.stringValue)
        let here = path.joined(separator: ".")
        let present: [String]
        do {
            present = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            container = try decoder.container(keyedBy: Key.self)
        } catch {
            throw ConfigurationKeyError(key: here, message: "expected a mapping of keys to values")
        }
        let known = Key.allCases.map(\.stringValue)
        for name in present.sorted() where !known.contains(name) {
            throw ConfigurationKeyError(key: (path + [name]).joined(separator: "."),
                                        message: "unknown key (known here: \(known.sorted().joined(separator: ", ")))")
        }
    }

    func fail(_ key: Key, _ message: String) -> ConfigurationKeyError {
        ConfigurationKeyError(key: (path + [key.stringValue]).joined(separator: "."), message: message)
    }

    /// Any scalar, as written.
    func string(_ key: Key, else fallback: String) throws -> String {
        guard container.contains(key) else { return fallback }
        guard let value = try? container.decode(String.self, forKey: key) else { throw fail(key, "expected a string") }
        return value
    }

    /// A scalar, or nil for `null` (or `~`, or nothing).
    func optionalString(_ key: Key, else fallback: String?) throws -> String? {
        guard container.contains(key) else { return fallback }
        if (try? container.decodeNil(forKey: key)) == true { return nil }
        return try string(key, else: "")
    }

    func int(_ key: Key, minimum: Int = Int.min, maximum: Int = Int.max, else fallback: Int) throws -> Int {
        guard container.contains(key) else { return fallback }
        let scalar = try? container.decode(String.self, forKey: key)
        guard let scalar, let value = Int(scalar) else { throw fail(key, "expected a whole number, found '\(scalar ?? "a collection")'") }
        guard value >= minimum else { throw fail(key, "must be at least \(minimum), found \(value)") }
        guard value <= maximum else { throw fail(key, "must be at most \(maximum), found \(value)") }
        return value
    }

    func strings(_ key: Key, else fallback: [String]) throws -> [String] {
        guard container.contains(key) else { return fallback }
        guard var list = try? container.nestedUnkeyedContainer(forKey: key) else { throw fail(key, "expected a list") }
        var out: [String] = []
        while !list.isAtEnd {
            guard let item = try? list.decode(String.self) else { throw fail(key, "expected a list of strings") }
            out.append(item)
        }
        return out
    }

    func enumeration<T: RawRepresentable & CaseIterable>(_ key: Key, else fallback: T) throws -> T where T.RawValue == String {
        let raw = try string(key, else: fallback.rawValue)
        guard let value = T(rawValue: raw) else {
            throw fail(key, "'\(raw)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A nested mapping, read by its own `init(from:)`.
    func section<T: Decodable>(_ key: Key, else fallback: T) throws -> T {
        guard container.contains(key) else { return fallback }
        return try container.decode(T.self, forKey: key)
    }
}

/// Any key: lists the keys a mapping holds, to refuse the unknown ones.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
