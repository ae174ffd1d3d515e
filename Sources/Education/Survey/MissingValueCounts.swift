import DataTable

/// How many values of each column are missing, in column order.
///
/// CDE files write a missing or suppressed value as an empty field, `N/A`, `NA` or `*`; loaders turn all of them into
/// missing values, and this count is how an analyst sees how many there were.
public struct MissingValueCounts: Sendable, Equatable {
    /// Column names in table order.
    public let columnNames: [String]
    /// Missing values per column.
    public let counts: [String: Int]
    /// Rows counted.
    public let rowCount: Int

    /// Counts the missing values of every column of `table`.
    public init(table: DataTable) {
        columnNames = table.columnNames
        var counts: [String: Int] = [:]
        for name in table.columnNames { counts[name] = table[name]?.missingCount ?? 0 }
        self.counts = counts
        rowCount = table.rowCount
    }

    /// The number of missing values in `column`, or `nil` if there is no such column.
    public subscript(column: String) -> Int? { counts[column] }

    /// The columns with at least one missing value, with their counts, in table order.
    public var columnsWithMissing: [(column: String, missing: Int)] {
        columnNames.compactMap { name in
            let count = counts[name] ?? 0
            return count > 0 ? (name, count) : nil
        }
    }
}
