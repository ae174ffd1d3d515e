import DataTable

/// Separates the school records of a CDE API file from its district and state summary records.
///
/// CDE files mix both kinds of rows. Where the file has a record-type column (`RTYPE`), `D` (district) and `X`
/// (state) rows are summaries and every other type is a school; the 2004-2005 files also used `A` (ASAM), `M`
/// (small) and `F`/`B` for schools, which is why "not D or X" rather than "S" decides. Files without `RTYPE`
/// (the reduced 2012 Base file) mark summary rows by an empty school name (with `ST_RANK` = `B`).
public struct SchoolRowSplit: Sendable {
    /// Row numbers (in the whole table) of school records.
    public let schoolRows: [Int]
    /// Row numbers of district and state records.
    public let summaryRows: [Int]
    /// How the rows were told apart, for reports.
    public let rule: String

    /// Splits `table`; `recordType` and `schoolName` name the columns to use (matched without regard to case).
    ///
    /// - Throws: `EducationError` if the table has neither column.
    public init(table: DataTable, recordType: String = "RTYPE", schoolName: String = "SNAME") throws {
        var schools: [Int] = []
        var summaries: [Int] = []
        if let rtype = table.columnNamed(recordType) {
            let values = try table.text(rtype)
            for (row, value) in values.enumerated() {
                let code = value?.trimmingSpaces().uppercased() ?? ""
                if code == "D" || code == "X" { summaries.append(row) } else { schools.append(row) }
            }
            rule = "\(rtype) = D (district) or X (state) are summary rows; all other rows are schools"
        } else if let sname = table.columnNamed(schoolName) {
            let values = try table.text(sname)
            for (row, value) in values.enumerated() {
                if (value?.trimmingSpaces() ?? "").isEmpty { summaries.append(row) } else { schools.append(row) }
            }
            rule = "rows with an empty \(sname) are district or state rows; all other rows are schools"
        } else {
            throw EducationError(
                "the file has neither a record-type column (\(recordType)) nor a school-name column (\(schoolName)); "
                    + "check that it is a CDE API data file with its header row",
                at: CellLocation(file: table.source, line: 1))
        }
        schoolRows = schools
        summaryRows = summaries
    }
}

extension DataTable {
    /// The name of the column called `name` ignoring case, preferring an exact match.
    func columnNamed(_ name: String) -> String? {
        if hasColumn(name) { return name }
        let lowered = name.lowercased()
        return columnNames.first { $0.lowercased() == lowered }
    }

    /// The name of the column called `name` ignoring case, or an error that lists the columns there are.
    func requireColumn(_ name: String, purpose: String) throws -> String {
        guard let found = columnNamed(name) else {
            throw EducationError(
                "no column '\(name)' (\(purpose)); the columns are: \(columnNames.joined(separator: ", "))",
                at: CellLocation(file: source, line: 1))
        }
        return found
    }

    /// The text of column `name` with surrounding spaces removed and empty values turned into missing ones.
    func trimmedText(_ name: String) throws -> [String?] {
        try text(name).map { value in
            guard let trimmed = value?.trimmingSpaces(), !trimmed.isEmpty else { return nil }
            return trimmed
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
