/// How many values one column has and lacks.
public struct MissingCount: Sendable, Equatable {
    /// The column's name.
    public var column: String
    /// How many values are missing.
    public var missing: Int
    /// How many are present.
    public var present: Int

    /// Creates a count.
    public init(column: String, missing: Int, present: Int) {
        self.column = column
        self.missing = missing
        self.present = present
    }
}

extension DataTable {
    /// For every column, in table order, how many values are missing and present: the first thing to report
    /// about a data file, and the reason behind listwise deletion counts.
    public func missingCounts() -> [MissingCount] {
        columnNames.map { name in
            let missing = self[name]!.missingCount
            return MissingCount(column: name, missing: missing, present: rowCount - missing)
        }
    }

    /// The rows with a value in every one of `columns` (listwise deletion), in table order.
    ///
    /// - Throws: `DataError` if a column does not exist.
    public func completeRows(in columns: [String]) throws -> [Int] {
        let checked = try columns.map { try column($0) }
        return (0..<rowCount).filter { row in checked.allSatisfy { !$0.isMissing(row) } }
    }
}
