import BlotterCore

/// Reads a number written in digits ("180,000", "1.2") or words ("seven", "twelve thousand", "a dozen",
/// "half a million", "twenty-five") from tokens, with a following magnitude ("£1.2m", "2.5 million").
struct NumberParser {
    struct Parsed {
        var value: Double
        /// One past the last token of the number (magnitude included).
        var end: Int
        var inDigits: Bool
        /// The digits token itself, for identifier checks.
        var digitsText: String?
        /// "1/4", "10 1/2": a fraction with a small denominator is a quantity, not "24/7" or a phone number.
        var hasFraction = false
    }

    func parse(_ tokens: [Token], at start: Int, limit: Int) -> Parsed? {
        guard start < limit else { return nil }
        var parsed: Parsed
        if let fraction = Self.fraction(tokens, at: start, limit: limit) {
            parsed = Parsed(value: fraction.value, end: fraction.end, inDigits: true, digitsText: nil, hasFraction: true)
        } else if tokens[start].kind == .number, let value = Self.digitsValue(tokens[start].text) {
            parsed = Parsed(value: value, end: start + 1, inDigits: true, digitsText: tokens[start].text)
            // "10 1/2"
            if parsed.end < limit, tokens[parsed.end].spaceBefore, let fraction = Self.fraction(tokens, at: parsed.end, limit: limit), fraction.value < 1 {
                parsed.value += fraction.value
                parsed.end = fraction.end
                parsed.hasFraction = true
            }
        } else if let words = parseWords(tokens, at: start, limit: limit) {
            parsed = words
        } else {
            return nil
        }
        // "two and a half", "18 and a half": the fraction belongs to the number (before any magnitude:
        // "one and a half million").
        if parsed.end + 2 < limit, tokens[parsed.end].lower == "and", ["a", "an"].contains(tokens[parsed.end + 1].lower),
           let part = Self.fractionWords[tokens[parsed.end + 2].lower] {
            parsed.value += part
            parsed.end += 3
            parsed.hasFraction = true
        }
        // A magnitude joined by a hyphen: "a $5-million deal", "Rs 5-crore".
        if parsed.end + 1 < limit, tokens[parsed.end].text == "-", !tokens[parsed.end].spaceBefore, !tokens[parsed.end + 1].spaceBefore,
           let magnitude = Self.magnitudeWord(tokens[parsed.end + 1]) {
            parsed.value *= magnitude
            parsed.end += 2
            return parsed
        }
        // Magnitude: "m", "bn", "k" only straight after digits; words after a space.
        if parsed.end < limit {
            let next = tokens[parsed.end]
            let lower = next.lower
            if let magnitude = Self.magnitudeWord(next) ?? (!next.spaceBefore && parsed.inDigits && next.kind == .word ? FigureLexicon.magnitudes[lower] : nil) {
                parsed.value *= magnitude
                parsed.end += 1
            }
        }
        return parsed
    }

    /// A magnitude written as a word of its own ("million", "crore", "lakh"; not "hundred", which builds numbers, nor
    /// "m", "bn" or "k", which count only glued to their digits).
    static func magnitudeWord(_ token: Token) -> Double? {
        guard token.kind == .word, token.lower.count > 2, token.lower != "hundred" else { return nil }
        return FigureLexicon.magnitudes[token.lower]
    }

    /// True for 20, 30, … 90 as the last two digits: a units word may follow ("thirty-two").
    static func endsInTens(_ value: Double) -> Bool {
        let tens = value.truncatingRemainder(dividingBy: 100)
        return tens >= 20 && tens.truncatingRemainder(dividingBy: 10) == 0
    }

    /// Fractions said after "and a": "two and a half", "three and a quarter".
    static let fractionWords: [String: Double] = ["half": 0.5, "quarter": 0.25, "third": 1.0 / 3]

    /// "1/2", "3/4": small numerator and denominator glued by a slash.
    static func fraction(_ tokens: [Token], at start: Int, limit: Int) -> (value: Double, end: Int)? {
        guard start + 2 < limit, tokens[start].kind == .number, tokens[start + 1].text == "/", !tokens[start + 1].spaceBefore,
              tokens[start + 2].kind == .number, !tokens[start + 2].spaceBefore,
              let numerator = Int(tokens[start].text), let denominator = Int(tokens[start + 2].text),
              [2, 3, 4, 8, 16].contains(denominator), numerator < denominator else { return nil }
        return (Double(numerator) / Double(denominator), start + 3)
    }

    /// "180,000" → 180000, "1.2" → 1.2; nil for things that are not plain numbers ("1.2.3", "10:30").
    static func digitsValue(_ text: String) -> Double? {
        var cleaned = ""
        var sawDot = false
        for character in text {
            if character.isASCII && character.isNumber { cleaned.append(character) }
            else if character == "," { continue }
            else if character == ".", !sawDot { sawDot = true; cleaned.append(".") }
            else { return nil }
        }
        return cleaned.isEmpty ? nil : Double(cleaned)
    }

    /// Number words with their compounds: "two hundred and fifty thousand", "a dozen", "half a million".
    private func parseWords(_ tokens: [Token], at start: Int, limit: Int) -> Parsed? {
        var index = start
        var total = 0.0
        var current = 0.0
        var sawNumber = false
        var sawMagnitude = false
        let first = tokens[start].lower
        if first == "a" || first == "an" || first == "half" {
            // "a dozen", "a million", "half a million", "half a dozen".
            var cursor = start + 1
            var factor = 1.0
            if first == "half" {
                guard cursor < limit, ["a", "an"].contains(tokens[cursor].lower) else { return nil }
                factor = 0.5
                cursor += 1
            }
            guard cursor < limit else { return nil }
            let word = tokens[cursor].lower
            if word == "dozen" { return Parsed(value: 12 * factor, end: cursor + 1, inDigits: false) }
            if let magnitude = FigureLexicon.magnitudes[word], word.count > 2 {
                return Parsed(value: magnitude * factor, end: cursor + 1, inDigits: false)
            }
            return nil
        }
        while index < limit {
            let word = tokens[index].lower
            if let value = FigureLexicon.numberWords[word], tokens[index].kind == .word {
                if word == "dozen" || word == "dozens" { current = max(current, 1) * 12 } else { current += value }
                sawNumber = true
                index += 1
            } else if sawNumber, let magnitude = FigureLexicon.magnitudes[word], word.count > 2 {
                if magnitude == 100 { current = max(current, 1) * 100 } else {
                    total += max(current, 1) * magnitude
                    current = 0
                }
                sawMagnitude = true
                index += 1
            } else if sawNumber, index + 1 < limit, let next = FigureLexicon.numberWords[tokens[index + 1].lower],
                      // "two hundred and fifty" (after a magnitude), "twenty-five", "one hundred thirty-two",
                      // "twenty and four" (tens then units); not "between three and five": two numbers.
                      (word == "and" && sawMagnitude && next < 100) || ((word == "-" || word == "and") && Self.endsInTens(current) && next < 10) {
                index += 1
            } else {
                break
            }
        }
        guard sawNumber else { return nil }
        // "fifteen point five", "nine point nought four", "two hundred point seventy-one".
        if index + 1 < limit, tokens[index].lower == "point", let (decimals, end) = Self.decimalWords(tokens, at: index + 1, limit: limit) {
            return Parsed(value: total + current + decimals, end: end, inDigits: false)
        }
        // "one" alone is often a pronoun; callers check what follows.
        return Parsed(value: total + current, end: index, inDigits: false)
    }

    /// The digits said after "point": single digits in turn ("nought four" = .04) or one number of two digits
    /// ("seventy-one" = .71).
    static func decimalWords(_ tokens: [Token], at start: Int, limit: Int) -> (Double, Int)? {
        var digits = ""
        var index = start
        while index < limit, let digit = digitWords[tokens[index].lower] {
            digits += digit
            index += 1
        }
        if digits.isEmpty, let tens = FigureLexicon.numberWords[tokens[start].lower], tens >= 10, tens < 100 {
            var value = Int(tens)
            index = start + 1
            if endsInTens(tens), index + 1 < limit, tokens[index].text == "-", let unit = FigureLexicon.numberWords[tokens[index + 1].lower], unit < 10 {
                value += Int(unit)
                index += 2
            } else if endsInTens(tens), index < limit, let unit = FigureLexicon.numberWords[tokens[index].lower], unit < 10, unit > 0 {
                value += Int(unit)
                index += 1
            }
            digits = String(value)
        }
        guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
        return (value, index)
    }

    static let digitWords: [String: String] = [
        "zero": "0", "nought": "0", "naught": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9",
    ]
}
