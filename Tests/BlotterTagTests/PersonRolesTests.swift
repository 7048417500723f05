import Testing
import BlotterCore
@testable import BlotterTag

/// The forms: roles around names, given names alone, a name followed by an age.
@Suite struct PersonRolesTests {
    func people(_ text: String) throws -> [Entity] { try TagHarness.tag(text).map(\.entity).filter { $0.type == .person } }

    @Test func preModifierRoleIsWrittenAsInTheText() throws {
        let found = try people("Cook County State's Attorney Kim Foxx declined to comment.")
        #expect(found.first { $0.text == "Kim Foxx" }?.role == "Cook County State's Attorney")
        let spokesman = try people("\"We are investigating,\" said Department spokesman José Martínez.")
        #expect(spokesman.first { $0.text == "José Martínez" }?.role == "Department spokesman")
    }

    @Test func honorificsAndAbbreviatedRanksAreRoles() throws {
        let datuk = try people("State police chief Datuk Arjunaidi Mohamed said the suspects were held.")
        #expect(datuk.map(\.text) == ["Arjunaidi Mohamed"])
        let seri = try people("Prime Minister Datuk Seri Anwar Ibrahim said the police would act.")
        #expect(seri.map(\.text) == ["Anwar Ibrahim"])
        let general = try people("BNN Chief Com. Gen. Petrus Reinhard Golose was quoted as saying so.")
        #expect(general.map(\.text) == ["Petrus Reinhard Golose"])
    }

    @Test func roleWordsOpeningANameJoinTheRole() throws {
        let general = try people("Police chief Lieutenant General Jose Melencio Nartatez Jr. commended the units.")
        #expect(general.map(\.text) == ["Jose Melencio Nartatez Jr."])
        #expect(general.first?.role?.hasSuffix("Lieutenant General") == true)
        let director = try people("IIO Chief Civilian Director Ronald MacDonald did not provide details.")
        #expect(director.map(\.text) == ["Ronald MacDonald"])
        #expect(director.first?.role == "Chief Civilian Director")
    }

    @Test func anAbbreviatedRankAfterATitleIsTheTitles() throws {
        let found = try people("Inspector General of Police Gen. Kale Kayihura told mourners so.")
        #expect(found.map(\.text) == ["Kale Kayihura"])
        #expect(found.first?.role?.hasSuffix("Gen.") == true)
        #expect(try people("He is facing a charge for First-Degree Murder.").isEmpty)
    }

    @Test func australasianRanksWithSeniorAreOneRole() throws {
        // (session 17, batch54's tune half: "Senior" was a person of its own)
        let found = try people("Detective Senior Sergeant Kim Libby says Police believe the robberies are linked.")
        #expect(found.map(\.text) == ["Kim Libby"])
        #expect(found.first?.role == "Detective Senior Sergeant")
    }

    @Test func indianHonorificsAreRoles() throws {
        let found = try people("The reports that I am not supporting Shri Nitin Gadkari are false, she said.")
        #expect(found.map(\.text) == ["Nitin Gadkari"])
        #expect(found.first?.role == "Shri")
    }

    @Test func hyphenatedRanksAreRoles() throws {
        let spokesman = try people("National police spokesman Lieutenant-General Ayiravid Subarnbhesaj said so.")
        #expect(spokesman.map(\.text) == ["Ayiravid Subarnbhesaj"])
        #expect(spokesman.first?.role?.hasSuffix("Lieutenant-General") == true)
        let titled = try people("Lieutenant-General Ayiravid Subarnbhesaj said so. Jean-Pierre Dupont agreed.")
        #expect(titled.map(\.text) == ["Ayiravid Subarnbhesaj", "Jean-Pierre Dupont"])
    }

    @Test func aNameOpeningWithAGivenNameKeepsARoleWordInside() throws {
        #expect(try people("Michael Bishop Jr. said on Monday.").map(\.text) == ["Michael Bishop Jr."])
    }

    @Test func abbreviatedRanksAreRoles() throws {
        let found = try people("Maj Charles Kabona and Brig Gen Felix Kulayigye spoke; Gen Z voters listened.")
        #expect(found.map(\.text) == ["Charles Kabona", "Felix Kulayigye"])
        #expect(found.map(\.role) == ["Maj", "Brig Gen"])
    }

    @Test func anAbbreviatedRankBeforeASurnameIsItsRole() throws {
        let found = try people("Brigadier Jamal Salem Al Jallaf spoke. Brig Jallaf said so. Brig Al Jallaf said more.")
        #expect(found.map(\.text) == ["Jamal Salem Al Jallaf", "Jallaf", "Al Jallaf"])
        #expect(!found.contains { $0.text.hasPrefix("Brig") })
    }

    @Test func abbreviatedRanksWithFullStopsAreRoles() throws {
        let found = try people("Atty. Gen. Phill Kline blamed the governor. He said Col. O'Donnell and Ch Spt Innes could not comment.")
        #expect(found.map(\.text) == ["Phill Kline", "O'Donnell", "Innes"])
        #expect(found.map(\.role) == ["Atty. Gen.", "Col.", "Ch Spt"])
    }

    /// British papers write police ranks in mixed case ("Pc", "Dci"); session 26, batch113's tune half.
    @Test func mixedCaseBritishPoliceRanksAreRoles() throws {
        let found = try people("Pc Deniz Jaffer, 47, and Pc Jamie Lewis, 32, were charged. Dci Ruth Hart led the inquiry.")
        #expect(found.map(\.text) == ["Deniz Jaffer", "Jamie Lewis", "Ruth Hart"])
        #expect(found.allSatisfy { $0.role != nil }, "the rank is the role")
    }

    @Test func appositionsGiveTheRole() throws {
        let after = try people("Ben Crump, the family's attorney, called for charges.")
        #expect(after.first { $0.text == "Ben Crump" }?.role == "family's attorney")
        let before = try people("The family's attorney, Ben Crump, called for charges.")
        #expect(before.first { $0.text == "Ben Crump" }?.role == "family's attorney")
    }

    @Test func aClauseAfterTheNameIsNoRole() throws {
        let found = try people("Ben Crump, who was the attorney, spoke.")
        #expect(found.first { $0.text == "Ben Crump" }?.role == nil)
    }

    @Test func laterMentionsTakeTheRole() throws {
        let found = try people("Cook County State's Attorney Kim Foxx declined to comment. Foxx said the case was under review.")
        #expect(found.first { $0.text == "Foxx" }?.role == "Cook County State's Attorney")
        #expect(found.first { $0.text == "Foxx" }?.canonical == "Kim Foxx")
    }

    @Test func aNameBeforeAnAgeIsFound() throws {
        let found = try people("Andi Krasniqi, 31, was jailed for six years.")
        #expect(found.map(\.text) == ["Andi Krasniqi"])
    }

    /// Ages in brackets and bare ages in a list of names say the words name people; a footnote or a quantity does not.
    @Test func aNameBeforeABracketedOrListedAgeIsFound() throws {
        #expect(try people("Brave Maluleke (31) of 1.1 Infantry Battalion allegedly committed the offence.").map(\.text) == ["Brave Maluleke"])
        #expect(try people("The men, Jaico Choute 25 and Nicarson Nixon 21, appeared in court.").map(\.text) == ["Jaico Choute", "Nicarson Nixon"])
        #expect(try people("Coconut (1) Shrimp (1) Common Mushroom (1) were sold. Texaco-Getty(8) was a merger.").isEmpty)
        #expect(try people("Prices: Common Mushroom (12) and Button Mushroom (15) each.").isEmpty)
    }

    @Test func aGivenNameAloneRefersToTheFullName() throws {
        let found = try people("Darnell Hayes was shot by officers on Tuesday. \"Darnell was unarmed,\" his mother said.")
        #expect(found.map(\.text) == ["Darnell Hayes", "Darnell"])
        #expect(found.allSatisfy { $0.canonical == "Darnell Hayes" })
    }

    @Test func aGivenNameBeforeTheFullNameRefersToItToo() throws {
        let found = try people("\"Darnell was unarmed,\" his mother said. Darnell Hayes was shot on Tuesday.")
        #expect(found.allSatisfy { $0.canonical == "Darnell Hayes" })
    }

    @Test func aSharedSurnameStaysUnlinked() throws {
        let found = try people("John Smith and Jane Smith were charged. Smith denied it.")
        #expect(found.first { $0.text == "Smith" }?.canonical == "Smith")
    }
}
