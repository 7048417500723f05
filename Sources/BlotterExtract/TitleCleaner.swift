/// Removes the site name that `<title>` and `og:title` often carry ("Headline | Police Oracle").
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "]

    static func clean(_ title: String, site: String?) -> String {
        for separator in separators {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let last = parts[parts.count - 1].trimmingCharacters(in: .whitespaces)
            let first = parts[0].trimmingCharacters(in: .whitespaces)
            if let site, last.lowercased() == site.lowercased() || last.count <= site.count + 4 && site.lowercased().contains(last.lowercased()) {
                return parts.dropLast().joined(separator: separator)
            }
            if let site, first.lowercased() == site.lowercased() { return parts.dropFirst().joined(separator: separator) }
            // Without a known site name: a short last part after a long headline is the site.
            if site == nil, last.split(separator: " ").count <= 4, first.split(separator: " ").count >= 4 {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }
}
