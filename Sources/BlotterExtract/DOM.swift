import CLibXML2
import BlotterCore

/// Attributes the extractor reads; all others are dropped when the tree is converted.
enum DOMAttribute: UInt8, Sendable {
    case id, `class`, role, itemprop, property, name, content, datetime, href, rel, lang, hidden, ariaHidden, style, type, charset, httpEquiv
    /// `<ol start="3">`: where an ordered list counts from.
    case start
    /// hAtom's `<abbr class="published" title="2008-03-12T10:00:00Z">`: the machine-readable date (kept on
    /// `<abbr>` only, see `DOMBuilder`).
    case title

    /// The names kept, as lower-case bytes, by length (an attribute name is matched without building a String).
    private static let namesByLength: [[([UInt8], DOMAttribute)]] = {
        let all: [(String, DOMAttribute)] = [
            ("id", .id), ("class", .class), ("role", .role), ("itemprop", .itemprop), ("property", .property),
            ("name", .name), ("content", .content), ("datetime", .datetime), ("href", .href), ("rel", .rel),
            ("lang", .lang), ("hidden", .hidden), ("aria-hidden", .ariaHidden), ("style", .style), ("type", .type),
            ("charset", .charset), ("http-equiv", .httpEquiv), ("start", .start), ("title", .title),
        ]
        var table = [[([UInt8], DOMAttribute)]](repeating: [], count: 12)
        for (name, attribute) in all { table[name.utf8.count].append((Array(name.utf8), attribute)) }
        return table
    }()

    /// From a NUL-terminated attribute name, ASCII case-insensitively, without building a String for the (many)
    /// names not kept.
    init?(bytes: UnsafePointer<UInt8>) {
        var length = 0
        while bytes[length] != 0 && length < 12 { length += 1 }
        guard bytes[length] == 0, length >= 2, length < Self.namesByLength.count else { return nil }
        for (name, attribute) in Self.namesByLength[length] {
            var index = 0
            while index < length {
                let byte = bytes[index]
                let lower = ASCII.lowercased(byte)
                if lower != name[index] { break }
                index += 1
            }
            if index == length {
                self = attribute
                return
            }
        }
        return nil
    }
}

/// A tag name as a small integer, looked up once per element when the tree is read: the extractor tests
/// tags by comparing integers, and a node holds no String (nodes are plain values: copying one costs no
/// reference counting, freeing the tree no per-node work). Every name the extractor tests has a fixed id
/// (`known`); any other name gets an id in its DOM (`DOM.name(of:)` gives it back).
struct TagID: Hashable, Sendable {
    let id: UInt16

    /// The names with fixed ids, in id order: every tag list of `ExtractionHints` and the names the code tests.
    static let known: [String] = {
        let tested = ["a", "br", "div", "td", "th", "html", "head", "body", "abbr", "template", "article", "main", "p",
                      "li", "ol", "ul", "dd", "dt", "blockquote", "pre", "h1", "meta", "link", "time", "title", "script"]
        let lists = [ExtractionHints.droppedTags, ExtractionHints.strictOnlyTags, ExtractionHints.boilerplateTags,
                     ExtractionHints.blockTags, ExtractionHints.headingTags, ExtractionHints.paragraphLevelTags,
                     ExtractionHints.paragraphTags, DOM.metadataTags]
        return Array(lists.reduce(Set(tested)) { $0.union($1) }).sorted()
    }()
    static let idsByName: [String: TagID] = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($1, TagID(id: UInt16($0))) })
    /// Text nodes.
    static let text = TagID(id: .max)

    /// The fixed id of a known name; a name not in `known` (a mistake in this file) matches no element.
    private static func named(_ name: String) -> TagID { idsByName[name] ?? TagID(id: .max - 1) }

    static let a = named("a"), abbr = named("abbr"), article = named("article"), blockquote = named("blockquote")
    static let body = named("body"), dd = named("dd"), dt = named("dt"), h1 = named("h1"), head = named("head")
    static let html = named("html"), li = named("li"), link = named("link"), main = named("main"), meta = named("meta")
    static let ol = named("ol"), p = named("p"), pre = named("pre"), script = named("script"), template = named("template")
    static let time = named("time"), title = named("title"), ul = named("ul")

    /// `h1`-`h6`: 1-6; 0 for any other tag.
    var headingLevel: Int { isKnown ? Self.headingLevels[Int(id)] : 0 }

    var isKnown: Bool { Int(id) < Self.known.count }

    private static let headingLevels: [Int] = {
        var levels = [Int](repeating: 0, count: known.count)
        for level in 1...6 { if let tag = idsByName["h\(level)"] { levels[Int(tag.id)] = level } }
        return levels
    }()
}

/// A Swift copy of the parts of an HTML tree the extractor uses. Nodes live in flat arrays and point to
/// each other by index, so walking is cheap and needs no recursion (pages nest thousands deep).
struct DOM {
    static let none: Int32 = -1
    static let textName = "#text"

    /// What the extractor needs to know of a tag name, looked up once per element when the tree is read
    /// instead of hashing the name at every test.
    struct TagRole: OptionSet {
        let rawValue: UInt16
        static let text = TagRole(rawValue: 1)
        static let block = TagRole(rawValue: 2)
        static let paragraph = TagRole(rawValue: 4)
        static let heading = TagRole(rawValue: 8)
        static let boilerplate = TagRole(rawValue: 16)
        static let link = TagRole(rawValue: 32)
        static let lineBreak = TagRole(rawValue: 64)
        static let division = TagRole(rawValue: 128)
        /// `<html>` and `<body>`: never boilerplate themselves.
        static let documentRoot = TagRole(rawValue: 256)
        /// `ExtractionHints.strictOnlyTags`.
        static let strictOnly = TagRole(rawValue: 512)
        /// `<td>` and `<th>`: a row's cells are one line of text, separated by " | ".
        static let tableCell = TagRole(rawValue: 1024)
        /// `ExtractionHints.droppedTags`: never read into the tree.
        static let dropped = TagRole(rawValue: 2048)
        /// `DOM.metadataTags`: listed in `metadataElements`.
        static let metadata = TagRole(rawValue: 4096)
        /// `ExtractionHints.paragraphLevelTags`.
        static let paragraphLevel = TagRole(rawValue: 8192)

        /// Roles by tag name, from the lists in `ExtractionHints`.
        static let byName: [String: TagRole] = {
            var roles: [String: TagRole] = ["a": .link, "br": .lineBreak]
            for name in ExtractionHints.blockTags { roles[name, default: []].insert(.block) }
            for name in ExtractionHints.paragraphTags { roles[name, default: []].insert(.paragraph) }
            for name in ExtractionHints.headingTags { roles[name, default: []].insert(.heading) }
            for name in ExtractionHints.boilerplateTags { roles[name, default: []].insert(.boilerplate) }
            roles["div", default: []].insert(.division)
            roles["td", default: []].insert(.tableCell)
            roles["th", default: []].insert(.tableCell)
            roles["html", default: []].insert(.documentRoot)
            roles["body", default: []].insert(.documentRoot)
            for name in ExtractionHints.strictOnlyTags { roles[name, default: []].insert(.strictOnly) }
            for name in ExtractionHints.droppedTags { roles[name, default: []].insert(.dropped) }
            for name in DOM.metadataTags { roles[name, default: []].insert(.metadata) }
            for name in ExtractionHints.paragraphLevelTags { roles[name, default: []].insert(.paragraphLevel) }
            return roles
        }()

        /// `byName` by tag id (known tags; any other tag has no role).
        static let byTag: [TagRole] = TagID.known.map { byName[$0] ?? [] }

        static func of(_ tag: TagID) -> TagRole {
            if tag == .text { return .text }
            return tag.isKnown ? byTag[Int(tag.id)] : []
        }
    }

    struct Node {
        var tag: TagID
        var role: TagRole
        var parent: Int32
        var firstChild: Int32 = DOM.none
        var lastChild: Int32 = DOM.none
        var nextSibling: Int32 = DOM.none
        /// One past the last node of this node's subtree (set when the subtree is complete).
        var subtreeEnd: Int32 = 0
        /// Where a text node's UTF-8 bytes are in `DOM.textBytes` (empty for elements).
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// Where an element's attributes are in `DOM.attributes`.
        var attributeStart: Int32 = 0
        var attributeEnd: Int32 = 0

        init(tag: TagID, parent: Int32) {
            self.tag = tag
            self.parent = parent
            role = TagRole.of(tag)
        }

        var isText: Bool { role.contains(.text) }
        var hasAttributes: Bool { attributeEnd > attributeStart }
    }

    var nodes: [Node] = []
    /// The UTF-8 text of every text node, one after the other (one buffer instead of a String per node).
    var textBytes: [UInt8] = []
    /// An attribute kept: its name and where its value's UTF-8 bytes are in `attributeBytes`.
    struct Attribute {
        var key: DOMAttribute
        var start: Int32
        var end: Int32
    }

    /// The kept attributes of every element, one element's after the other (`Node.attributeStart`).
    var attributes: [Attribute] = []
    /// The values of every kept attribute, one after the other: a String is made only for the few values read
    /// as text (metadata, links' targets), not for every class name of the page.
    var attributeBytes: [UInt8] = []
    /// Names of the tags not in `TagID.known`, by id from `TagID.known.count` on.
    var otherTagNames: [String] = []

    /// The bytes of text node `index`.
    func textBytes(of index: Int32) -> ArraySlice<UInt8> {
        let node = nodes[Int(index)]
        return textBytes[Int(node.textStart)..<Int(node.textEnd)]
    }

    /// The attributes of element `index`.
    func attributes(of index: Int32) -> ArraySlice<Attribute> {
        let node = nodes[Int(index)]
        return attributes[Int(node.attributeStart)..<Int(node.attributeEnd)]
    }

    /// The bytes of an attribute's value.
    func bytes(of attribute: Attribute) -> ArraySlice<UInt8> {
        attributeBytes[Int(attribute.start)..<Int(attribute.end)]
    }

    /// The bytes of the first attribute `key` of element `index`.
    func attributeBytes(_ key: DOMAttribute, of index: Int32) -> ArraySlice<UInt8>? {
        let node = nodes[Int(index)]
        var position = Int(node.attributeStart)
        while position < Int(node.attributeEnd) {
            if attributes[position].key == key { return bytes(of: attributes[position]) }
            position += 1
        }
        return nil
    }

    /// The value of the first attribute `key` of element `index`.
    func attribute(_ key: DOMAttribute, of index: Int32) -> String? {
        attributeBytes(key, of: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lower-case tag name of node `index`, or `#text`.
    func name(of index: Int32) -> String {
        let tag = nodes[Int(index)].tag
        if tag == .text { return DOM.textName }
        if tag.isKnown { return TagID.known[Int(tag.id)] }
        let other = Int(tag.id) - TagID.known.count
        return other < otherTagNames.count ? otherTagNames[other] : ""
    }

    /// The normalised text of a node's subtree (metadata and byline elements); nil when its bytes run over
    /// `maximumBytes` (a bio or a whole article where a name or a date was looked for).
    func normalizedText(of index: Int32, maximumBytes: Int = .max) -> String? {
        var bytes: [UInt8] = []
        for child in descendants(of: index) where nodes[Int(child)].isText {
            bytes += textBytes(of: child)
            if bytes.count > maximumBytes { return nil }
        }
        return TextNormalizer.normalize(String(decoding: bytes, as: UTF8.self))
    }
    /// The elements metadata is read from (`metadataTags` and any element with `itemprop`), in document order,
    /// so `MetadataExtractor` does not walk every node of the page five times.
    var metadataElements: [Int32] = []
    static let metadataTags: Set<String> = ["meta", "link", "time", "title", "h1"]
    /// Bodies of `<script type="application/ld+json">`, which the tree itself leaves out.
    var jsonLD: [String] = []
    /// Index of `<html>`, `<head>` and `<body>` when present.
    var html: Int32 = DOM.none
    var head: Int32 = DOM.none
    var body: Int32 = DOM.none

    subscript(index: Int32) -> Node { nodes[Int(index)] }

    func children(of index: Int32) -> ChildSequence { ChildSequence(nodes: nodes, upcoming: nodes[Int(index)].firstChild) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var upcoming: Int32
        mutating func next() -> Int32? {
            guard upcoming != DOM.none else { return nil }
            defer { upcoming = nodes[Int(upcoming)].nextSibling }
            return upcoming
        }
    }

    /// Every node below `index` (not itself), in document order: nodes are stored in pre-order, so a
    /// subtree is the contiguous run up to `subtreeEnd`.
    func descendants(of index: Int32) -> Range<Int32> { (index + 1)..<nodes[Int(index)].subtreeEnd }

    mutating func append(_ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        let parent = node.parent
        if parent != DOM.none {
            if nodes[Int(parent)].lastChild != DOM.none {
                nodes[Int(nodes[Int(parent)].lastChild)].nextSibling = index
            } else {
                nodes[Int(parent)].firstChild = index
            }
            nodes[Int(parent)].lastChild = index
        }
        return index
    }
}
