import ArgumentParser
import DataTable
import Reporting

/// `partnership describe`: descriptive statistics and correlations of chosen columns.
public struct DescribeCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe columns: N, mean, SD, min and max, and their correlations.",
        discussion: """
            Prints a Markdown table with one row per column (N counts the rows where the column is present; missing \
            values are left out, never treated as zero), then a lower-triangular table of Pearson correlations over \
            the rows where both columns are present, with the N behind them. --label gives a column a \
            reader-friendly name. JSON gives the same numbers at full precision.

            Example:
              partnership describe --data abc-2011-2012.csv --columns pal_index,api11,api12,growth,meals,p_el \\
                --label "meals=Poverty (% free/reduced meals)"
            """
    )

    /// The data file and how to read it.
    @OptionGroup public var input: AnalysisDataOptions

    /// The columns to describe.
    @Option(help: ArgumentHelp("Columns to describe, comma-separated (repeatable).", valueName: "a,b,c"))
    public var columns: [String]

    /// Reader-friendly names.
    @Option(help: ArgumentHelp("A column's name in the tables, as COLUMN=TEXT (repeatable).", valueName: "column=text"))
    public var label: [String] = []

    /// Decimals for the statistics.
    @Option(help: ArgumentHelp("Decimals for mean, SD, min and max.", valueName: "n"))
    public var decimals: Int = 1

    /// Output format.
    @Option(help: "Output format: markdown or json.")
    public var format: FitFormat = .markdown

    /// Output file.
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Reads the data and prints the tables.
    public func run() throws {
        let names = commaSeparated(columns)
        guard !names.isEmpty else { throw CommandError(.usage, "--columns names no column; write e.g. --columns api11,api12") }
        guard (0...10).contains(decimals) else { throw CommandError(.usage, "--decimals must be between 0 and 10") }
        let labels = try parseLabels(label, option: "label")
        let table = try input.read()
        let variables = try names.map { (label: labels[$0] ?? $0, values: try input.numeric($0, in: table)) }
        let text: String
        switch format {
        case .markdown:
            text = "Descriptive statistics of \(table.rowCount) rows.\n\n"
                + DescriptiveTable(variables: variables, decimals: decimals).render() + "\n"
                + (variables.count > 1 ? CorrelationTable(variables: variables).render() : "")
        case .json:
            text = json(names: names, variables: variables, rows: table.rowCount).rendered() + "\n"
        }
        try SchoolTableOutput.emit(text, to: output)
    }

    /// The statistics and the correlation matrix as JSON.
    func json(names: [String], variables: [(label: String, values: [Double?])], rows: Int) -> JSONValue {
        let statistics: [JSONValue] = zip(names, variables).map { name, variable in
            let s = DescriptiveStatistics(variable.values)
            return .object([("column", .string(name)), ("label", .string(variable.label)), ("n", .integer(s.count)),
                            ("missing", .integer(s.missing)), ("mean", .number(s.mean)),
                            ("sd", .number(s.standardDeviation)), ("min", .number(s.minimum)), ("max", .number(s.maximum))])
        }
        let correlations: [JSONValue] = variables.map { a in
            .array(variables.map { b in .number(pairwiseCorrelation(a.values, b.values).r) })
        }
        return .object([("data", .string(input.data)), ("rows", .integer(rows)), ("columns", .array(statistics)),
                        ("correlations", .array(correlations))])
    }
}
