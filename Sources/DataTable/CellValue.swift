/// One cell of a table: a number, a text, or missing.
///
/// Used where values of either type are compared or collected, such as join keys and group keys.
public enum CellValue: Sendable, Hashable, CustomStringConvertible {
    /// A number (`-0` and `0` are equal, as Double's own `==` says).
    case number(Double)
    /// A text value.
    case text(String)
    /// A missing value.
    case missing

    /// The value as it would appear in a message: numbers as R prints factor levels, missing as `NA`.
    public var description: String {
        switch self {
        case .number(let value): return formatLevel(value)
        case .text(let value): return value
        case .missing: return "NA"
        }
    }
}

extension Column {
    /// The value in `row`.
    public func value(_ row: Int) -> CellValue {
        switch self {
        case .numeric(let values): return values[row].map(CellValue.number) ?? .missing
        case .text(let values): return values[row].map(CellValue.text) ?? .missing
        }
    }

    /// Whether this column holds numbers.
    public var isNumeric: Bool {
        if case .numeric = self { return true }
        return false
    }

    /// The values at `indices`, with a missing value where the index is `nil` (rows a left join could not match).
    func rows(_ indices: [Int?]) -> Column {
        switch self {
        case .numeric(let values): return .numeric(indices.map { $0.flatMap { values[$0] } })
        case .text(let values): return .text(indices.map { $0.flatMap { values[$0] } })
        }
    }
}
