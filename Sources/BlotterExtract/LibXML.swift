import CLibXML2

/// Process-wide libxml2 set-up: `xmlInitParser` exactly once before any thread parses, errors silenced for
/// every thread (libxml2 2.9 keeps handlers per thread). `xmlCleanupParser` is never called.
enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        blotter_xml_silence_errors()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
        // Handlers set with xmlSet*ErrorFunc are per thread; worker threads that existed before the first
        // parse did not inherit the xmlThrDef defaults.
        blotter_xml_silence_errors()
    }

    static var version: String { String(cString: blotter_xml_parser_version()) }
}
