import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+OfficerUnits.swift`: units named beside their officers, and the bodies that only look like them.
@Suite struct ForceRecognizerOfficerUnitsTests {
    @Test(arguments: [
        // Officers before "from/of the", a rank and name before "of the" or "said the", officers after the name.
        // (On a page that names a force: a unit only its officers vouch for needs one.)
        "Officers from the [[force:Joint Operations Unit]] travelled to Nuffield Close, [[force:Thames Valley Police]] said.",
        "Sergeant Mark Rennie, of the [[force:Safer Cities Unit]], said the [[force:Police Scotland]] officers were there.",
        "Senior Sergeant Findlater said the [[force:Forensic Crash Unit]] of [[force:Queensland Police]] would map the scene.",
        "[[force:PSNI]] officers were assisted by [[force:Tactical Support Group]] colleagues.",
        "Detective Inspector Loper says the [[force:Police Dive Squad]] have also arrived in Rotorua.",
        "Gardaí from the [[force:Joint Operations Unit]] searched the house.",
        "The [[force:NYPD Strategic Response Group]] Thursday arrested 20 people.",
        "The [[force:Police Specialist Search Group]] searched the area.",
        // Not: no force on the page; other services' officers and units; an office or a name particle before "said the".
        "Officers from the Joint Operations Unit travelled to an address on Nuffield Close.",
        "Officers from the Youth Offending Team visited the school, [[force:Kent Police]] said.",
        "Prison officers from the National Tactical Response Group were deployed, [[force:Kent Police]] said.",
        "Russia has deployed Wagner Group personnel to Mali, [[force:Interpol]] said.",
        "Washington DC Mayor Muriel Bowser said the Crisis Response Team would help the [[force:Metropolitan Police Department]].",
        "Sergeant Mark Jones, of the Household Division, led the parade past [[force:Kent Police]].",
        // Not: a hospital's unit beside staff or a doctor, a job title's "officer of", a gang, a group before a title.
        "Staff from the Intensive Care Unit said he was stable.",
        "Doctor Mary Jones, of the Trauma Unit, said he was stable.",
        "He was taken to the Intensive Care Unit by officers.",
        "Jim Winkler, chief strategy officer of the Business Group on Health, said so.",
        "Members of the Kinahan Organised Crime Group were arrested.",
        "[[force:CBP]] Chief Luis Rodriguez and [[force:HSI]] Group Supervisor Raul Nava spoke.",
    ])
    func findsUnitsBesideTheirOfficers(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test(arguments: [
        // A bare "Gardaí" is Irish for the police officers, as a bare "police" is no force; "Garda" is the force.
        "Gardaí are appealing for witnesses to come forward.",
        "He is held in Shannon Garda Station, Gardaí said.",
        "[[force:Garda]] said the man was in custody.",
        // "Garda" before a lower-case noun is an adjective; before a verb, the force.
        "A Garda spokesperson said other Garda units and the Store Street Garda station helped.",
        "Garda witness appeal following fatal Cork crash",
        "[[force:Garda]] have arrested a man and [[force:Garda]] seized drugs, as [[force:Garda]] believe.",
    ])
    func readsGardaíAsOfficers(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
