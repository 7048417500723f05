import BlotterCore
import BlotterIO

// The types of the lower targets that the command line names, re-exported one by one (not with
// `@_exported import`): the `blotter` target sees the stages only through BlotterPipeline (and, for eval, bench
// and train, BlotterEvaluation; docs/DESIGN.md), and this list is all it sees of Core and IO. What a command does with them beyond naming them lives in a façade here (`StoreExport`,
// `TableWriter`, `BatchRun`).

/// The store's questions (`blotter query`, `blotter show`): filters, periods and result tables.
public typealias StoreQuery = BlotterIO.StoreQuery
/// One cell of a store table.
public typealias SQLiteValue = BlotterIO.SQLiteValue
/// A store that cannot be opened or asked (its message names the file).
public typealias SQLiteError = BlotterIO.SQLiteError
/// A figure's kind, as `--kind` takes it.
public typealias FigureKind = BlotterCore.FigureKind
/// Paths as bytes: the command line's arguments, with names that are not UTF-8 kept nameable.
public typealias FileName = BlotterIO.FileName
