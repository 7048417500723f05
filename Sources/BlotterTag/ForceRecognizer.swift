import BlotterCore

/// Police forces and law-enforcement agencies:
/// 1. the gazetteer (names and aliases from models/forces.tsv) with canonical ids;
/// 2. "the Met" (not "the Met Office");
/// 3. patterns for forces not in the gazetteer: one to four capitalised place words before a force head
///    ("Luton Police", "Phoenix Police Department", "Los Angeles County Sheriff's Office");
/// 4. US police department initialisms ("HPD", "LAPD").
/// Acronyms defined in the text ("… Unit (ERSOU)") are linked by `MentionResolver`.
struct ForceRecognizer: Recognizer {
    let name = "force"
    private let gazetteer: PhraseMatcher<TagModels.ForceEntry>
    private let heads: PhraseMatcher<String>

    /// Force heads that end a pattern-built force name.
    static let headPhrases = [
        "Police Department", "Police Dept", "Police", "Constabulary", "Police Service", "Police Force",
        "Sheriff's Office", "Sheriff’s Office", "Sheriff's Department", "Sheriff’s Department", "State Police",
        "Highway Patrol", "Department of Public Safety", "Police Bureau", "Marshals Service",
    ]
    /// Words that describe a kind of police ("Armed Police", "State Police"): not a place, so they cannot start
    /// a pattern-built force, but one may stand between the place and the head ("Michigan State Police",
    /// "Australian Federal Police", "Royal Canadian Mounted Police").
    static let descriptorWords: Set<String> = ["Armed", "Transport", "Military", "Secret", "Riot", "Traffic", "Local", "State", "Federal", "National", "Border", "Mounted"]
    /// Words after "the Met" that make it something else.
    static let metNotPolice: Set<String> = ["Office", "Gala", "Opera", "Museum", "Ball"]

    /// "<Word> Police" phrases that name no police: a website, television shows, figures of speech.
    static let notForces: Set<String> = ["Android Police", "Fashion Police", "Grammar Police", "Thought Police", "Style Police",
                                         "Food Police", "Language Police", "Fun Police", "Mood Police"]

    /// In a headline written in title case ("Video Captures Moment Police Drag Passenger"), an everyday word
    /// before the head is the headline's, not a place: share of capitalised words from which a sentence is one.
    static let titleCaseShare = 0.6

    private let commonWords: Set<String>
    /// Everyday words that are also parts of place names ("West Mercia", "Spanish Town", "Four Paths"): kept
    /// before a head even in a title-case headline.
    static let placeWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                          "new", "old", "central", "greater", "city", "county", "town", "port", "fort", "lake",
                                          "saint", "st", "mount", "upper", "lower", "royal", "great", "little", "high", "bay",
                                          "river", "valley", "park", "beach", "hill", "springs", "falls", "island", "harbour",
                                          "harbor", "paths", "rock", "green", "bridge", "cross", "heights", "village"]

    init(models: TagModels) {
        commonWords = models.commonWords
        var phrases: [(String, TagModels.ForceEntry)] = []
        for entry in models.forces {
            phrases.append((entry.name, entry))
            for alias in entry.aliases { phrases.append((alias, entry)) }
        }
        gazetteer = PhraseMatcher(phrases: phrases, tokenize: PhraseTokenizer.tokens)
        heads = PhraseMatcher(phrases: Self.headPhrases.map { ($0, $0) }, tokenize: PhraseTokenizer.tokens)
    }

    func candidates(in context: TagContext) -> [Entity] {
        let tokens = context.text.tokens
        var out: [Entity] = []
        for sentence in context.text.sentences {
            let range = sentence.tokens
            // Whether the sentence is a title-case headline, read once per sentence: asked at every head
            // ("Police") it made one sentence of 5,000 "… of Kent Police" take 12 s (issue 21's fuzzer).
            var headlineMemo: Bool?
            var index = range.lowerBound
            while index < range.upperBound {
                if let match = gazetteer.longestMatch(in: tokens, at: index, limit: range.upperBound) {
                    // "United States Drug Enforcement Agency", "U.S. Drug Enforcement Administration": the country
                    // written before a US federal agency is part of its name as written.
                    var span = match.tokens
                    if match.payload.country == "United States", !match.payload.name.hasPrefix("United States") {
                        span = Self.withCountryPrefix(tokens, span, lowest: range.lowerBound)
                    }
                    out.append(entity(tokens, span, context: context, canonical: match.payload.id,
                                      name: match.payload.name, recognizer: "force.gazetteer", priority: 3))
                }
                if tokens[index].text == "Met", index > range.lowerBound, tokens[index - 1].lower == "the",
                   index + 1 >= range.upperBound || !Self.metNotPolice.contains(tokens[index + 1].text) {
                    out.append(entity(tokens, index..<(index + 1), context: context, canonical: "metropolitan",
                                      name: "Metropolitan Police Service", recognizer: "force.met", priority: 3))
                }
                if Self.isDepartmentInitialism(tokens[index].text) {
                    let text = tokens[index].text
                    out.append(entity(tokens, index..<(index + 1), context: context, canonical: Slug.make(text), name: text,
                                      recognizer: "force.initialism", priority: 1))
                }
                if let head = heads.longestMatch(in: tokens, at: index, limit: range.upperBound), index > range.lowerBound {
                    var start = index
                    var cursor = index
                    while cursor > range.lowerBound, index - cursor < 4, tokens[cursor - 1].isCapitalizedWord,
                          !NameLexicon.notNameWords.contains(tokens[cursor - 1].text) {
                        cursor -= 1
                        // Hyphenated places: "Miami-Dade", "Wilkes-Barre", "Stoke-on-Trent" (no spaces around hyphens).
                        while cursor - 2 >= range.lowerBound, tokens[cursor - 1].text == "-", !tokens[cursor - 1].spaceBefore,
                              !tokens[cursor].spaceBefore, tokens[cursor - 2].kind == .word,
                              tokens[cursor - 2].isCapitalizedWord || ["on", "upon", "le", "sur", "en"].contains(tokens[cursor - 2].text) {
                            cursor -= 2
                        }
                        if !Self.descriptorWords.contains(tokens[cursor].text) { start = cursor }
                    }
                    let headline = headlineMemo ?? Self.isTitleCase(tokens[range])
                    headlineMemo = headline
                    while start < index, headline, commonWords.contains(tokens[start].lower),
                          !Self.placeWords.contains(tokens[start].lower),
                          FigureLexicon.numberWords[tokens[start].lower] == nil {
                        start += 1
                    }
                    if start < index, !Self.notForces.contains(context.text.text(of: start..<(index + 1))) {
                        let span = start..<head.tokens.upperBound
                        let text = context.text.text(of: span)
                        out.append(entity(tokens, span, context: context, canonical: Slug.make(text), name: text,
                                          recognizer: "force.pattern", priority: 2))
                    }
                }
                index += 1
            }
        }
        return out
    }

    /// Most words capitalised: a headline in title case.
    static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0, capitalised = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.isCapitalizedWord || token.isAcronym { capitalised += 1 }
        }
        return words >= 4 && Double(capitalised) >= titleCaseShare * Double(words)
    }

    /// US police department initialisms: "HPD", "LAPD", "NYPD", "CMPD" (one to five capitals before "PD"; not "CPD",
    /// continuing professional development in British news).
    static func isDepartmentInitialism(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 7, bytes.suffix(2) == [0x50, 0x44], text != "CPD" else { return false }  // "PD"; CPD is also training
        return bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// `span` widened over "United States", "U.S." or "US" written just before it.
    static func withCountryPrefix(_ tokens: [Token], _ span: Range<Int>, lowest: Int) -> Range<Int> {
        let start = span.lowerBound
        guard start > lowest else { return span }
        if tokens[start - 1].text == "US" { return (start - 1)..<span.upperBound }
        if start - 2 >= lowest, tokens[start - 2].text == "United", tokens[start - 1].text == "States" { return (start - 2)..<span.upperBound }
        if start - 2 >= lowest, tokens[start - 2].text == "U.S", tokens[start - 1].text == ".", !tokens[start - 1].spaceBefore {
            return (start - 2)..<span.upperBound
        }
        return span
    }

    private func entity(_ tokens: [Token], _ span: Range<Int>, context: TagContext, canonical: String, name: String,
                        recognizer: String, priority: Int) -> Entity {
        let first = tokens[span.lowerBound]
        let last = tokens[span.upperBound - 1]
        return Entity(type: .force, text: context.text.text(of: span), start: first.start,
                      end: last.end, sentence: first.sentence, canonical: canonical, name: name,
                      recognizer: recognizer, priority: priority)
    }
}
