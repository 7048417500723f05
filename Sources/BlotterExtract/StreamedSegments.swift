import CLibXML2

/// React's streamed server rendering (Next.js and others) sends the parts of a page that were not ready at first
/// as `<div hidden id="S:0">…</div>` at the end of `<body>`, and a script moves each into the place of its
/// placeholder `<template id="B:0">`. A browser shows them there; a reader of the markup sees them hidden at the
/// end. `StreamedSegments` finds them so the tree is read as the browser shows it (modern-web-articles 0155
/// keeps 17 KB of its article in "S:0").
struct StreamedSegments {
    /// Segments by the number after "S:", each an element to read in place of the placeholder "B:<number>".
    private(set) var byNumber: [String: xmlNodePtr] = [:]
    /// The segments themselves, for `isSegment` (asked of every element of the page).
    private var segments = Set<UnsafeRawPointer>()

    var isEmpty: Bool { byNumber.isEmpty }

    /// Looks among the direct children of `body` (where React puts them) and the elements libxml2 put after it.
    init(body: xmlNodePtr?, laterRoots: [xmlNodePtr]) {
        var candidates: [xmlNodePtr] = []
        if let body { DOMBuilder.childNodes(of: body, into: &candidates) }
        for node in candidates + laterRoots where node.pointee.type == XML_ELEMENT_NODE && Self.name(node) == "div" && xmlHasProp(node, "hidden") != nil {
            if let id = Self.id(node), id.hasPrefix("S:") { byNumber[String(id.dropFirst(2))] = node }
        }
        segments = Set(byNumber.values.map { UnsafeRawPointer($0) })
    }

    /// The segment to read in place of this `<template>` when it is a placeholder `<template id="B:n">`.
    func segment(replacing element: xmlNodePtr) -> xmlNodePtr? {
        guard !byNumber.isEmpty, let id = Self.id(element), id.hasPrefix("B:") else { return nil }
        return byNumber[String(id.dropFirst(2))]
    }

    /// True for a segment itself, which is read at its placeholder, not where it stands.
    func isSegment(_ element: xmlNodePtr) -> Bool {
        !segments.isEmpty && segments.contains(UnsafeRawPointer(element))
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func id(_ node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, "id") else { return nil }
        defer { blotter_xml_free(value) }
        return String(cString: value)
    }
}
