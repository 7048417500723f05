import Testing
@testable import BlotterExtract

@Suite struct SiteDomainTests {
    @Test func hostsOfOneSiteShareADomain() {
        #expect(SiteDomain(url: "https://www.bbc.co.uk/news/uk-1")?.name == "bbc.co.uk")
        #expect(SiteDomain(url: "http://news.bbc.co.uk/2/hi")?.name == "bbc.co.uk")
        #expect(SiteDomain(url: "https://user@WWW.Example.com:8080/a?b#c")?.name == "example.com")
        #expect(SiteDomain(url: "//cdn.example.org/x.js")?.name == "example.org")
        #expect(SiteDomain(url: "https://www.police.uk/")?.name == "police.uk")
        #expect(SiteDomain(url: "https://www.bedfordshire.police.uk/news")?.name == "bedfordshire.police.uk")
    }

    @Test func relativeAndOtherSchemesHaveNoDomain() {
        for href in ["/news/1", "news/1", "#top", "mailto:desk@example.com", "javascript:void(0)", "ftp://example.com/f", ""] {
            #expect(SiteDomain(url: href) == nil, "\(href)")
        }
    }

    @Test func malformedLinksNeitherCrashNorCountAsOtherSites() throws {
        let site = try #require(SiteDomain(url: "HTTPS://WWW.BBC.CO.UK/news"))
        #expect(site.name == "bbc.co.uk" && site.brand == "bbc")
        for href in ["http://", "https://", "//", "https://..", "https://.", "http:/x", "h", "/", "https://@/"] {
            #expect(!site.isOtherSite(href), "\(href)")
        }
        #expect(site.isOtherSite("https://bücher.de/x"))
        // Every short host made of letters, dots and "www" parses without trapping.
        let pieces = ["www", ".", "a", "co", "uk", "..", "bbc"]
        for first in pieces { for second in pieces { for third in pieces {
            let url = "https://" + first + second + third
            _ = SiteDomain(url: url)
            _ = site.isOtherSite(url)
        } } }
        #expect(!site.isOtherSite("HTTPS://www.BBC.co.uk/sport"))
    }

    @Test func otherSitesAreTold() throws {
        let site = try #require(SiteDomain(url: "https://www.bbc.co.uk/news/world-africa-33646607"))
        #expect(site.isOtherSite("https://www.theguardian.com/uk"))
        #expect(!site.isOtherSite("/news/uk"))
        #expect(!site.isOtherSite("https://www.bbc.com/news/live"), "one publisher under another suffix")
        #expect(!site.isOtherSite("http://m.bbc.co.uk/sport"))
    }
}
