/// The rows that share one combination of values in the grouping columns.
public struct RowGroup: Sendable, Equatable {
    /// The group's values, one per grouping column (`.missing` is a value of its own).
    public var key: [CellValue]
    /// The group's rows (0-based indices), in table order.
    public var rows: [Int]

    /// Creates a group.
    public init(key: [CellValue], rows: [Int]) {
        self.key = key
        self.rows = rows
    }
}

extension DataTable {
    /// The rows grouped by their values in `columns`, groups in the order their first row appears.
    ///
    /// The building block of group-by aggregation (school means from responses, district counts): take a group's
    /// `rows` and summarize any column over them. Rows with a missing grouping value form their own group (key
    /// `.missing`), so nothing disappears unseen; drop that group if it should not count.
    ///
    /// - Throws: `DataError` if a column does not exist.
    public func groupIndices(by columns: [String]) throws -> [RowGroup] {
        let keyColumns = try columns.map { try column($0) }
        var groups: [RowGroup] = []
        var position: [[CellValue]: Int] = [:]
        for row in 0..<rowCount {
            let key = keyColumns.map { $0.value(row) }
            if let index = position[key] {
                groups[index].rows.append(row)
            } else {
                position[key] = groups.count
                groups.append(RowGroup(key: key, rows: [row]))
            }
        }
        return groups
    }
}
