import CLibXML2

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

    private enum Step {
        case open(xmlNodePtr, parent: Int32)
        case close(Int32)
    }

    static func build(_ document: HTMLDocument) -> DOM {
        var dom = DOM()
        guard let root = document.root else { return dom }
        // The element depth of each DOM node (text nodes included, unused), by index.
        var depths: [Int32] = []
        // Links of unclosed chains of `UnclosedChains.minimumLinks` or more: read into their chain's head.
        var chainLinks = Set<UnsafeRawPointer>()
        var stack: [Step] = [.open(root, parent: DOM.none)]
        var children: [xmlNodePtr] = []
        // Elements after the first <body>, as children of the root or as further top-level elements.
        var laterRoots: [xmlNodePtr] = []
        var afterBody = false
        var firstBody: xmlNodePtr?
        var rootChild = root.pointee.children
        while let current = rootChild {
            if current.pointee.type == XML_ELEMENT_NODE {
                if afterBody { laterRoots.append(current) }
                if let name = current.pointee.name, String(cString: name) == "body" {
                    if firstBody == nil { firstBody = current }
                    afterBody = true
                }
            }
            rootChild = current.pointee.next
        }
        let rootHasBody = afterBody
        var sibling = root.pointee.next
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE { laterRoots.append(current) }
            sibling = current.pointee.next
        }
        let moved = Set(laterRoots.map { UnsafeRawPointer($0) })
        let streamed = StreamedSegments(body: firstBody, laterRoots: laterRoots)
        while let step = stack.popLast() {
            switch step {
            case .close(let index):
                dom.nodes[Int(index)].subtreeEnd = Int32(dom.nodes.count)
            case .open(let pointer, let parent):
                let node = pointer.pointee
                switch node.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard parent != DOM.none, let content = node.content else { continue }
                    var text = DOM.Node(name: DOM.textName, parent: parent)
                    text.textStart = Int32(dom.textBytes.count)
                    // Indentation between tags is most text nodes: keep one space, which is all that joining
                    // inline elements needs.
                    if isBlank(content) {
                        dom.textBytes.append(0x20)
                    } else {
                        dom.textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                    }
                    text.textEnd = Int32(dom.textBytes.count)
                    let index = dom.append(text)
                    dom.nodes[Int(index)].subtreeEnd = index + 1
                case XML_ELEMENT_NODE:
                    // libxml2's HTML parser already lower-cases tag names.
                    let name = node.name.map { String(cString: $0) } ?? ""
                    if !streamed.isEmpty {
                        // A streamed segment is read where its placeholder stands, and not again at the end.
                        if let segment = streamed.segment(replacing: pointer, named: name) {
                            childNodes(of: segment, into: &children)
                            for current in children.reversed() { stack.append(.open(current, parent: parent)) }
                            continue
                        }
                        if streamed.isSegment(pointer) { continue }
                    }
                    if ExtractionHints.droppedTags.contains(name) {
                        if name == "script", let body = jsonLDBody(pointer) { dom.jsonLD.append(body) }
                        continue
                    }
                    if !chainLinks.isEmpty, chainLinks.contains(UnsafeRawPointer(pointer)) {
                        // A link of a long unclosed chain: its children are read into the chain's head.
                        childNodes(of: pointer, into: &children)
                        for current in children.reversed() { stack.append(.open(current, parent: parent)) }
                        continue
                    }
                    if !UnclosedChains.isOnPath(pointer) {
                        for link in UnclosedChains.flattened(from: pointer) { chainLinks.insert(UnsafeRawPointer(link)) }
                    }
                    let depth = parent == DOM.none ? 0 : depths[Int(parent)] + 1
                    if depth > maximumDepth {
                        // Too deep: the element is left out, its children are read in its place.
                        childNodes(of: pointer, into: &children)
                        for current in children.reversed() { stack.append(.open(current, parent: parent)) }
                        continue
                    }
                    var element = DOM.Node(name: name, parent: parent)
                    element.attributes = attributes(of: pointer, keepingTitle: name == "abbr")
                    let index = dom.append(element)
                    if depths.count < dom.nodes.count { depths.append(contentsOf: repeatElement(0, count: dom.nodes.count - depths.count)) }
                    depths[Int(index)] = depth
                    if DOM.metadataTags.contains(name) || element.attribute(.itemprop) != nil { dom.metadataElements.append(index) }
                    var hostsLaterRoots = false
                    switch name {
                    case "html" where dom.html == DOM.none:
                        dom.html = index
                        hostsLaterRoots = !rootHasBody
                    case "head" where dom.head == DOM.none: dom.head = index
                    case "body" where dom.body == DOM.none:
                        dom.body = index
                        hostsLaterRoots = rootHasBody && parent == dom.html
                    default: break
                    }
                    stack.append(.close(index))
                    if hostsLaterRoots {
                        for current in laterRoots.reversed() { stack.append(.open(current, parent: index)) }
                        laterRoots.removeAll()
                    }
                    childNodes(of: pointer, into: &children)
                    for current in children.reversed() where !(index == dom.html && moved.contains(UnsafeRawPointer(current))) {
                        stack.append(.open(current, parent: index))
                    }
                default:
                    continue  // comments, processing instructions, entity references
                }
            }
        }
        return dom
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

    /// The attributes `DOMAttribute` names. `title` only on `<abbr>` (hAtom's published date): links and images
    /// carry titles by the hundred, and nothing else reads them.
    private static func attributes(of element: xmlNodePtr, keepingTitle: Bool) -> [(DOMAttribute, String)] {
        var out: [(DOMAttribute, String)] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name, let key = DOMAttribute(bytes: rawName), key != .title || keepingTitle else { continue }
            var value = ""
            if let text = current.pointee.children, let content = text.pointee.content {
                value = String(cString: content)
            }
            out.append((key, value))
        }
        return out
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

    private static func jsonLDBody(_ script: xmlNodePtr) -> String? {
        guard let type = xmlGetProp(script, "type") else { return nil }
        let isJSONLD = String(cString: type).lowercased().contains("ld+json")
        blotter_xml_free(type)
        guard isJSONLD, let content = xmlNodeGetContent(script) else { return nil }
        defer { blotter_xml_free(content) }
        return String(cString: content)
    }
}
