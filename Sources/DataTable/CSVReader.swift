import Foundation

/// How to read a delimited text file.
public struct CSVOptions: Sendable {
    /// Values that mean "missing" (compared after trimming surrounding spaces). Empty fields are always missing.
    public var missingTokens: Set<String>
    /// Columns to keep as text even when every value looks like a number.
    public var textColumns: Set<String>
    /// The field separator.
    public var delimiter: Character

    /// The defaults: empty, `NA`, `N/A` and `*` are missing, plus any `extraMissingTokens` (the CLI's `--na`).
    public init(extraMissingTokens: [String] = [], textColumns: Set<String> = [], delimiter: Character = ",") {
        self.missingTokens = Set(["", "NA", "N/A", "*"]).union(extraMissingTokens)
        self.textColumns = textColumns
        self.delimiter = delimiter
    }
}

/// Reads CSV files into a `DataTable`.
public enum CSVReader {
    /// Reads the file at `path`.
    ///
    /// - Throws: `DataError` (kind `.missingFile` when the file cannot be opened) naming file, line and column.
    public static func read(file path: String, options: CSVOptions = CSVOptions()) throws -> DataTable {
        fatalError("CSVReader.read(file:) is not written yet")
    }

    /// Reads CSV text already in memory; `source` names it in error messages.
    public static func read(text: String, source: String? = nil, options: CSVOptions = CSVOptions()) throws -> DataTable {
        fatalError("CSVReader.read(text:) is not written yet")
    }
}
