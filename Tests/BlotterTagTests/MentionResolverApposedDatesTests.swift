import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

@Suite struct MentionResolverApposedDatesTests {
    private func dates(_ text: String) throws -> [String: String] {
        var found: [String: String] = [:]
        for entity in try TagHarness.tag(text) {
            if case .date(let iso) = entity.figure?.value { found[entity.text] = iso }
        }
        return found
    }

    @Test func aRelativeDayTakesTheDateWrittenRightAfterIt() throws {
        #expect(try dates("He will appear in court today (Wednesday, 11 August) charged with importing.")["today"] == "XXXX-08-11")
        #expect(try dates("The car was stopped yesterday (February 5) in Spalding.")["yesterday"] == "XXXX-02-05")
        #expect(try dates("A spokesman said yesterday, October 11, that four were held.")["yesterday"] == "XXXX-10-11")
        #expect(try dates("\"We will charge them today (Monday),\" he said.")["today"] == "XXXX-WXX-1")
    }

    @Test func aDateFurtherOnDatesNoRelativeDay() throws {
        #expect(try dates("He was arrested yesterday and charged on Friday.")["yesterday"] == "XXXX-XX-XX")
        #expect(try dates("He was seen today, 2023 being the year it began.")["today"] == "XXXX-XX-XX")
    }
}
