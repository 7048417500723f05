/// Per-node text measurements, computed bottom-up in one pass over the pre-ordered DOM.
struct NodeStatistics {
    /// Characters of text (white space collapsed approximately: runs count once) in each subtree.
    var textLength: [Int32]
    /// Characters of text inside links in each subtree.
    var linkLength: [Int32]
    /// Commas in each subtree (a cheap sign of prose).
    var commas: [Int32]

    init(_ dom: DOM) {
        let count = dom.nodes.count
        var textLength = [Int32](repeating: 0, count: count)
        var linkLength = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        // Every array through a buffer pointer, filled in locals: slices per text node and the stored arrays
        // written from a closure cost bounds and uniqueness checks at every byte and node.
        dom.nodes.withUnsafeBufferPointer { nodes in
            dom.textBytes.withUnsafeBufferPointer { text in
                textLength.withUnsafeMutableBufferPointer { textLength in
                    linkLength.withUnsafeMutableBufferPointer { linkLength in
                        commas.withUnsafeMutableBufferPointer { commas in
                            for index in stride(from: count - 1, through: 0, by: -1) {
                                let role = nodes[index].role
                                if role.contains(.text) {
                                    var length: Int32 = 0
                                    var commaCount: Int32 = 0
                                    var lastWasSpace = true
                                    for position in Int(nodes[index].textStart)..<Int(nodes[index].textEnd) {
                                        let byte = text[position]
                                        let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                                        if isSpace {
                                            if !lastWasSpace { length += 1 }
                                        } else if byte & 0xC0 != 0x80 {
                                            length += 1
                                            if byte == UInt8(ascii: ",") { commaCount += 1 }
                                        }
                                        lastWasSpace = isSpace
                                    }
                                    textLength[index] = length
                                    commas[index] = commaCount
                                } else if role.contains(.link) {
                                    linkLength[index] = textLength[index]
                                }
                                let parent = Int(nodes[index].parent)
                                if parent >= 0 {
                                    textLength[parent] += textLength[index]
                                    linkLength[parent] += linkLength[index]
                                    commas[parent] += commas[index]
                                }
                            }
                        }
                    }
                }
            }
        }
        self.textLength = textLength
        self.linkLength = linkLength
        self.commas = commas
    }

    func linkDensity(_ index: Int32) -> Double {
        let text = textLength[Int(index)]
        return text > 0 ? Double(linkLength[Int(index)]) / Double(text) : 0
    }
}
