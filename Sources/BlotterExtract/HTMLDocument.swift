import Glibc
import CLibXML2
import BlotterCore

/// Owner of one libxml2 HTML document. Not `Sendable`: it lives and dies inside one work item.
final class HTMLDocument {
    /// libxml2 takes the size as Int32.
    static let maximumParseBytes = Int(Int32.max)

    /// `HTML_PARSE_RECOVER | NOERROR | NOWARNING | NONET | COMPACT`.
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    /// `XML_PARSE_HUGE` lifts libxml2's limits: without it, libxml2 2.9 stops the whole parse at the 257th open
    /// element ("Excessive depth") or at a text node over 10 MB, and everything after it was lost in silence
    /// (300 paragraphs each opened by an unclosed `<div>`, `<font>` or `<span>` kept 253; issue 21). It is used
    /// only for a page whose first parse stopped so: without the depth limit, libxml2's end tags search the
    /// whole stack of open elements and a deep page can be quadratic (`MarkupBounds.maximumNestingWork`).
    static let hugeOptions = options | Int32(XML_PARSE_HUGE.rawValue)

    let pointer: htmlDocPtr

    /// Parses UTF-8 bytes. libxml2 recovers from almost anything; throws when a bound of `MarkupBounds` is
    /// crossed, or when libxml2 produced no tree at all.
    init(utf8 bytes: [UInt8], bounds: MarkupBounds = MarkupBounds()) throws(StageFailure) {
        LibXML.ensureInitialized()
        guard bytes.count < HTMLDocument.maximumParseBytes else { throw StageFailure("page too large for libxml2 (\(bytes.count) bytes)") }
        try bounds.check(bytes)
        let input = Self.removingNUL(bytes)
        guard let context = htmlNewParserCtxt() else { throw StageFailure("libxml2 could not allocate a parser") }
        defer { htmlFreeParserCtxt(context) }
        var parsed = Self.parse(input, context: context, options: Self.options)
        if Self.stoppedEarly(context) {
            if let parsed { xmlFreeDoc(parsed) }
            try bounds.checkNesting(input)
            parsed = Self.parse(input, context: context, options: Self.hugeOptions)
        }
        guard let parsed else { throw StageFailure("libxml2 could not build a tree from the page") }
        pointer = parsed
    }

    private static func parse(_ bytes: [UInt8], context: htmlParserCtxtPtr, options: Int32) -> htmlDocPtr? {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    // The bytes were converted to UTF-8 by CharsetDecoder; say so, whatever the page declares.
                    htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
    }

    /// Whether libxml2 halted the parse before the end of the input (`xmlHaltParser`: a limit of the parser,
    /// such as the depth of 256 or a text node over 10 MB, was hit). Recovered errors do not halt it.
    static func stoppedEarly(_ context: htmlParserCtxtPtr) -> Bool {
        context.pointee.disableSAX != 0 && context.pointee.instate == XML_PARSER_EOF
    }

    deinit { xmlFreeDoc(pointer) }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }

    /// The bytes without NUL: libxml2 takes a NUL in markup (a tag, an attribute, between two tags) for the
    /// end of the input and drops the rest of the page in silence (issue 21: a NUL 10% into a page gave an
    /// empty text). Browsers drop NUL from text too. The page is copied only when it holds one.
    static func removingNUL(_ bytes: [UInt8]) -> [UInt8] {
        let hasNUL = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        guard hasNUL else { return bytes }
        return bytes.filter { $0 != 0 }
    }
}
