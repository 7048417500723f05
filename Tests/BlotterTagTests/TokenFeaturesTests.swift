import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `Model/TokenFeatures.swift`: the word lists the name model and the rules read.
@Suite struct TokenFeaturesTests {
    /// Titles of models/titles-rules-only.tsv are title words for the rules, never for the trained model's features
    /// (which must stay those it was trained with).
    @Test func rulesOnlyTitlesStayOutOfTheModelsFeatures() throws {
        let models = try #require(TagHarness.models)
        #expect(models.titles.contains { $0.phrase == "Sub-Inspector" && !$0.readByModel })
        #expect(models.titles.contains { $0.phrase == "Sergeant" && $0.readByModel })
        let lexicons = NameLexicons(models: models)
        #expect(lexicons.titleWords.contains("coun") && !lexicons.modelTitleWords.contains("coun"))
        #expect(lexicons.titleWords.contains("sergeant") && lexicons.modelTitleWords.contains("sergeant"))
        // A rules-only title's word that is a given name is no title word for the rules either ("Lance was arrested").
        #expect(!lexicons.titleWords.contains("lance"))
    }
}
