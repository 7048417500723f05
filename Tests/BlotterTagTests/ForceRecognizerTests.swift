import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct ForceRecognizerTests {
    @Test func aRegionalPoliceServiceIsNotTheCitysDepartment() throws {
        let found = try TagHarness.tag("Officers of the Durham Regional Police Service arrested him in Oshawa, Ontario.")
        let force = try #require(found.first { $0.type == .force })
        #expect(force.text == "Durham Regional Police Service")
        #expect(force.canonical == "ca-durham-police")  // the world table's row since session 17
    }

    @Test func aWorldTableNameBeforeServiceOrCommissionIsALongerName() throws {
        // (session 17: the world table knows "Calgary Police" and "Barbados Police"; the longer names are other
        // bodies or other forms, which the place + head rule reads)
        let commission = try TagHarness.tag("The Calgary Police Commission met on Tuesday in Calgary, Alberta.").filter { $0.type == .force }
        #expect(commission.map(\.text) == ["Calgary Police Commission"])
        let service = try TagHarness.tag("The Barbados Police Service said a man was held in Bridgetown, Barbados.").filter { $0.type == .force }
        #expect(service.map(\.text) == ["Barbados Police Service"])
        let kent = try TagHarness.tag("A Kent Police Service spokesman said the man was arrested.").filter { $0.type == .force }
        #expect(kent.first?.canonical == "kent")
    }

    @Test func theWorldTableNamesNationalAgencies() throws {
        let found = try TagHarness.tag("Officers of the Royal Thai Police and Tanzania's Drug Control and Enforcement Authority (DCEA) met in Bangkok, Thailand. The DCEA said so.").filter { $0.type == .force }
        #expect(found.contains { $0.text == "Royal Thai Police" && $0.country == "TH" })
        #expect(found.filter { $0.text == "DCEA" }.count == 2 && found.allSatisfy { $0.text != "DCEA" || $0.canonical == "tz-dcea" })
    }

    @Test func regionalCommandsAreTheirNationalForcesUnits() throws {
        let found = try TagHarness.tag("Police Regional Office 7 (PRO-7) said the suspect was held in Cebu City, Philippines.").filter { $0.type == .force }
        let office = try #require(found.first { $0.text == "Police Regional Office 7" })
        #expect(office.parent == "pnp" && office.country == "PH")
    }

    @Test func aCountryByCountryRowNeedsItsCountryAndItsAcronymItsFullName() throws {
        // (session 17's second read: the country named in passing let party and bank initials through)
        let alp = try TagHarness.tag("Anthony Albanese said the ALP would send aid to Afghanistan.").filter { $0.type == .force }
        #expect(alp.isEmpty)
        let cib = try TagHarness.tag("The Criminal Investigation Bureau arrested him in Manila, Philippines.").filter { $0.type == .force }
        #expect(cib.allSatisfy { $0.country != "TW" })
        let taiwan = try TagHarness.tag("The Criminal Investigation Bureau arrested him in Taipei, Taiwan.").filter { $0.type == .force }
        #expect(taiwan.contains { $0.country == "TW" })
    }

    @Test(arguments: [
        "He visited [[force:Bedfordshire Police]] Headquarters.",
        "The [[force:Eastern Region Special Operations Unit]] ([[force:ERSOU]]) worked with the [[force:National Crime Agency]] ([[force:NCA]]).",
        "Officers from the [[force:Phoenix Police Department]] and the [[force:Maricopa County Sheriff's Office]] responded.",
        "The [[force:FBI]] and [[force:Europol]] joined [[force:Police Scotland]].",
        "A [[force:Miami-Dade Police]] spokesman and the [[force:Wilkes-Barre Police Department]] agreed.",
        "The [[force:Australian Federal Police]] and [[force:Michigan State Police]] helped. Armed Police arrived.",
        "U.S. Attorney Martin Estrada thanked the [[force:U.S. Marshals Service]].",
        "A spokesman for the [[force:Met]] said the Met Office forecast rain.",
        "The police said the force would review it.",
        "The [[force:Northshire Police Service]] ([[force:NPS]]) was formed. Later [[force:NPS]] officers arrested him.",
        "Action by the [[force:United States Drug Enforcement Agency]] and [[force:Homeland Security]] followed.",
        "The [[force:U.S. Attorney’s Office]] charged him.",
        "ABC13 called the [[force:Harris County Sheriff's Office]] asking questions. [[force:HCSO]] said a report should be taken.",
        // (session 24, batch92's tune half: an office named by its holder, then the holder's initials)
        "A letter from the [[force:Office of the Director of Public Prosecutions]] said so. The [[force:DPP]]’s office asked that the case be dismissed.",
        "Lt. Rebecca Cruz of [[force:HPD]]'s narcotics division and the [[force:NYPD]] spoke. Nurses need CPD hours.",
        "Video Captures Moment Police Drag Uncooperative Passenger off Delta Flight",
        "[[force:Four Paths Police]] Probe Fatal Crash In Clarendon",
        "He reads Android Police every day, and the [[force:Luton Police]] said so.",
        "The [[force:Dhaka Metropolitan Police]] and the [[force:Metropolitan Police]] met the [[force:Criminal Investigation Department]].",
        "The Philadelphia Office, The [[force:Los Angeles County District Attorney's Office]] And The City Said So",
        "[[force:Buenos Aires fraud cops]] and [[force:Bogota narcotics police]] made arrests.",
        "[[force:Seattle PD]] and the [[force:Cleveland Division of Police]] met Teacher PD staff.",
        "The [[force:New York Attorney General's office]] and [[force:U.S. Customs]] agreed.",
        "This Asynchronous Task Framework (ATF) would replace the old queues; ATF runs jobs.",
        "NASM Certified Nutrition Coach (CNC) is best for wellness consultants.",
        "The [[force:Bureau of Alcohol, Tobacco, Firearms and Explosives]] ([[force:ATF]]) said [[force:ATF]] agents came.",
        "Assistant Police Chief George Gascon and the Deputy Police Commissioner agreed.",
        "The [[force:LAPD]]'s [[force:Rampart Division]] met the [[force:FBI]]'s agents.",
        "On Friday [[force:Macedonian police]] said [[force:Berovo police]] had held three men.",
        "The [[force:Korean National Police Agency]] and [[force:An Garda Siochana]] met Japan's [[force:National Police Agency]].",
    ])
    func findsForcesAndAgencies(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    /// Session 11's forms (the blind batches' tune halves and sentences written for the purpose).
    @Test(arguments: [
        "The [[force:Ethics and Anti-Corruption Commission]] ([[force:EACC]]) charged him; the Anti-Corruption Foundation objected.",
        "The [[force:Independent Commission Against Corruption]] and the [[force:Corrupt Practices Investigation Bureau]] met.",
        "Indonesia's [[force:National Narcotics Agency]] ([[force:BNN]]) foiled the plot. The Federal Aviation Administration (FAA) said so.",
        "A search by the [[force:Criminal Assets Bureau]] ([[force:CAB]]) was assisted by the [[force:Garda Dog Unit]]. The Intensive Care Unit was full.",
        // (session 21: public security is the police's term; a police kind by a lower-case modifier after a country's adjective)
        "The raid came after the [[force:Public Security Department]] ([[force:PSD]]) launched a crackdown. The Public Safety Foundation (PSF) objected.",
        "[[force:Finnish security police]] did not return calls, nor did [[force:French judicial police]].",
        "Officers of the CBA, supported by the [[force:Border Guard]] and the [[force:Military Police]], detained 18 persons.",
        "[[force:Kentucky State Police Post 1]] says troopers are investigating.",
        "The man was arrested by the [[force:City of Miami Police Department]] on Friday.",
        "[[force:Los Angeles County Sheriff's Department]] deputies arrested him. [[force:LASD]] said he was held.",
        "The [[force:Texas Department of Public Safety]] said [[force:DPS]] troopers stopped the car.",
        "[[force:Mumbai Police]] crime branch and the [[force:Delhi Police Special Cell]] arrested two men.",
        "[[force:Hong Kong Customs]] seized cocaine. Customs officers at the airport helped.",
        "State's Attorney Marilyn Mosby of the [[force:State's Attorney's Office for Baltimore City]] spoke.",
        "The [[force:Calgary Police Commission]] said the [[force:Calgary Police Service]] would review it.",
        "Gardaí from the [[force:Limerick Divisional Detective Unit]] and the [[force:Regional Armed Response Unit]] searched homes.",
        "He was held by the [[force:Knox County Sheriff's Office Major Crimes Unit]]. [[force:KCSO]] deputies said so.",
        "Praise for the [[force:Warren Police Department Investigative Services Bureau]] followed.",
        "[[force:AFP]] Detective Acting Superintendent Stephen Jay of the [[force:Australian Federal Police]] said so.",
        "He is held in Shannon Garda Station, Gardaí said.",
        // (session 14: a two-word building; a curly apostrophe matches a table's straight one; a ROCU by its region;
        // a Louisiana parish's deputies; a task force named for its incidents)
        "He was taken to Wymondham Police Investigation Centre for interview.",
        "The [[force:National Police Chiefs’ Council]] ([[force:NPCC]]) lead spoke; it was led by the [[force:South East ROCU]].",
        "A report by [[force:His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services]] followed.",
        "[[force:Caddo deputies]] and [[force:Bossier deputies]] searched Shreveport, Louisiana.",
        "The [[force:Ada County Critical Incident Task Force]] investigates the shooting.",
        "[[force:Papua New Guinea Police]] Commissioner David Manning warned of the trade.",
        "It began when [[force:Wall Township police]] were called; Township police elsewhere were not.",
        "The [[force:Arizona Dept. of Public Safety]] said the [[force:Vehicle Theft Task Force]] made arrests.",
        "He was hit, the [[force:Major Collision Investigation Unit]] said. Five [[force:RSIPF]] officers were hurt.",
        "Detectives from the [[force:Garda National Drugs and Organised Crime Unit]] staged an interception.",
        "On June 6, the [[force:43 Division Major Crime Unit]] executed a search warrant.",
        "Brigadier Jamal Al Jallaf, director of the [[force:General Directorate of Criminal Investigation]], said so.",
        "The [[force:Ross County Missing Persons Task Force]] continues its work. SPF 50 and the EPF are no forces.",
        // (a second read's cases: bodies that share a policing word are none)
        "The US Food and Drug Administration (FDA) approved it; the Air Accidents Investigation Branch (AAIB) did not.",
        "The park is a Drug-Free Zone; a senior figure in the Hamas Armed Wing was killed.",
        "The Armed Forces Western Mindanao Command said so. Judge Mary Smith of the Superior Court Criminal Division ruled.",
        "The [[force:Greater Manchester Police]] Federation Office was closed.",
        "The [[force:St. Lawrence County Drug Task Force]] and [[force:Overland Park Police]] made arrests; the [[force:U.S. Park Police]] did not.",
        "[[force:HSI Eagle Pass]] agents and [[force:Interpol Saudi Arabia]] helped; the [[force:FBI]] said Friday that it would.",
        "The [[force:International Criminal Police Organization]] issued a notice. [[force:ACT Policing]] charged him in Canberra.",
        "The [[force:National Police of Ukraine]] and the [[force:Prosecutor General's Office]] agreed.",
        "Agents of the [[force:U.S. Bureau of Alcohol, Tobacco and Firearms]], [[force:Eurojust]] and the [[force:Violent Offender Task Force]] ([[force:VOTF]]) helped.",
        "Troopers from [[force:Kentucky State Police Troop F]] responded. Shots were fired near the [[force:Kentucky State Police]] Post\n\n2 men were held.",
    ])
    func findsSessionElevenForms(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test(arguments: [
        // Units listed beside a force's unit are units; alone, or beside no force, they are not.
        "Praise for the [[force:Warren Police Department Investigative Services Bureau]] and [[force:Special Operations Unit]] followed.",
        "Gardaí from the [[force:Drug Unit]] were supported by the [[force:Emergency Response Unit]], the [[force:Regional Armed Response Unit]] and others.",
        "The [[force:Violent Offender Task Force]] ([[force:VOTF]]) and [[force:Emergency Services Unit]] ([[force:ESU]]) executed a warrant.",
        "Detectives from the [[force:Echo Taskforce]], [[force:Illicit Firearms Squad]] and [[force:Gang Crime Squad]] made arrests.",
        "The Emergency Response Unit of the hospital and the Special Operations Unit of the army met.",
        "The nurses of the Intensive Care Unit and the Surgical Team were thanked.",
        // A sheriff's capital before lower-case deputies; a modifier of police.
        "[[force:Scott County Sheriff’s deputies]] were responding to a call; [[force:Thai cyber police]] arrested two men.",
        // A rank after a force is no office of it; a US city's police department is not England's Cleveland Police.
        "Evans was held after a [[force:Massachusetts State Police]] Trooper saw him. Chief Wayne Drummond, of the [[force:Cleveland police department]], spoke.",
        "Officers from [[force:Port of Spain CID]] came. A former [[force:City of Dillon police]] officer was charged.",
        "[[force:Met]] Deputy Assistant Commissioner Graham McNulty spoke. The deputy chief of [[force:Provincial Police Region 8]] agreed.",
        "Met director Max Hollein opened the show.",
        // A state and "DPS"; a US city's office of a federal agency; a county's CIU; a "General Command".
        "[[force:Texas DPS]] troopers stopped the car. Agents of [[force:Houston CBP]] and [[force:Chicago FBI]] helped.",
        "According to the [[force:Cherokee County CIU]], the [[force:Dubai Police General Command]] caught the gang.",
        // A state agency from the table; a listed unit after "an"; a place with a particle; units after a force.
        "I asked the [[force:State Law Enforcement Division]] ([[force:SLED]]) to investigate. [[force:MBN]] agents helped.",
        "It involved the [[force:Garda Drugs and Organised Crime Bureau]] and an [[force:Emergency Response Unit]].",
        "[[force:Dar es Salaam Special Zone Police]] Commander Lazaro Mambosasa spoke to [[force:Buffalo Police Internal Affairs]].",
        // (the second read's cases: other bodies listed beside a force, attributions, surnames before an agency, a
        // headline's verb, a capitalised head before "department", two bodies joined by "and")
        "He was taken to the Intensive Care Unit, [[force:Kent Police]] said.",
        "[[force:Kent Police]] and the Better Business Bureau warned residents; the [[force:FBI]] and the Census Bureau shared data.",
        "Agents reopened the Clinton [[force:FBI]] investigation. [[force:Houston FBI]] agents came.",
        "The Man Who Met Detective Smith", "She Met Officers On A Dating App",
        // A place word alone ends a longer place ("Newton Falls"); a directorate after its force.
        "The [[force:Newton Falls Police Department]] and the [[force:Larnaca Police Directorate]] helped.",
        "[[force:Kent Police]] department officers arrested him in Maidstone.",
        "The [[force:Warren Police Department]] and [[force:Special Operations Unit]] arrested John Smith.",  // (two bodies; the unit is listed in police-units.tsv since session 17)
        "The [[force:Special Weapons Unit]], the [[force:Warren Police Department Gang Unit]] and the Hospital Trauma Team met.",
    ])
    func findsSessionTwelveForms(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test(arguments: [
        // Session 13, batch23's tune half: a state agency's initials without its state, plural departments, a
        // bureau named "of" what it does (not "of" its force).
        "The [[force:North Carolina State Bureau of Investigation]] will look. The district attorney asked the [[force:SBI]] to investigate.",
        "SWAT officers from Pittsburgh and [[force:Allegheny County police departments]] responded.",
        "He spoke to the [[force:Kent Police Bureau of Criminal Investigation]] on Monday.",
        "He spoke to the [[force:Virginia State Police Bureau of Criminal Investigation]] on Monday.",
        "He was interviewed by the [[force:Police Bureau of Investigation]] Sgt. Smith.",
        "The [[force:Narcotics Division]] of Kingston Jamaica raided the house.",
        // (batch27's tune half: a task force's own name; two table agencies side by side stay two)
        "[[force:Victoria Police Joint Taskforce Icarus]] members arrested a man.",
        "[[force:U.S. Immigration and Customs Enforcement]] [[force:Homeland Security Investigations]] arrested 85 people.",
        "The [[force:Kent Police Task Force]] Thursday arrested two men.",
        "The [[force:Central Investigation Bureau]] of [[force:Nepal Police]] said he was handed over.",
        // Boundaries (tune halves of batches 12, 14, 21): a sentence's first word, a region's adjective, joined initials.
        "Newest [[force:Greene County Sheriff's Office]] K-9 graduates are going to jail.",
        "The six [[force:South Australian police]] officers arrested following the raid were charged.",
        "The [[force:T&T Police Service]] said the man was arrested.",
        "[[force:Garden Grove Police]] said the man was arrested.",
    ])
    func findsSessionThirteenForms(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test(arguments: [
        // Session 16, the tune halves of batches 40, 42 and 44: a judicial district's number, a battalion's number
        // hyphenated to its agency, a British "enquiry" team.
        "The [[force:5th Judicial District Attorney's Office]] filed charges on Monday.",
        "The [[force:Thirteenth Judicial Circuit State Attorney's Office]] closed the case.",
        "Officers of [[force:RAB-4]] arrested the man in Mirpur, Dhaka, Bangladesh on Sunday.",
        "[[force:West Yorkshire Police]]'s [[force:Homicide and Major Enquiry Team]] has launched a murder investigation.",
        // (a possessive determiner opens no name)
        "The [[force:Missouri Attorney General's Office]] said so. Our [[force:Medicaid Fraud Control Unit]] arrested two men and charged them.",
        // Another country's possessive before a body only one table country bears: that country's body.
        "Men were charged by [[force:Fiji police]] after an inquiry by New Zealand's [[force:Serious Fraud Office]].",
        // A Nigerian command by its place; two units joined by "and" after a branch; a saint's place.
        "The [[force:National Drug Law Enforcement Agency]] ([[force:NDLEA]]), [[force:Kano Strategic Command]], held him. Operatives of the [[force:Kiru Area Command]] came.",
        "[[force:Victoria Police]] said officers from the [[force:Northern Criminal Investigation Branch]] and [[force:Crime and Intelligence Command]] arrested him.",
        "The officer, [[force:St Elizabeth Police]] said, was arrested in Jamaica.",
        "Officers from the [[force:Drug Enforcement Unit]], [[force:Police Marine Unit]], along with others seized drugs.",
        "The [[force:Istanbul Chief Public Prosecutor's Office]] issued warrants; France's [[force:National Antiterrorism Prosecutor's Office]] agreed.",
        "Two [[force:Metropolitan Police]] officers were charged. PC Jack Wood, based at [[force:East Area Command Unit]], was charged with assault.",
        // Not a number range after an acronym, nor a possessive place's head before a role word.
        "Officers of [[force:RAB]] raided 4-5 houses in Dhaka, Bangladesh. [[force:RAB]]-4-5 is no battalion.",
        "The [[force:DEA]]-6 report was filed by the agent.",
        "The case moved after Fiji's Police Commissioner Andrew Hughes changed the officers.",
        "The Federal Road Safety Corps, Ogun State Command, said eight people died in the crash on the expressway.",
        // Session 19: a prosecution service's tier before its head, and the head in the plural.
        "The [[force:District Public Prosecutors’ Office]], Kathmandu has recorded the statement.",
        "The [[force:Basic Public Prosecutor's Office]] said so, and the [[force:Specialized Anti-Corruption Prosecutor's Office]] agreed.",
    ])
    func findsSessionSixteenForms(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aPossessiveCountrysForceKeepsItsCountryBeforeARoleWord() throws {
        let forces = try TagHarness.tag("Ukraine's National Police chief Ihor Klymenko said so.").filter { $0.type == .force }
        #expect(forces.map(\.text) == ["National Police"])
        #expect(forces.first?.country == "UA")
        let owned = try TagHarness.tag("Northern Ireland's Public Prosecution Service will decide.").filter { $0.type == .force }
        #expect(!owned.contains { $0.country == "IE" })
    }

    @Test func canonicalIdsComeFromTheGazetteerOrASlug() throws {
        let forces = try TagHarness.tag("ERSOU and the Eastern Region Special Operations Unit met Luton Police.").filter { $0.type == .force }
        #expect(forces.map(\.canonical) == ["ersou", "ersou", "luton-police"])
        #expect(forces.first?.name == "Eastern Region Special Operations Unit")
    }

    @Test func aUnitAfterItsForcesPossessiveNamesTheForce() throws {
        let forces = try TagHarness.tag("The LAPD's Rampart Division worked with immigration officials.").filter { $0.type == .force }
        let unit = try #require(forces.first { $0.text == "Rampart Division" })
        #expect(unit.canonical == "los-angeles-police-department-rampart-division")
        #expect(unit.parent == forces.first { $0.text == "LAPD" }?.canonical)
    }

    @Test func shortAcronymsMatchOnlyInCapitals() throws {
        #expect(try TagHarness.tag("The nca and the mps are lower-case words here.").filter { $0.type == .force }.isEmpty)
    }

    /// In a headline in title case an everyday word before "Police" is the headline's; in a sentence heavy with names
    /// it still opens the force's name.
    @Test(arguments: [
        "Four Police Impostors Raid House In Harare",
        "[[force:Liberia Police]] Arrests Man Accused Of Killing Police Officer In Sierra Leone",
        "[[force:Liberia Police]] arrests man accused of Killing Police Officer in Sierra Leone",
        "Four Police impostors are on the run after they raided a house.",
        "The capture was coordinated by the [[force:National Anti-Drug Police Directorate]] and the [[force:National Directorate of Border Police Services]].",
    ])
    func anEverydayWordOfAHeadlineOpensNoForce(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aUnitNameRunsOnOverPolicingWordsOnly() throws {
        let marked = MarkedText("He was questioned by [[force:Houston Police Internal Affairs]] Sergeant John Cell yesterday.")
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }

    @Test func aUnitNameRunsOnFromAModifyingHeadToItsOwnHead() throws {
        let marked = MarkedText("Officers of the [[force:Bukit Aman Narcotics Crime Investigation Department]] in Malaysia arrested him.")
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
        let unit = try #require(try TagHarness.tag(marked.text).first { $0.type == .force })
        #expect(unit.parent == "pdrm")
    }

    @Test func aModelOrganisationIsANameWithoutTrailingPossessivePunctuationOrAlternative() throws {
        // (session 24, batch106's tune half: the sequence model read all three as organisations)
        let text = "Tim Passmore, Police and Crime Commissioner for Suffolk, said: \"This is great proactive work by the Constabulary to "
            + "protect us. I would echo the Constabulary's plea to anyone who notices anything untoward to contact the Constabulary or Crimestoppers.\""
        #expect(try TagHarness.tag(text).filter { $0.type == .force }.map(\.text) == [])
    }

    @Test func aTableRowFiledUnderTheForceBeforeItIsItsUnit() throws {
        // (session 24, batch74's tune half: the by-country table files INSET under the RCMP; the ICE + HSI case above
        // stays two agencies, as HSI's row has no parent)
        let found = try TagHarness.tag("After uncovering evidence, the police in Toronto contacted the RCMP Integrated National Security Enforcement Team (INSET) for help. INSET officers came.")
            .filter { $0.type == .force }
        let unit = try #require(found.first { $0.text.hasPrefix("RCMP") })
        #expect(unit.text == "RCMP Integrated National Security Enforcement Team")
        #expect(unit.canonical == "ca-inset" && unit.parent == "rcmp")
        #expect(found.filter { $0.text == "INSET" }.allSatisfy { $0.canonical == "ca-inset" })
    }
}

/// Issue 21's fuzzer: one sentence naming a force thousands of times took 12 s to tag (quadratic).
@Suite struct ForceRecognizerHostileTests {
    @Test func oneSentenceWithThousandsOfForcesIsTaggedInLinearTime() throws {
        let text = "Detective Kathryn Holloway of Kent Police" + String(repeating: " way of Kent Police", count: 5_000) + "."
        let started = ContinuousClock.now
        let forces = try TagHarness.tag(text).filter { $0.type == .force }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(forces.count == 5_001)
    }
}

/// models/agencies-extra.tsv: the Marshals Service as local news misspells it (session 25, batch108's tune half).
@Suite struct ForceRecognizerMarshalsTests {
    @Test(arguments: ["We partnered with U.S. Marshal’s service to find him.", "The U.S. Marshal Service said so.",
                      "The U.S. Marshals Service said so."])
    func theMarshalsServiceHowEverWritten(_ text: String) throws {
        let forces = try TagHarness.tag(text).filter { $0.type == .force }
        #expect(forces.map(\.canonical) == ["us-marshals"])
    }
}
