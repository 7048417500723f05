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
            return roles
        }()
    }

    struct Node {
        /// Lower-case tag name, or `#text`.
        var name: String
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
        var attributes: [(DOMAttribute, String)] = []

        init(name: String, parent: Int32) {
            self.name = name
            self.parent = parent
            role = name == DOM.textName ? .text : TagRole.byName[name] ?? []
        }

        var isText: Bool { role.contains(.text) }
        func attribute(_ key: DOMAttribute) -> String? {
            for (name, value) in attributes where name == key { return value }
            return nil
        }
    }

    var nodes: [Node] = []
    /// The UTF-8 text of every text node, one after the other (one buffer instead of a String per node).
    var textBytes: [UInt8] = []

    /// The bytes of text node `index`.
    func textBytes(of index: Int32) -> ArraySlice<UInt8> {
        let node = nodes[Int(index)]
        return textBytes[Int(node.textStart)..<Int(node.textEnd)]
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

    func children(of index: Int32) -> ChildSequence { ChildSequence(dom: self, upcoming: nodes[Int(index)].firstChild) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let dom: DOM
        var upcoming: Int32
        mutating func next() -> Int32? {
            guard upcoming != DOM.none else { return nil }
            defer { upcoming = dom.nodes[Int(upcoming)].nextSibling }
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
