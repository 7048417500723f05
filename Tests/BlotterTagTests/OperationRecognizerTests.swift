import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct OperationRecognizerTests {
    @Test(arguments: [
        "It was part of [[operation:Operation Venetic]].",
        "Under [[operation:Op Sea Dragon]] and [[operation:Op. Tarlac]], officers made arrests.",
        "Joint operations to combat crime continued.",
        "Operation of the scheme was paused.",
    ])
    func findsNamedOperations(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.operation]) == marked.marks)
    }

    @Test func canonicalIsOperationAndTheName() throws {
        let operation = try #require(try TagHarness.tag("Op Sea Dragon ended.").first { $0.type == .operation })
        #expect(operation.canonical == "Operation Sea Dragon")
    }
}
