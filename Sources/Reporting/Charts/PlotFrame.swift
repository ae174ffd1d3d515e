/// The plotting area of a chart: maps data coordinates to pixels and draws axes with ticks and titles.
public struct PlotFrame: Sendable {
    /// Horizontal axis ticks (data units).
    public let xTicks: AxisTicks
    /// Vertical axis ticks (data units).
    public let yTicks: AxisTicks
    /// Left edge of the plotting area (pixels).
    public let left: Double
    /// Top edge (pixels).
    public let top: Double
    /// Width of the plotting area (pixels).
    public let width: Double
    /// Height of the plotting area (pixels).
    public let height: Double

    /// A frame for data in the given ranges inside a `canvasWidth` x `canvasHeight` drawing with standard margins.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, canvasWidth: Double, canvasHeight: Double,
                leftMargin: Double = 70, rightMargin: Double = 20, topMargin: Double = 40, bottomMargin: Double = 55) {
        xTicks = AxisTicks(minimum: xRange.lowerBound, maximum: xRange.upperBound)
        yTicks = AxisTicks(minimum: yRange.lowerBound, maximum: yRange.upperBound)
        left = leftMargin
        top = topMargin
        width = canvasWidth - leftMargin - rightMargin
        height = canvasHeight - topMargin - bottomMargin
    }

    /// Pixel x of data value `x`.
    public func px(_ x: Double) -> Double { left + (x - xTicks.lower) / (xTicks.upper - xTicks.lower) * width }

    /// Pixel y of data value `y` (SVG's y grows downwards).
    public func py(_ y: Double) -> Double { top + height - (y - yTicks.lower) / (yTicks.upper - yTicks.lower) * height }

    /// Draws grid lines, tick labels, axis titles and the chart title.
    public func drawAxes(on svg: inout SVGDocument, title: String, xTitle: String, yTitle: String) {
        for value in yTicks.values {
            svg.line(x1: left, y1: py(value), x2: left + width, y2: py(value), stroke: "#e5e5e5")
            svg.text(yTicks.label(value), x: left - 6, y: py(value) + 4, size: 11, anchor: "end")
        }
        for value in xTicks.values {
            svg.line(x1: px(value), y1: top, x2: px(value), y2: top + height, stroke: "#e5e5e5")
            svg.text(xTicks.label(value), x: px(value), y: top + height + 16, size: 11, anchor: "middle")
        }
        svg.rectangle(x: left, y: top, width: width, height: height, stroke: "#999")
        svg.text(title, x: left + width / 2, y: 22, size: 14, anchor: "middle", weight: "bold")
        svg.text(xTitle, x: left + width / 2, y: top + height + 40, size: 12, anchor: "middle")
        svg.text(yTitle, x: 18, y: top + height / 2, size: 12, anchor: "middle", rotate: -90)
    }
}
