/// Declared charset labels and what browsers decode them as (WHATWG Encoding Standard). An empty value means
/// "ignore this declaration". Labels not listed go to ICU as they are.
enum CharsetLabels {
    static let browserEquivalents: [String: String] = [
        // Latin-1 and ASCII are decoded as windows-1252 by every browser.
        "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "iso_8859-1": "windows-1252",
        "latin1": "windows-1252", "latin-1": "windows-1252", "l1": "windows-1252", "cp819": "windows-1252",
        "ascii": "windows-1252", "us-ascii": "windows-1252", "ansi_x3.4-1968": "windows-1252",
        "cp1252": "windows-1252", "x-cp1252": "windows-1252", "windows-1252": "windows-1252",
        "iso-8859-9": "windows-1254", "latin5": "windows-1254", "iso-8859-11": "windows-874", "tis-620": "windows-874",
        "gb2312": "GBK", "gb_2312-80": "GBK", "x-gbk": "GBK", "gbk": "GBK", "gb18030": "gb18030",
        "shift_jis": "Shift_JIS", "shift-jis": "Shift_JIS", "sjis": "Shift_JIS", "x-sjis": "Shift_JIS",
        "ms_kanji": "Shift_JIS", "windows-31j": "Shift_JIS", "euc-jp": "EUC-JP", "euc-kr": "windows-949",
        "big5": "Big5", "big5-hkscs": "Big5-HKSCS", "koi8-r": "KOI8-R", "koi8-u": "KOI8-U",
        // Claims of UTF-8 on bytes that failed UTF-8 validation carry no information.
        "utf-8": "", "utf8": "", "unicode-1-1-utf-8": "",
        // UTF-16 declared inside an 8-bit-readable page is always wrong (the HTML standard says so).
        "utf-16": "", "utf-16le": "", "utf-16be": "", "unicode": "",
        "none": "", "null": "", "text/html": "",
    ]
}
