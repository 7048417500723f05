import Testing
import BlotterCore
@testable import BlotterTag

@Suite struct LocalRupeeTests {
    func money(_ text: String) throws -> [String?] {
        try TagHarness.tag(text).map(\.entity).filter { $0.type == .figure && $0.figure?.kind == .money }.map { $0.figure?.unit }
    }

    @Test func aBareRupeeTakesTheRupeeOfTheCountryTheStoryIsAbout() throws {
        #expect(try money("Nepal Police arrested two men in Kathmandu with Rs 4.7 million.") == ["NPR"])
        #expect(try money("Police in Lahore, Pakistan, seized Rs 2 million from the gang in Karachi.") == ["PKR"])
    }

    @Test func anIndianOrMarkedRupeeStaysINR() throws {
        #expect(try money("Delhi Police seized Rs 5 lakh in New Delhi.") == ["INR"])
        #expect(try money("Police in Kathmandu, Nepal, found INR 500 on him.") == ["INR"])
        #expect(!LocalRupee.isBareRupee("INR 500") && !LocalRupee.isBareRupee("₹500") && LocalRupee.isBareRupee("Rs 50,000"))
        #expect(try money("Police in Kathmandu, Nepal, found Indian Rs 5 lakh on him.") == ["INR"])
    }
}
