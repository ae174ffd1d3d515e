import ArgumentParser
import DataTable
import Networks
import Reporting

/// `partnership network measures`: one row of network measures per school and relation.
public struct NetworkMeasuresCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "Density, reciprocity, transitivity, centralization, components, betweenness and E-I per network.",
        discussion: """
            One row per network: per school and relation with --school (or a 'school' column in both files), \
            otherwise per relation. Ties to people not in the node file, self-ties, duplicate ties are bad data \
            (exit 65, one line naming file:line). A roster's 'answered' column (1/0) marks who answered the network \
            questions: each row gives the response rate, the density of the ties respondents sent over \
            respondents x (n-1), and the symmetrised density over pairs with at least one respondent. With a 'role' \
            column, roles are the groups of the block densities and the E-I index (unless --group names another \
            column) and the union representative-principal dyad is reported. Conventions are named in the output.

            Examples:
              partnership network measures --edges krackhardt_hightech_edges.csv \\
                --nodes krackhardt_hightech_nodes.csv --group dept --relation advice
              partnership network measures --edges ties.csv --nodes roster.csv --school school --format json
            """
    )

    /// Which networks.
    @OptionGroup public var input: NetworkInputOptions

    /// The grouping column.
    @Option(help: ArgumentHelp("Node-file column of groups for block densities and the E-I index (default: role, "
                                   + "when the roster has one).", valueName: "column"))
    public var group: String?

    /// Output format.
    @Option(help: ArgumentHelp("Output format: markdown, json, or csv (one row per school with "
                               + "<measure>_<relation> columns, for joining with school data)."))
    public var format: NetworkMeasuresFormat = .markdown

    /// Output file.
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    public var output: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Reads the files, measures every network and prints the rows.
    public func run() throws {
        try SyntheticLabel.requireLabel(output: output, option: "--output",
                                        madeFrom: SyntheticLabel.isSynthetic(input.nodes) ? input.nodes : input.edges)
        let survey = try input.read()
        let groupColumn = group ?? (survey.roster.attributes.hasColumn("role") ? "role" : nil)
        let rows = try survey.networks(relation: input.relation).map { network -> NetworkMeasures in
            let groups = try groupColumn.map { try survey.groups(column: $0, school: network.school) }
            return NetworkMeasures(network, groups: groups)
        }
        let text: String
        switch format {
        case .json:
            text = NetworkMeasuresOutput.document(rows, group: groupColumn, synthetic: input.isSynthetic).rendered() + "\n"
        case .markdown:
            text = NetworkMeasuresOutput.markdown(rows, group: groupColumn, synthetic: input.isSynthetic)
        case .csv:
            text = CSVWriter().text(of: try NetworkMeasures.wideTable(rows))
        }
        if let output {
            try AtomicOutput.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}

/// Output formats of `partnership network measures`.
public enum NetworkMeasuresFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A Markdown table for people.
    case markdown
    /// Every measure, per person too, with the conventions.
    case json
    /// One row per school, `<measure>_<relation>` columns.
    case csv
}
