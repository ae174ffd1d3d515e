/// A scatter plot of schools, optionally with a fitted line, a reference line and point labels, as SVG.
public struct ScatterPlot: Sendable {
    /// One plotted point.
    public struct Point: Sendable {
        /// Horizontal value.
        public var x: Double
        /// Vertical value.
        public var y: Double
        /// Label drawn next to the point (e.g. a school name), or `nil`.
        public var label: String?
        /// Fill colour; `nil` uses the chart's default blue.
        public var color: String?
        /// Creates a point.
        public init(x: Double, y: Double, label: String? = nil, color: String? = nil) {
            self.x = x
            self.y = y
            self.label = label
            self.color = color
        }
    }

    /// Chart title.
    public var title: String
    /// Horizontal axis title.
    public var xTitle: String
    /// Vertical axis title.
    public var yTitle: String
    /// The points.
    public var points: [Point]
    /// A fitted line `y = intercept + slope * x` drawn across the data's x range.
    public var fittedLine: (intercept: Double, slope: Double)?
    /// A dashed horizontal reference line (e.g. 0 for residuals).
    public var horizontalReference: Double?
    /// Width and height in pixels.
    public var size: (width: Double, height: Double) = (720, 480)
    /// Font size of point labels, in pixels.
    public var labelFontSize: Double = 9
    /// Charts with more points than this draw no labels (they would cover the data); tooltips still name the points.
    public var maximumLabelledPoints: Int = 60

    /// Creates a scatter plot.
    public init(title: String, xTitle: String, yTitle: String, points: [Point],
                fittedLine: (intercept: Double, slope: Double)? = nil, horizontalReference: Double? = nil) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.points = points
        self.fittedLine = fittedLine
        self.horizontalReference = horizontalReference
    }

    /// The chart as an SVG file; `description` is the accessible text description.
    public func svg(description: String) -> String {
        let xs = points.map(\.x), ys = points.map(\.y)
        var yLow = ys.min() ?? 0, yHigh = ys.max() ?? 1
        if let reference = horizontalReference { yLow = min(yLow, reference); yHigh = max(yHigh, reference) }
        let frame = PlotFrame(xRange: (xs.min() ?? 0)...(xs.max() ?? 1), yRange: yLow...yHigh,
                              canvasWidth: size.width, canvasHeight: size.height)
        var svg = SVGDocument(width: size.width, height: size.height)
        frame.drawAxes(on: &svg, title: title, xTitle: xTitle, yTitle: yTitle)
        if let reference = horizontalReference {
            svg.line(x1: frame.left, y1: frame.py(reference), x2: frame.left + frame.width, y2: frame.py(reference),
                     stroke: "#888", dashed: true)
        }
        if let line = fittedLine, let low = xs.min(), let high = xs.max() {
            svg.line(x1: frame.px(low), y1: frame.py(line.intercept + line.slope * low),
                     x2: frame.px(high), y2: frame.py(line.intercept + line.slope * high), stroke: "#d62728", width: 2)
        }
        let radius = points.count > 2000 ? 1.2 : points.count > 200 ? 2.0 : 4.0
        for point in points {
            svg.circle(cx: frame.px(point.x), cy: frame.py(point.y), radius: radius, fill: point.color ?? "#1f77b4",
                       title: point.label)
        }
        if points.count <= maximumLabelledPoints {
            let placed = LabelPlacement.place(
                labels: points.map(\.label), points: points.map { (frame.px($0.x), frame.py($0.y)) },
                fontSize: labelFontSize, pointRadius: radius,
                bounds: .init(x: frame.left, y: frame.top, width: frame.width, height: frame.height))
            for (point, position) in zip(points, placed) {
                guard let label = point.label, let position else { continue }
                svg.text(label, x: position.x, y: position.y, size: labelFontSize, anchor: position.anchor, fill: "#444")
            }
        }
        return svg.rendered(title: title, description: description)
    }
}
