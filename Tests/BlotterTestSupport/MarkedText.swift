/// Text with expected spans marked inline: "Chief Constable [[person:Garry Forsyth]] of [[force:Bedfordshire Police]]".
/// `text` is the text without markers; `marks` are the expected (type, text, UTF-8 start) in order.
public struct MarkedText {
    public struct Mark: Equatable, CustomStringConvertible {
        public var type: String
        public var text: String
        public var start: Int
        public var description: String { "\(type):\(text)@\(start)" }
        public init(type: String, text: String, start: Int) {
            self.type = type
            self.text = text
            self.start = start
        }
    }

    public let text: String
    public let marks: [Mark]

    public init(_ marked: String) {
        var text = ""
        var marks: [Mark] = []
        var rest = Substring(marked)
        while let open = rest.range(of: "[[") {
            text += rest[rest.startIndex..<open.lowerBound]
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "]]"), let colon = rest.range(of: ":"), colon.lowerBound < close.lowerBound else {
                text += "[["
                continue
            }
            let type = String(rest[rest.startIndex..<colon.lowerBound])
            let inner = String(rest[colon.upperBound..<close.lowerBound])
            marks.append(Mark(type: type, text: inner, start: text.utf8.count))
            text += inner
            rest = rest[close.upperBound...]
        }
        text += rest
        self.text = text
        self.marks = marks
    }
}
