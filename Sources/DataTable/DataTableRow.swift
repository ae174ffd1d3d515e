/// One row of a table, as the closures of `filter` and `adding` see it.
public struct DataTableRow: Sendable {
    /// The table the row belongs to.
    public let table: DataTable
    /// The row's index in the table (0-based).
    public let index: Int

    /// Creates a view of row `index` of `table`.
    public init(table: DataTable, index: Int) {
        self.table = table
        self.index = index
    }

    /// The number in column `name`, or `nil` when it is missing.
    ///
    /// - Throws: `DataError` if there is no such column or it holds text (pointing at a stray text cell if there is one).
    public func numeric(_ name: String) throws -> Double? {
        if case .numeric(let values) = table[name] { return values[index] }
        // Not a numeric column: let the table say why, with the place to fix.
        _ = try table.numeric(name)
        return nil
    }

    /// The text in column `name` (numbers formatted as `DataTable.text` does), or `nil` when it is missing.
    ///
    /// - Throws: `DataError` if there is no such column.
    public func text(_ name: String) throws -> String? {
        switch try table.column(name) {
        case .text(let values): return values[index]
        case .numeric(let values): return values[index].map(formatLevel)
        }
    }

    /// The value in column `name`.
    ///
    /// - Throws: `DataError` if there is no such column.
    public func value(_ name: String) throws -> CellValue {
        try table.column(name).value(index)
    }

    /// Where this row's value of column `name` came from, for error messages.
    public func location(column name: String? = nil) -> CellLocation {
        table.location(row: index, column: name)
    }
}
