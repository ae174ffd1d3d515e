import ArgumentParser
import DataTable
import Regression
import Reporting

/// `partnership plot residuals`: residuals against fitted values of one model, the first check of a fit.
public struct PlotResidualsCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "residuals",
        abstract: "Residuals against fitted values of a model, with the schools furthest from the fit named.",
        discussion: """
            Fits --formula by least squares on the rows it can use and plots each row's residual (observed minus \
            fitted) against its fitted value, with a dashed line at zero. A funnel shape suggests heteroskedasticity \
            (prefer HC3 standard errors), a curve a missing term. The caption names the three largest residuals.

            Example:
              partnership plot residuals --data abc-2011-2012.csv --formula "api12 ~ pal_index + meals + api11" \\
                --label sname --output residuals.svg
            """
    )

    /// The data file and how to read it.
    @OptionGroup public var input: AnalysisDataOptions

    /// The model.
    @Option(help: ArgumentHelp("Model formula.", valueName: "formula"))
    public var formula: String

    /// Label column.
    @Option(help: ArgumentHelp("Column whose text labels each point (e.g. sname).", valueName: "column"))
    public var label: String?

    /// File and title.
    @OptionGroup public var figure: FigureOptions

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Fits the model, draws the plot and prints its link.
    public func run() throws {
        let table = try input.read()
        var labels: [String?] = Array(repeating: nil, count: table.rowCount)
        if let label {
            try input.requireColumn(label, in: table)
            labels = try table.text(label)
        }
        let fit = try LinearModel.fit(DesignMatrix.build(formula: formula, data: table))
        let rows = fit.design.rowsUsed
        let points = rows.indices.map { i in
            ScatterPlot.Point(x: fit.fittedValues[i], y: fit.residuals[i], label: labels[rows[i]])
        }
        let title = figure.title ?? "Residuals against fitted values"
        let plot = ScatterPlot(title: title, xTitle: "Fitted \(fit.design.responseName)",
                               yTitle: "Residual (observed − fitted)", points: points, horizontalReference: 0)
        // Largest first; ties keep the data's order, so the caption is the same on every run.
        let largest = rows.indices.sorted { a, b in
            let ra = abs(fit.residuals[a]), rb = abs(fit.residuals[b])
            return ra > rb || (ra == rb && a < b)
        }.prefix(3).map { i -> String in
                let name = MarkdownText.escapeInline(labels[rows[i]] ?? "row \(rows[i] + 1)")
                let residual = fit.residuals[i]
                return "\(name) (" + (residual >= 0 ? "+" : "") + NumberFormatting.fixed(residual, decimals: 1) + ")"
            }
        var caption = "Figure: \(MarkdownText.escapeInline(title)), `\(formula.replacingOccurrences(of: "`", with: "'"))`, \(points.count) rows"
        if fit.design.dropped.total > 0 { caption += " (\(fit.design.dropped.total) with missing values left out)" }
        caption += ". Largest residuals: " + largest.joined(separator: ", ") + "."
        let description = "Residuals against fitted values of \(formula) for \(points.count) rows, with a dashed line at zero."
        let markdown = try FigureOutput.write(svg: plot.svg(description: description), to: figure.output, alt: title,
                                              captionMarkdown: caption)
        print(markdown, terminator: "")
    }
}
