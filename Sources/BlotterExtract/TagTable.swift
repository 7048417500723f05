import CLibXML2

/// Tag ids for libxml2's element names while one tree is read. libxml2's HTML parser copies each element's
/// name (it does not share them through its dictionary), so names are looked up by their bytes: packed into
/// two words (`PackedName`) and found in a table with a cheap hash, a known name's fixed id or an id interned
/// in the DOM for any other. Names longer than `PackedName.maximumBytes` (custom elements) go through a String.
struct TagTable {
    /// Every name of `TagID.known` by its packed bytes.
    private static let known: NameTable<TagID> = {
        var table = NameTable<TagID>(bits: 9)
        for (name, tag) in TagID.idsByName {
            if let packed = PackedName(Array(name.utf8)) { table.insert(tag, for: packed) }
        }
        return table
    }()

    /// Names not in `TagID.known`, interned for this DOM: short ones by packed bytes, then by String (long names,
    /// or when a page's many names have filled the packed table).
    private var shortOthers = NameTable<TagID>(bits: 8)
    private var others: [String: TagID] = [:]

    mutating func tag(of name: UnsafePointer<xmlChar>?, in dom: inout DOM) -> TagID {
        guard let name else { return intern("", in: &dom) }
        guard let packed = PackedName(cString: name) else { return intern(String(cString: name), in: &dom) }
        if let tag = Self.known.value(for: packed) ?? shortOthers.value(for: packed) { return tag }
        let tag = intern(String(cString: name), in: &dom)
        shortOthers.insert(tag, for: packed)
        return tag
    }

    private mutating func intern(_ name: String, in dom: inout DOM) -> TagID {
        if let tag = others[name] { return tag }
        let tag = TagID(id: UInt16(truncatingIfNeeded: min(TagID.known.count + dom.otherTagNames.count, Int(UInt16.max) - 2)))
        if Int(tag.id) == TagID.known.count + dom.otherTagNames.count { dom.otherTagNames.append(name) }
        others[name] = tag
        return tag
    }
}
