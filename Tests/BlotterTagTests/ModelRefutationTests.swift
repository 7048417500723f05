import BlotterCore
import BlotterText
import Testing
@testable import BlotterTag

@Suite struct ModelRefutationTests {
    /// The first-name rule proposes each of these spans (tested first, so the test cannot pass by the rule staying
    /// silent); the model reads them as an organisation or a place and the tagger keeps no such person.
    @Test(arguments: [
        ("The Dallas Cowboys beat them on Sunday.", "Dallas Cowboys"),
        ("He wrote about the fall of the Roman Republic.", "Roman Republic"),
    ])
    func dropsAFirstNameSpanTheModelReadsAsAnotherName(text: String, span: String) throws {
        #expect(try RecognizerHarness.texts("person", in: text, type: .person).contains(span))
        let people = try TagHarness.tag(text).filter { $0.type == .person }.map(\.text)
        #expect(!people.contains(span), "\(people)")
    }

    @Test func keepsAFirstNameSpanTheModelReadsAsAPerson() throws {
        let people = try TagHarness.tag("Police said Darnell Hayes was unarmed when officers arrived.").filter { $0.type == .person }
        #expect(people.map(\.text).contains("Darnell Hayes"))
    }
}

/// One sense per document for the model's own spans: a text the model reads as another name more often than as
/// a person is no person anywhere in the document.
@Suite struct ModelSensesTests {
    @Test func aSpanReadMostlyAsAnOrganisationIsNoPerson() throws {
        let models = try #require(TagHarness.models)
        let model = try #require(models.sequenceModel)
        let text = "He read Mother Jones today. She read Mother Jones later. They read Mother Jones again."
        var context = TagContext(text: try Segmenter().segment(text), article: Article(text: text))
        // Labels written for the test: a person in the first sentence, an organisation in the other two.
        context.modelLabels = context.text.sentences.enumerated().map { index, sentence in
            var labels = [EntityLabel](repeating: .outside, count: sentence.tokens.count)
            labels[2] = index == 0 ? .beginPerson : .beginOrganisation
            labels[3] = index == 0 ? .insidePerson : .insideOrganisation
            return labels
        }
        let senses = ModelPersonRecognizer.senses(context: context, model: model)
        #expect(senses["Mother Jones"]?.person == 1 && senses["Mother Jones"]?.other == 2)
        let people = ModelPersonRecognizer(model: model).candidates(in: context).filter { $0.type == .person }
        #expect(people.isEmpty, "\(people.map(\.text))")
        // Read as a person in two sentences of three, it is a person.
        context.modelLabels?[1][2] = .beginPerson
        context.modelLabels?[1][3] = .insidePerson
        #expect(ModelPersonRecognizer(model: model).candidates(in: context).filter { $0.type == .person }.count == 2)
    }
}

@Suite struct ModelStartTests {
    /// The first-name rule starts at the known given name; the model reads the whole name.
    @Test(arguments: [
        ("Saudi Arabia executed Shabir Ahmad Muhammad Jalil on Sunday, the ministry said.", "Shabir Ahmad Muhammad Jalil"),
        ("The court heard that Cheung Siu Man had fled.", "Cheung Siu Man"),
    ])
    func aFirstNameSpanStartsWhereTheModelsPersonStarts(text: String, name: String) throws {
        let rule = try RecognizerHarness.texts("person", in: text, type: .person)
        #expect(!rule.contains(name), "the rule alone: \(rule)")
        let people = try TagHarness.tag(text).filter { $0.type == .person }.map(\.text)
        #expect(people.contains(name), "\(people)")
    }
}
