/// One column of a table: numbers or text, each value possibly missing (`nil`).
public enum Column: Sendable, Equatable {
    /// Numeric values; `nil` is a missing value.
    case numeric([Double?])
    /// Text values; `nil` is a missing value.
    case text([String?])

    /// Number of values (rows).
    public var count: Int {
        switch self {
        case .numeric(let values): return values.count
        case .text(let values): return values.count
        }
    }

    /// Whether the value in `row` is missing.
    public func isMissing(_ row: Int) -> Bool {
        switch self {
        case .numeric(let values): return values[row] == nil
        case .text(let values): return values[row] == nil
        }
    }

    /// How many values are missing.
    public var missingCount: Int {
        switch self {
        case .numeric(let values): return values.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        case .text(let values): return values.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        }
    }

    /// The rows at `indices`, in that order.
    public func rows(_ indices: [Int]) -> Column {
        switch self {
        case .numeric(let values): return .numeric(indices.map { values[$0] })
        case .text(let values): return .text(indices.map { values[$0] })
        }
    }
}

/// A text value found in a column that otherwise holds numbers.
///
/// Loaders keep such a column as text (nothing is lost) but remember the first offending cell, so that using the
/// column as a number can fail with the exact place to fix instead of silently turning it into a factor.
public struct TextInNumericColumn: Sendable, Equatable {
    /// The first value that is not a number.
    public var value: String
    /// Where it was found.
    public var location: CellLocation
    /// How many non-missing values in the column are numbers.
    public var numericCount: Int
    /// How many non-missing values are not.
    public var textCount: Int

    /// Records a text value seen in an otherwise numeric column.
    public init(value: String, location: CellLocation, numericCount: Int, textCount: Int) {
        self.value = value
        self.location = location
        self.numericCount = numericCount
        self.textCount = textCount
    }
}
