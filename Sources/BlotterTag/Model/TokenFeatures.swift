import BlotterCore

/// The word lists the sequence model consults (from models/: first names, surnames, titles, force heads).
struct NameLexicons: Sendable {
    var firstNames: Set<String>
    var surnames: Set<String>
    /// Lower-case single words of titles, ranks and offices ("chief", "constable", "mr", "sgt").
    var titleWords: Set<String>

    init(models: TagModels) {
        firstNames = models.firstNames
        surnames = models.surnames
        var words = Set<String>()
        for title in models.titles {
            for word in PhraseTokenizer.tokens(title.phrase) where word.count > 1 { words.insert(word.lowercased()) }
        }
        titleWords = words
    }
}

/// Feature extraction for one token of a sentence (templates numbered; see `Template`).
struct TokenFeatures {
    enum Template: UInt8 {
        case bias = 1, word, shape, prefix3, suffix3, suffix2, capitalInitial, allCaps, previousWord, nextWord
        case previous2Word, next2Word, previousShape, nextShape, previousLabel, previous2Labels, previousLabelWord
        case firstName, surname, previousTitle, titleWord, nextOrganisationHead, organisationHead, nextPossessive
        case length, hasDigit, capitalContinuation, nextCapital, previousCapital
    }

    let lexicons: NameLexicons

    /// Lower-cased texts and shapes of a sentence's tokens, computed once per sentence.
    struct Sentence {
        var lower: [String]
        var shapes: [String]
        var tokens: ArraySlice<Token>
    }

    func prepare(_ tokens: ArraySlice<Token>) -> Sentence {
        Sentence(lower: tokens.map { $0.text.lowercased() }, shapes: tokens.map { Self.shape($0.text) }, tokens: tokens)
    }

    /// Features of token `index` (0-based within the sentence) given the labels already chosen before it.
    func features(_ sentence: Sentence, _ index: Int, previous: EntityLabel, previous2: EntityLabel, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let base = sentence.tokens.startIndex
        let token = sentence.tokens[base + index]
        let lower = sentence.lower[index]
        let count = sentence.lower.count
        func add(_ template: Template, _ value: String) { out.append(FeatureHash.of(template.rawValue, value)) }
        func flag(_ template: Template, _ on: Bool) { if on { out.append(FeatureHash.of(template.rawValue, UInt8(1))) } }
        out.append(FeatureHash.of(Template.bias.rawValue, UInt8(0)))
        add(.word, lower)
        add(.shape, sentence.shapes[index])
        add(.prefix3, String(lower.prefix(3)))
        add(.suffix3, String(lower.suffix(3)))
        add(.suffix2, String(lower.suffix(2)))
        let capital = token.isCapitalizedWord
        out.append(FeatureHash.of(Template.capitalInitial.rawValue, UInt8((capital ? 2 : 0) + (index == 0 ? 1 : 0))))
        flag(.allCaps, token.isAcronym)
        add(.previousWord, index > 0 ? sentence.lower[index - 1] : "<s>")
        add(.nextWord, index + 1 < count ? sentence.lower[index + 1] : "</s>")
        add(.previous2Word, index > 1 ? sentence.lower[index - 2] : "<s>")
        add(.next2Word, index + 2 < count ? sentence.lower[index + 2] : "</s>")
        add(.previousShape, index > 0 ? sentence.shapes[index - 1] : "<s>")
        add(.nextShape, index + 1 < count ? sentence.shapes[index + 1] : "</s>")
        out.append(FeatureHash.of(Template.previousLabel.rawValue, previous.rawValue))
        var pair = FeatureHash(Template.previous2Labels.rawValue)
        pair.mix(previous2.rawValue)
        pair.mix(previous.rawValue)
        out.append(pair.value)
        var labelWord = FeatureHash(Template.previousLabelWord.rawValue)
        labelWord.mix(previous.rawValue)
        labelWord.mix(lower.utf8)
        out.append(labelWord.value)
        flag(.firstName, capital && lexicons.firstNames.contains(token.text))
        flag(.surname, capital && lexicons.surnames.contains(token.text))
        flag(.previousTitle, index > 0 && lexicons.titleWords.contains(sentence.lower[index - 1].trimmingCharacters(in: ["."])))
        flag(.titleWord, lexicons.titleWords.contains(lower))
        flag(.nextOrganisationHead, index + 1 < count && NameLexicon.organisationHeads.contains(sentence.tokens[base + index + 1].text))
        flag(.organisationHead, NameLexicon.organisationHeads.contains(token.text))
        flag(.nextPossessive, index + 1 < count && sentence.tokens[base + index + 1].isPossessive)
        out.append(FeatureHash.of(Template.length.rawValue, UInt8(min(token.text.count, 12))))
        flag(.hasDigit, token.text.contains(where: \.isNumber))
        flag(.capitalContinuation, capital && index > 0 && sentence.tokens[base + index - 1].isCapitalizedWord)
        flag(.nextCapital, index + 1 < count && sentence.tokens[base + index + 1].isCapitalizedWord)
        flag(.previousCapital, index > 0 && sentence.tokens[base + index - 1].isCapitalizedWord)
    }

    /// "Malthouse" → "Xx", "ERSOU" → "X", "COVID-19" → "X-d", "O'Brien" → "X'Xx".
    static func shape(_ text: String) -> String {
        var out = ""
        var last: Character = " "
        for scalar in text.unicodeScalars.prefix(16) {
            let kind: Character
            if scalar.properties.isUppercase { kind = "X" }
            else if scalar.properties.isLowercase { kind = "x" }
            else if ("0"..."9").contains(scalar) { kind = "d" }
            else { kind = Character(scalar) }
            if kind != last { out.append(kind) }
            last = kind
        }
        return out
    }
}
