import Foundation

/// A scatter plot for thousands of points: the plane is cut into a grid and each cell is shaded by how many points
/// fall in it, with an optional fitted line and a few highlighted points drawn on top, as SVG.
///
/// Nine thousand schools as circles would make a file of a megabyte in which the dots hide each other; a shaded grid
/// shows where schools are dense in a few kilobytes and stays byte-for-byte reproducible.
public struct BinnedScatterPlot: Sendable {
    /// Chart title.
    public var title: String
    /// Horizontal axis title.
    public var xTitle: String
    /// Vertical axis title.
    public var yTitle: String
    /// Every point, as (x, y).
    public var points: [(x: Double, y: Double)]
    /// The vertical range shown; points outside it are counted in the legend but not drawn (`nil`: the data's range).
    public var yRange: ClosedRange<Double>?
    /// Number of cells across and down.
    public var bins: (x: Int, y: Int) = (40, 30)
    /// A fitted line `y = intercept + slope * x` drawn across the data's x range.
    public var fittedLine: (intercept: Double, slope: Double)?
    /// Points drawn on top of the grid (e.g. one district's schools), in their own colour.
    public var highlighted: [ScatterPlot.Point]
    /// What the highlighted points are, for the legend (e.g. "ABC Unified schools").
    public var highlightLegend: String?
    /// What the fitted line is, for the legend.
    public var lineLegend: String?
    /// Width and height in pixels.
    public var size: (width: Double, height: Double) = (760, 500)

    /// The colour of highlighted points.
    public static let highlightColor = "#ff7f0e"

    /// Creates a binned scatter plot.
    public init(title: String, xTitle: String, yTitle: String, points: [(x: Double, y: Double)],
                yRange: ClosedRange<Double>? = nil, fittedLine: (intercept: Double, slope: Double)? = nil,
                highlighted: [ScatterPlot.Point] = [], highlightLegend: String? = nil, lineLegend: String? = nil) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.points = points
        self.yRange = yRange
        self.fittedLine = fittedLine
        self.highlighted = highlighted
        self.highlightLegend = highlightLegend
        self.lineLegend = lineLegend
    }

    /// Points whose y lies outside `yRange` (not drawn).
    public var pointsOutsideRange: Int {
        guard let range = yRange else { return 0 }
        return points.filter { !range.contains($0.y) }.count
    }

    /// The chart as an SVG file; `description` is the accessible text description.
    public func svg(description: String) -> String {
        let xs = points.map(\.x) + highlighted.map(\.x)
        let ys = points.map(\.y)
        let yShown = yRange ?? ((ys.min() ?? 0)...(ys.max() ?? 1))
        // Room on the right for the legend.
        let legendWidth = 170.0
        let frame = PlotFrame(xRange: (xs.min() ?? 0)...(xs.max() ?? 1), yRange: yShown,
                              canvasWidth: size.width, canvasHeight: size.height, rightMargin: 20 + legendWidth)
        var svg = SVGDocument(width: size.width, height: size.height)
        frame.drawAxes(on: &svg, title: title, xTitle: xTitle, yTitle: yTitle)

        // Count points per cell over the frame's (rounded) axis ranges, so the cells tile the plotting area.
        let nx = max(1, bins.x), ny = max(1, bins.y)
        let x0 = frame.xTicks.lower, x1 = frame.xTicks.upper, y0 = frame.yTicks.lower, y1 = frame.yTicks.upper
        var counts = Array(repeating: 0, count: nx * ny)
        for point in points where yShown.contains(point.y) {
            let i = min(nx - 1, max(0, Int(((point.x - x0) / (x1 - x0) * Double(nx)).rounded(.down))))
            let j = min(ny - 1, max(0, Int(((point.y - y0) / (y1 - y0) * Double(ny)).rounded(.down))))
            counts[j * nx + i] += 1
        }
        let largest = max(1, counts.max() ?? 1)
        let cellWidth = frame.width / Double(nx), cellHeight = frame.height / Double(ny)
        for j in 0..<ny {
            for i in 0..<nx where counts[j * nx + i] > 0 {
                svg.rectangle(x: frame.left + Double(i) * cellWidth, y: frame.top + frame.height - Double(j + 1) * cellHeight,
                              width: cellWidth, height: cellHeight,
                              fill: BinnedScatterPlot.shade(Double(counts[j * nx + i]) / Double(largest)))
            }
        }
        // Grid cells cover the tick lines; redraw the frame on top.
        svg.rectangle(x: frame.left, y: frame.top, width: frame.width, height: frame.height, stroke: "#999")
        if let line = fittedLine, let low = points.map(\.x).min(), let high = points.map(\.x).max() {
            svg.line(x1: frame.px(low), y1: frame.py(line.intercept + line.slope * low),
                     x2: frame.px(high), y2: frame.py(line.intercept + line.slope * high), stroke: "#d62728", width: 2.5)
        }
        for point in highlighted where yShown.contains(point.y) {
            svg.circle(cx: frame.px(point.x), cy: frame.py(point.y), radius: 4,
                       fill: point.color ?? BinnedScatterPlot.highlightColor, title: point.label)
        }
        drawLegend(on: &svg, left: frame.left + frame.width + 18, top: frame.top, largest: largest)
        return svg.rendered(title: title, description: description)
    }

    /// The legend: the shading scale with counts, the highlighted points, the line, and what is off the chart.
    private func drawLegend(on svg: inout SVGDocument, left: Double, top: Double, largest: Int) {
        var y = top + 10
        svg.text("Schools per cell", x: left, y: y, size: 11, weight: "bold")
        y += 8
        let steps = [1.0, 0.75, 0.5, 0.25, 1 / Double(largest)]
        for share in steps {
            svg.rectangle(x: left, y: y, width: 18, height: 14, fill: BinnedScatterPlot.shade(share), stroke: "#ccc")
            svg.text(String(max(1, Int((share * Double(largest)).rounded()))), x: left + 26, y: y + 11, size: 11)
            y += 18
        }
        y += 10
        if let highlightLegend, !highlighted.isEmpty {
            svg.circle(cx: left + 9, cy: y, radius: 4, fill: BinnedScatterPlot.highlightColor)
            svg.text(highlightLegend, x: left + 22, y: y + 4, size: 11)
            y += 22
        }
        if let lineLegend, fittedLine != nil {
            svg.line(x1: left, y1: y, x2: left + 18, y2: y, stroke: "#d62728", width: 2.5)
            svg.text(lineLegend, x: left + 22, y: y + 4, size: 11)
            y += 22
        }
        let outside = pointsOutsideRange
        if outside > 0 {
            svg.text("\(outside) " + (outside == 1 ? "school" : "schools") + " outside the", x: left, y: y + 4, size: 11,
                     fill: "#555")
            svg.text("vertical range not drawn", x: left, y: y + 18, size: 11, fill: "#555")
        }
    }

    /// A blue whose darkness grows with the square root of `share` (0...1), so sparse cells stay visible.
    static func shade(_ share: Double) -> String {
        let t = min(1, max(0, share)).squareRoot()
        // From #deebf7 (light) to #08306b (dark), ColorBrewer's Blues ends.
        let light = (222.0, 235.0, 247.0), dark = (8.0, 48.0, 107.0)
        func channel(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        let r = channel(light.0, dark.0), g = channel(light.1, dark.1), b = channel(light.2, dark.2)
        return "#" + [r, g, b].map { String(format: "%02x", $0) }.joined()
    }
}
