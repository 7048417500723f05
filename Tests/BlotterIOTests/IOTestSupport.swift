import Foundation
import Testing
import BlotterCore
import BlotterTestSupport
@testable import BlotterIO

extension PageSource {
    /// Every item the source gives, in order.
    func drain() -> [Item] {
        var items: [Item] = []
        while let item = next() { items.append(item) }
        return items
    }

    /// The pages and document errors the source gives; an input error is recorded as a test issue naming `label`.
    func pagesAndErrors(label: String) -> (pages: [RawPage], errors: [DocumentError]) {
        var pages: [RawPage] = []
        var errors: [DocumentError] = []
        for item in drain() {
            switch item {
            case .page(let page): pages.append(page)
            case .documentError(let error): errors.append(error)
            case .inputError(let message): Issue.record("\(label): \(message)")
            case .inputFinished: break
            }
        }
        return (pages, errors)
    }
}

enum StoreFixture {
    /// Writes `records` through the real sink into a new store in a temporary folder; its path.
    static func store(_ records: [Record]) throws -> String {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("store.sqlite").path
        let sink = try SQLiteSink(path: path)
        for record in records { try sink.write(record) }
        try sink.finish()
        return path
    }
}
