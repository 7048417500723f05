import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceRecognizer+CustomsServices.swift`: a customs service by its bare name when it acts as the agency.
@Suite struct ForceRecognizerCustomsServicesTests {
    @Test(arguments: [
        "[[force:Customs]] has arrested three alleged drug couriers at Auckland International Airport.",
        "Between August and September, [[force:Customs]] officers seized five air freight consignments in Auckland.",
        "Cigarettes were seized at Rosslare in Wexford, Ireland, by [[force:Revenue]].",
        "[[force:Revenue]] officers seized cannabis at Dublin Port in Ireland.",
        // Not: revenue clerks on a page not about Ireland, a word of a longer name, a bare name beside the full one.
        "Revenue officials in Pune surveyed the land.",
        "He paid customs duties and the Customs Act applies.",
        "[[force:Hong Kong Customs]] smashed a syndicate. Customs officers intercepted a goods vehicle.",
    ])
    func findsCustomsServices(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
