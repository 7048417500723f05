import CLibXML2

/// Reads a libxml2 tree into a `DOM` once, without recursion; the C tree is freed by its owner afterwards.
enum DOMBuilder {
    private enum Step {
        case open(xmlNodePtr, parent: Int32)
        case close(Int32)
    }

    static func build(_ document: HTMLDocument) -> DOM {
        var dom = DOM()
        guard let root = document.root else { return dom }
        var stack: [Step] = [.open(root, parent: DOM.none)]
        var children: [xmlNodePtr] = []
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
                    // Indentation between tags is most text nodes: keep one space (a small string, no
                    // allocation), which is all that joining inline elements needs.
                    text.text = isBlank(content) ? " " : String(cString: content)
                    let index = dom.append(text)
                    dom.nodes[Int(index)].subtreeEnd = index + 1
                case XML_ELEMENT_NODE:
                    // libxml2's HTML parser already lower-cases tag names.
                    let name = node.name.map { String(cString: $0) } ?? ""
                    if ExtractionHints.droppedTags.contains(name) {
                        if name == "script", let body = jsonLDBody(pointer) { dom.jsonLD.append(body) }
                        continue
                    }
                    var element = DOM.Node(name: name, parent: parent)
                    element.attributes = attributes(of: pointer)
                    let index = dom.append(element)
                    switch name {
                    case "html": dom.html = index
                    case "head" where dom.head == DOM.none: dom.head = index
                    case "body" where dom.body == DOM.none: dom.body = index
                    default: break
                    }
                    stack.append(.close(index))
                    children.removeAll(keepingCapacity: true)
                    var child = node.children
                    while let current = child {
                        children.append(current)
                        child = current.pointee.next
                    }
                    for current in children.reversed() { stack.append(.open(current, parent: index)) }
                default:
                    continue  // comments, processing instructions, entity references
                }
            }
        }
        return dom
    }

    private static func attributes(of element: xmlNodePtr) -> [(DOMAttribute, String)] {
        var out: [(DOMAttribute, String)] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name, let key = DOMAttribute(bytes: rawName) else { continue }
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
