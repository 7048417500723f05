import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct MentionResolverTests {
    @Test func aSurnameAloneBecomesAMentionOfTheFullName() throws {
        let text = "Kit Malthouse visited the station. Malthouse said the cuts would end."
        let resolved = try RecognizerHarness.resolve([RecognizerHarness.entity(.person, "Kit Malthouse", in: text)], in: text)
        let people = resolved.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Kit Malthouse", "Malthouse"])
        #expect(people.allSatisfy { $0.canonical == "Kit Malthouse" })
    }

    @Test func aPlaceThatIsTheSurnameOfAPersonNamedInFullIsThatPerson() throws {
        let text = "Captain Andrew Walsh spoke. Walsh and his officers were proud."
        let person = RecognizerHarness.entity(.person, "Andrew Walsh", in: text)
        var place = RecognizerHarness.entity(.location, "Walsh", in: text)
        place.start = text.utf8.count - "Walsh and his officers were proud.".utf8.count
        place.end = place.start + 5
        let resolved = try RecognizerHarness.resolve([person, place], in: text)
        #expect(resolved.filter { $0.type == .location }.isEmpty)
        #expect(resolved.filter { $0.type == .person }.map(\.text) == ["Andrew Walsh", "Walsh"])
    }

    @Test func aCountryAfterAPlacePrepositionStaysAPlace() throws {
        let text = "Sheriff Scott Israel said the suspect had flown to Israel in May."
        let person = RecognizerHarness.entity(.person, "Scott Israel", in: text, confidence: .lexicon)
        var place = RecognizerHarness.entity(.location, "Israel", in: text)
        place.start = text.utf8.count - "Israel in May.".utf8.count
        place.end = place.start + 6
        let resolved = try RecognizerHarness.resolve([person, place], in: text)
        #expect(resolved.filter { $0.type == .location }.map(\.text) == ["Israel"])
    }

    @Test func anAcronymInBracketsJoinsItsForce() throws {
        let text = "The Eastern Region Special Operations Unit (ERSOU) made arrests. ERSOU said more would follow."
        let force = RecognizerHarness.entity(.force, "Eastern Region Special Operations Unit", in: text, canonical: "ersou")
        let forces = try RecognizerHarness.resolve([force], in: text).filter { $0.type == .force }
        #expect(forces.count == 3)
        #expect(forces.allSatisfy { $0.canonical == "ersou" })
    }

    @Test func aTitleCaseAcronymInBracketsJoinsItsForceWhenItSpellsTheInitials() throws {
        let text = "The Independent Police Investigative Directorate (Ipid) is investigating, according to Ipid. Ipsa agreed."
        let force = RecognizerHarness.entity(.force, "Independent Police Investigative Directorate", in: text, canonical: "ipid-south-africa")
        let forces = try RecognizerHarness.resolve([force], in: text).filter { $0.type == .force }
        #expect(forces.map(\.text) == ["Independent Police Investigative Directorate", "Ipid", "Ipid"])
        // A bracketed word that does not spell the initials is no acronym of it.
        let other = "The Independent Police Investigative Directorate (Gauteng) said so. Gauteng agreed."
        let otherForce = RecognizerHarness.entity(.force, "Independent Police Investigative Directorate", in: other, canonical: "ipid-south-africa")
        #expect(try RecognizerHarness.resolve([otherForce], in: other).filter { $0.type == .force }.count == 1)
    }

    @Test func aHyphenatedAcronymInBracketsAndItsLongPartJoinTheForce() throws {
        let text = "The Victorian Joint Organised Crime Taskforce (VIC-JOCTF) charged two men. The JOCTF said VIC-JOCTF would not."
        let force = RecognizerHarness.entity(.force, "Victorian Joint Organised Crime Taskforce", in: text, canonical: "vic-joctf")
        let forces = try RecognizerHarness.resolve([force], in: text).filter { $0.type == .force }
        #expect(forces.map(\.text) == ["Victorian Joint Organised Crime Taskforce", "VIC-JOCTF", "JOCTF", "VIC-JOCTF"])
        #expect(forces.allSatisfy { $0.canonical == "vic-joctf" })
        // A short part ("VIC") names no force alone.
        #expect(try RecognizerHarness.resolve([force], in: text + " VIC police agreed.").filter { $0.text == "VIC" }.isEmpty)
    }

    @Test func aForceInitialismTakesTheTokenFromAPlaceReading() throws {
        let text = "The Toronto Police Service said so. According to TPS, more allegations arose."
        let force = RecognizerHarness.entity(.force, "Toronto Police Service", in: text, canonical: "toronto-police")
        let place = RecognizerHarness.entity(.location, "TPS", in: text, canonical: "TPS")
        let resolved = try RecognizerHarness.resolve([force, place], in: text)
        #expect(!resolved.contains { $0.type == .location })
        #expect(resolved.filter { $0.type == .force }.map(\.canonical) == ["toronto-police", "toronto-police"])
    }

    @Test func initialsSkipSmallWords() {
        #expect(MentionResolver.initials(of: "Eastern Region Special Operations Unit") == "ERSOU")
        #expect(MentionResolver.initials(of: "National Crime Agency") == "NCA")
    }

    @Test func yearlessDatesTakeThePublishedYear() {
        var date = Candidate(type: .figure, text: "27 April", start: 3, end: 11, sentence: 0, recognizer: "figure")
        date.figure = FigureFacts(kind: .date, value: .date("XXXX-04-27"))
        let filled = MentionResolver.fillYears([date], year: 2020)
        #expect(filled.first?.figure?.value == .date("2020-04-27"))
    }

    @Test func aYearlessDateAfterADatedDayTakesItsYear() {
        func date(_ iso: String, at start: Int) -> Candidate {
            var entity = Candidate(type: .figure, text: iso, start: start, end: start + 5, sentence: 0, recognizer: "figure")
            entity.figure = FigureFacts(kind: .date, value: .date(iso))
            return entity
        }
        let filled = MentionResolver.fillYears([date("2010-12-16", at: 0), date("XXXX-12-27", at: 20)], year: 2012)
        #expect(filled.map(\.figure?.value) == [.date("2010-12-16"), .date("2010-12-27")])
    }

    @Test func resultsAreInTextOrder() throws {
        let text = "Malthouse spoke after Kit Malthouse arrived."
        let resolved = try RecognizerHarness.resolve([RecognizerHarness.entity(.person, "Kit Malthouse", in: text)], in: text)
        #expect(resolved.map(\.start) == resolved.map(\.start).sorted())
    }
}

/// `MentionResolver.lentAcronym(of:)`: the initials a force found as written lends to the page's bare mentions.
@Suite struct MentionResolverLentAcronymTests {
    @Test func aForceOfInitialsOrEndingInThemLendsThem() {
        #expect(MentionResolver.lentAcronym(of: "MDEA", recognizer: "force.members") == "MDEA")
        #expect(MentionResolver.lentAcronym(of: "PF", recognizer: "force.members") == "PF")
        #expect(MentionResolver.lentAcronym(of: "AFP", recognizer: "force.gazetteer") == nil)
        #expect(MentionResolver.lentAcronym(of: "Minnesota BCA", recognizer: "force.pattern") == "BCA")
        #expect(MentionResolver.lentAcronym(of: "Kirklees CID", recognizer: "force.pattern") == nil)
        #expect(MentionResolver.lentAcronym(of: "Minnesota BC", recognizer: "force.pattern") == nil)
        #expect(MentionResolver.lentAcronym(of: "Kent Police", recognizer: "force.gazetteer") == nil)
        #expect(MentionResolver.lentAcronym(of: "KENT POLICE", recognizer: "force.gazetteer") == nil)
    }

    @Test func aNewsAgencysCreditIsNoForce() throws {
        // (The table's "AFP" refuses a wire credit itself; a lent "AFP" would not.)
        let text = "In Sydney, Australia, the AFP arrested two men on Monday. Photo: AFP via Getty Images."
        let forces = try TagHarness.tag(text).filter { $0.type == .force }
        #expect(forces.filter { $0.text == "AFP" }.count == 1)
    }

    @Test func theHeadlineTakesTheForceTheStoryNames() throws {
        let marked = MarkedText("[[force:BCA]] investigating after deputies shoot man. The [[force:Minnesota BCA]] says it is investigating.")
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
