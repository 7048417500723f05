import Testing
@testable import BlotterExtract

@Suite struct TextBlockTests {
    func block(_ text: String) -> TextBlock { TextBlock(kind: .paragraph, text: text, linkDensity: 0) }

    @Test func aBlockReadsAsASentenceWithEnoughWordsAndAClosingMark() {
        #expect(block("The court heard that the two men had planned the robbery for weeks.").readsAsSentence)
        #expect(block("“We will find whoever did this,” the chief said to reporters on Monday.”").readsAsSentence)
        #expect(block("Did the council know about the flooding before the homes were sold?").readsAsSentence)
    }

    @Test func shortLinesAndUnfinishedLinesDoNotReadAsSentences() {
        #expect(!block("Kindle (English – UK)").readsAsSentence, "too few words")
        #expect(!block("Photo courtesy of the team.").readsAsSentence, "too few words")
        #expect(!block("Use 3D tracking data along with the roto tools to build a set extension").readsAsSentence, "no closing mark")
    }
}
