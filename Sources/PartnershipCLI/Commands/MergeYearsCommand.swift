import ArgumentParser
import DataTable
import Education

/// `partnership merge-years`: one row per school with the API of the survey and outcome years, growth, poverty,
/// English learners and the survey measures.
public struct MergeYearsCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "merge-years",
        abstract: "Merge a survey year with base- and outcome-year API data, one row per school.",
        discussion: """
            Columns: cds, sname, dname, cname, stype, sped, charter, apiYY (survey year), apiYY (outcome year), \
            growth (outcome minus survey-year API), numYY of both years (valid scores), meals and p_el (from the \
            Base file, matched by school, district and county name), then the survey table's columns. \
            Without options it merges ABC Unified's schools from 2011 to 2012 using the files the package ships, \
            leaving out alternative schools. `partnership exclusions` with the same options lists what was left out.

            Example:
              partnership merge-years --survey school-scores.csv \\
                --min-valid-scores 100 --output abc-2011-2012.csv
            """
    )

    /// Files and exclusion options.
    @OptionGroup public var inputs: MergeYearsOptions

    /// Output format.
    @Option(help: "Output format: csv or json.")
    public var format: MergeTableFormat = .csv

    /// Output file.
    @Option(help: ArgumentHelp("Write the table here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Builds the merge and writes the table.
    public func run() throws {
        if let survey = inputs.survey {
            try SyntheticLabel.requireLabel(output: output, option: "--output", madeFrom: survey)
        }
        let merge = try inputs.buildMerge()
        let text: String
        switch format {
        case .csv: text = CSVWriter().text(of: merge.table)
        case .json: text = try SchoolTableOutput.mergeJSON(merge)
        }
        try SchoolTableOutput.emit(text, to: output)
        if let survey = inputs.survey { SyntheticLabel.noteStandardOutput(output: output, madeFrom: survey) }
        if let output {
            let report = merge.exclusions
            print("wrote \(merge.table.rowCount) schools to \(output); \(report.excluded.count) left out, "
                  + "\(report.notes.count) notes (see 'partnership exclusions')")
        }
    }
}

/// Formats of the merged table.
public enum MergeTableFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Comma-separated values with a header row.
    case csv
    /// A JSON object with the exclusion summary and the rows.
    case json
}
