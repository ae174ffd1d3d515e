import ArgumentParser
import DataTable
import Regression
import Reporting

/// `partnership plot coefficients`: one term's estimate and interval in each of several models.
public struct PlotCoefficientsCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "coefficients",
        abstract: "Dot-and-whisker plot of one term's estimate and interval across models.",
        discussion: """
            Fits each --formula (rows with missing values left out per model) and draws --term's estimate with its \
            confidence interval under --vcov (default HC3), one row per model, with a dashed line at zero: an \
            interval crossing zero means the data cannot rule out no association.

            Example:
              partnership plot coefficients --data abc-2011-2012.csv --term pal_index \\
                --formula "api12 ~ pal_index" --formula "api12 ~ pal_index + meals" \\
                --name "(1) API 2012" --name "(2) + poverty" --output coefficients.svg
            """
    )

    /// The data file and how to read it.
    @OptionGroup public var input: AnalysisDataOptions

    /// The models.
    @Option(help: ArgumentHelp("A model formula (repeatable; one row each, top to bottom).", valueName: "formula"))
    public var formula: [String]

    /// Row labels.
    @Option(help: ArgumentHelp("A model's row label (repeatable; one per --formula; default (1), (2), ...).", valueName: "text"))
    public var name: [String] = []

    /// The term drawn.
    @Option(help: ArgumentHelp("The term whose estimate is drawn.", valueName: "term"))
    public var term: String

    /// Covariance estimator.
    @Option(help: ArgumentHelp("Standard errors: classical, HC0, HC1, HC2, HC3, CR1:COLUMN or CR2:COLUMN.", valueName: "type"))
    public var vcov: String = "HC3"

    /// Confidence level.
    @Option(help: ArgumentHelp("Confidence level of the intervals.", valueName: "level"))
    public var level: Double = 0.95

    /// Axis title.
    @Option(help: ArgumentHelp("Horizontal axis title (default: the term and the interval's level).", valueName: "text"))
    public var xTitle: String?

    /// File and title.
    @OptionGroup public var figure: FigureOptions

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Fits the models, draws the plot and prints its link.
    public func run() throws {
        guard name.isEmpty || name.count == formula.count else {
            throw CommandError(.usage, "\(name.count) --name for \(formula.count) --formula; give one per formula, or none")
        }
        let covariance = try CovarianceType(parsing: vcov)
        var clusterColumn: String?
        if case .clustered(let column, _) = covariance { clusterColumn = column }
        let table = try input.read()
        var rows: [CoefficientPlot.Row] = []
        var parts: [String] = []
        for (index, text) in formula.enumerated() {
            let fit = try LinearModel.fit(DesignMatrix.build(formula: text, data: table, cluster: clusterColumn))
            let coefficients = try fit.coefficientTable(covariance: covariance, level: level)
            guard let row = coefficients[term] else {
                throw CommandError(.usage, "--term '\(term)' is not estimated in the model \(text); its terms are: "
                                   + coefficients.rows.map(\.term).joined(separator: ", "))
            }
            let label = name.isEmpty ? "(\(index + 1))" : name[index]
            rows.append(CoefficientPlot.Row(label: label, estimate: row.estimate, low: row.lowerBound, high: row.upperBound))
            parts.append(MarkdownText.escapeInline(label) + " " + NumberFormatting.significant(row.estimate) + " ("
                         + NumberFormatting.significant(row.lowerBound) + " to " + NumberFormatting.significant(row.upperBound) + ")")
        }
        let percent = NumberFormatting.fixed(level * 100, decimals: level * 100 == (level * 100).rounded() ? 0 : 1)
        let title = figure.title ?? "Estimates of \(term)"
        let plot = CoefficientPlot(title: title, xTitle: xTitle ?? "\(term) (\(percent)% interval, \(covariance) standard errors)",
                                   rows: rows)
        let caption = "Figure: " + MarkdownText.escapeInline(title) + ". Estimate and \(percent)% interval ("
            + MarkdownText.escapeInline(covariance.description) + " standard errors) in each model: "
            + parts.joined(separator: "; ") + "."
        let description = "Estimates of \(term) with \(percent)% intervals in \(rows.count) models, with a dashed line at zero."
        let markdown = try FigureOutput.write(svg: plot.svg(description: description), to: figure.output, alt: title,
                                              captionMarkdown: caption)
        print(markdown, terminator: "")
    }
}
