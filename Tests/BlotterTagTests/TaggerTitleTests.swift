import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

/// The title read with the text: its entities come back apart, with offsets into the title.
@Suite struct TaggerTitleTests {
    func tag(title: String, text: String) throws -> (text: [Entity], title: [Entity]) {
        guard let models = TagHarness.models else { throw TagHarness.HarnessError.noModels }
        let segmenter = Segmenter()
        return try Tagger(models: models).tag(segmenter.segment(text), title: segmenter.segment(title),
                                             article: Article(title: title, text: text))
    }

    @Test func aForceNamedOnlyInTheHeadlineIsATitleEntity() throws {
        let title = "Tempe Police arrest two men"
        let text = "Officers of the Tempe Police Department arrested two men on Friday, a spokesman said."
        let found = try tag(title: title, text: text)
        let force = try #require(found.title.first { $0.type == .force })
        #expect(force.text == "Tempe Police" && force.canonical == "AZ00729")
        #expect(Array(title.utf8)[force.start..<force.end].elementsEqual("Tempe Police".utf8))
        // The text's entities keep offsets into the text.
        let inText = try #require(found.text.first { $0.type == .force })
        #expect(Array(text.utf8)[inText.start..<inText.end].elementsEqual(inText.text.utf8))
        #expect(inText.sentence == 0)
    }

    @Test func aHeadlinePersonTheStoryDoesNotNameIsDropped() throws {
        let found = try tag(title: "MSP Trooper from Sault Post Arrested",
                            text: "A Michigan State Police trooper was arrested last Thursday, the Michigan State Police said.")
        #expect(!found.title.contains { $0.type == .person })
        #expect(found.title.contains { $0.type == .force && $0.text == "MSP" })
    }

    @Test func aHeadlineNameTheStoryWritesWithAMiddleNameStaysWhole() throws {
        let found = try tag(title: "Indictment handed down in death of Ahmaud Arbery",
                            text: "A grand jury indicted three men in the death of Ahmaud Marquez Arbery, prosecutors said.")
        // (never split into "Ahmaud" and "Arbery", two people of the headline)
        let people = found.title.filter { $0.type == .person }.map(\.text)
        #expect(people.isEmpty || people == ["Ahmaud Arbery"])
    }

    @Test func aDateInTheHeadlineDoesNotDateTheStory() throws {
        let found = try tag(title: "Murder of 12 May 1998 still unsolved", text: "Police renewed their appeal for witnesses on Monday.")
        let monday = try #require(found.text.first { $0.type == .figure })
        #expect(monday.figure?.value == .date("XXXX-WXX-1"))
    }

    @Test func noFiguresFromTheTitle() throws {
        let found = try tag(title: "Police seize 90 kilos of cocaine", text: "Police seized 90 kilos of cocaine in Dover.")
        #expect(!found.title.contains { $0.type == .figure })
        #expect(found.text.contains { $0.type == .figure })
    }

    @Test func joinedTextRenumbersTokensAndSentences() throws {
        let segmenter = Segmenter()
        let title = try segmenter.segment("Raid in Leeds")
        let body = try segmenter.segment("Police raided a house. Two men were held.")
        let (joined, offset) = SegmentedText.joined(title: title, body: body)
        #expect(offset == "Raid in Leeds\n\n".utf8.count)
        #expect(joined.sentences.count == title.sentences.count + body.sentences.count)
        #expect(joined.tokens.count == title.tokens.count + body.tokens.count)
        for (index, token) in joined.tokens.enumerated() {
            #expect(joined.text(of: index..<(index + 1)) == token.text)
            #expect(joined.sentences[token.sentence].tokens.contains(index))
        }
    }
}
