import Testing
import BlotterPipeline

@Suite struct TableWriterTests {
    let table = StoreQuery.Table(columns: ["id", "name", "kind"],
                                 rows: [[.text("a1"), .text("Smith, \"Jo\""), .null], [.text("b2"), .integer(7), .null]])

    @Test func csvQuotesFieldsWithCommasAndQuotes() {
        #expect(TableWriter.csv(table) == "id,name,kind\r\na1,\"Smith, \"\"Jo\"\"\",\r\nb2,7,\r\n")
    }

    @Test func jsonWritesNullsAndNumbersAsJSON() {
        #expect(TableWriter.json(table) == #"[{"id":"a1","name":"Smith, \"Jo\"","kind":null},{"id":"b2","name":7,"kind":null}]"# + "\n")
    }

    @Test func columnsNullInEveryRowAreLeftOut() {
        #expect(TableWriter.withoutEmptyColumns(table).columns == ["id", "name"])
    }

    @Test func textTableCutsLongCellsButNotIds() {
        let long = String(repeating: "x", count: 70)
        let rendered = TableWriter.text(StoreQuery.Table(columns: ["id", "name"], rows: [[.text(long), .text(long)]]))
        let row = rendered.split(separator: "\n")[2]
        #expect(row.hasPrefix(long + "  "))
        #expect(row.hasSuffix(String(repeating: "x", count: 59) + "…"))
        #expect(rendered.hasSuffix("(1 rows)\n"))
    }
}
