/// Estimates with confidence intervals, one row per term, with a dashed line at zero: the "dot-and-whisker" plot.
public struct CoefficientPlot: Sendable {
    /// One estimate and its interval.
    public struct Row: Sendable {
        /// The row's label (a term, or "model: term").
        public var label: String
        /// The point estimate.
        public var estimate: Double
        /// Lower interval bound.
        public var low: Double
        /// Upper interval bound.
        public var high: Double
        /// Creates a row.
        public init(label: String, estimate: Double, low: Double, high: Double) {
            self.label = label
            self.estimate = estimate
            self.low = low
            self.high = high
        }
    }

    /// Chart title.
    public var title: String
    /// Horizontal axis title (e.g. "API points per survey point (95% interval)").
    public var xTitle: String
    /// The rows, drawn top to bottom.
    public var rows: [Row]

    /// Creates a coefficient plot.
    public init(title: String, xTitle: String, rows: [Row]) {
        self.title = title
        self.xTitle = xTitle
        self.rows = rows
    }

    /// The chart as an SVG file; `description` is the accessible text description.
    public func svg(description: String) -> String {
        let rowHeight = 28.0
        let labelWidth = 230.0
        let width = 720.0
        let height = 95 + rowHeight * Double(max(rows.count, 1))
        let low = min(0, rows.map(\.low).min() ?? 0), high = max(0, rows.map(\.high).max() ?? 1)
        let frame = PlotFrame(xRange: low...high, yRange: 0...Double(max(rows.count, 1)), canvasWidth: width,
                              canvasHeight: height, leftMargin: labelWidth)
        var svg = SVGDocument(width: width, height: height)
        for value in frame.xTicks.values {
            svg.line(x1: frame.px(value), y1: frame.top, x2: frame.px(value), y2: frame.top + frame.height, stroke: "#e5e5e5")
            svg.text(frame.xTicks.label(value), x: frame.px(value), y: frame.top + frame.height + 16, size: 11, anchor: "middle")
        }
        svg.rectangle(x: frame.left, y: frame.top, width: frame.width, height: frame.height, stroke: "#999")
        svg.line(x1: frame.px(0), y1: frame.top, x2: frame.px(0), y2: frame.top + frame.height, stroke: "#888", dashed: true)
        svg.text(title, x: width / 2, y: 22, size: 14, anchor: "middle", weight: "bold")
        svg.text(xTitle, x: frame.left + frame.width / 2, y: frame.top + frame.height + 40, size: 12, anchor: "middle")
        let step = frame.height / Double(max(rows.count, 1))
        for (i, row) in rows.enumerated() {
            let y = frame.top + step * (Double(i) + 0.5)
            svg.text(row.label, x: frame.left - 8, y: y + 4, size: 11, anchor: "end")
            svg.line(x1: frame.px(row.low), y1: y, x2: frame.px(row.high), y2: y, stroke: "#1f77b4", width: 2)
            svg.circle(cx: frame.px(row.estimate), cy: y, radius: 4.5,
                       title: "\(row.label): \(NumberFormatting.fixed(row.estimate, decimals: 2)) "
                           + "[\(NumberFormatting.fixed(row.low, decimals: 2)), \(NumberFormatting.fixed(row.high, decimals: 2))]")
        }
        return svg.rendered(title: title, description: description)
    }
}
