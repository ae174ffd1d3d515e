import ArgumentParser
import DataTable
import Education
import Networks
import Reporting

/// `partnership plot network`: one school's sociogram, people shown by role only.
public struct PlotNetworkCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Draw one school's collaboration network (sociogram) as SVG, people shown only by role.",
        discussion: """
            The layout is Fruchterman-Reingold's force-directed one from a seeded random start: the same files and \
            --seed give the same file, byte for byte. People appear only as their role (colour and shape, with a \
            legend), never by id or name; those who did not answer the network questions are hollow. A school with \
            fewer respondents than the suppression threshold (default 5) is never drawn.

            Example:
              partnership plot network --edges ties.csv --nodes roster.csv --school school --school-name "Ross" \\
                --relation data --seed 7 --output ross-data-network.svg
            """
    )

    /// Which networks.
    @OptionGroup public var input: NetworkInputOptions

    /// The school to draw.
    @Option(help: ArgumentHelp("The school to draw, as the school column writes it (needed when the files hold "
                                   + "several schools).", valueName: "name"))
    public var schoolName: String?

    /// The layout's seed.
    @Option(help: ArgumentHelp("Seed of the layout's random start.", valueName: "n"))
    public var seed: UInt64 = 1

    /// Smallest number of respondents a drawn school needs.
    @Option(help: ArgumentHelp("Suppression threshold: schools with fewer respondents are not drawn.", valueName: "n"))
    public var suppression: Int = SuppressionRule.defaultThreshold

    /// File and title.
    @OptionGroup public var figure: FigureOptions

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Draws the sociogram and prints its link.
    public func run() throws {
        let rule = try SuppressionRule(threshold: suppression)
        let synthetic = input.isSynthetic
        try SyntheticLabel.requireLabel(output: figure.output, option: "--output",
                                        madeFrom: SyntheticLabel.isSynthetic(input.nodes) ? input.nodes : input.edges)
        let survey = try input.read()
        let school = try chosenSchool(survey)
        let relations = try survey.relations(only: input.relation)
        guard relations.count == 1, let relation = relations.first else {
            throw CommandError(.usage, "the tie file has several relations (\(relations.joined(separator: ", "))); "
                               + "choose one with --relation")
        }
        // Every tie of the files is checked, not only the drawn school's.
        let network = try survey.networks(relation: relation).first { $0.school == school }!
        let respondents = network.people.filter(\.answered).count
        let place = school.isEmpty ? "the network" : "school \(school)"
        let label = synthetic ? " (synthetic data)" : ""
        let title = (figure.title ?? "\(school.isEmpty ? "Network" : school): \(relation.isEmpty ? "ties" : relation)") + label
        let description = "Sociogram of \(place), relation \(relation.isEmpty ? "(all ties)" : relation)\(label): "
            + "\(network.nodeCount) people shown by role only, \(network.edgeCount) ties."
        let svg = try Sociogram(title: title, network: network, seed: seed, suppression: rule).svg(description: description)
        let caption = "Figure: \(title). \(network.nodeCount) people (\(respondents) answered the network questions), "
            + "\(network.edgeCount) ties; people shown by role only; layout seed \(seed)."
        print(try FigureOutput.write(svg: svg, to: figure.output, alt: title,
                                     captionMarkdown: MarkdownText.escapeLineStart(caption)), terminator: "")
    }

    /// The school to draw: `--school-name`, or the only one.
    private func chosenSchool(_ survey: NetworkSurvey) throws -> String {
        let schools = survey.schools
        if let schoolName {
            guard schools.contains(schoolName) else {
                throw CommandError(.usage, "no school '\(schoolName)' in \(input.nodes); the schools are: "
                                   + schools.joined(separator: ", "))
            }
            return schoolName
        }
        guard schools.count == 1 else {
            throw CommandError(.usage, "\(input.nodes) holds \(schools.count) schools; choose one with --school-name")
        }
        return schools[0]
    }
}
