import CLibXML2
import BlotterCore

/// Reads a libxml2 tree into a `DOM` once, without recursion; the C tree is freed by its owner afterwards.
///
/// A page with a second `<html>` (a CMS that printed a whole page into another: modern-web-articles 0310
/// has its article there) makes libxml2 put elements after the first `<body>`, inside the root or beside
/// it; they are read into that `<body>` (or the root when there is none), where the article is looked for.
///
/// Elements deeper than `maximumDepth` are not kept: their children are read in their place (the text is all
/// kept, the nesting flattened), so no later stage walks chains of unbounded length.
enum DOMBuilder {
    /// Element depth kept. The development pages nest at most 39 deep (libxml2's tree, measured
    /// 2026-12-05 on the 1,900 pages of the five extraction sets); libxml2's own limit without
    /// `XML_PARSE_HUGE` was 256, and it dropped everything after it.
    static let maximumDepth: Int32 = 512

    static func build(_ document: HTMLDocument) -> DOM {
        guard let root = document.root else { return DOM() }
        var walk = Walk(root: root)
        walk.run()
        return walk.dom
    }

    /// The top of the tree: the first `<body>`, and the elements after it (as children of the root or as
    /// further top-level elements), which are read into that body.
    private struct TopLevel {
        var firstBody: xmlNodePtr?
        var laterRoots: [xmlNodePtr] = []
        /// Whether the root holds a `<body>` (else later top-level elements go into the root).
        var rootHasBody = false

        init(root: xmlNodePtr) {
            var rootChild = root.pointee.children
            while let current = rootChild {
                if current.pointee.type == XML_ELEMENT_NODE {
                    if rootHasBody { laterRoots.append(current) }
                    if let name = current.pointee.name, xmlStrEqual(name, "body") != 0 {
                        if firstBody == nil { firstBody = current }
                        rootHasBody = true
                    }
                }
                rootChild = current.pointee.next
            }
            var sibling = root.pointee.next
            while let current = sibling {
                if current.pointee.type == XML_ELEMENT_NODE { laterRoots.append(current) }
                sibling = current.pointee.next
            }
        }
    }

    /// One reading of a tree, depth first without recursion: the DOM so far and the steps still to take.
    private struct Walk {
        private enum Step {
            /// `onPath`: whether the node continues its libxml2 parent's path of last children
            /// (`UnclosedChains.isOnPath`), worked out once for all the children of a parent.
            case open(xmlNodePtr, parent: Int32, onPath: Bool)
            case close(Int32)
        }

        private(set) var dom = DOM()
        private var stack: [Step]
        /// The element depth of each DOM node (text nodes included, unused), by index.
        private var depths: [Int32] = []
        /// Links of unclosed chains of `UnclosedChains.minimumLinks` or more: read into their chain's head.
        private var chainLinks = Set<UnsafeRawPointer>()
        /// Streamed segments already read at a placeholder: each is read once, so a segment holding its own
        /// placeholder, or many placeholders of one segment, cannot repeat it (a hostile page looped for ever).
        private var readSegments = Set<UnsafeRawPointer>()
        /// A buffer for `childNodes`, reused from node to node.
        private var children: [xmlNodePtr] = []
        /// Elements after the first `<body>`, still to be read into the element that hosts them.
        private var laterRoots: [xmlNodePtr]
        private let rootHasBody: Bool
        private let moved: Set<UnsafeRawPointer>
        private let streamed: StreamedSegments
        /// Tag ids by name.
        private var tags = TagTable()

        init(root: xmlNodePtr) {
            let top = TopLevel(root: root)
            stack = [.open(root, parent: DOM.none, onPath: UnclosedChains.isOnPath(root))]
            laterRoots = top.laterRoots
            rootHasBody = top.rootHasBody
            moved = Set(top.laterRoots.map { UnsafeRawPointer($0) })
            streamed = StreamedSegments(body: top.firstBody, laterRoots: top.laterRoots)
        }

        mutating func run() {
            while let step = stack.popLast() {
                switch step {
                case .close(let index):
                    dom.nodes[Int(index)].subtreeEnd = Int32(dom.nodes.count)
                case .open(let pointer, let parent, let onPath):
                    switch pointer.pointee.type {
                    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: appendText(pointer.pointee, parent: parent)
                    case XML_ELEMENT_NODE: open(pointer, parent: parent, onPath: onPath)
                    default: continue  // comments, processing instructions, entity references
                    }
                }
            }
        }

        private mutating func appendText(_ node: xmlNode, parent: Int32) {
            guard parent != DOM.none, let content = node.content else { return }
            var text = DOM.Node(tag: .text, parent: parent)
            text.textStart = Int32(dom.textBytes.count)
            // Indentation between tags is most text nodes: keep one space, which is all that joining inline
            // elements needs.
            if isBlank(content) {
                dom.textBytes.append(0x20)
            } else {
                dom.textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            text.textEnd = Int32(dom.textBytes.count)
            let index = dom.append(text)
            dom.nodes[Int(index)].subtreeEnd = index + 1
        }

        /// An element: appended to the DOM, dropped (with its JSON-LD kept), or left out with its children
        /// read in its place (a streamed segment's placeholder, a link of an unclosed chain, an element too deep).
        private mutating func open(_ pointer: xmlNodePtr, parent: Int32, onPath: Bool) {
            let tag = tags.tag(of: pointer.pointee.name, in: &dom)
            if !streamed.isEmpty {
                // A streamed segment is read where its placeholder stands, and not again at the end.
                if tag == .template, let segment = streamed.segment(replacing: pointer) {
                    if readSegments.insert(UnsafeRawPointer(segment)).inserted { readChildren(of: segment, into: parent) }
                    return
                }
                if streamed.isSegment(pointer) { return }
            }
            let role = DOM.TagRole.of(tag)
            if role.contains(.dropped) {
                if tag == .script, let body = jsonLDBody(pointer) { dom.jsonLD.append(body) }
                return
            }
            if !chainLinks.isEmpty, chainLinks.contains(UnsafeRawPointer(pointer)) {
                readChildren(of: pointer, into: parent)
                return
            }
            if !onPath {
                for link in UnclosedChains.flattened(from: pointer) { chainLinks.insert(UnsafeRawPointer(link)) }
            }
            let depth = parent == DOM.none ? 0 : depths[Int(parent)] + 1
            if depth > maximumDepth {
                readChildren(of: pointer, into: parent)
                return
            }
            appendElement(pointer, tag: tag, parent: parent, depth: depth)
        }

        /// Appends an element, notes it when it is a landmark (html, head, body) or holds metadata, and queues
        /// its end and its children (with the later top-level elements when it hosts them).
        private mutating func appendElement(_ pointer: xmlNodePtr, tag: TagID, parent: Int32, depth: Int32) {
            var element = DOM.Node(tag: tag, parent: parent)
            element.attributeStart = Int32(dom.attributes.count)
            let hasItemprop = appendAttributes(of: pointer, keepingTitle: tag == .abbr)
            element.attributeEnd = Int32(dom.attributes.count)
            let index = dom.append(element)
            if depths.count < dom.nodes.count { depths.append(contentsOf: repeatElement(0, count: dom.nodes.count - depths.count)) }
            depths[Int(index)] = depth
            if element.role.contains(.metadata) || hasItemprop { dom.metadataElements.append(index) }
            var hostsLaterRoots = false
            if tag == .html, dom.html == DOM.none {
                dom.html = index
                hostsLaterRoots = !rootHasBody
            } else if tag == .head, dom.head == DOM.none {
                dom.head = index
            } else if tag == .body, dom.body == DOM.none {
                dom.body = index
                hostsLaterRoots = rootHasBody && parent == dom.html
            }
            stack.append(.close(index))
            if hostsLaterRoots {
                for current in laterRoots.reversed() { stack.append(.open(current, parent: index, onPath: UnclosedChains.isOnPath(current))) }
                laterRoots.removeAll()
            }
            childNodes(of: pointer, into: &children)
            let pathChild = children.isEmpty ? nil : UnclosedChains.step(below: pointer)?.child
            for current in children.reversed() where !(index == dom.html && moved.contains(UnsafeRawPointer(current))) {
                stack.append(.open(current, parent: index, onPath: current == pathChild))
            }
        }

        /// Appends the attributes `DOMAttribute` names to `dom.attributes`; true when one is `itemprop`. `title`
        /// only on `<abbr>` (hAtom's published date): links and images carry titles by the hundred, and nothing
        /// else reads them.
        private mutating func appendAttributes(of element: xmlNodePtr, keepingTitle: Bool) -> Bool {
            var hasItemprop = false
            var attribute = element.pointee.properties
            while let current = attribute {
                defer { attribute = current.pointee.next }
                guard let rawName = current.pointee.name, let key = DOMAttribute(bytes: rawName), key != .title || keepingTitle else { continue }
                let start = Int32(dom.attributeBytes.count)
                if let text = current.pointee.children, let content = text.pointee.content {
                    dom.attributeBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
                if key == .itemprop { hasItemprop = true }
                dom.attributes.append(DOM.Attribute(key: key, start: start, end: Int32(dom.attributeBytes.count)))
            }
            return hasItemprop
        }

        /// Queues the children of `pointer` as children of `parent`: the element itself is left out.
        private mutating func readChildren(of pointer: xmlNodePtr, into parent: Int32) {
            childNodes(of: pointer, into: &children)
            let pathChild = children.isEmpty ? nil : UnclosedChains.step(below: pointer)?.child
            for current in children.reversed() { stack.append(.open(current, parent: parent, onPath: current == pathChild)) }
        }
    }

    /// The children of a libxml2 node, in order, into a buffer reused from call to call.
    static func childNodes(of node: xmlNodePtr, into buffer: inout [xmlNodePtr]) {
        buffer.removeAll(keepingCapacity: true)
        var child = node.pointee.children
        while let current = child {
            buffer.append(current)
            child = current.pointee.next
        }
    }

    private static func isBlank(_ content: UnsafePointer<xmlChar>) -> Bool {
        var cursor = content
        while cursor.pointee != 0 {
            switch cursor.pointee {
            case 0x20, 0x0A, 0x09, 0x0D, 0x0C: cursor += 1
            default: return false
            }
        }
        return true
    }

    private static let jsonLDType = BytePatternSet(["ld+json"])

    private static func jsonLDBody(_ script: xmlNodePtr) -> String? {
        guard let type = xmlGetProp(script, "type") else { return nil }
        // The type's bytes lower-cased as ASCII (only ASCII letters can spell "ld+json").
        let isJSONLD = jsonLDType.occurs(in: ASCII.lowercased(UnsafeBufferPointer(start: type, count: Int(xmlStrlen(type)))))
        blotter_xml_free(type)
        guard isJSONLD, let content = xmlNodeGetContent(script) else { return nil }
        defer { blotter_xml_free(content) }
        return String(cString: content)
    }
}
