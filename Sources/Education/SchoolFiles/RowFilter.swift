import DataTable

/// A condition on one column that a row must meet to count, as a data description writes it: `Grade in 3,4,5`
/// or `Category = All Students`.
///
/// Values are compared as text after trimming, so `Year = 2011` and `schoolyear = 20102011` mean what they say
/// whatever the column's type.
public struct RowFilter: Sendable, Equatable, CustomStringConvertible {
    /// The column the condition is on.
    public var column: String
    /// The values a row may have there.
    public var allowed: [String]

    /// Creates a filter keeping rows whose `column` is one of `allowed`.
    public init(column: String, allowed: [String]) {
        self.column = column
        self.allowed = allowed
    }

    /// Reads `;`-separated conditions: `COLUMN = VALUE` or `COLUMN in V1,V2,...` (`3-8` in a list means 3 to 8).
    ///
    /// - Throws: `PartnershipError` (usage) naming the condition it cannot read.
    public static func parseList(_ text: String) throws -> [RowFilter] {
        try text.split(separator: ";").map { try parse(String($0)) }
    }

    /// Reads one condition.
    static func parse(_ text: String) throws -> RowFilter {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let equals = trimmed.firstIndex(of: "=") {
            let column = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if !column.isEmpty, !value.isEmpty { return RowFilter(column: column, allowed: [value]) }
        } else if let range = trimmed.range(of: " in ") {
            let column = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let values = try trimmed[range.upperBound...].split(separator: ",").flatMap { try expand($0) }
            if !column.isEmpty, !values.isEmpty { return RowFilter(column: column, allowed: values) }
        }
        throw PartnershipError("cannot read the row filter '\(trimmed)'; write 'COLUMN = VALUE' or "
                               + "'COLUMN in V1,V2' (for example 'Grade in 3-8; Category = All Students')", kind: .usage)
    }

    /// `3-8` as 3, 4, ..., 8; any other value as itself.
    private static func expand(_ part: Substring) throws -> [String] {
        let value = part.trimmingCharacters(in: .whitespaces)
        let ends = value.split(separator: "-")
        if ends.count == 2, let low = Int(ends[0]), let high = Int(ends[1]), low <= high, high - low < 1000 {
            return (low...high).map(String.init)
        }
        return [value]
    }

    /// `Grade in 3,4,5` or `Category = All Students`.
    public var description: String {
        allowed.count == 1 ? "\(column) = \(allowed[0])" : "\(column) in \(allowed.joined(separator: ","))"
    }
}
