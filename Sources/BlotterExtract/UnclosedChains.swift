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
    /// Links a chain needs to be flattened. The development pages (1,900 pages of the five extraction sets)
    /// have chains of at most 14 links (measured 2026-12-05: 1,071 pages have one of 4, 5 of 8, one each of 11, 12, 14), and their records are the same with and without this.
    static let minimumLinks = 16

    /// The elements after `head` in its chain when the chain has at least `minimumLinks` links; else empty.
    /// Call it only for elements that are not themselves a link of their parent's chain (`isLink`), so that
    /// each chain is walked once.
    static func flattened(from head: xmlNodePtr) -> [xmlNodePtr] {
        var members: [xmlNodePtr] = []
        var current = head
        while let next = link(below: current) {
            members.append(next)
            current = next
        }
        return members.count >= minimumLinks ? members : []
    }

    /// Whether the element is the chain link below its parent.
    static func isLink(_ element: xmlNodePtr) -> Bool {
        guard let parent = element.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return false }
        return link(below: parent) == element
    }

    /// The element's last element child when it is a link: nothing but blank text and comments after it,
    /// content before it.
    static func link(below element: xmlNodePtr) -> xmlNodePtr? {
        var child = element.pointee.last
        while let current = child, current.pointee.type != XML_ELEMENT_NODE {
            if current.pointee.type == XML_TEXT_NODE, !isBlank(current) { return nil }
            child = current.pointee.prev
        }
        guard let last = child else { return nil }
        var before = last.pointee.prev
        while let current = before {
            if current.pointee.type == XML_ELEMENT_NODE { return last }
            if current.pointee.type == XML_TEXT_NODE, !isBlank(current) { return last }
            before = current.pointee.prev
        }
        return nil
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
