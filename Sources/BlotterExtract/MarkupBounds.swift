import Glibc
import BlotterCore

/// A cheap pass over the page bytes before libxml2 sees them, so that no page makes the parser's work
/// explode: libxml2 2.9 compares every attribute of an element with every earlier one (100,000 attributes on
/// one element took 21 s, a million more than 120 s; issue 21), and a page of millions of elements costs memory
/// and time in every later stage. A page over a bound is an error entry naming the bound; the run goes on.
///
/// The scan follows the tokenizer only as far as the bounds need: `<` and a letter open a tag, whose attributes
/// are counted (names, `=`, quoted or bare values) up to its `>`; `</` and a letter is an end tag. Text between
/// tags is skipped with `memchr`. Every byte is read at most once, so the scan is linear whatever the page holds.
public struct MarkupBounds: Sendable, Equatable {
    /// Attributes on one element. The 1,478 pages of the five development extraction sets have at most 611
    /// (a script read as a tag; ordinary elements have under 50), measured 2026-12-05. libxml2 takes about
    /// 50 ms for one element of 5,000.
    public var maximumAttributesPerElement: Int
    /// Attribute comparisons libxml2 makes over the whole page (the sum over elements of n·(n-1)/2 for n
    /// attributes): 20 million is about 0.05 s of libxml2 (100,000 attributes, 5·10⁹ comparisons, took 21 s),
    /// while the development pages need at most 347,000.
    public var maximumAttributeComparisons: Int
    /// Start tags on one page. The development pages have at most 10,512; a million is 95 times that
    /// (about 1 s of libxml2 and extraction, docs/HOSTILE-INPUT.md).
    public var maximumElements: Int
    /// For pages nested deeper than libxml2's default limit (256 open elements, `HTMLDocument`): the work of
    /// libxml2 2.9's end tags, each of which searches the stack of open elements from the top (`nestingWork`).
    /// 100,000 unclosed `<div>` then 100,000 `</span>` is 10¹⁰ steps and took 13 s; 20,000 and 20,000 (4·10⁸)
    /// took 0.5 s. 10⁸ keeps a deep page under about 0.15 s of libxml2.
    public var maximumNestingWork: Int

    public init(maximumAttributesPerElement: Int = 5_000, maximumAttributeComparisons: Int = 20_000_000,
                maximumElements: Int = 1_000_000, maximumNestingWork: Int = 100_000_000) {
        self.maximumAttributesPerElement = maximumAttributesPerElement
        self.maximumAttributeComparisons = maximumAttributeComparisons
        self.maximumElements = maximumElements
        self.maximumNestingWork = maximumNestingWork
    }

    /// What the scan counted.
    public struct Counts: Sendable, Equatable {
        public var elements = 0
        public var mostAttributes = 0
        public var attributeComparisons = 0
    }

    /// Throws when the page is over a bound, naming the bound and the byte offset where it was crossed.
    public func check(_ bytes: [UInt8]) throws(StageFailure) {
        var counts = Counts()
        var failure: StageFailure?
        Self.scan(bytes) { tag in
            guard !tag.isEnd else { return true }
            counts.elements += 1
            counts.attributeComparisons += tag.attributes * (tag.attributes - 1) / 2
            if counts.elements > maximumElements {
                failure = StageFailure("page has more than \(maximumElements) elements (a bound against pathological pages, see docs/HOSTILE-INPUT.md); the limit was crossed at byte \(tag.offset)")
            } else if tag.attributes > maximumAttributesPerElement {
                failure = StageFailure("an element at byte \(tag.offset) has \(tag.attributes) attributes, over the limit of \(maximumAttributesPerElement) (a bound against pathological pages, see docs/HOSTILE-INPUT.md)")
            } else if counts.attributeComparisons > maximumAttributeComparisons {
                failure = StageFailure("the page's attributes need more than \(maximumAttributeComparisons) comparisons in libxml2 (many elements with hundreds of attributes; the limit was crossed at byte \(tag.offset), see docs/HOSTILE-INPUT.md)")
            }
            return failure == nil
        }
        if let failure { throw failure }
    }

    /// Throws when a page that nests deeper than libxml2's default limit would cost libxml2 more than
    /// `maximumNestingWork` to parse without that limit.
    public func checkNesting(_ bytes: [UInt8]) throws(StageFailure) {
        let work = Self.nestingWork(bytes, stoppingAbove: maximumNestingWork)
        guard work <= maximumNestingWork else {
            throw StageFailure("page nests elements so deep that its end tags need more than \(maximumNestingWork) steps of libxml2 (a bound against pathological pages, see docs/HOSTILE-INPUT.md)")
        }
    }

    /// The counts of a whole page (for measuring the bounds on a corpus).
    public static func measure(_ bytes: [UInt8]) -> Counts {
        var counts = Counts()
        scan(bytes) { tag in
            guard !tag.isEnd else { return true }
            counts.elements += 1
            counts.mostAttributes = max(counts.mostAttributes, tag.attributes)
            counts.attributeComparisons += tag.attributes * (tag.attributes - 1) / 2
            return true
        }
        return counts
    }

    /// An estimate of libxml2's work on end tags without its depth limit: each end tag searches the stack of
    /// open elements from the top for its name (and closes everything above it when found). The stack is
    /// followed by name (void elements and `/>` open nothing; libxml2's implied closings, such as a `<p>`
    /// closing the `<p>` before it, are not, so the stack only grows deeper than libxml2's and the estimate
    /// errs high). 20,000 properly closed `<div>` cost 20,000 steps; 100,000 unclosed `<div>` then 100,000
    /// `</span>` cost 5·10⁹. The simulation stops once `limit` is passed, so it costs at most `limit` steps.
    static func nestingWork(_ bytes: [UInt8], stoppingAbove limit: Int = .max) -> Int {
        var stack: [UInt64] = []
        var work = 0
        scan(bytes, names: true) { tag in
            if tag.isEnd {
                var index = stack.count - 1
                while index >= 0, stack[index] != tag.nameHash { index -= 1 }
                if index >= 0 {
                    work += stack.count - index
                    stack.removeSubrange(index...)
                } else {
                    work += stack.count + 1
                }
            } else if !tag.isVoid {
                stack.append(tag.nameHash)
            }
            return work <= limit
        }
        return work
    }

    /// One tag as the scan sees it.
    struct TagID {
        var isEnd: Bool
        /// A void element (`<br>`, `<img>`...) or a start tag closed by `/>` (only when names are read).
        var isVoid: Bool
        var attributes: Int
        var offset: Int
        /// FNV-1a of the lower-cased name (only when names are read).
        var nameHash: UInt64 = 0
    }

    /// HTML's void elements, which never open a level.
    private static let voidNames: Set<[UInt8]> = Set(["area", "base", "br", "col", "embed", "hr", "img", "input",
                                                      "keygen", "link", "meta", "param", "source", "track", "wbr"].map { Array($0.utf8) })

    /// Calls `visit` with every tag, in order, until it returns false. With `names`, void elements are told.
    static func scan(_ bytes: [UInt8], names: Bool = false, visit: (TagID) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let end = buffer.count
            var index = 0
            @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
                byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            }
            @inline(__always) func isLetter(_ byte: UInt8) -> Bool {
                let lower = byte | 0x20
                return lower >= 0x61 && lower <= 0x7A
            }
            var name: [UInt8] = []
            while index < end {
                guard let found = memchr(base + index, 0x3C, end - index) else { return }  // "<"
                let tagStart = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = tagStart + 1
                guard index < end else { return }
                var isEnd = false
                if base[index] == 0x2F {  // "</"
                    guard index + 1 < end, isLetter(base[index + 1]) else { continue }
                    isEnd = true
                    index += 1
                } else if !isLetter(base[index]) {
                    continue  // not a tag: "<!--", "<?", "< ", "<3"
                }
                // The tag name.
                let nameStart = index
                while index < end, !isSpace(base[index]), base[index] != 0x3E, base[index] != 0x2F { index += 1 }
                var isVoid = false
                var nameHash: UInt64 = 0xcbf2_9ce4_8422_2325
                if names {
                    for offset in nameStart..<index { nameHash = (nameHash ^ UInt64(base[offset] | 0x20)) &* 0x100_0000_01b3 }
                    if !isEnd, index - nameStart <= 6 {
                        name.removeAll(keepingCapacity: true)
                        for offset in nameStart..<index { name.append(base[offset] | 0x20) }
                        isVoid = voidNames.contains(name)
                    }
                }
                var attributes = 0
                attributeLoop: while index < end {
                    let byte = base[index]
                    if isSpace(byte) { index += 1; continue }
                    if byte == 0x2F {  // "/", and "/>" closes an empty element
                        if index + 1 < end, base[index + 1] == 0x3E { isVoid = isVoid || names }
                        index += 1
                        continue
                    }
                    if byte == 0x3E { index += 1; break attributeLoop }  // ">"
                    // An attribute name, up to a space, "=" or ">".
                    attributes += 1
                    while index < end, !isSpace(base[index]), base[index] != 0x3D, base[index] != 0x3E { index += 1 }
                    var cursor = index
                    while cursor < end, isSpace(base[cursor]) { cursor += 1 }
                    guard cursor < end, base[cursor] == 0x3D else { index = cursor; continue }  // no value
                    cursor += 1
                    while cursor < end, isSpace(base[cursor]) { cursor += 1 }
                    guard cursor < end else { index = cursor; break attributeLoop }
                    let quote = base[cursor]
                    if quote == 0x22 || quote == 0x27 {
                        guard let close = memchr(base + cursor + 1, Int32(quote), end - cursor - 1) else { index = end; break attributeLoop }
                        index = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                    } else {
                        while cursor < end, !isSpace(base[cursor]), base[cursor] != 0x3E { cursor += 1 }
                        index = cursor
                    }
                }
                if !visit(TagID(isEnd: isEnd, isVoid: isVoid, attributes: attributes, offset: tagStart, nameHash: nameHash)) { return }
            }
        }
    }
}
