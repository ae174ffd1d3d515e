import ArgumentParser
import DataTable
import Foundation

/// The data options the analysis commands share (`fit`, `compare`, `describe`, `plot`): the CSV file and how to read it.
public struct AnalysisDataOptions: ParsableArguments {
    /// The data file.
    @Option(help: ArgumentHelp("CSV file with a header row (e.g. one row per school).", valueName: "file"))
    public var data: String

    /// Extra missing-value tokens.
    @Option(name: .customLong("na"), help: ArgumentHelp(
        "A value that means missing, besides empty, NA, N/A and * (repeatable).", valueName: "token"))
    public var missingTokens: [String] = []

    /// Columns forced to text.
    @Option(name: .customLong("text"), help: ArgumentHelp(
        "Read this column as text (a factor) even if it looks numeric (repeatable).", valueName: "column"))
    public var textColumns: [String] = []

    /// Creates the options (ArgumentParser needs this).
    public init() {}

    /// Reads the data file.
    func read() throws -> DataTable {
        // CDS codes are identifiers: read them as text so leading zeros survive (they label points and rows).
        try CSVReader.read(file: data, options: CSVOptions(extraMissingTokens: missingTokens,
                                                          textColumns: Set(textColumns + ["cds", "CDS"])))
    }

    /// The numeric values of `column`, or a usage error naming the columns the file has (a wrong name is a mistake
    /// in the command, not in the data).
    func numeric(_ column: String, in table: DataTable) throws -> [Double?] {
        try requireColumn(column, in: table)
        return try table.numeric(column)
    }

    /// Fails with a usage error unless `table` has `column`.
    func requireColumn(_ column: String, in table: DataTable) throws {
        guard !table.hasColumn(column) else { return }
        let shown = table.columnNames.prefix(40).joined(separator: ", ")
        throw CommandError(.usage, "\(data): no column '\(column)'; the columns are: \(shown)"
                           + (table.columnNames.count > 40 ? ", …" : ""))
    }
}

/// Parses repeatable `NAME=TEXT` options (`--label meals="Poverty (%)"`) into a dictionary.
func parseLabels(_ pairs: [String], option: String) throws -> [String: String] {
    var labels: [String: String] = [:]
    for pair in pairs {
        guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
            throw CommandError(.usage, "--\(option) '\(pair)' is not NAME=TEXT; write e.g. --\(option) 'meals=Poverty (% meals)'")
        }
        labels[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
    }
    return labels
}

/// Splits comma-separated lists given once or repeated (`--columns a,b --columns c`) into items.
func commaSeparated(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
