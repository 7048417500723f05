import Testing
import BlotterCore
import BlotterText
@testable import BlotterTag

@Suite struct ListConsistencyTests {
    func items(_ sentence: String) throws -> [String] {
        let text = try Segmenter().segment(sentence)
        let (items, _) = ListConsistency.list(text.tokens, from: 0, limit: text.tokens.count)
        return items.map { text.text(of: $0.tokens) }
    }

    @Test func readsNamesWithScoresAndSeparators() throws {
        #expect(try items("Brian Lara 64 , Shivnarine Chanderpaul 51 ; Waqar Younis 3-40 )") == ["Brian Lara", "Shivnarine Chanderpaul", "Waqar Younis"])
        #expect(try items("Smith, Jones, and Brown were charged.") == ["Smith", "Jones", "Brown"])
    }

    @Test func aNameOfMoreThanThreeWordsOrAnOrganisationEndsTheList() throws {
        #expect(try items("Smith, Jones and Kent Police arrived.").count == 2)
        #expect(try items("Alpha Beta Gamma Delta, Smith").isEmpty)
    }

    @Test func tagsTheRestOnlyWhenMostItemsArePeople() throws {
        let people = try TagHarness.tag("Acme Widgets, Zorvan Qintero and Blorp Industries signed.").filter { $0.type == .person }
        #expect(!people.contains { $0.recognizer == "person.list" })
        // (The model alone may read "Acme Widgets" as a name: two unknown capitalised words.)
    }

    @Test func placesInAListOfPlacesAreNoPeople() throws {
        let found = try TagHarness.tag("The robberies took place in Ciudad Real, Toledo, Madrid, Cuenca, Segovia, Leon, Valladolid and Burgos.")
        #expect(found.filter { $0.type == .person }.isEmpty)
        #expect(found.contains { $0.type == .location && $0.text == "Toledo" })
    }

    @Test func unknownPlacesInALongListOfPlacesAreNoPeople() throws {
        let found = try TagHarness.tag("Gangs operate in Acapulco, Chilpancingo, Iguala, Taxco, Chilapa, Sierra, Costa Grande, and Tierra Caliente.")
        #expect(found.filter { $0.type == .person }.isEmpty)
        #expect(found.contains { $0.type == .location && $0.text == "Costa Grande" })
        #expect(ListConsistency.majorityCountry(["MX", "MX", nil, "US"]) == nil)
        #expect(ListConsistency.majorityCountry(["MX", "MX", "MX", "US", nil]) == "MX")
        // Past the item after "and" the list has ended: the speaker is no place.
        let speaker = try TagHarness.tag("Speaking in London, Paris and Berlin, Angela Merkel said the talks had failed.")
        #expect(!speaker.contains { $0.type == .location && $0.text.contains("Merkel") })
        // Two known places are not enough to say what an unknown item is.
        let pair = try TagHarness.tag("Officers from Leeds, Bradford and Maria Costa Grande attended.")
        #expect(pair.contains { $0.type == .person && $0.text == "Maria Costa Grande" })
    }


    @Test func placesAfterAPrepositionOfPlaceAreNoPeople() throws {
        for sentence in ["Authorities searched homes in Lehigh Acres, Fort Myers, Naples and other Collier County areas.",
                         "A 20-year-old man was shot in the Norris Green area of Liverpool on Saturday."] {
            let found = try TagHarness.tag(sentence)
            #expect(found.filter { $0.type == .person }.isEmpty, "\(sentence)")
            #expect(found.contains { $0.type == .location && ($0.text == "Naples" || $0.text == "Norris Green") })
        }
        let kept = try TagHarness.tag("Detectives found the gun in John Smith's house, and Smith was arrested.")
        #expect(kept.filter { $0.type == .person }.map(\.text) == ["John Smith", "Smith"])
    }

    @Test func aPlaceTheTableKnowsWholeIsNoPersonAnywhere() throws {
        let found = try TagHarness.tag("Police have charged three men from West Melbourne and North Melbourne. North Melbourne residents were shocked.")
        #expect(found.filter { $0.type == .person }.isEmpty)
        let kept = try TagHarness.tag("A letter from John Smith arrived; Glen Allen, 45, was charged.")
        #expect(kept.filter { $0.type == .person }.map(\.text) == ["John Smith", "Glen Allen"])
    }

}
