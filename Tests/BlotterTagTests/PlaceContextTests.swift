import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct PlaceContextTests {
    @Test(arguments: [
        // (session 24, the tune halves of batches 105 and 106: both were people)
        ("Gardai were despatched to an incident in rural north Kerry last night.", "Kerry"),
        ("The troopers will focus on Berkeley and Jefferson counties, Widmeyer said.", "Jefferson"),
    ])
    func aCompassWordBeforeOrACountyWordAfterMakesAPlace(text: String, name: String) throws {
        let found = try TagHarness.tag(text)
        #expect(found.contains { $0.type == .location && $0.text == name })
        #expect(!found.contains { $0.type == .person && $0.text == name })
    }

    @Test func aNameAfterACompassWordStaysAPersonWhenTheTableDoesNotKnowItWhole() throws {
        // (the rule's boundary: "south" before "Jordan Henderson", a name the place table does not hold)
        let found = try TagHarness.tag("Witnesses saw the car heading south Jordan Henderson said on Tuesday.")
        #expect(found.contains { $0.type == .person && $0.text == "Jordan Henderson" })
    }
}
