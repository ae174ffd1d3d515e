import Foundation

/// A rectangular table of named, typed columns with explicit missing values.
///
/// The value type every loader produces and every later stage (measures, model design, reports) reads.
public struct DataTable: Sendable {
    /// Column names in file order.
    public private(set) var columnNames: [String]
    private var columnsByName: [String: Column]
    /// Number of rows.
    public private(set) var rowCount: Int
    /// Where the table came from (a file path), for error messages.
    public var source: String?
    /// For each row, the line of the source file it came from (1-based; the header is line 1), when known.
    public var sourceLines: [Int]?
    /// Columns kept as text although most of their values are numbers, with the first text value seen.
    public var textInNumericColumns: [String: TextInNumericColumn] = [:]
    /// For columns read from `source`, their 1-based field number in that file, so error locations stay right
    /// after columns are selected, renamed or added. `nil` for tables not read from a file.
    public var sourceColumns: [String: Int]?

    /// Creates a table from named columns of equal length.
    ///
    /// - Throws: `DataError` if two columns share a name or their lengths differ.
    public init(columns: [(name: String, values: Column)], source: String? = nil) throws {
        var names: [String] = []
        var byName: [String: Column] = [:]
        let count = columns.first?.values.count ?? 0
        for (name, values) in columns {
            guard byName[name] == nil else {
                throw DataError("column '\(name)' appears twice; rename one of them", at: CellLocation(file: source))
            }
            guard values.count == count else {
                throw DataError("column '\(name)' has \(values.count) values but the table has \(count) rows",
                                at: CellLocation(file: source))
            }
            names.append(name)
            byName[name] = values
        }
        self.columnNames = names
        self.columnsByName = byName
        self.rowCount = count
        self.source = source
    }

    /// The column called `name`, or `nil` if there is none.
    public subscript(name: String) -> Column? { columnsByName[name] }

    /// Whether the table has a column called `name`.
    public func hasColumn(_ name: String) -> Bool { columnsByName[name] != nil }

    /// The column called `name`, or an error naming the columns that do exist.
    public func column(_ name: String) throws -> Column {
        guard let column = columnsByName[name] else {
            throw DataError("no column '\(name)'; the columns are: \(columnNames.joined(separator: ", "))",
                            at: CellLocation(file: source))
        }
        return column
    }

    /// The numeric values of column `name`.
    ///
    /// - Throws: `DataError` if the column is missing, or holds text; when the text is a stray value in a column of
    ///   numbers, the error points at that cell.
    public func numeric(_ name: String) throws -> [Double?] {
        switch try column(name) {
        case .numeric(let values):
            return values
        case .text:
            if let stray = textInNumericColumns[name] {
                throw DataError(
                    "column '\(name)' has the text value '\(stray.value)' where numbers are expected; "
                        + "fix the value, or mark it as missing with --na '\(stray.value)'",
                    at: stray.location)
            }
            throw DataError("column '\(name)' holds text, not numbers; use a numeric column here",
                            at: CellLocation(file: source))
        }
    }

    /// The values of column `name` as text (numbers are formatted as R would print them for factor levels).
    public func text(_ name: String) throws -> [String?] {
        switch try column(name) {
        case .text(let values): return values
        case .numeric(let values): return values.map { $0.map(formatLevel) }
        }
    }

    /// Adds or replaces a column.
    public mutating func setColumn(_ name: String, _ values: Column) throws {
        guard columnNames.isEmpty || values.count == rowCount else {
            throw DataError("column '\(name)' has \(values.count) values but the table has \(rowCount) rows",
                            at: CellLocation(file: source))
        }
        if columnsByName[name] == nil { columnNames.append(name) }
        if columnNames.count == 1 { rowCount = values.count }
        columnsByName[name] = values
        // The new values are no longer the file's: drop what described the old ones.
        textInNumericColumns[name] = nil
        sourceColumns?[name] = nil
    }

    /// The rows at `indices`, in that order, keeping every column.
    public func rows(_ indices: [Int]) -> DataTable {
        var copy = self
        for name in columnNames { copy.columnsByName[name] = columnsByName[name]!.rows(indices) }
        copy.rowCount = indices.count
        copy.sourceLines = sourceLines.map { lines in indices.map { lines[$0] } }
        return copy
    }

    /// Where row `row`'s value of column `name` came from, for error messages.
    ///
    /// The column number is the field's place in the source file when known (see `sourceColumns`); a column made
    /// later (derived, joined) has no place in the file, so its number is left out. Tables not read from a file
    /// use the column's position in the table.
    public func location(row: Int, column name: String? = nil) -> CellLocation {
        let column: Int?
        if let name {
            if let sourceColumns {
                column = sourceColumns[name]
            } else {
                column = columnNames.firstIndex(of: name).map { $0 + 1 }
            }
        } else {
            column = nil
        }
        return CellLocation(file: source, line: sourceLines?[row], column: column)
    }
}

/// Formats a number used as a factor level the way R's `as.character` does for whole numbers (`3`, not `3.0`).
func formatLevel(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 0x1p53 { return String(Int64(value)) }
    return String(value)
}
