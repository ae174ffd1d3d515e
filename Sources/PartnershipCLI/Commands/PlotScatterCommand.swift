import ArgumentParser
import DataTable
import Regression
import Reporting

/// `partnership plot scatter`: one point per row, optionally with the least-squares line and labels.
public struct PlotScatterCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "scatter",
        abstract: "Scatter plot of two columns, with the least-squares line (--fit) and point labels (--label).",
        discussion: """
            Rows missing either value are left out and counted in the caption. --fit draws the line of \
            `y ~ x` fitted by least squares and gives it in the caption. --label names each point from a column \
            (drawn when there are at most 60 points; always in the points' tooltips). --binned shades a grid by \
            the number of points in each cell instead of drawing every point: for thousands of schools it is \
            clearer and the file stays small; --y-range LOW:HIGH then limits the vertical axis (points outside \
            are counted in the legend and the caption).

            Example:
              partnership plot scatter --data abc-2011-2012.csv --x pal_index --y growth --fit --label sname \\
                --title "Partnership and API growth" --output partnership-growth.svg
            """
    )

    /// The data file and how to read it.
    @OptionGroup public var input: AnalysisDataOptions

    /// Horizontal column.
    @Option(help: ArgumentHelp("Column on the horizontal axis.", valueName: "column"))
    public var x: String

    /// Vertical column.
    @Option(help: ArgumentHelp("Column on the vertical axis.", valueName: "column"))
    public var y: String

    /// Whether to draw the fitted line.
    @Flag(help: "Draw the least-squares line of y on x.")
    public var fit: Bool = false

    /// Label column.
    @Option(help: ArgumentHelp("Column whose text labels each point (e.g. sname).", valueName: "column"))
    public var label: String?

    /// Whether to shade a grid of counts instead of drawing points.
    @Flag(help: "Shade a grid by the number of points per cell (for thousands of points).")
    public var binned: Bool = false

    /// The vertical range of a binned plot.
    @Option(help: ArgumentHelp("Vertical range of a --binned plot, as LOW:HIGH (e.g. --y-range=-100:100; the = is needed when LOW is negative).", valueName: "low:high"))
    public var yRange: String?

    /// Axis titles.
    @Option(help: ArgumentHelp("Horizontal axis title (default: the column name).", valueName: "text"))
    public var xTitle: String?

    /// Axis titles.
    @Option(help: ArgumentHelp("Vertical axis title (default: the column name).", valueName: "text"))
    public var yTitle: String?

    /// File and title.
    @OptionGroup public var figure: FigureOptions

    /// Creates the command (ArgumentParser needs this).
    public init() {}

    /// Draws the plot and prints its link.
    public func run() throws {
        let table = try input.read()
        let xs = try input.numeric(x, in: table), ys = try input.numeric(y, in: table)
        var labels: [String?] = Array(repeating: nil, count: table.rowCount)
        if let label {
            try input.requireColumn(label, in: table)
            labels = try table.text(label)
        }
        var points: [ScatterPlot.Point] = []
        for row in 0..<table.rowCount {
            if let a = xs[row], let b = ys[row] { points.append(ScatterPlot.Point(x: a, y: b, label: labels[row])) }
        }
        guard points.count >= 2 else {
            throw CommandError(.badData, "\(input.data): only \(points.count) rows have both \(x) and \(y); a scatter plot needs at least 2")
        }
        let range = try parsedRange()
        let xName = xTitle ?? x, yName = yTitle ?? y
        let title = figure.title ?? "\(yName) against \(xName)"
        var caption = "Figure: \(title). \(points.count) " + (points.count == 1 ? "row" : "rows")
        let left = table.rowCount - points.count
        if left > 0 { caption += "; \(left) " + (left == 1 ? "row" : "rows") + " missing \(x) or \(y) left out" }
        caption += "."
        let line = fit ? try fittedLine(points) : nil
        if let line {
            caption += " Red line: least-squares fit, \(y) = " + NumberFormatting.significant(line.intercept)
                + (line.slope < 0 ? " - " : " + ") + NumberFormatting.significant(abs(line.slope)) + " × \(x)"
                + (binned && range != nil ? " (fitted on every row, also those outside the plotted range)." : ".")
        }
        let description = "Scatter plot of \(yName) against \(xName) for \(points.count) rows"
            + (binned ? ", shaded by the number of rows per cell" : "") + (fit ? ", with the least-squares line." : ".")
        let svg: String
        if binned {
            let plot = BinnedScatterPlot(title: title, xTitle: xName, yTitle: yName, points: points.map { ($0.x, $0.y) },
                                         yRange: range, fittedLine: line, lineLegend: line == nil ? nil : "Least-squares fit")
            let outside = plot.pointsOutsideRange
            if outside > 0 {
                caption += " Shading counts rows per cell; \(outside) " + (outside == 1 ? "row lies" : "rows lie")
                    + " outside the plotted range of \(y)."
            } else {
                caption += " Shading counts rows per cell."
            }
            svg = plot.svg(description: description)
        } else {
            var plot = ScatterPlot(title: title, xTitle: xName, yTitle: yName, points: points)
            plot.fittedLine = line
            svg = plot.svg(description: description)
        }
        let markdown = try FigureOutput.write(svg: svg, to: figure.output, alt: title,
                                              captionMarkdown: MarkdownText.escapeLineStart(caption))
        print(markdown, terminator: "")
    }

    /// `--y-range LOW:HIGH` as a range, or `nil`.
    func parsedRange() throws -> ClosedRange<Double>? {
        guard let yRange else { return nil }
        guard binned else { throw CommandError(.usage, "--y-range applies to --binned plots only; add --binned") }
        let parts = yRange.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), low < high,
              low.isFinite, high.isFinite else {
            throw CommandError(.usage, "--y-range '\(yRange)' is not LOW:HIGH with LOW < HIGH; write e.g. --y-range=-100:100 (with = when LOW is negative)")
        }
        return low...high
    }

    /// The least-squares line of y on x, fitted by the package's regression engine.
    func fittedLine(_ points: [ScatterPlot.Point]) throws -> (intercept: Double, slope: Double) {
        let data = try DataTable(columns: [("y", .numeric(points.map(\.y))), ("x", .numeric(points.map(\.x)))])
        let fit = try LinearModel.fit(DesignMatrix.build(formula: "y ~ x", data: data))
        guard let intercept = fit.coefficient("(Intercept)"), let slope = fit.coefficient("x") else {
            throw CommandError(.badData, "\(input.data): \(x) does not vary in the plotted rows, so no line can be fitted")
        }
        return (intercept, slope)
    }
}
