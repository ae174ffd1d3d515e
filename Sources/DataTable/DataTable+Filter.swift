/// Keeping rows and deriving columns, one row at a time.
extension DataTable {
    /// The rows for which `isIncluded` is true, in their order; source lines follow the rows.
    public func filter(_ isIncluded: (DataTableRow) throws -> Bool) rethrows -> DataTable {
        var kept: [Int] = []
        for index in 0..<rowCount where try isIncluded(DataTableRow(table: self, index: index)) {
            kept.append(index)
        }
        return rows(kept)
    }

    /// The table with a new numeric column computed from each row (`nil` for missing).
    ///
    /// - Throws: `DataError` if a column called `name` exists already, or whatever `value` throws.
    public func adding(_ name: String, numeric value: (DataTableRow) throws -> Double?) throws -> DataTable {
        try checkNewColumnName(name)
        var values: [Double?] = []
        values.reserveCapacity(rowCount)
        for index in 0..<rowCount { values.append(try value(DataTableRow(table: self, index: index))) }
        var table = self
        try table.setColumn(name, .numeric(values))
        return table
    }

    /// The table with a new text column computed from each row (`nil` for missing).
    ///
    /// - Throws: `DataError` if a column called `name` exists already, or whatever `value` throws.
    public func adding(_ name: String, text value: (DataTableRow) throws -> String?) throws -> DataTable {
        try checkNewColumnName(name)
        var values: [String?] = []
        values.reserveCapacity(rowCount)
        for index in 0..<rowCount { values.append(try value(DataTableRow(table: self, index: index))) }
        var table = self
        try table.setColumn(name, .text(values))
        return table
    }

    /// A derived column never silently replaces data: replacing is `setColumn`'s job.
    private func checkNewColumnName(_ name: String) throws {
        guard !hasColumn(name) else {
            throw DataError("a column called '\(name)' exists already; give the new column another name",
                            at: CellLocation(file: source))
        }
    }
}
