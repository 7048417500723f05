import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// Each recogniser alone: what it proposes, before the others and the resolvers have a say.
@Suite struct RecognizerHarnessTests {
    @Test func operationRecognizerAloneProposesOnlyOperations() throws {
        let found = try RecognizerHarness.candidates("operation", in: "Bedfordshire Police said Operation Venetic led to 12 arrests.")
        #expect(found.map(\.text) == ["Operation Venetic"])
        #expect(found.allSatisfy { $0.type == .operation && $0.recognizer == "operation" })
    }

    @Test func forceRecognizerAloneFindsTheForce() throws {
        let found = try RecognizerHarness.texts("force", in: "Bedfordshire Police said Operation Venetic led to 12 arrests.", type: .force)
        // Candidates may repeat a span (gazetteer and grammar both propose it): the overlap resolver keeps one.
        #expect(!found.isEmpty && Set(found) == ["Bedfordshire Police"])
    }

    @Test func figureRecognizerAloneLeavesNamesAlone() throws {
        let found = try RecognizerHarness.candidates("figure", in: "Bedfordshire Police seized £2.5 million in cash.")
        #expect(found.allSatisfy { $0.type == .figure })
        #expect(found.map(\.text).contains("£2.5 million"))
    }

    @Test func unknownRecognizerIsAnError() {
        #expect(throws: RecognizerHarness.UnknownRecognizer.self) { try RecognizerHarness.candidates("weather", in: "Rain.") }
    }
}
