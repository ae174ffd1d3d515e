import ArgumentParser
import Education

/// `partnership exclusions`: every school a merge left out, and why, with counts.
public struct ExclusionsCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "exclusions",
        abstract: "List the schools a merge excluded, and why.",
        discussion: """
            Takes the same options as `partnership merge-years` and lists, one line per school and reason, the \
            schools left out (alternative, special education, charter, small) and the schools kept with a note (no \
            survey measures; no or several Base-file schools fitting their names, so MEALS and P_EL are missing). \
            Markdown also gives the counts and the caveats; JSON gives a summary object and the list.

            Example:
              partnership exclusions --min-valid-scores 300 \\
                --format csv --output abc-exclusions.csv
            """
    )

    /// Files and exclusion options.
    @OptionGroup public var inputs: MergeYearsOptions

    /// Output format.
    @Option(help: "Output format: markdown, csv or json.")
    public var format: ExclusionListFormat = .markdown

    /// Output file.
    @Option(help: ArgumentHelp("Write the list here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Builds the merge and writes its exclusion report.
    public func run() throws {
        let merge = try inputs.buildMerge()
        let text: String
        switch format {
        case .markdown: text = SchoolTableOutput.exclusionsMarkdown(merge.exclusions, options: merge.options)
        case .csv: text = try SchoolTableOutput.exclusionsCSV(merge.exclusions)
        case .json: text = SchoolTableOutput.exclusionsJSON(merge.exclusions)
        }
        try SchoolTableOutput.emit(text, to: output)
    }
}

/// Formats of the exclusion list.
public enum ExclusionListFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Counts, caveats and a table, for people.
    case markdown
    /// One row per school and reason.
    case csv
    /// A summary object and the list.
    case json
}
