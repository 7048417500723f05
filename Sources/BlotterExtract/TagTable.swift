import CLibXML2

/// Tag ids for libxml2's element names while one tree is read. libxml2 interns a document's names in its
/// dictionary, so the same name comes back as the same pointer: a small direct-mapped cache keyed by the
/// pointer answers almost every element without reading the name, and a miss reads the bytes once (a known
/// name's fixed id, or an id interned in the DOM). A pointer stands for the same bytes while the tree lives,
/// so a hit is always right, whether or not libxml2 interned the name.
struct TagTable {
    /// Slots of the cache (a power of two; a page uses a few dozen names).
    static let slots = 256

    private var pointers = [UnsafeRawPointer?](repeating: nil, count: TagTable.slots)
    private var tags = [Tag](repeating: .text, count: TagTable.slots)
    /// Names not in `Tag.known`, interned for this DOM.
    private var others: [String: Tag] = [:]

    mutating func tag(of name: UnsafePointer<xmlChar>?, in dom: inout DOM) -> Tag {
        guard let name else { return intern("", in: &dom) }
        let pointer = UnsafeRawPointer(name)
        // The low bits of a heap pointer are alignment: the bits above them pick the slot.
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 4) & (Self.slots - 1)
        if pointers[slot] == pointer { return tags[slot] }
        // libxml2's HTML parser already lower-cases tag names.
        let string = String(cString: name)
        let tag = Tag.idsByName[string] ?? intern(string, in: &dom)
        pointers[slot] = pointer
        tags[slot] = tag
        return tag
    }

    private mutating func intern(_ name: String, in dom: inout DOM) -> Tag {
        if let tag = others[name] { return tag }
        let tag = Tag(id: UInt16(truncatingIfNeeded: min(Tag.known.count + dom.otherTagNames.count, Int(UInt16.max) - 2)))
        if Int(tag.id) == Tag.known.count + dom.otherTagNames.count { dom.otherTagNames.append(name) }
        others[name] = tag
        return tag
    }
}
