import Testing
@testable import BlotterExtract

@Suite struct TagTableTests {
    func tag(_ name: String, _ table: inout TagTable, _ dom: inout DOM) -> TagID {
        let bytes = Array(name.utf8) + [0]
        return bytes.withUnsafeBufferPointer { table.tag(of: $0.baseAddress, in: &dom) }
    }

    @Test func knownNamesGetTheirFixedIds() {
        var table = TagTable()
        var dom = DOM()
        for (name, expected) in TagID.idsByName {
            let found = tag(name, &table, &dom)
            #expect(found == expected, "\(name)")
        }
        #expect(dom.otherTagNames.isEmpty)
    }

    @Test func otherNamesAreInternedOncePerDOMWhateverTheirLength() {
        var table = TagTable()
        var dom = DOM()
        let long = "my-very-long-custom-element-name"
        let span = tag("span", &table, &dom), custom = tag(long, &table, &dom)
        #expect(!span.isKnown && !custom.isKnown && span != custom)
        let spanAgain = tag("span", &table, &dom), customAgain = tag(long, &table, &dom)
        #expect(spanAgain == span && customAgain == custom)
        #expect(dom.otherTagNames == ["span", long])
        let missing = table.tag(of: nil, in: &dom), empty = tag("", &table, &dom)
        #expect(missing == empty, "a missing name is the empty name")
    }

    @Test func aPageOfThousandsOfNamesStillInternsEachOnce() {
        var table = TagTable()
        var dom = DOM()
        let names = (0..<1000).map { "x\($0)" }
        let first = names.map { tag($0, &table, &dom) }
        #expect(Set(first.map { $0.id }).count == 1000)
        let again = names.map { tag($0, &table, &dom) }
        #expect(again == first)
    }

    @Test func everyNamedConstantIsAKnownTagWithItsName() {
        let constants: [(TagID, String)] = [(.a, "a"), (.abbr, "abbr"), (.article, "article"), (.blockquote, "blockquote"),
            (.body, "body"), (.dd, "dd"), (.dt, "dt"), (.h1, "h1"), (.head, "head"), (.html, "html"), (.li, "li"),
            (.link, "link"), (.main, "main"), (.meta, "meta"), (.ol, "ol"), (.p, "p"), (.pre, "pre"), (.script, "script"),
            (.template, "template"), (.time, "time"), (.title, "title"), (.ul, "ul")]
        for (tag, name) in constants {
            #expect(tag.isKnown && TagID.known[Int(tag.id)] == name, "\(name)")
        }
        for level in 1...6 {
            let heading = TagID.idsByName["h\(level)"]
            #expect(heading?.headingLevel == level, "h\(level)")
        }
        #expect(TagID.p.headingLevel == 0 && TagID.text.headingLevel == 0)
    }
}
