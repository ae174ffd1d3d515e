import DataTable
import Foundation
import Regression

/// One figure of the report: its file, its alt text and caption, and the SVG.
public struct BoardReportFigure: Sendable, Equatable {
    /// File name inside the figures folder, e.g. `partnership-vs-growth.svg`.
    public var fileName: String
    /// The alt text (also the SVG's description): what the figure shows, in one or two sentences.
    public var altText: String
    /// The caption printed under the figure (plain text; escaped when rendered).
    public var caption: String
    /// The SVG file.
    public var svg: String
}

/// The report's figures, drawn from the analysis.
public struct BoardReportFigures: Sendable {
    /// Partnership vs API growth, one labelled point per school, with the least-squares line.
    public let partnershipVsGrowth: BoardReportFigure
    /// The partnership estimate of each model with its interval.
    public let coefficients: BoardReportFigure
    /// Residuals vs fitted values of the focus model, influential schools labelled.
    public let residuals: BoardReportFigure
    /// Statewide API growth vs poverty (binned), the district's schools highlighted.
    public let statewideGrowth: BoardReportFigure?
    /// Statewide API level vs poverty (binned), the district's schools highlighted.
    public let statewideLevel: BoardReportFigure?

    /// Every figure, in the order the report shows them.
    public var all: [BoardReportFigure] {
        [coefficients, partnershipVsGrowth, residuals] + [statewideGrowth, statewideLevel].compactMap { $0 }
    }

    /// Draws the figures.
    public init(analysis: BoardReportAnalysis) {
        let names = (try? analysis.sample.table.text(analysis.variables.schoolName)) ?? []
        partnershipVsGrowth = Self.partnershipVsGrowthFigure(analysis, names: names)
        coefficients = Self.coefficientFigure(analysis)
        residuals = Self.residualFigure(analysis, names: names)
        let v = analysis.variables
        if let statewide = analysis.statewide {
            statewideGrowth = BoardReportFigures.statewideFigure(statewide, model: statewide.growthModel,
                                                                 response: v.growth, analysis: analysis,
                                                                 fileName: "statewide-growth-vs-poverty.svg")
            statewideLevel = BoardReportFigures.statewideFigure(statewide, model: statewide.levelModel,
                                                                response: v.outcomeAPI, analysis: analysis,
                                                                fileName: "statewide-api-vs-poverty.svg")
        } else {
            statewideGrowth = nil
            statewideLevel = nil
        }
    }

    /// Partnership against growth, one labelled point per school, with the least-squares line.
    static func partnershipVsGrowthFigure(_ analysis: BoardReportAnalysis, names: [String?]) -> BoardReportFigure {
        let v = analysis.variables
        let synthetic = analysis.isSynthetic ? " (synthetic survey)" : ""
        let partnership = analysis.sampleValues(v.partnership), growth = analysis.sampleValues(v.growth)
        // Partnership vs growth. The line is the simple least-squares line of growth on partnership, so that it fits
        // the points as drawn; model (3) adds poverty, and the caption says so.
        var points: [ScatterPlot.Point] = []
        var pairs: [(Double, Double)] = []
        for i in partnership.indices {
            guard let x = partnership[i], let y = growth[i] else { continue }
            points.append(ScatterPlot.Point(x: x, y: y, label: i < names.count ? names[i] : nil))
            pairs.append((x, y))
        }
        let line = BoardReportFigures.leastSquaresLine(pairs)
        var scatter = ScatterPlot(title: "Partnership and API growth, \(v.surveyYear)-\(v.outcomeYear)\(synthetic)",
                                  xTitle: v.label(v.partnership), yTitle: v.label(v.growth), points: points,
                                  fittedLine: line, horizontalReference: 0)
        scatter.size = (900, 600)
        scatter.labelFontSize = 9
        let slopeText = line.map { BoardReportText.points($0.slope) } ?? "NA"
        let scatterAlt = "Scatter plot of \(points.count) schools: PAL index (horizontal) against API growth from "
            + "\(v.surveyYear) to \(v.outcomeYear) (vertical), each point labelled with the school's name. The "
            + "least-squares line rises \(slopeText) growth points per PAL point."
            + (analysis.isSynthetic ? " The PAL index comes from a synthetic survey." : "")
        return BoardReportFigure(
            fileName: "partnership-vs-growth.svg", altText: scatterAlt,
            caption: "Each point is a school. The red line is the least-squares line of growth on partnership alone "
                + "(slope \(slopeText) API points per PAL point); model (3) in the table also holds poverty constant. "
                + "The dashed line marks zero growth.",
            svg: scatter.svg(description: scatterAlt))
    }

    /// The partnership estimate of each model with its interval.
    static func coefficientFigure(_ analysis: BoardReportAnalysis) -> BoardReportFigure {
        let v = analysis.variables
        let synthetic = analysis.isSynthetic ? " (synthetic survey)" : ""
        let percent = BoardReportText.percent(analysis.options.level)
        let se = analysis.options.covariance.description
        // The partnership coefficient across the four models.
        let rows = analysis.models.compactMap { model -> CoefficientPlot.Row? in
            guard let row = model.row(v.partnership) else { return nil }
            return CoefficientPlot.Row(label: model.name, estimate: row.estimate, low: row.lowerBound, high: row.upperBound)
        }
        let plot = CoefficientPlot(title: "Partnership estimate in each model\(synthetic)",
                                   xTitle: "API points per PAL point (\(percent) interval, \(se) standard errors)",
                                   rows: rows)
        let coefficientAlt = "Dot-and-whisker plot of the partnership estimate in models (1) to (4), in API points per "
            + "PAL point, with \(percent) intervals: "
            + rows.map { "\($0.label) \(BoardReportText.points($0.estimate)) (\(BoardReportText.points($0.low)) to "
                + "\(BoardReportText.points($0.high)))" }.joined(separator: "; ")
            + ". The dashed line marks zero."
        return BoardReportFigure(
            fileName: "partnership-coefficients.svg", altText: coefficientAlt,
            caption: "Dots are estimates, bars their \(percent) intervals (\(se) standard errors). A bar that crosses "
                + "the dashed zero line means the data cannot rule out no association.",
            svg: plot.svg(description: coefficientAlt))
    }

    /// Residuals against fitted values of the focus model, the most influential schools labelled.
    static func residualFigure(_ analysis: BoardReportAnalysis, names: [String?]) -> BoardReportFigure {
        let v = analysis.variables
        let synthetic = analysis.isSynthetic ? " (synthetic survey)" : ""
        // Residuals vs fitted of the focus model, the most influential schools labelled.
        let focus = analysis.models[BoardReportAnalysis.focusModel]
        let labelled = Set(analysis.diagnostics.influential.prefix(3).map(\.school))
        let rowsUsed = focus.fit.design.rowsUsed
        let residualPoints = focus.fit.fittedValues.indices.map { i -> ScatterPlot.Point in
            let name = rowsUsed[i] < names.count ? names[rowsUsed[i]] : nil
            return ScatterPlot.Point(x: focus.fit.fittedValues[i], y: focus.fit.residuals[i],
                                     label: name.flatMap { labelled.contains($0) ? $0 : nil },
                                     color: name.map { labelled.contains($0) ? "#ff7f0e" : "#1f77b4" })
        }
        let residualPlot = ScatterPlot(title: "Residuals against fitted values, model \(focus.name)\(synthetic)",
                                       xTitle: "Fitted \(v.label(v.outcomeAPI))", yTitle: "Residual (API points)",
                                       points: residualPoints, horizontalReference: 0)
        let residualAlt = "Scatter plot of the \(residualPoints.count) schools' residuals (observed minus fitted API) "
            + "against their fitted values in model \(focus.name). The three most influential schools by Cook's "
            + "distance are labelled: " + analysis.diagnostics.influential.prefix(3).map(\.school).joined(separator: ", ")
            + "."
        return BoardReportFigure(
            fileName: "residuals-vs-fitted.svg", altText: residualAlt,
            caption: "Points should scatter evenly around the dashed zero line, with no curve or funnel shape. Orange "
                + "points are the three most influential schools by Cook's distance.",
            svg: residualPlot.svg(description: residualAlt))
    }

    /// A statewide binned scatter of `response` against poverty with the model's line and the district highlighted.
    static func statewideFigure(_ statewide: BoardReportStatewide, model: BoardReportModel, response: String,
                                analysis: BoardReportAnalysis, fileName: String) -> BoardReportFigure {
        let v = analysis.variables
        let table = statewide.sample
        let x = (try? table.numeric(v.poverty)) ?? [], y = (try? table.numeric(response)) ?? []
        let codes = (try? table.text("cds")) ?? [], names = (try? table.text(v.schoolName)) ?? []
        var points: [(x: Double, y: Double)] = []
        var highlighted: [ScatterPlot.Point] = []
        for i in x.indices {
            guard let a = x[i], let b = y[i] else { continue }
            points.append((a, b))
            if let code = codes[i], statewide.districtCodes.contains(code) {
                highlighted.append(ScatterPlot.Point(x: a, y: b, label: names[i]))
            }
        }
        // Show the middle 99% of schools; the few extreme values would squeeze everyone else into a band.
        let sorted = points.map(\.y).sorted()
        let ticks = AxisTicks(minimum: BoardReportFigures.quantile(sorted, 0.005),
                              maximum: BoardReportFigures.quantile(sorted, 0.995))
        let intercept = model.fit.coefficient("(Intercept)") ?? 0, slope = model.fit.coefficient(v.poverty) ?? 0
        let district = analysis.districtName ?? "The district"
        let what = response == v.growth ? "API growth \(v.surveyYear)-\(v.outcomeYear)" : "API \(v.outcomeYear)"
        var plot = BinnedScatterPlot(title: "\(what) and poverty, all California schools (real data)",
                                     xTitle: v.label(v.poverty), yTitle: v.label(response), points: points,
                                     yRange: ticks.lower...ticks.upper, fittedLine: (intercept, slope),
                                     highlighted: highlighted, highlightLegend: "\(district) schools",
                                     lineLegend: "Least-squares line")
        plot.size = (780, 500)
        let outside = plot.pointsOutsideRange
        let alt = "Shaded grid of \(BoardReportText.count(points.count)) California schools: percent of students in "
            + "poverty (horizontal) against \(what) (vertical); darker cells hold more schools. The least-squares line "
            + "changes by \(BoardReportText.points(slope * 10)) points per 10 percentage points of poverty."
            + (highlighted.isEmpty ? "" : " \(district)'s \(highlighted.count) schools are orange points.")
            + (outside > 0 ? " \(outside) schools beyond the vertical range are not drawn." : "")
        return BoardReportFigure(
            fileName: fileName, altText: alt,
            caption: "Darker cells hold more schools. The red line is the least-squares line of the statewide table "
                + "above" + (highlighted.isEmpty ? "." : "; orange points are \(district)'s schools.")
                + (outside > 0 ? " The vertical axis shows the middle 99% of schools; \(outside) schools with more "
                    + "extreme values are counted in the line but not drawn." : ""),
            svg: plot.svg(description: alt))
    }

    /// The least-squares line through `pairs` (closed form for one slope; `nil` if x does not vary).
    ///
    /// Two sums are enough for a line through a few dozen points; the models themselves go through LAPACK.
    static func leastSquaresLine(_ pairs: [(Double, Double)]) -> (intercept: Double, slope: Double)? {
        guard pairs.count >= 2 else { return nil }
        let n = Double(pairs.count)
        let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
        var sxy = 0.0, sxx = 0.0
        for (x, y) in pairs {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        return (my - slope * mx, slope)
    }

    /// The `p` quantile of sorted values (R's type 7: linear interpolation between order statistics).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = p * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(sorted.count - 1, low + 1)
        let fraction = position - Double(low)
        return sorted[low] + fraction * (sorted[high] - sorted[low])
    }
}
