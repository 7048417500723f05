/// The site a URL belongs to, as far as a page can tell without the public-suffix list: the host's last two
/// labels, or three under a country's generic second level ("bbc.co.uk", "abc.net.au"). `www.bbc.co.uk` and
/// `news.bbc.co.uk` are one site; `theguardian.com` and `bbc.co.uk` are two.
struct SiteDomain: Equatable {
    let name: String

    /// Second-level labels that countries register names under ("co.uk", "com.au", "gov.uk", "ac.jp").
    static let genericSecondLevels: Set<String> = ["co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "nhs", "police", "sch", "ltd", "plc"]

    /// nil for a URL without a host (relative links, `mailto:`, fragments).
    init?(url: String) {
        var rest = Substring(url)
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://"),
                  ["http", "https"].contains(rest[..<colon].lowercased()) {
            rest = rest[rest.index(colon, offsetBy: 3)...]
        } else {
            return nil
        }
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        var labels = host.lowercased().split(separator: ".")
        if labels.count > 2, labels[0] == "www" { labels.removeFirst() }
        guard labels.count >= 2 else {
            guard let only = labels.first else { return nil }
            name = String(only)
            return
        }
        let keep = labels.count >= 3 && labels[labels.count - 1].count == 2
            && Self.genericSecondLevels.contains(String(labels[labels.count - 2])) ? 3 : 2
        name = labels.suffix(keep).joined(separator: ".")
    }

    /// The name without its suffix ("bbc" of "bbc.co.uk"): one publisher's sites in several countries share it.
    var brand: Substring { name.prefix { $0 != "." } }

    /// True when `href` is an absolute link to another site; relative links, and links to the same brand under
    /// another suffix ("bbc.com" from "bbc.co.uk"), are the page's own. Relative links (most of a page's) are
    /// refused by their first bytes, before any parsing.
    func isOtherSite(_ href: String) -> Bool {
        guard let first = href.utf8.first, first == UInt8(ascii: "/") || first | 0x20 == UInt8(ascii: "h") else { return false }
        guard let target = SiteDomain(url: href) else { return false }
        return target.brand != brand
    }
}
