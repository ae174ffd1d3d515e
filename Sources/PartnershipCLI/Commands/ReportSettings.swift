import Education
import Regression
import Reporting

/// The report's settings after the command line, the config file and the defaults are combined (in that order).
struct ReportSettings {
    var responses: String
    var codebook: String
    var growth: String
    var base: String
    var output: String
    var options: BoardReportOptions

    /// Combines `command`'s options with its config file and the defaults.
    ///
    /// - Throws: `CommandError` 64 for a setting that cannot be used (66 for a config file that cannot be read),
    ///   `RegressionError` (64) for an unknown covariance, `SurveyError` (64) for a threshold below 3.
    init(command c: ReportCommand) throws {
        let file = try c.config.map { try ReportConfiguration.load(file: $0) }
        func text(_ value: String?, _ key: String) -> String? { value ?? file?.text(key) }
        responses = text(c.responses, "responses") ?? ShippedData.path(SurveyFiles.abcSynthetic2011)
        codebook = text(c.codebook, "codebook") ?? ShippedData.path(SurveyFiles.palCodebook)
        growth = c.scope.growthPath(config: file)
        base = c.scope.basePath(config: file)
        output = text(c.output, "output") ?? "report"
        guard !output.isEmpty else { throw CommandError(.usage, "--output needs a folder name") }

        let merge = try c.scope.mergeOptions(config: file)

        let covariance = try CovarianceType(parsing: text(c.vcov, "vcov") ?? "HC3")
        let level = try c.level ?? file?.number("level") ?? 0.95
        guard level > 0, level < 1 else {
            throw CommandError(.usage, "--level must be between 0 and 1 (got \(level)); 0.95 gives 95% intervals")
        }
        let suppression = try SuppressionRule(threshold: try c.suppressBelow ?? file?.integer("suppress-below")
                                                ?? SuppressionRule.defaultThreshold)
        let minimumShare = try c.minAnswered ?? file?.number("min-answered") ?? ScaleScores.defaultMinimumAnsweredShare
        guard minimumShare > 0, minimumShare <= 1 else {
            throw CommandError(.usage, "--min-answered must be above 0 and at most 1 (got \(minimumShare)); 0.5 "
                               + "scores an area when half its items are answered")
        }
        let influential = try c.influentialSchools ?? file?.integer("influential-schools") ?? 5
        guard influential >= 1 else {
            throw CommandError(.usage, "--influential-schools must be at least 1 (got \(influential))")
        }
        options = BoardReportOptions(merge: merge, covariance: covariance, level: level, suppression: suppression,
                                     minimumAnsweredShare: minimumShare, influentialSchools: influential,
                                     includeStatewide: try c.statewide ?? file?.flag("statewide") ?? true)
    }
}
