import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct FigureRecognizerTests {
    /// The segmenter splits off every symbol of letters the figure grammar reads ("MK2,000" as "MK" "2,000").
    @Test func everyLetterSymbolIsSplitOffAGluedSum() {
        let symbols = CurrencyNames.letterSymbols.keys.filter { $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }
        #expect(symbols.allSatisfy(CurrencyLetterSymbols.glued.contains))
        #expect(CurrencyLetterSymbols.press.keys.allSatisfy(CurrencyLetterSymbols.glued.contains))
    }

    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var span: String
        var kind: FigureKind
        var value: FigureValue
        var unit: String? = nil
        var qualifier: Qualifier? = nil
        var of: String? = nil
        var valueMax: Double? = nil
        var description: String { text }

        /// Tags `text` and checks the figure written `span`: kind, value, unit, qualifier, what it counts, range end.
        func check() throws {
            let figures = try TagHarness.tag(text).filter { $0.type == .figure }
            let figure = try #require(figures.first { $0.text == span }, "no figure '\(span)' in \(figures.map(\.text))")
            let facts = try #require(figure.figure)
            #expect(facts.kind == kind)
            #expect(facts.value == value)
            #expect(facts.unit == unit)
            #expect(facts.qualifier == qualifier)
            #expect(facts.of == of)
            #expect(facts.valueMax == valueMax)
        }
    }

    static let cases: [Case] = [
        Case(text: "hauls of more than 90 kilos of Class A drugs, seven firearms", span: "more than 90 kilos", kind: .mass,
             value: .number(90), unit: "kg", qualifier: .moreThan, of: "Class A drugs"),
        Case(text: "hauls of seven firearms and cash", span: "seven", kind: .count, value: .number(7), of: "firearms"),
        Case(text: "and over £180,000 in cash", span: "over £180,000", kind: .money, value: .number(180_000), unit: "GBP", qualifier: .moreThan, of: "cash"),
        Case(text: "It cost £1.2m last year.", span: "£1.2m", kind: .money, value: .number(1_200_000), unit: "GBP"),
        Case(text: "Bail was $3bn.", span: "$3bn", kind: .money, value: .number(3_000_000_000), unit: "USD"),
        Case(text: "Introduced on 27 April, it worked.", span: "27 April", kind: .date, value: .date("XXXX-04-27")),
        Case(text: "It began on April 27, 2020 at noon.", span: "April 27, 2020", kind: .date, value: .date("2020-04-27")),
        Case(text: "He was jailed for six years.", span: "six years", kind: .duration, value: .number(6), unit: "years"),
        Case(text: "He was jailed for two years and six months.", span: "two years and six months", kind: .duration, value: .number(2.5), unit: "years"),
        Case(text: "Raceway park is a 1/4 mile oval.", span: "1/4 mile", kind: .length, value: .number(0.25), unit: "mi"),
        Case(text: "It takes 10 1/2 miles of cable.", span: "10 1/2 miles", kind: .length, value: .number(10.5), unit: "mi", of: "cable"),
        Case(text: "The fine was 100 € a day.", span: "100 €", kind: .money, value: .number(100), unit: "EUR"),
        Case(text: "A male juvenile, 16, Taylorville, was arrested.", span: "16", kind: .age, value: .number(16), unit: "years"),
        Case(text: "Officers arrested Premier Andrew Fahie, 51.", span: "51", kind: .age, value: .number(51), unit: "years"),
        Case(text: "the simulator costs c $ 16.4 million .", span: "c $ 16.4 million", kind: .money, value: .number(16_400_000), unit: "CAD"),
        Case(text: "They sold Mex$10 million forward.", span: "Mex$10 million", kind: .money, value: .number(10_000_000), unit: "MXN"),
        Case(text: "It only cost thirteen dollars forty five.", span: "thirteen dollars forty five", kind: .money, value: .number(13.45), unit: "USD"),
        Case(text: "He was jailed for two and a half years.", span: "two and a half years", kind: .duration, value: .number(2.5), unit: "years"),
        Case(text: "The team found RM20,000 on him.", span: "RM20,000", kind: .money, value: .number(20_000), unit: "MYR"),
        Case(text: "The municipality paid R15 million to providers.", span: "R15 million", kind: .money, value: .number(15_000_000), unit: "ZAR"),
        Case(text: "Police seized P3.5 million worth of shabu.", span: "P3.5 million", kind: .money, value: .number(3_500_000), unit: "PHP"),
        Case(text: "Officials spent Sh90 million on maize.", span: "Sh90 million", kind: .money, value: .number(90_000_000), unit: "KES"),
        Case(text: "We waited a week and a half for news.", span: "a week and a half", kind: .duration, value: .number(1.5), unit: "weeks"),
        Case(text: "One and a half million pounds was seized.", span: "One and a half million pounds", kind: .money, value: .number(1_500_000), unit: "GBP"),
        // A range is one figure: value the low end, valueMax the high end (issue 16).
        Case(text: "They were jailed for between three and five years.", span: "between three and five years", kind: .duration, value: .number(3),
             unit: "years", valueMax: 5),
        Case(text: "Between 40 and 50 officers attended.", span: "Between 40 and 50", kind: .count, value: .number(40), of: "officers", valueMax: 50),
        Case(text: "Officers held four men between the ages of 29 and 32.", span: "between the ages of 29 and 32", kind: .age,
             value: .number(29), unit: "years", valueMax: 32),
        Case(text: "Officers arrested five men, between the ages of 27 – 45.", span: "between the ages of 27 – 45", kind: .age,
             value: .number(27), unit: "years", valueMax: 45),
        Case(text: "A magazine containing seventeen 9mm cartridges was found.", span: "seventeen", kind: .count, value: .number(17),
             of: "cartridges"),
        Case(text: "Thirty-five 5.56 cartridges were seized.", span: "Thirty-five", kind: .count, value: .number(35), of: "cartridges"),
        Case(text: "Troopers let the then-19-year-old go free.", span: "19-year-old", kind: .age, value: .number(19), unit: "years"),
        Case(text: "The men, aged between 18 and 25, were held.", span: "between 18 and 25", kind: .age, value: .number(18), unit: "years", valueMax: 25),
        Case(text: "Up to 3 to 4 kilos of cocaine were found.", span: "Up to 3 to 4 kilos", kind: .mass, value: .number(3), unit: "kg", qualifier: .upTo,
             of: "cocaine", valueMax: 4),
        Case(text: "It cost £10,000-£15,000 to fix.", span: "£10,000-£15,000", kind: .money, value: .number(10_000), unit: "GBP", valueMax: 15_000),
        Case(text: "Prices were 80 or 90 percent.", span: "80", kind: .percent, value: .number(80), unit: "%"),
        Case(text: "She asked for 60 and 70 zlotys.", span: "60", kind: .money, value: .number(60), unit: "PLN"),
        Case(text: "Police seized 5 and 10 kilos of cocaine.", span: "5", kind: .mass, value: .number(5), unit: "kg", of: "cocaine"),
        Case(text: "Zylstra and his wife, both 50, were abducted.", span: "50", kind: .age, value: .number(50), unit: "years"),
        Case(text: "Police suspected her aunt, 47, of running it.", span: "47", kind: .age, value: .number(47), unit: "years"),
        Case(text: "The banks bid 497.5 billion lei.", span: "497.5 billion lei", kind: .money, value: .number(497_500_000_000), unit: "RON"),
        // Currencies by name, noun or code, before or after the number (CLDR names, scripts/build_currencies.py).
        Case(text: "It paid 420 million Finnish markka.", span: "420 million Finnish markka", kind: .money, value: .number(420_000_000), unit: "FIM"),
        Case(text: "It paid 6.65 billion pesetas.", span: "6.65 billion pesetas", kind: .money, value: .number(6_650_000_000), unit: "ESP"),
        Case(text: "It paid 250 million Dutch guilders.", span: "250 million Dutch guilders", kind: .money, value: .number(250_000_000), unit: "NLG"),
        Case(text: "It cost one penny.", span: "one penny", kind: .money, value: .number(0.01), unit: "GBP"),
        Case(text: "A fee of EUR 125 was due.", span: "EUR 125", kind: .money, value: .number(125), unit: "EUR"),
        Case(text: "It raised USD 22.5 million.", span: "USD 22.5 million", kind: .money, value: .number(22_500_000), unit: "USD"),
        Case(text: "Robbers took GHC 7.5 million in Accra.", span: "GHC 7.5 million", kind: .money, value: .number(7_500_000), unit: "GHS"),
        Case(text: "It cost C$ 100 and fifty.", span: "C$ 100 and fifty", kind: .money, value: .number(100.5), unit: "CAD"),
        Case(text: "Police seized £48,000 in cash.", span: "£48,000", kind: .money, value: .number(48_000), unit: "GBP", of: "cash"),
        Case(text: "He was shot four times.", span: "four", kind: .count, value: .number(4), of: "times"),
        Case(text: "Some as young as 14 were held.", span: "as young as 14", kind: .age, value: .number(14), unit: "years"),
        Case(text: "He is 6ft 6in tall.", span: "6ft 6in", kind: .length, value: .number(6.5), unit: "ft"),
        Case(text: "She had two hundred and fifty pounds.", span: "two hundred and fifty pounds", kind: .money, value: .number(250), unit: "GBP"),
        Case(text: "Troopers seized 100 pounds (45.36 kilograms) of marijuana.", span: "100 pounds", kind: .mass, value: .number(45.359237), unit: "kg"),
        Case(text: "Agents seized a pound of cocaine.", span: "a pound", kind: .mass, value: .number(0.45359237), unit: "kg", of: "cocaine"),
        Case(text: "Police found twenty-five knives.", span: "twenty-five", kind: .count, value: .number(25), of: "knives"),
        Case(text: "Jamal Carter, 24, of Leeds was charged.", span: "24", kind: .age, value: .number(24), unit: "years"),
        Case(text: "Dakota Wenford Howell, 25 of Carson City was arrested.", span: "25", kind: .age, value: .number(25), unit: "years"),
        Case(text: "He did 1500 hours of community service.", span: "1500 hours", kind: .duration, value: .number(1500), unit: "hours"),
        Case(text: "He stopped for a second and then ran.", span: "a second", kind: .duration, value: .number(1), unit: "seconds"),
        Case(text: "He did about 1500 hours of community service.", span: "about 1500 hours", kind: .duration, value: .number(1500),
             unit: "hours", qualifier: .about),
        Case(text: "Prosecutors called 112 witnesses.", span: "112", kind: .count, value: .number(112), of: "witnesses"),
        Case(text: "In all, 2,000 were released on Monday.", span: "2,000", kind: .count, value: .number(2000)),
        Case(text: "He was part of an armed gang of 11 who were in pursuit.", span: "11", kind: .count, value: .number(11)),
        Case(text: "Douglas M. Armel, Jr., 52, was arrested.", span: "52", kind: .age, value: .number(52), unit: "years"),
        Case(text: "The ringleader, 34, operated out of Villena.", span: "34", kind: .age, value: .number(34), unit: "years"),
        Case(text: "Shay Walker, 25 years, of Stoneycroft was charged.", span: "25 years", kind: .age, value: .number(25), unit: "years"),
        Case(text: "Police arrested two 17-year-olds on Friday.", span: "17-year-olds", kind: .age, value: .number(17), unit: "years"),
        Case(text: "They are Haresh Singh, 17; Joel Henry, 19, and others.", span: "17", kind: .age, value: .number(17), unit: "years"),
        Case(text: "John Smith (31) was charged.", span: "31", kind: .age, value: .number(31), unit: "years"),
        Case(text: "Officers found 40kg of cocaine worth £3.2m.", span: "40kg", kind: .mass, value: .number(40), unit: "kg", of: "cocaine"),
        Case(text: "A man, 23, and a woman, 47, were charged.", span: "47", kind: .age, value: .number(47), unit: "years"),
        Case(text: "The suspects, ages 19 to 23, face charges.", span: "19 to 23", kind: .age, value: .number(19), unit: "years", valueMax: 23),
        Case(text: "Drugs were seized in two weeks of raids.", span: "two weeks", kind: .duration, value: .number(2), unit: "weeks"),
        Case(text: "A 34-year-old man was held.", span: "34-year-old", kind: .age, value: .number(34), unit: "years"),
        Case(text: "The woman, aged 52, was held.", span: "52", kind: .age, value: .number(52), unit: "years"),
        Case(text: "Two men, aged 31 and 45, were held.", span: "45", kind: .age, value: .number(45), unit: "years"),
        Case(text: "Crime fell by 12 per cent.", span: "12 per cent", kind: .percent, value: .number(12), unit: "%"),
        Case(text: "They seized 500 grams of heroin.", span: "500 grams", kind: .mass, value: .number(0.5), unit: "kg", of: "heroin"),
        Case(text: "It was used by 32 forces, with more.", span: "32", kind: .count, value: .number(32), of: "forces"),
        Case(text: "We will recruit 20,000 additional officers continues.", span: "20,000", kind: .count, value: .number(20_000), of: "additional officers"),
        Case(text: "Nearly twelve thousand people came.", span: "Nearly twelve thousand", kind: .count, value: .number(12_000), qualifier: .nearly, of: "people"),
        Case(text: "Police found a dozen knives.", span: "a dozen", kind: .count, value: .number(12), of: "knives"),
        Case(text: "It rose in 2008 sharply.", span: "2008", kind: .date, value: .date("2008")),
        Case(text: "He drove at 110mph on the M1.", span: "110mph", kind: .speed, value: .number(110), unit: "mph"),
        Case(text: "It opens monday january 12th, 2016 at noon.", span: "monday january 12th, 2016", kind: .date, value: .date("2016-01-12")),
        Case(text: "Are you free on 13.5.2015?", span: "13.5.2015", kind: .date, value: .date("2015-05-13")),
        Case(text: "Filed 11/12,2016 by the clerk.", span: "11/12,2016", kind: .date, value: .date("2016-12-11")),
        Case(text: "We meet the first friday of july.", span: "the first friday of july", kind: .date, value: .date("XXXX-XX-XX")),
        Case(text: "It was due on the 21st.", span: "the 21st", kind: .date, value: .date("XXXX-XX-21")),
        Case(text: "A baseball on may the eleventh.", span: "may the eleventh", kind: .date, value: .date("XXXX-05-11")),
        Case(text: "The weight is 20 [kg] in all.", span: "20 [kg]", kind: .mass, value: .number(20), unit: "kg"),
        Case(text: "He carried a 10\" long blade.", span: "10\"", kind: .length, value: .number(10), unit: "in"),
        Case(text: "The cell was 3 m x 2 m.", span: "3 m", kind: .length, value: .number(3), unit: "m"),
        Case(text: "He was remanded for another week.", span: "another week", kind: .duration, value: .number(1), unit: "weeks"),
        Case(text: "He took half a gram of MDMA.", span: "half a gram", kind: .mass, value: .number(0.0005), unit: "kg", of: "MDMA"),
        Case(text: "Add 1/2 cup of sugar.", span: "1/2 cup", kind: .volume, value: .number(0.5), unit: "cup", of: "sugar"),
        Case(text: "Police said Over 500 people attended.", span: "Over 500", kind: .count, value: .number(500), qualifier: .moreThan, of: "people"),
        Case(text: "Two died and the other three were admitted.", span: "three", kind: .count, value: .number(3)),
        Case(text: "Of the 117 arrests, 28 were juveniles.", span: "28", kind: .count, value: .number(28)),
        Case(text: "Four are held while three are under house arrest.", span: "three", kind: .count, value: .number(3)),
        Case(text: "Police caught 400 suspects, including seven who had fled abroad.", span: "seven", kind: .count, value: .number(7)),
        Case(text: "Police recovered six .32 bore pistols.", span: "six", kind: .count, value: .number(6), of: "pistols"),
        Case(text: "He mentioned that one suspect was arrested.", span: "one", kind: .count, value: .number(1), of: "suspect"),
        Case(text: "It further said one more suspect was arrested.", span: "one", kind: .count, value: .number(1), of: "more suspect"),
        Case(text: "One man was arrested at the scene.", span: "One", kind: .count, value: .number(1), of: "man"),
        Case(text: "Charges were authorised against two other men.", span: "two", kind: .count, value: .number(2), of: "other men"),
        // (session 22: "more" before the counted noun, and a count repeated in brackets)
        Case(text: "Police arrested six more people on Friday.", span: "six", kind: .count, value: .number(6), of: "more people"),
        Case(text: "They served two more search warrants.", span: "two", kind: .count, value: .number(2), of: "more search warrants"),
        Case(text: "Sixty (60) people were arrested.", span: "Sixty", kind: .count, value: .number(60), of: "people"),
        Case(text: "Investors lost more than R2.8bn in the scheme.", span: "more than R2.8bn", kind: .money, value: .number(2_800_000_000),
             unit: "ZAR", qualifier: .moreThan),
        Case(text: "Officials in Pretoria demanded R400 000.", span: "R400 000", kind: .money, value: .number(400_000), unit: "ZAR"),
        Case(text: "The men, Jaico Choute 25 and Nicarson Nixon 21, appeared in court.", span: "25", kind: .age, value: .number(25), unit: "years"),
        Case(text: "Asked whether he would resign, he said no. 14 officers backed him.", span: "14", kind: .count, value: .number(14),
             of: "officers"),
        Case(text: "Three youths aged from 15 to 20 were killed.", span: "from 15 to 20", kind: .age, value: .number(15), unit: "years", valueMax: 20),
        Case(text: "Officers found a kilo of cocaine.", span: "a kilo", kind: .mass, value: .number(1), unit: "kg", of: "cocaine"),
        Case(text: "It heats the sample to 280 degrees Celsius.", span: "280 degrees Celsius", kind: .other, value: .number(280), unit: "C"),
    ]

    /// The span after the qualifier and the number as written, for specs that read figures that way.
    @Test(arguments: [
        ("It was worth about $ 14 million in all.", "about $ 14 million", 6, nil as Double?),
        ("The bid was 470 pence a share.", "470 pence", 0, 470),
        ("He weighed over 200lbs then.", "over 200lbs", 5, 200),
        ("It was 291,890 metric tons in all.", "291,890 metric tons", 0, 291_890),
        ("Police found 90 kilos of cocaine.", "90 kilos", 0, nil),
    ])
    func keepsTheQualifierLengthAndTheStatedValue(text: String, span: String, qualifierLength: Int, stated: Double?) throws {
        let figures = try TagHarness.tag(text).filter { $0.type == .figure }
        let figure = try #require(figures.first { $0.text == span }, "\(figures.map(\.text))")
        #expect(figure.reading.qualifierLength == qualifierLength)
        #expect(figure.reading.statedValue == stated)
    }

    @Test(arguments: ["Shares rose 5 m in trading.", "He said \"I paid 10\" and left."])
    func readsNoUnitFromAmbiguousMarks(_ text: String) throws {
        let figures = try TagHarness.tag(text).filter { $0.type == .figure }
        #expect(!figures.contains { [.length].contains($0.figure?.kind) }, "\(figures.map(\.text))")
    }

    @Test(arguments: cases)
    func readsFigures(_ example: Case) throws {
        try example.check()
    }

    @Test(arguments: ["ALL 3 men were held.", "It is three times more likely.", "One of the men said so.", "One relative said it.",
                      "The men, aged 31 and 45, were held."])
    func readsNoCurrencyOrRangeWhereNoneIs(_ text: String) throws {
        let figures = try TagHarness.tag(text).filter { $0.type == .figure }
        #expect(!figures.contains { $0.figure?.kind == .money || $0.figure?.valueMax != nil || ($0.figure?.kind == .count && $0.figure?.of == "times") },
                "\(figures.map(\.text))")
    }

    /// "one" before or after a verb of saying names a speaker, not a count.
    @Test(arguments: ["\"They are lost,\" said one professor.", "According to one official, it failed.", "One relative said it."])
    func countsNoSpeaker(_ text: String) throws {
        let figures = try TagHarness.tag(text).filter { $0.type == .figure }
        #expect(figures.isEmpty, "\(figures.map(\.text))")
    }

    /// Numbers that are no figure: an emergency number dialled, a calibre, a 24-hour clock time, an ordinal "second", a
    /// "-long" adjective, a number before "who" after "of" (an age: "a boy of 15 who"). Session 23.
    @Test(arguments: ["The woman who called 911 only to be shot was there.", "Neighbours dialled 999 twice.",
                      "Officers seized a loaded 9mm handgun and 7.62mm rounds.", "He had a 9mm Glock pistol.",
                      "His death was pronounced at about 1702 hours.", "In a second location, arsonists tried again.",
                      "The heroin was seized after a days-long operation.", "A boy of 15 who was stabbed survived.",
                      "Police arrested a second and third suspect."])
    func readsNoFigureWhereNoneIs(_ text: String) throws {
        let figures = try TagHarness.tag(text).filter { $0.type == .figure }
        #expect(figures.isEmpty, "\(figures.map(\.text))")
    }

    /// "one" before a person's full name is "a certain"; before a brand's one word it still counts.
    @Test func countsNoOneBeforeAName() throws {
        let named = try TagHarness.tag("Police arrested one Benudhar Gogoi along with drugs.").filter { $0.type == .figure }
        #expect(named.isEmpty, "\(named.map(\.text))")
        let watch = try TagHarness.tag("They took two Cartier watches, three Rolex watches and one Hublot watch.").filter { $0.figure?.kind == .count }
        #expect(watch.map(\.text) == ["two", "three", "one"])
    }

    static func dates(_ text: String, published: String?) throws -> [String] {
        try TagHarness.tag(text, published: published).compactMap { entity -> String? in
            guard case .date(let iso)? = entity.figure?.value else { return nil }
            return iso
        }
    }

    @Test func datesABareWeekdayFromThePublishedDateInItsClausesTense() throws {
        let text = "On 3 March 2023 police were called. He was charged on Friday and will appear in court on Monday."
        #expect(try Self.dates(text, published: "2023-03-21") == ["2023-03-03", "2023-03-17", "2023-03-27"])
        // In a Monday story a plan "on Monday" without "next" is that day (session 10, reuters.jsonl's tune half).
        #expect(try Self.dates(text, published: "2023-03-20") == ["2023-03-03", "2023-03-17", "2023-03-20"])
    }

    @Test func irregularPastFormsAndSinceDateThePastInASentenceThatAlsoSpeaksOfTheFuture() throws {
        let text = "The minister, in office since May 18, will be the first to meet Erbakan since he came to power on June 28."
        #expect(try Self.dates(text, published: "1996-08-28") == ["1996-05-18", "1996-06-28"])
    }

    @Test func aYearModifyingANounIsADate() throws {
        let text = "Survivors of the 1995 massacre spoke. A 2019 law and Bosnia's 1992 war were named; the 1,995 officers came."
        #expect(try Self.dates(text, published: "2020-01-02") == ["1995", "2019", "1992"])
    }

    @Test func aDatelineDateIsNeverInTheFuture() throws {
        let text = "ZURICH, Oct 31 (Reuters) - The governing body will meet on the matter."
        #expect(try Self.dates(text, published: "2012-11-07") == ["2012-10-31"])
    }

    @Test func aPlannedDateAfterThePublishedOneDoesNotDateTheStory() throws {
        let text = "The panel will report in February 2013. The contract was signed on October 31."
        #expect(try Self.dates(text, published: "2012-11-07") == ["2013-02", "2012-10-31"])
    }

    @Test func datesABareWeekdayFromTheDatelineWhenThePageHasNoDate() throws {
        let text = "Saturday, August 31, 2002, Chandigarh. He spoke in Hubli on Friday and will travel to Delhi on Monday. "
            + "The court will hear it on September 4."
        #expect(try Self.dates(text, published: nil) == ["2002-08-31", "2002-08-30", "2002-09-02", "2002-09-04"])
    }

    @Test func leavesAWeekdayUndatedWithNothingToDateItFrom() throws {
        #expect(try Self.dates("He was charged on Friday.", published: nil) == ["XXXX-WXX-5"])
    }

    @Test func readsLastMonthFromThePublishedDate() throws {
        #expect(try Self.dates("He was convicted last month and jailed last June.", published: "2012-07-24") == ["2012-06", "2012-06"])
    }

    @Test func readsYearsOfTheStoryFromTheLastYearNamed() throws {
        let text = "He was jailed in 2005 and freed the following year. In February 2011 a judge ruled; in April that year "
            + "the court agreed. He had left the year before."
        #expect(try Self.dates(text, published: "2012-11-05") == ["2005", "2006", "2011-02", "2011-04", "2010"])
    }

    @Test func readsThisAndNextMonthAndARelativeYearFromThePublishedDate() throws {
        let text = "It was announced earlier this month. Talks open next month. It reverts on June 30 next year. "
            + "She was taken in June last year. He was the tenth executed this year."
        #expect(try Self.dates(text, published: "1996-12-29") == ["1996-12", "1997-01", "1997-06-30", "1995-06"])
    }

    @Test(arguments: ["The Sunday Times reported it.", "He read The Sun."])
    func readsNoDateInAName(_ text: String) throws {
        #expect(try Self.dates(text, published: "2012-07-24").isEmpty)
    }

    @Test(arguments: [
        "The COVID-19 outbreak spread.", "On the Minister’s first visit.", "It is one of the UK’s largest.",
        "They drove on the A1 and the M25.", "Under section 18 of the Act.", "Call 0800 555 111 or dial 999.",
        "The meeting began at 10:30 sharp.", "It happened at 2.15am.", "You may 5 times try.", "He was the second man.",
        "The helpline is open 24/7 for victims.", "She made a 999 call and the 911 dispatcher answered.",
        "The car struck the ditch on the north side of 2000N.", "He lives a mile away.", "Johnson and May met.",
        "It happened in the 8900 block of Airline Drive.", "“A gift,” one user wrote on the Silk Road 2.0 forum.",
        "It is where one needs to be.", "One part of the process is boring.", "One relative said she was shocked.",
        "The first one occurred after dark.", "It is our job to stay one step ahead of the smugglers.",
        "All the cases are brought under one umbrella.",
        // Addresses, numbered streets, an Act's number, a time, and nothing counted (session 22).
        "The warrant was served at 1107 Whipporwill Street in Henderson.", "Crews went to 118 Avenue and 85 Street.",
        "He broke the Money Laundering Act No. 14 in the city.", "Sometime after 7 o’clock, police came.",
        "Officers have zero tolerance for it.", "He served two more years in jail.", "He plays Grand Theft Auto 25, and it is long.",
        "Final scores: Green Bay Packers 27, Chicago Bears 24.", "Crashes closed State Route 33 and County Road 12 for hours.",
        "He will serve two more decades in prison and three more nights in the cells.",
        "We ported it from Python 2 at last.", "Father-of-three Chris Anderson spoke to the mother-of-two.", "He plays FIFA 21 with an RTX 3080 card on a Ryzen 5 3550H.",
    ])
    func refusesNumbersInNamesAndIdentifiers(_ text: String) throws {
        #expect(try TagHarness.tag(text).filter { $0.type == .figure }.isEmpty)
    }

    @Test(arguments: [
        ("It happened yesterday.", "yesterday", "2020-05-31"),
        ("They met last Sunday.", "last Sunday", "2020-05-31"),  // the most recent Sunday before the article
        ("He was arrested on Monday.", "Monday", "2020-06-01"),  // the article's own weekday is that day
        ("They met last Monday.", "last Monday", "2020-05-25"),
        ("It ended two weeks ago.", "two weeks ago", "2020-05-18"),
        ("Filed on 21/04/2016.", "21/04/2016", "2016-04-21"),
        ("Due by 9-18-15.", "9-18-15", "2015-09-18"),
        ("She left 2 years 1 month 21 days ago.", "2 years 1 month 21 days ago", "2018-04-10"),
        ("He will be sentenced in three weeks.", "in three weeks", "2020-06-22"),
        ("Where were you two days before yesterday?", "two days before yesterday", "2020-05-29"),
        ("The hearing will be on Tues. at noon.", "Tues", "2020-06-02"),
        ("Rent is due on the 20th of next month.", "the 20th of next month", "2020-07-20"),
        ("He was charged the next day.", "the next day", "XXXX-XX-XX"),  // a day of the story, not of the article
        ("Filed on 2019/sep/01.", "2019/sep/01", "2019-09-01"),
        ("Are you free two sundays from now?", "two sundays from now", "2020-06-14"),
        ("They met three Mondays ago.", "three Mondays ago", "2020-05-11"),
        ("He left home on Thursday last to go hunting.", "Thursday last", "2020-05-28"),
        ("The samples arrived in February.", "February", "2020-02"),
        ("It closed last October.", "last October", "2019-10"),
        ("It reopens next March.", "next March", "2021-03"),
        // "getting going" is no future marker: the Monday of the article, not the next one.
        ("None were charged Monday, but this is an inquiry that's just getting going.", "Monday", "2020-06-01"),
    ])
    func relativeAndNumericDatesResolveAgainstThePublishedDate(text: String, span: String, iso: String) throws {
        // 2020-06-01 was a Monday.
        let figures = try TagHarness.tag(text, published: "2020-06-01T10:00:00Z").filter { $0.type == .figure }
        let date = try #require(figures.first { $0.text == span }, "\(figures.map(\.text))")
        #expect(date.figure?.value == .date(iso))
    }

    /// A yearless date after a dated day of the story takes that day's year, not the article's.
    @Test(arguments: [
        ("The job was done on December 16, 2010. She returned on December 27.", "December 27", "2010-12-27"),
        ("The job was done on December 16, 2010. The trial began on 3 March.", "3 March", "2012-03-03"),  // earlier in the calendar
        ("He quit in 2001. She comes back on December 27.", "December 27", "2012-12-27"),  // a year alone anchors nothing
        // A month well after the published one in a past-tense clause is last year's (issue 16).
        ("He quit in 2001. She returned on December 27.", "December 27", "2011-12-27"),
        ("The job was done on December 16, 2010. She returned on December 27 and left the next day.", "the next day", "2010-12-28"),
    ])
    func yearlessDatesFollowTheStorysLastDatedDay(text: String, span: String, iso: String) throws {
        let figures = try TagHarness.tag(text, published: "2012-04-17").filter { $0.type == .figure }
        let date = try #require(figures.first { $0.text == span }, "\(figures.map(\.text))")
        #expect(date.figure?.value == .date(iso))
    }

    @Test func datesTakeThePublishedYear() throws {
        let date = try #require(try TagHarness.tag("Introduced on 27 April, it worked.", published: "2020-06-01").first { $0.type == .figure })
        #expect(date.figure?.value == .date("2020-04-27"))
    }
}
