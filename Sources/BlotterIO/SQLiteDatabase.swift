import CSQLite

/// A SQLite failure with the library's code and message, and the database it concerns.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String
    public var path: String
    public var description: String { "\(path): SQLite error \(code): \(message)" }
}

/// Owner of one SQLite connection. Not `Sendable`: used from the sink queue (or one thread) only.
public final class SQLiteDatabase {
    let handle: OpaquePointer
    public let path: String

    /// `busyTimeout`: milliseconds a statement waits for another connection's lock before failing.
    public init(path: String, readOnly: Bool = false, busyTimeout: Int32 = 5000) throws(SQLiteError) {
        var connection: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let status = sqlite3_open_v2(path, &connection, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let connection { sqlite3_close_v2(connection) }
            throw SQLiteError(code: status, message: message, path: path)
        }
        handle = connection
        self.path = path
        sqlite3_busy_timeout(handle, busyTimeout)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Changes how long a statement waits for another connection's lock (milliseconds).
    public func setBusyTimeout(_ milliseconds: Int32) { sqlite3_busy_timeout(handle, milliseconds) }

    /// Runs SQL without results (several statements allowed).
    public func execute(_ sql: String) throws(SQLiteError) {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(error)
            throw SQLiteError(code: status, message: message, path: path)
        }
    }

    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try SQLiteStatement(database: self, sql: sql)
    }

    /// The key of the row the last INSERT made.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ code: Int32) -> SQLiteError { SQLiteError(code: code, message: lastMessage, path: path) }
}

/// A value bound to or read from a statement.
public enum SQLiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var string: String? {
        switch self {
        case .null: nil
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        }
    }
}

/// Owner of one prepared statement; holds its database strongly.
public final class SQLiteStatement {
    let database: SQLiteDatabase
    let handle: OpaquePointer

    init(database: SQLiteDatabase, sql: String) throws(SQLiteError) {
        self.database = database
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw database.error(status) }
        handle = statement
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds values to ?1, ?2, … (parameters are always bound, never spliced into SQL).
    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() { try bind(value, at: Int32(offset + 1)) }
    }

    /// Binds values to named parameters (`:force`); parameters the statement does not name are ignored, and
    /// named parameters not given are bound to NULL.
    public func bind(named values: [String: SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (name, value) in values {
            let index = sqlite3_bind_parameter_index(handle, ":" + name)
            if index > 0 { try bind(value, at: index) }
        }
    }

    /// Binds one value to the parameter at `index` (1-based).
    private func bind(_ value: SQLiteValue, at index: Int32) throws(SQLiteError) {
        let status: Int32
        switch value {
        case .null: status = sqlite3_bind_null(handle, index)
        case .integer(let number): status = sqlite3_bind_int64(handle, index, number)
        case .real(let number): status = sqlite3_bind_double(handle, index, number)
        case .text(let string): status = sqlite3_bind_text(handle, index, string, -1, blotter_sqlite_transient())
        }
        guard status == SQLITE_OK else { throw database.error(status) }
    }

    /// Runs a query with named parameters and returns its rows in column order.
    public func table(named values: [String: SQLiteValue]) throws(SQLiteError) -> [[SQLiteValue]] {
        try bind(named: values)
        defer { sqlite3_reset(handle) }
        let names = columnNames
        var out: [[SQLiteValue]] = []
        while try step() {
            let row = currentRow(names)
            out.append(names.map { row[$0] ?? .null })
        }
        return out
    }

    /// Runs a statement that returns no rows.
    public func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        let status = sqlite3_step(handle)
        guard status == SQLITE_DONE || status == SQLITE_ROW else { throw database.error(status) }
        sqlite3_reset(handle)
    }

    /// Runs a query and returns the first column of its first row as an integer (nil when there is no row).
    public func integer(_ values: [SQLiteValue] = []) throws(SQLiteError) -> Int64? {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let status = sqlite3_step(handle)
        if status == SQLITE_DONE { return nil }
        guard status == SQLITE_ROW else { throw database.error(status) }
        return sqlite3_column_int64(handle, 0)
    }

    /// Runs a query and returns its rows as column name → value.
    public func rows(_ values: [SQLiteValue] = []) throws(SQLiteError) -> [[String: SQLiteValue]] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let names = columnNames
        var out: [[String: SQLiteValue]] = []
        while try step() { out.append(currentRow(names)) }
        return out
    }

    /// Runs a query and calls `visit` with each row as it is stepped (nothing is held but the current row).
    public func forEachRow(_ values: [SQLiteValue] = [], _ visit: ([String: SQLiteValue]) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let names = columnNames
        while try step() { try visit(currentRow(names)) }
    }

    /// Steps a query, handing `visit` the first column of each row as an integer, until `visit` returns false:
    /// the rows after it are never computed (a walk down an index stops there).
    public func scanIntegers(_ values: [SQLiteValue] = [], _ visit: (Int64) throws(SQLiteError) -> Bool) throws(SQLiteError) {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {
            guard try visit(sqlite3_column_int64(handle, 0)) else { return }
        }
    }

    /// One step: true when a row is ready, false when the statement is done.
    private func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(handle)
        if status == SQLITE_DONE { return false }
        guard status == SQLITE_ROW else { throw database.error(status) }
        return true
    }

    private func currentRow(_ names: [String]) -> [String: SQLiteValue] {
        var row: [String: SQLiteValue] = [:]
        for (column, name) in zip(Int32(0)..., names) {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: row[name] = .integer(sqlite3_column_int64(handle, column))
            case SQLITE_FLOAT: row[name] = .real(sqlite3_column_double(handle, column))
            case SQLITE_NULL: row[name] = .null
            default: row[name] = sqlite3_column_text(handle, column).map { .text(String(cString: $0)) } ?? .null
            }
        }
        return row
    }

    /// Column names of the statement, in order.
    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }
}
