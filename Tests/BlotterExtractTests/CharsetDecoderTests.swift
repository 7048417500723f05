import Foundation
import Testing
@testable import BlotterExtract

@Suite struct CharsetDecoderTests {
    func html(_ meta: String, _ body: String) -> String {
        "<html><head>\(meta)<title>t</title></head><body><p>\(body)</p></body></html>"
    }

    @Test func validUTF8WinsOverAWrongLatin1Declaration() throws {
        let bytes = Array(html(#"<meta charset="iso-8859-1">"#, "Café – £5").utf8)
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(decoded.evidence == .validUTF8)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Café – £5"))
    }

    @Test func declaredWindows1252IsConverted() throws {
        // "Café £5 “quoted”" in windows-1252: é=E9, £=A3, “=93, ”=94.
        var bytes = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Caf"#.utf8)
        bytes += [0xE9, 0x20, 0xA3, 0x35, 0x20, 0x93] + Array("quoted".utf8) + [0x94] + Array("</p></body></html>".utf8)
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(decoded.evidence == .meta)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Café £5 “quoted”"))
    }

    @Test func latin1DeclarationIsReadAsWindows1252() throws {
        var bytes = Array(#"<meta charset="ISO-8859-1"><p>"#.utf8)
        bytes += [0x93, 0x41, 0x94]  // curly quotes exist only in windows-1252
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(decoded.charset == "windows-1252")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("“A”"))
    }

    @Test func shiftJISIsConvertedFromItsDeclaration() throws {
        // 警察 (police) in Shift_JIS: 8C 78 8E 40
        var bytes = Array(#"<meta charset="Shift_JIS"><p>"#.utf8)
        bytes += [0x8C, 0x78, 0x8E, 0x40]
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(decoded.charset == "Shift_JIS")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("警察"))
    }

    @Test func transportCharsetBeatsMeta() throws {
        var bytes = Array(#"<meta charset="koi8-r"><p>"#.utf8)
        bytes += [0xE9]
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: "windows-1252")
        #expect(decoded.evidence == .transport)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("é"))
    }

    @Test func undeclaredNonUTF8IsDetectedOrFallsBack() throws {
        let text = "Les policiers ont saisi une quantité importante de drogue à Marseille, a déclaré le préfet. "
        let bytes = Array(String(repeating: text, count: 5).data(using: .isoLatin1) ?? Data())
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect([.detected, .fallback].contains(decoded.evidence))
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("quantité"))
    }

    @Test func utf16WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<p>Hi</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: nil)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>Hi</p>")
    }

    @Test func bogusDeclarationIsIgnored() throws {
        var bytes = Array(#"<meta charset="x-no-such-charset"><p>"#.utf8)
        bytes += [0xE9]
        let decoded = try CharsetDecoder.decode(bytes, transportCharset: "also-bogus")
        #expect(decoded.evidence == .detected || decoded.evidence == .fallback)
    }
}
