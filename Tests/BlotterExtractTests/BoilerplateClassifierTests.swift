import Testing
@testable import BlotterExtract

@Suite struct BoilerplateClassifierTests {
    func hides(_ classes: String) -> Bool { BoilerplateClassifier.hasHidingClass(Array(classes.utf8)) }

    @Test func hidingUtilityClassesHide() {
        #expect(hides("post-main hide"))
        #expect(hides("sr-only"))
        #expect(hides("d-none"))
        #expect(!hides("hidden-gem-story"), "only whole class names")
    }

    @Test func classesThatShowTheElementAgainWin() {
        #expect(!hides("hidden lg:block mx-2"), "Tailwind: shown from large screens up")
        #expect(!hides("d-none d-md-block"), "Bootstrap: shown from medium screens up")
        #expect(!hides("ss-accordion-content pl-2 hidden"), "an accordion's answer, opened by the reader")
    }

    @Test func wordPressTopicClassesAreNotReadButAThemesOwnAre() {
        func kept(_ names: String) -> String { String(decoding: BoilerplateClassifier.withoutTaxonomyClasses(Array(names.utf8)), as: UTF8.self) }
        #expect(kept("post-12 post type-post hentry category-crime tag-social-media") == "post-12 post type-post hentry")
        #expect(kept("category-nav tag-list") == "category-nav tag-list", "a theme's names, not post_class's")
    }
}
