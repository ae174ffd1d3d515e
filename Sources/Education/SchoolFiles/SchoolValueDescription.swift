import DataTable

/// Where one school-level number comes from in a district's own file: the file, its school key column, the value
/// column, the rows that count, and how several rows of one school combine.
///
/// Wide files (a column per year) and long files (key, year, value rows) are both described this way: a wide
/// file's prior year is another `value` column of the same file, a long file's is another year filter.
public struct SchoolValueDescription: Sendable, Equatable {
    /// The file (CSV, or another delimiter).
    public var file: String
    /// The column holding the school key (matched exactly after trimming).
    public var key: String
    /// The column holding the value.
    public var value: String
    /// Conditions a row must meet to count (for example `Grade in 3-8`, `Year = 2011`).
    public var filters: [RowFilter]
    /// A column of weights (for example `Number Tested`): the school's value is the weighted mean over its rows
    /// where value and weight are both numbers. Without one, a school must have at most one row after the filters.
    public var weight: String?
    /// Extra cell values meaning "missing" in this file (for example `s`, `NDA`).
    public var missingTokens: [String]
    /// The field separator.
    public var delimiter: Character

    /// Creates a description.
    public init(file: String, key: String, value: String, filters: [RowFilter] = [], weight: String? = nil,
                missingTokens: [String] = [], delimiter: Character = ",") {
        self.file = file
        self.key = key
        self.value = value
        self.filters = filters
        self.weight = weight
        self.missingTokens = missingTokens
        self.delimiter = delimiter
    }

    /// The columns the description names, in the order it names them.
    var namedColumns: [String] { [key, value] + filters.map(\.column) + (weight.map { [$0] } ?? []) }

    /// The reading options: every named column stays text, so keys and filters compare as written and only the
    /// rows the filters keep are read as numbers (a summary row such as `All Grades` may hold `1,138`).
    var csvOptions: CSVOptions {
        CSVOptions(extraMissingTokens: missingTokens, textColumns: Set(namedColumns), delimiter: delimiter)
    }
}
