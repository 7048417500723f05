import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+StoryUnits.swift`: units named in sentences about police work on a page that names a force.
@Suite struct ForceRecognizerStoryUnitsTests {
    @Test(arguments: [
        "[[force:Kent Police]] said the man was arrested. The [[force:Missing Persons Unit]] searched for the suspect.",
        "[[force:Essex Police]] said officers of the [[force:Special Weapons Team]] arrested two men.",
        // Not: no force on the page; another service's unit; a sentence with no police work.
        // (Not "Missing Persons Unit": "missing" is a policing word since session 14, a unit by itself.)
        "The Flight Operations Unit was called in after the man was arrested.",
        "[[force:Kent Police]] said the man was arrested. He was taken to the Intensive Care Unit, where officers waited.",
        "[[force:Kent Police]] said the man was arrested. The Leadership Team met on Monday.",
    ])
    func findsUnitsInPoliceStories(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}

/// `ForceRecognizer+StoryUnits.swift`, `compassDivision`: divisions named by their compass point.
@Suite struct ForceRecognizerCompassDivisionTests {
    @Test(arguments: [
        "The [[force:Jamaica Constabulary Force]] said the man was arrested. Police in the [[force:Southern Division]] seized two guns from the suspect.",
        "The [[force:Trinidad and Tobago Police Service]] said so. The [[force:North Eastern Division Task Force]] seized a gun and arrested him.",
        "He was taken to the San Juan Police Sub Station, [[force:Trinidad and Tobago Police Service]] officers said.",
        "A man was arrested by [[force:Waikato Police]]. [[force:Serious Crash Unit]] are investigating, police said.",
        // Not: a league's division, one whose name goes on, a page with no force.
        "The Patriots won the AFC East Division title; police said fans were arrested.",
        "[[force:HRPD]] said East Division Patrol officers arrested the man.",
        "Police in the Southern Division seized two guns from the suspect.",
        // A known place's division too, in a sentence about police work on a page that names a force.
        "The [[force:Trinidad and Tobago Police Service]] said so. Guns were seized by police officers in the [[force:Tobago Division]].",
        "The [[force:Jamaica Constabulary Force]] said so. He won the Manchester Division title at the county show.",
    ])
    func findsCompassDivisions(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
