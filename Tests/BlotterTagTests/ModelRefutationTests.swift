import BlotterCore
import BlotterText
import Testing
@testable import BlotterTag

@Suite struct ModelRefutationTests {
    /// The first-name rule proposes each of these spans (tested first, so the test cannot pass by the rule staying
    /// silent); the model reads them as an organisation or a place and the tagger keeps no such person.
    @Test(arguments: [
        ("The group registered with the Florida Association of Christian Child Caring Agencies.", "Christian Child Caring"),
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
