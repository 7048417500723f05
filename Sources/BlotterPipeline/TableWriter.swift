import Foundation
import BlotterCore
import BlotterIO

/// How query results are printed.
public enum TableFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

/// Renders query results as an aligned table, JSON (an array of objects) or CSV (RFC 4180 quoting).
public enum TableWriter {
    public static func render(_ table: StoreQuery.Table, as format: TableFormat) -> String {
        switch format {
        case .json: return json(table)
        case .csv: return csv(table)
        case .table: return text(table)
        }
    }

    public static func cell(_ value: SQLiteValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): JSONWriter.format(number)
        case .text(let string): string
        }
    }

    public static func json(_ table: StoreQuery.Table) -> String {
        var writer = JSONWriter()
        array(table, into: &writer)
        return writer.string + "\n"
    }

    /// Several tables as one JSON document: an object with one array per name, in the order given.
    public static func json(_ tables: [(name: String, table: StoreQuery.Table)]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        for (name, table) in tables {
            writer.key(name)
            array(table, into: &writer)
        }
        writer.endObject()
        return writer.string + "\n"
    }

    /// One row as a JSON object with the named arrays after its fields (`blotter show --format json`).
    public static func json(row table: StoreQuery.Table, with tables: [(name: String, table: StoreQuery.Table)]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        if let row = table.rows.first { fields(table.columns, row, into: &writer) }
        for (name, table) in tables {
            writer.key(name)
            array(table, into: &writer)
        }
        writer.endObject()
        return writer.string + "\n"
    }

    private static func array(_ table: StoreQuery.Table, into writer: inout JSONWriter) {
        writer.beginArray()
        for row in table.rows {
            writer.beginObject()
            fields(table.columns, row, into: &writer)
            writer.endObject()
        }
        writer.endArray()
    }

    private static func fields(_ columns: [String], _ row: [SQLiteValue], into writer: inout JSONWriter) {
        for (column, value) in zip(columns, row) {
            writer.key(column)
            switch value {
            case .null: writer.null()
            case .integer(let number): writer.value(Int(number))
            case .real(let number): writer.value(number)
            case .text(let string): writer.value(string)
            }
        }
    }

    /// One row as `column: value` lines (`blotter show`), every value whole, null fields left out.
    public static func fields(_ table: StoreQuery.Table) -> String {
        guard let row = table.rows.first else { return "" }
        let width = table.columns.map(\.count).max() ?? 0
        var lines: [String] = []
        for (column, value) in zip(table.columns, row) where value != .null {
            let label = (column + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0)
            lines.append(label + " " + cell(value).replacingOccurrences(of: "\n", with: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func csv(_ table: StoreQuery.Table) -> String {
        func quote(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        var lines = [table.columns.map(quote).joined(separator: ",")]
        for row in table.rows { lines.append(row.map { quote(cell($0)) }.joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The table without the columns that are null in every row (a person has no kind, a figure no role).
    public static func withoutEmptyColumns(_ table: StoreQuery.Table) -> StoreQuery.Table {
        let kept = table.columns.indices.filter { index in table.rows.contains { $0[index] != .null } }
        return StoreQuery.Table(columns: kept.map { table.columns[$0] }, rows: table.rows.map { row in kept.map { row[$0] } })
    }

    /// Columns holding ids: shown whole in tables (a cut id cannot be looked up with `blotter show`).
    public static let wholeColumns: Set<String> = ["id", "document_id", "canonical"]

    /// Columns padded to their widest cell (cells cut at 60 characters but ids whole, new lines shown as spaces).
    public static func text(_ table: StoreQuery.Table) -> String {
        let maximum = 60
        func shown(_ value: SQLiteValue, whole: Bool) -> String {
            let flat = cell(value).replacingOccurrences(of: "\n", with: " ")
            return !whole && flat.count > maximum ? String(flat.prefix(maximum - 1)) + "…" : flat
        }
        let whole = table.columns.map { wholeColumns.contains($0) }
        let cells = table.rows.map { row in zip(row, whole).map { shown($0, whole: $1) } }
        var widths = table.columns.map(\.count)
        for row in cells { for (index, value) in row.enumerated() { widths[index] = max(widths[index], value.count) } }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(table.columns), line(widths.map { String(repeating: "-", count: $0) })]
        out.append(contentsOf: cells.map(line))
        out.append("(\(table.rows.count) rows)")
        return out.joined(separator: "\n") + "\n"
    }
}
