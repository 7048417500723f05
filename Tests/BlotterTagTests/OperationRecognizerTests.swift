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

    @Test(arguments: [
        // (session 24: Canadian forces' investigations, batch104's tune half; staff and programmes are none)
        "Winnipeg Police Service laid 119 charges during the three-month probe, dubbed [[operation:Project Trapper]].",
        "The RCMP investigator on [[operation:Project Coyote]] said the police seized $20 million in drugs.",
        "\"It was a valuable tool for our operations,\" said Chris Hamann, Project Engineer, Naval Surface Warfare Center, to the RCMP.",
        "RCMP officers arrested him under Project Safe Neighborhoods, a federal programme.",
        "The Innocence Project said RCMP officers arrested the wrong man.",
        // (the second read: no Canadian force on the page, no operation)
        "FBI agents raided the home of Project Veritas founder James O'Keefe as part of an investigation.",
        "Police said the suspect downloaded books from Project Gutenberg before his arrest.",
    ])
    func findsProjectsOfCanadianForcesInSentencesAboutPoliceWork(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.operation]) == marked.marks)
    }

    @Test(arguments: [
        // (session 26, batch115's tune half: a name of two words or more, written again without "Operation")
        "A follow-up to the [[operation:Operation Tarnished Badge]] inquiry is separate from [[operation:Tarnished Badge]].",
        // (one word alone is not read so: "Hope", "Venetic"; nor a longer capitalised name holding the words)
        "[[operation:Operation Hope]] began; Hope is high. [[operation:Operation Venetic]] used Venetic data.",
        "[[operation:Operation Sea Dragon]] ended before the Big Sea Dragon Festival.",
    ])
    func findsAnOperationsNameWrittenAgainWithoutOperation(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.operation]) == marked.marks)
    }

    @Test func aBareNameTakesTheOperationsCanonical() throws {
        let found = try TagHarness.tag("Operation Tarnished Badge ended. Tarnished Badge was costly.").filter { $0.type == .operation }
        #expect(found.map(\.canonical) == ["Operation Tarnished Badge", "Operation Tarnished Badge"])
    }

    @Test func canonicalIsOperationAndTheName() throws {
        let operation = try #require(try TagHarness.tag("Op Sea Dragon ended.").first { $0.type == .operation })
        #expect(operation.canonical == "Operation Sea Dragon")
    }
}
