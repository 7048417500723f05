import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `PersonRecognizer+Frames.swift`: names no list knows, read from a kinship phrase, an age, or an arrest.
@Suite struct PersonRecognizerFramesTests {
    @Test(arguments: [
        "The dealers are [[person:Salamatullah]], son of deceased [[person:Habibullah]], and others.",
        "He was identified as [[person:Rabiul]], son of the late [[person:Karimullah]] of Cox's Bazar.",
        "Police named the driver as [[person:Sachin]], 30, of Thane.",
        "[[person:Faisi]], [[person:Jishnu]], [[person:Nandu]] and [[person:Pramod]] were arrested on Thursday.",
        "[[person:Sachin]] was booked under the Act.",
        // Not: a possessive or a lower-case noun after the words ("son of X's president"), "the" alone before them, an
        // everyday word with a number after it, a country, words that are not a sentence's subject before the verb.
        "The son of Atletico Paranaense's president won the contract.",
        "She is the sister of Bronx Republican chair [[person:Michael Rendino]].",
        "It was not the son of the Queen who spoke.",
        "See the Law Review, Fall, 11, 279.",
        "Nepal, 30, was the score.",
        "In Kerala Faisi and Pramod were arrested.",
        // A deed done to a person before "of": the person; not a place ("the rape of Nanking").
        "With the arrest of [[person:Midhun]], a local worker, seven are held.",
        "They remembered the rape of Nanking in 1937.",
        // A nationality in the plural is no name; a capitalised "Late" is no part of one.
        "Bangladeshis were detained at the border.",
        "He mourned the killing of Palestinians in the raid.",
        "He is the son of Late [[person:Habibullah]] of Kutubdia.",
        // (session 21) A name in commas after a word for a person; names after "identified as" or "namely" where a word
        // for people stands before; not a thing identified, nor an everyday word in commas.
        "In Korangi, a suspect, [[person:Furqan]], was arrested after an encounter.",
        "Police arrested a drug peddler, [[person:Tavaneesh]], near a hostel.",
        "Three kidnappers identified as [[person:Shehyar]], [[person:Asad]] and [[person:Basit]] were hurt. The fourth kidnapper namely [[person:Hammad]] was held.",
        "The car was identified as a Toyota Corolla by police.",
        "The witness, Sunday, said nothing.",
    ])
    func readsNamesFromTheirFrame(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.person]) == marked.marks)
    }
}
