import CLibXML2

/// Owner of one libxml2 HTML document. Not `Sendable`: it lives and dies inside one work item.
final class HTMLDocument {
    /// libxml2 takes the size as Int32.
    static let maximumParseBytes = Int(Int32.max)

    let pointer: htmlDocPtr

    /// Parses UTF-8 bytes. libxml2 recovers from almost anything; nil only when it produced no tree at all.
    init?(utf8 bytes: [UInt8]) {
        LibXML.ensureInitialized()
        guard bytes.count < HTMLDocument.maximumParseBytes else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    // The bytes were converted to UTF-8 by CharsetDecoder; say so, whatever the page declares.
                    htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { return nil }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}
