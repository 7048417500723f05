import Testing
import BlotterCore
import BlotterText
import BlotterTestSupport
@testable import BlotterTag

@Suite struct DocumentEvidenceTests {
    func evidence(_ text: String) throws -> (tokens: [Token], flags: [UInt8]) {
        let models = try #require(TagHarness.models)
        let segmented = try Segmenter().segment(text)
        return (segmented.tokens, DocumentEvidence.flags(segmented.tokens, lexicons: NameLexicons(models: models)))
    }

    func flags(of word: String, occurrence: Int = 0, in result: (tokens: [Token], flags: [UInt8])) throws -> UInt8 {
        let indices = result.tokens.indices.filter { result.tokens[$0].text == word }
        let index = try #require(indices.dropFirst(occurrence).first, "no occurrence \(occurrence) of \(word)")
        return result.flags[index]
    }

    @Test func aSurnameAloneCarriesWhatItsFullNameSaysElsewhere() throws {
        let result = try evidence("John Keegan was arrested on Friday. Keegan said he was innocent.")
        let alone = try flags(of: "Keegan", occurrence: 1, in: result)
        #expect(alone == (try flags(of: "Keegan", occurrence: 0, in: result)))
        #expect(alone & DocumentEvidence.Bit.afterGivenName != 0)
        #expect(alone & DocumentEvidence.Bit.beforeSpeechVerb != 0)
        #expect(alone & DocumentEvidence.Bit.standsAlone != 0)
        // The given name itself follows no given name.
        #expect(try flags(of: "John", in: result) & DocumentEvidence.Bit.afterGivenName == 0)
    }

    @Test func aWordTheStoryAlsoWritesInLowerCaseIsMarked() throws {
        let result = try evidence("Bank staff were questioned. Officers left the bank at noon.")
        #expect(try flags(of: "Bank", in: result) & DocumentEvidence.Bit.lowerElsewhere != 0)
        #expect(try flags(of: "Officers", in: result) & DocumentEvidence.Bit.lowerElsewhere == 0)
    }

    @Test func placesTitlesAndOrganisationHeads() throws {
        let result = try evidence("Officers in Leeds arrested Mr Okafor. The Leeds Council said nothing.")
        let leeds = try flags(of: "Leeds", in: result)
        #expect(leeds & DocumentEvidence.Bit.afterPlacePreposition != 0)
        #expect(try flags(of: "Okafor", in: result) & DocumentEvidence.Bit.afterTitle != 0)
        #expect(try flags(of: "Okafor", in: result) & DocumentEvidence.Bit.capitalisedMidSentence != 0)
        #expect(try flags(of: "Officers", in: result) & DocumentEvidence.Bit.capitalisedMidSentence == 0)
    }

    @Test func headlinesInCapitalsGiveNoEvidenceAndLowerCaseWordsHaveNone() throws {
        // "BEAT Syria" in the headline would make "Syria" a word capitalised mid-sentence.
        let result = try evidence("SOCCER - JAPAN BEAT Syria IN CUP\n\nSyria lost the match.")
        #expect(try flags(of: "Syria", occurrence: 1, in: result) & DocumentEvidence.Bit.capitalisedMidSentence == 0)
        #expect(try flags(of: "match", in: result) == 0)
        let counted = try evidence("Japan beat Syria in the cup.\n\nSyria lost the match.")
        #expect(try flags(of: "Syria", occurrence: 1, in: counted) & DocumentEvidence.Bit.capitalisedMidSentence != 0)
    }

    @Test func aPagesTitleGivesNoEvidenceWhenQuiet() throws {
        let models = try #require(TagHarness.models)
        let segmented = try Segmenter().segment("Man Charged With Murder After Stabbing\n\nMurder detectives said so.")
        let lexicons = NameLexicons(models: models)
        let body = try #require(segmented.tokens.indices.last { segmented.tokens[$0].text == "Murder" })
        #expect(DocumentEvidence.flags(segmented.tokens, lexicons: lexicons)[body] & DocumentEvidence.Bit.capitalisedMidSentence != 0)
        #expect(DocumentEvidence.flags(segmented.tokens, lexicons: lexicons, quiet: 0..<1)[body] & DocumentEvidence.Bit.capitalisedMidSentence == 0)
    }

    @Test func sentencesOfOneDocumentAreReadTogetherAndOthersApart() throws {
        let models = try #require(TagHarness.models)
        let lexicons = NameLexicons(models: models)
        let first = try Segmenter().segment("John Keegan was arrested.").tokens
        let second = try Segmenter().segment("Keegan denied it.").tokens.map { token in
            var token = token
            token.sentence = 1
            return token
        }
        let together = SequenceTrainer.evidence([.init(tokens: first, labels: [], document: 4), .init(tokens: second, labels: [], document: 4)],
                                                lexicons: lexicons)
        let apart = SequenceTrainer.evidence([.init(tokens: first, labels: [], document: 4), .init(tokens: second, labels: [], document: 5)],
                                             lexicons: lexicons)
        #expect(together[1][0] & DocumentEvidence.Bit.afterGivenName != 0)
        #expect(apart[1][0] & DocumentEvidence.Bit.afterGivenName == 0)
        // The same flags as the tagger computes over the document's tokens at once.
        #expect(together.flatMap { $0 } == DocumentEvidence.flags(first + second, lexicons: lexicons))
    }

    /// Single mentions in one-sentence texts that the model read before it had document evidence (session 19) and
    /// no longer does: the weights of the sentence-local features moved when the document's evidence took part of
    /// their work (conll2003 dev and the police pages gained overall; docs/TAGGER.md). Kept as known issues, so that
    /// a model that reads them again shows here.
    @Test(arguments: [
        ("Police said [[person:Hope Solo]] was arrested on Tuesday.", EntityType.person),
        ("It can be traced to [[person:Taylor]]'s studies, Con Houlihan wrote.", .person),
        ("The [[force:Main Investigation Department]] of the National Police of Ukraine agreed.", .force),
    ])
    func singleMentionsTheModelNoLongerReads(_ source: String, _ type: EntityType) throws {
        let marked = MarkedText(source)
        let found = try TagHarness.marks(marked, types: [type])
        withKnownIssue {
            #expect(marked.marks.allSatisfy { found.contains($0) })
        }
    }
}
