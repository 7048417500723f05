import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterTag

/// `ForceNameVariants.swift`: "of" and "for" between capitalised words are one name.
@Suite struct ForceNameVariantsTests {
    @Test func ofAndForSwapBetweenCapitalisedWords() {
        #expect(ForceNameVariants.variants("General Directorate for National Security") == ["General Directorate of National Security"])
        #expect(ForceNameVariants.variants("Bureau of Alcohol, Tobacco and Firearms") == ["Bureau for Alcohol, Tobacco and Firearms"])
        #expect(ForceNameVariants.variants("Office of the Attorney General") == ["Office for the Attorney General"])
        // Not after a lower-case word, nor in names of two words.
        #expect(ForceNameVariants.variants("Office of the Director of Public Prosecutions") == ["Office for the Director of Public Prosecutions",
                                                                                                "Office of the Director for Public Prosecutions"])
        #expect(ForceNameVariants.variants("Friends of Police").count == 1)
        #expect(ForceNameVariants.variants("Head of").isEmpty)
        #expect(ForceNameVariants.variants("bureau of investigation").isEmpty)
    }

    @Test func aVariantAnotherRowWritesStaysThatRows() {
        let phrases = [("Office of Public Safety", 1), ("Office for Public Safety", 2), ("Agency for Crime", 3)]
        let added = ForceNameVariants.adding(to: phrases)
        #expect(added.filter { $0.0 == "Office for Public Safety" }.map(\.1) == [2])
        #expect(added.contains { $0.0 == "Agency of Crime" && $0.1 == 3 })
    }

    @Test func aVariantTwoRowsWouldMakeIsLeftOut() {
        let phrases = [("Directorate of Border Police", 1), ("Directorate for Border Police", 1), ("Office of Crime Control", 2),
                       ("Office for Crime Control", 3)]
        let added = ForceNameVariants.adding(to: phrases)
        #expect(added.count == phrases.count)
        let sameRow = ForceNameVariants.adding(to: [("Bureau of Drug Control", 4), ("Drug Control Bureau", 4)])
        #expect(sameRow.contains { $0.0 == "Bureau for Drug Control" && $0.1 == 4 })
        let ambiguous = ForceNameVariants.adding(to: [("Unit of Special Crime", 9), ("Unit of Special Crime", 10)])
        #expect(!ambiguous.contains { $0.0.lowercased() == "unit for special crime" })
    }

    @Test(arguments: [
        "Morocco's [[force:General Directorate of National Security]] ([[force:DGSN]]) arrested him in Temara.",
    ])
    func tableNamesAreMatchedInTheirOtherForm(_ source: String) throws {
        let marked = MarkedText(source)
        #expect(try TagHarness.marks(marked, types: [.force]) == marked.marks)
    }
}
