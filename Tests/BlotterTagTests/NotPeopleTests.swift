import Testing
import BlotterCore
@testable import BlotterTag

/// `NotPeople.swift`: names written like people's that are not people.
@Suite struct NotPeopleTests {
    // (Each of these is a person to the model without the list.)
    @Test(arguments: ["Members of Mara Salvatrucha were arrested in the raid.", "Fans of Sherlock Holmes gathered outside the museum.", "Police said Cosa Nostra controlled the port.",
                      "He was driving an Opel Astra when officers stopped him."])
    func aListedNameIsNoPerson(_ text: String) throws {
        let people = try TagHarness.tag(text).filter { $0.type == .person }.map(\.text)
        #expect(people.isEmpty, "\(people)")
    }

    @Test func peopleBesideThemStay() throws {
        let people = try TagHarness.tag("Maria Lopez, 31, a member of Mara Salvatrucha, was jailed.").filter { $0.type == .person }.map(\.text)
        #expect(people == ["Maria Lopez"], "\(people)")
    }

    @Test func keysFoldCaseApostrophesAndSpaces() {
        #expect(NotPeople.key("Hells  Angels") == NotPeople.key("hells angels"))
        #expect(NotPeople.key("Jack Daniel’s") == NotPeople.key("Jack Daniel's"))
    }

    @Test func removingDropsOnlyPeopleWhoseWholeTextIsListed() {
        let names: Set<String> = [NotPeople.key("Cosa Nostra")]
        let candidates = [
            Candidate(type: .person, text: "Cosa  Nostra", start: 0, end: 12, sentence: 0, recognizer: "test"),
            Candidate(type: .force, text: "Cosa Nostra", start: 0, end: 11, sentence: 0, recognizer: "test"),
            Candidate(type: .person, text: "Cosa Nostra Smith", start: 20, end: 37, sentence: 0, recognizer: "test"),
        ]
        let kept = NotPeople.removing(names, from: candidates)
        #expect(kept.map(\.text) == ["Cosa Nostra", "Cosa Nostra Smith"])
        #expect(kept.first?.type == .force)
    }
}
