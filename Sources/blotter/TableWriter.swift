import Foundation
import BlotterCore
import BlotterIO

/// Renders query results as an aligned table, JSON (an array of objects) or CSV (RFC 4180 quoting).
enum TableWriter {
    static func render(_ table: StoreQuery.Table, as format: TableFormat) -> String {
        switch format {
        case .json: return json(table)
        case .csv: return csv(table)
        case .table: return text(table)
        }
    }

    static func cell(_ value: SQLiteValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): JSONWriter.format(number)
        case .text(let string): string
        }
    }

    static func json(_ table: StoreQuery.Table) -> String {
        var writer = JSONWriter()
        writer.beginArray()
        for row in table.rows {
            writer.beginObject()
            for (column, value) in zip(table.columns, row) {
                writer.key(column)
                switch value {
                case .null: writer.null()
                case .integer(let number): writer.value(Int(number))
                case .real(let number): writer.value(number)
                case .text(let string): writer.value(string)
                }
            }
            writer.endObject()
        }
        writer.endArray()
        return writer.string + "\n"
    }

    static func csv(_ table: StoreQuery.Table) -> String {
        func quote(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        var lines = [table.columns.map(quote).joined(separator: ",")]
        for row in table.rows { lines.append(row.map { quote(cell($0)) }.joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Columns padded to their widest cell (cells cut at 60 characters, new lines shown as spaces).
    static func text(_ table: StoreQuery.Table) -> String {
        let maximum = 60
        func shown(_ value: SQLiteValue) -> String {
            let flat = cell(value).replacingOccurrences(of: "\n", with: " ")
            return flat.count > maximum ? String(flat.prefix(maximum - 1)) + "…" : flat
        }
        let cells = table.rows.map { $0.map(shown) }
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
