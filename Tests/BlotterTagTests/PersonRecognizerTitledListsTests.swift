import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `PersonRecognizer+TitledLists.swift`: the names listed after a rank in the plural.
@Suite struct PersonRecognizerTitledListsTests {
    @Test(arguments: [
        "The exercise was led by Senior Superintendents [[person:Spence]], [[person:Montrichard]], and [[person:Elli]].",
        "Detective Sergeants [[person:Ali]] and [[person:Khan]] arrested him.",
        "Senior Judges [[person:Michael Farrell]], [[person:Theodore Newman Jr.]] and [[person:William Pryor]] are up for review.",
        // The item after "and" ends the list; an organisation's head makes no list.
        "A letter to Senators [[person:Hatch]] and [[person:Leahy]], Re: the bill.",
        "The Sergeants Benevolent Association and Inspectors Benevolent Association met.",
        // One everyday word is no name: a title-case line.
        "Officers Seize Guns, Drugs and Cash in Raid",
        "Deputies [[person:Ruiz]] and [[person:Mendez]] found the car.",
    ])
    func readsTheNamesOfAList(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.person]) == marked.marks)
    }

    @Test func eachNameTakesTheRankInTheSingular() throws {
        let people = try TagHarness.tag("Detective Sergeants Ali and Khan arrested him.").filter { $0.type == .person }
        #expect(people.map(\.role) == ["Detective Sergeant", "Detective Sergeant"])
    }

    @Test func pluralsOfRanks() {
        #expect(PersonRecognizer.plural("Sergeant") == "Sergeants")
        #expect(PersonRecognizer.plural("Deputy") == "Deputies")
        #expect(PersonRecognizer.plural("Attorney") == "Attorneys")
        #expect(PersonRecognizer.plural("Coach") == "Coaches")
    }

    @Test func aRoleThatIsASurnameEndsTheNameOnlyBeforeOfThe() throws {
        let people = try TagHarness.tag("Officers arrested Sarah Head of Bristol on Monday.").filter { $0.type == .person }
        #expect(people.map(\.text) == ["Sarah Head"])
    }

    @Test func aRoleBeforeOfEndsTheName() throws {
        let people = try TagHarness.tag("Detective Chief Inspector Dave Manley Head of the Fraud Squad said so.").filter { $0.type == .person }
        #expect(people.map(\.text) == ["Dave Manley"])
    }
}
