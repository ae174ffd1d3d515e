import ArgumentParser
import DataTable
import Education
import Reporting

/// `partnership score-survey`: scores survey responses into scales and school-level partnership scores.
public struct ScoreSurveyCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "score-survey",
        abstract: "Score survey responses into scales and school-level partnership scores.",
        discussion: """
            Reads a responses CSV (respondent_id, cds, role, one column per item) and a YAML codebook, reverse-codes \
            negatively worded items, scores each area as the mean of the answered items (when at least \
            --min-answered of them are answered), and writes one row per school keyed by cds: n_respondents, \
            suppressed (1/0), then pal_index (the mean of the six area scores) and each area's mean, _sd and _n. \
            Schools with fewer than --suppress-below respondents show no scores.
            JSON output also holds the school x role rows, Cronbach's alpha per area with its Feldt interval, \
            item-rest correlations, alpha if deleted, and ICC(1)/ICC(2) per measure.

            Example:
              partnership score-survey --responses data/survey/pal-2011-abc-synthetic.csv \\
                --output school-scores.csv --reliability reliability.json
            """
    )

    /// The output formats.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// The school table as CSV.
        case csv
        /// Everything as one JSON document.
        case json
    }

    /// The responses CSV file.
    @Option(name: .long, help: "Responses CSV: respondent_id, cds (14-digit text), role, one column per item.")
    var responses: String

    /// The codebook YAML file.
    @Option(name: .long, help: "Codebook YAML (default: the shipped PAL codebook, data/survey/pal-codebook.yaml).")
    var codebook: String?

    /// The minimum share of an area's items a respondent must answer.
    @Option(name: .customLong("min-answered"), help: "Share of an area's items that must be answered to score it (0-1].")
    var minAnswered: Double = ScaleScores.defaultMinimumAnsweredShare

    /// The suppression threshold.
    @Option(name: .customLong("suppress-below"), help: "Suppress groups with fewer respondents than this (at least 3).")
    var suppressBelow: Int = SuppressionRule.defaultThreshold

    /// The output format.
    @Option(name: .long, help: "Output format: csv (school table) or json (everything).")
    var format: Format = .csv

    /// Where to write the main output (standard output when absent).
    @Option(name: .long, help: "Write the output here (atomically) instead of standard output.")
    var output: String?

    /// Where to write the reliability JSON.
    @Option(name: .long, help: "Also write reliability (alpha, Feldt interval, item statistics, ICCs) as JSON here.")
    var reliability: String?

    /// Where to write the school x role table.
    @Option(name: .customLong("by-role"), help: "Also write the school x role table (CSV) here.")
    var byRole: String?

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Scores the survey and writes the outputs; nothing is written unless everything succeeded.
    public func run() throws {
        for (option, path) in [("--output", output), ("--reliability", reliability), ("--by-role", byRole)] {
            guard path != nil || option == "--output" else { continue }
            try SyntheticLabel.requireLabel(output: path, option: option, madeFrom: responses)
        }
        let suppression = try SuppressionRule(threshold: suppressBelow)
        let codebookPath = codebook ?? ShippedData.path(SurveyFiles.palCodebook)
        let book = try Codebook.load(file: codebookPath)
        let answers = try SurveyResponses.load(file: responses, codebook: book)
        let analysis = try SurveyAnalysis(responses: answers, minimumAnsweredShare: minAnswered, suppression: suppression)

        let main: String
        switch format {
        case .csv:
            main = CSVWriter().text(of: try analysis.summary.schoolTable())
        case .json:
            main = SurveyOutput.json(analysis, responses: answers, responsesPath: responses, codebookPath: codebookPath)
                .rendered() + "\n"
        }
        let reliabilityText = SurveyOutput.reliability(analysis).rendered() + "\n"
        let roleText = CSVWriter().text(of: try analysis.summary.roleTable())

        // All outputs together or none: a --output that cannot be written leaves earlier side outputs as they were.
        var outputs = OutputSet()
        if let reliability { outputs.add(reliabilityText, to: reliability) }
        if let byRole { outputs.add(roleText, to: byRole) }
        outputs.add(main, toFileOrStandardOutput: output)
        try outputs.commit()
        SyntheticLabel.noteStandardOutput(output: output, madeFrom: responses)
    }
}
