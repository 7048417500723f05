import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

/// Each refusal rule of the model's person spans, on the words of a sentence.
@Suite struct ModelSpanFilterTests {
    /// The refusal for the span `words` (as written) inside `sentence`.
    func refusal(_ words: String, in sentence: String) throws -> ModelSpanFilter.Refusal? {
        let models = try #require(TagHarness.models)
        let text = try Segmenter().segment(sentence)
        let wordCount = words.split(separator: " ").count
        let tokens = text.tokens
        let start = try #require(tokens.indices.first { index in
            index + wordCount <= tokens.count && tokens[index..<(index + wordCount)].map(\.text).joined(separator: " ") == words
        }, "\(words) not in \(sentence)")
        let range = try #require(text.sentences.first { $0.tokens.contains(start) }).tokens
        return ModelSpanFilter(lexicons: NameLexicons(models: models))
            .refusal(tokens, start...(start + wordCount - 1), sentence: range, text: words)
    }

    @Test func aWordTheDocumentUsesAsAPlaceIsNoOneWordName() throws {
        let models = try #require(TagHarness.models)
        let text = try Segmenter().segment("Aurora shootings: a dispatcher recalls the night. The gunman opened fire in Aurora.")
        let lexicons = NameLexicons(models: models)
        let senses = ModelSpanFilter.placeSenses(text.tokens, places: lexicons.places)
        #expect(senses == ["Aurora"])
        let sentence = try #require(text.sentences.first).tokens
        #expect(ModelSpanFilter(lexicons: lexicons, placeSenses: senses).refusal(text.tokens, 0...0, sentence: sentence, text: "Aurora") == .placeSlot)
        #expect(ModelSpanFilter(lexicons: lexicons).refusal(text.tokens, 0...0, sentence: sentence, text: "Aurora") == nil)
    }

    @Test func anAdministrativeDivisionIsNoName() throws {
        #expect(try refusal("Hung Yen Province", in: "He was from northern Hung Yen Province, police said.") == .organisationWord)
        #expect(try refusal("Clara Maria Township", in: "A crash on Highway 17 in Head Clara Maria Township was reported.") == .organisationWord)
        #expect(try refusal("Vernon Detachments", in: "The Kelowna and Vernon Detachments of the RCMP said so.") == .organisationWord)
    }

    @Test func keepsNames() throws {
        #expect(try refusal("Muttiah Muralitharan", in: "Then Muttiah Muralitharan took four wickets.") == nil)
        #expect(try refusal("Smith", in: "Later Smith scored again.") == nil)  // one word: a known surname
        #expect(try refusal("John R . Ewing", in: "Then John R. Ewing spoke.") == nil)
        #expect(try refusal("Wm . Jones", in: "Then Wm. Jones spoke.") == nil)
        #expect(try refusal("John Smith", in: "Police found a knife in John Smith's car.") == nil)
        // (a grade or a road after a name is no maker's model code: session 17's second read)
        #expect(try refusal("Tadej Pogacar", in: "Police said Tadej Pogacar U23 title was a record.") == nil)
        #expect(try refusal("Mbali Khumalo", in: "Police said Mbali Khumalo M4 crash killed two.") == nil)
    }

    @Test func aHyphenGluedPartOrAParticleIsTheNamesOwn() throws {
        #expect(try refusal("Kim Bong - sik", in: "Police said Kim Bong-sik was held.") == nil)
        #expect(try refusal("Aziz - ud - din", in: "Police said Aziz-ud-din was held.") == nil)
        #expect(try refusal("Joaquin del Olmo", in: "Police said Joaquin del Olmo was held.") == nil)
        #expect(try refusal("Zia ul Haq", in: "Police said Zia ul Haq was held.") == nil)
    }

    @Test(arguments: [
        ("Klinsmann", "Later Klinsmann scored again.", ModelSpanFilter.Refusal.unknownSingleWord),
        ("Bail", "Bail was set at noon.", .unknownSingleWord),
        ("Sri Lanka", "Then Sri Lanka beat Zimbabwe.", .notAName),
        ("Kendall", "She was taken to HCA Florida Kendall Hospital.", .beforeOrganisationHead),
        ("Quincy", "A driver of Quincy was ticketed.", .placeSlot),
        ("Springfield", "Corey Inman , 38 , Springfield , was arrested.", .placeSlot),
        ("Houston Post", "He wrote for the Houston Post daily.", .organisationWord),
        ("Snopes writers", "The Snopes writers said so.", .lowerCaseWord),
        ("Sant Kabir Nagar", "Cases were filed in Gorakhpur and Sant Kabir Nagar last year.", .placeSlot),
        ("Bula FM", "He told Bula FM that the raid was over.", .organisationWord),
        // A hyphen-glued English word or single letter is no name's part ("Craig-y-Nos", "Man-made").
        ("Craig - y - Nos", "They stayed at Craig-y-Nos castle.", .lowerCaseWord),
        ("Filcher - time", "It was Filcher-time again.", .lowerCaseWord),
        ("Chelsea 1", "Results : Chelsea 1 Leeds 1 .", .number),
        ("Sheffield", "Arsenal 2 Sheffield Wednesday 0 .", .partOfLongerName),
        ("DoctorX ’s Barcelona", "He visited DoctorX’s Barcelona lab.", .possessiveInside),
        ("Chandni Mahal", "Shots were fired in the Chandni Mahal area on Monday.", .placeSlot),
        ("Kashmiri Gate", "A call was received in Police Station Kashmiri Gate at night.", .placeSlot),
        ("Kucha Mohtar", "A call came from Police Station Kucha Mohtar at night.", .placeSlot),
        ("Delta State", "He was killed in Ughelli North of Delta State last week.", .organisationWord),
        ("Chevrolet Trailblazer", "He drove a silver Chevrolet Trailblazer away.", .organisationWord),
        ("Beitou Precinct", "Officers of the Beitou Precinct came.", .organisationWord),
        ("Misuse Act . He", "It was an offence under Drugs Misuse Act. He was released.", .sentenceInside),
        ("Fla . - Troopers", "ORLANDO, Fla. - Troopers are searching.", .sentenceInside),
        ("Devon", "They drove in from Devon on Monday.", .placeSlot),
        ("Laramie", "He planted bombs in downtown Laramie on Tuesday.", .placeSlot),
        ("Bailey", "He was found guilty at the Old Bailey of murder.", .partOfLongerName),
        ("George", "An officer of the Prince George's County police died.", .beforeOrganisationHead),
        ("Adams", "It happened near 17th and Adams streets on Tuesday.", .placeSlot),
        ("Kelly", "Officers, with detector dog Kelly, seized cigarettes.", .animal),
        ("Jalan Tun Razak", "The raid was on Jalan Tun Razak yesterday.", .placeSlot),
        ("Harley Davidson", "He rode a Harley Davidson away.", .organisationWord),
        ("Cartier", "Police seized Cartier watches from the flat.", .organisationWord),
        ("North London", "He lives on Seaford Road, North London with his family.", .placeSlot),
        ("Browning", "Police recovered one FN Browning pistol and 12 rounds.", .organisationWord),
        ("Bull Savannah", "He is from the parish of Bull Savannah in the west.", .placeSlot),
        ("Chisokone Bulangililo", "Police raided the Chisokone Bulangililo townships on Monday.", .placeSlot),
        ("Mount Wellington", "A shop on Penrose Road in Mount Wellington was robbed.", .placeSlot),
        ("Greater Manchester", "The car broke down near Bolton, Greater Manchester, on Monday.", .placeSlot),
        ("Weston Rd", "The crash on Weston Rd was fatal.", .organisationWord),
        ("Kel Tec", "Police seized a black Kel Tec SU16 rifle.", .organisationWord),
        ("Flat Bush", "A resident heard screams in Flat Bush on Monday.", .placeSlot),
        ("Yuen Long", "The raid was near Yuen Long on Monday.", .placeSlot),
    ] as [(String, String, ModelSpanFilter.Refusal)])
    func refusesWhatIsNoPerson(_ words: String, _ sentence: String, _ expected: ModelSpanFilter.Refusal) throws {
        #expect(try refusal(words, in: sentence) == expected)
    }
}

@Suite struct ModelSpanPartsTests {
    @Test func aSpanCutInsideAHyphenatedNameTakesItWhole() throws {
        let text = try Segmenter().segment("Then Montoya-Lewis and Inzamam-ul-Haq spoke to Kang Young-hoon.")
        let tokens = text.tokens
        func span(_ word: String) throws -> Int { try #require(tokens.firstIndex { $0.text == word }) }
        let sentence = try #require(text.sentences.first).tokens
        let lewis = try span("Lewis")
        #expect(ModelPersonRecognizer.withHyphenatedParts(tokens, first: lewis, last: lewis, sentence: sentence) == (lewis - 2, lewis))
        let haq = try span("Haq")
        #expect(ModelPersonRecognizer.withHyphenatedParts(tokens, first: haq, last: haq, sentence: sentence) == (haq - 4, haq))
        let young = try span("Young")
        #expect(ModelPersonRecognizer.withHyphenatedParts(tokens, first: young - 1, last: young, sentence: sentence) == (young - 1, young + 2))
    }
}
