import BlotterCore

/// The site a URL belongs to, as far as a page can tell without the public-suffix list: the host's last two
/// labels, or three under a country's generic second level ("bbc.co.uk", "abc.net.au"). `www.bbc.co.uk` and
/// `news.bbc.co.uk` are one site; `theguardian.com` and `bbc.co.uk` are two.
///
/// Work is on UTF-8 bytes without building strings: the extractor asks about every link it reads (when each
/// link's host was split into `String`s, 2.5% of all profile samples of an extract-only run, about 7% of the
/// extraction's own).
struct SiteDomain: Equatable {
    /// The registrable name, lower case ("bbc.co.uk").
    let name: String
    /// The host, lower case ("www.bbc.co.uk"): a link to the same host is the site's own without more work.
    let host: String
    /// The name without its suffix ("bbc" of "bbc.co.uk"): one publisher's sites in several countries share it.
    let brand: String

    /// Second-level labels that countries register names under ("co.uk", "com.au", "gov.uk", "ac.jp").
    static let genericSecondLevels: Set<[UInt8]> = Set(["co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go",
                                                         "nhs", "police", "sch", "ltd", "plc"].map { Array($0.utf8) })

    /// nil for a URL without a host (relative links, `mailto:`, fragments).
    init?(url: String) {
        let bytes = Array(url.utf8)
        guard let hostRange = Self.hostRange(bytes) else { return nil }
        let host = bytes[hostRange].map(ASCII.lowercased)
        let (nameStart, brandEnd) = Self.nameAndBrand(host[...])
        self.host = String(decoding: host, as: UTF8.self)
        name = String(decoding: host[nameStart...], as: UTF8.self)
        brand = String(decoding: host[nameStart..<brandEnd], as: UTF8.self)
    }

    /// True when `href` is an absolute link to another site; relative links, and links to the same brand under
    /// another suffix ("bbc.com" from "bbc.co.uk"), are the page's own.
    func isOtherSite(_ href: String) -> Bool {
        // Relative links (most of a page's) are refused by their first byte.
        guard let first = href.utf8.first, first == UInt8(ascii: "/") || ASCII.lowercased(first) == UInt8(ascii: "h") else { return false }
        if let answer = href.utf8.withContiguousStorageIfAvailable({ isOtherSite(bytes: $0) }) { return answer }
        return isOtherSite(bytes: Array(href.utf8)[...])
    }

    private func isOtherSite<Bytes: RandomAccessCollection>(bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        guard let range = Self.hostRange(bytes) else { return false }
        let target = bytes[range]
        if target.count == host.utf8.count, zip(target, host.utf8).allSatisfy({ ASCII.lowercased($0) == $1 }) { return false }
        let lowered = target.map(ASCII.lowercased)
        let (nameStart, brandEnd) = Self.nameAndBrand(lowered[...])
        return !lowered[nameStart..<brandEnd].elementsEqual(brand.utf8)
    }


    /// Where the host is in a URL's bytes: after "//" (alone, or after "http:" / "https:" in any case), up to the
    /// path, query, fragment or port, after any user name. nil for anything else.
    static func hostRange<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Range<Int>? where Bytes.Element == UInt8, Bytes.Index == Int {
        let start = bytes.startIndex
        var index = start
        if bytes.count >= 2, bytes[start] == 0x2F, bytes[start + 1] == 0x2F {
            index = start + 2
        } else {
            let scheme: [UInt8] = Array("http".utf8)
            guard bytes.count > 7, zip(bytes[start..<(start + 4)], scheme).allSatisfy({ ASCII.lowercased($0) == $1 }) else { return nil }
            index = start + 4
            if ASCII.lowercased(bytes[index]) == UInt8(ascii: "s") { index += 1 }
            guard index + 3 <= bytes.endIndex, bytes[index] == 0x3A, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F else { return nil }
            index += 3
        }
        var hostStart = index
        var end = index
        while end < bytes.endIndex {
            let byte = bytes[end]
            if byte == 0x2F || byte == 0x3F || byte == 0x23 || byte == 0x3A { break }
            if byte == 0x40 { hostStart = end + 1 }  // user@host
            end += 1
        }
        // A host names something: dots alone ("https://..") are no host.
        guard hostStart < end, bytes[hostStart..<end].contains(where: { $0 != 0x2E }) else { return nil }
        return hostStart..<end
    }

    /// In a lower-case host: where its registrable name starts and where the brand label of that name ends.
    static func nameAndBrand(_ host: ArraySlice<UInt8>) -> (nameStart: Int, brandEnd: Int) {
        // Label boundaries: the last three dots, from the right, and how many labels there are.
        var dots: [Int] = []
        var labelCount = 1
        for index in host.indices.reversed() where host[index] == 0x2E {
            labelCount += 1
            if dots.count < 3 { dots.append(index) }
        }
        var first = host.startIndex
        if labelCount > 2, host.starts(with: "www.".utf8) {
            first += 4
            labelCount -= 1
        }
        guard labelCount >= 2, let lastDot = dots.first else { return (first, host.endIndex) }
        var keep = 2
        if labelCount >= 3, dots.count >= 2, host.endIndex - lastDot - 1 == 2,
           genericSecondLevels.contains(Array(host[(dots[1] + 1)..<lastDot])) {
            keep = 3
        }
        let nameStart = keep - 1 < dots.count ? max(first, dots[keep - 1] + 1) : first
        let brandEnd = dots[keep - 2]
        return (nameStart, brandEnd)
    }
}
