import CLibXML2

/// Chains of elements each opened inside the one before and never closed: a page that opens `<div>`, `<font>`
/// or `<span>` before every paragraph and closes none nests its paragraphs 300 deep. Browsers nest them too
/// and show the text in order; the extractor's descent into the child holding most of the prose walked down
/// such a chain and kept its last three paragraphs (issue 21). A chain this long is read as one element:
/// its head, holding every level's content in order.
///
/// A link of the chain is an element's last element child (blank text and comments after it allowed), when
/// the element holds content (an element or text) before it: that is what an unclosed start tag leaves.
/// Ordinary wrappers (`<div><div><article>`) hold nothing before their child and are not links.
enum UnclosedChains {
    /// Links a chain needs to be flattened. The development pages (1,478 pages of the five extraction sets)
    /// have chains of at most 14 links (measured 2026-12-05; eight pages have 10 or more), and their records are the same with and
    /// without this.
    static let minimumLinks = 16

    /// The elements of the chain below `head` to read into the chain's head (from its first link, all but its last) when the chain has at least
    /// `minimumLinks` links; else empty. The path follows last element children; a level whose child is its
    /// only content (a wrapper, such as the `<span>` of `<div><span><p>…` repeated) belongs to the path
    /// without counting as a link. Call it only for heads (`isOnPath` false), so that each path is walked once.
    static func flattened(from head: xmlNodePtr) -> ArraySlice<xmlNodePtr> {
        // Counted first without keeping the path: nearly every path is short, and an array per head was 1% of
        // extraction time on modern pages.
        var counted = 0
        var walked = head
        while let (next, isLink) = step(below: walked) {
            if isLink { counted += 1 }
            walked = next
        }
        guard counted >= minimumLinks else { return [] }
        var members: [xmlNodePtr] = []
        var links = 0
        var firstLink: Int?
        var current = head
        while let (next, isLink) = step(below: current) {
            if isLink {
                links += 1
                if firstLink == nil { firstLink = members.count }
            }
            members.append(next)
            current = next
        }
        guard links >= minimumLinks, let firstLink else { return [] }
        // Wrappers above the first link stay (the element holding content before it becomes the chain's
        // head); the path's last element (a paragraph, most often) stays an element.
        return members[firstLink..<(members.count - 1)]
    }

    /// Whether the element continues its parent's path (so it is not a head).
    static func isOnPath(_ element: xmlNodePtr) -> Bool {
        guard let parent = element.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return false }
        return step(below: parent)?.child == element
    }

    /// The element's last element child (blank text and comments after it allowed; not `<body>` or `<html>`,
    /// which always head their own path), and whether the element holds content (an element or text) before
    /// it: what an unclosed start tag leaves.
    static func step(below element: xmlNodePtr) -> (child: xmlNodePtr, isLink: Bool)? {
        var child = element.pointee.last
        while let current = child, current.pointee.type != XML_ELEMENT_NODE {
            if current.pointee.type == XML_TEXT_NODE, !isBlank(current) { return nil }
            child = current.pointee.prev
        }
        guard let last = child, !isDocumentElement(last) else { return nil }
        var before = last.pointee.prev
        while let current = before {
            if current.pointee.type == XML_ELEMENT_NODE { return (last, true) }
            if current.pointee.type == XML_TEXT_NODE, !isBlank(current) { return (last, true) }
            before = current.pointee.prev
        }
        return (last, false)
    }

    private static func isDocumentElement(_ element: xmlNodePtr) -> Bool {
        guard let name = element.pointee.name else { return false }
        return xmlStrEqual(name, "body") != 0 || xmlStrEqual(name, "html") != 0
    }

    private static func isBlank(_ text: xmlNodePtr) -> Bool {
        guard var cursor = text.pointee.content else { return true }
        while cursor.pointee != 0 {
            switch cursor.pointee {
            case 0x20, 0x0A, 0x09, 0x0D, 0x0C: cursor += 1
            default: return false
            }
        }
        return true
    }
}
