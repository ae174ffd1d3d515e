import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reporting

/// Parses SVG text with Foundation's XML parser, so a malformed chart fails here rather than in a reader's browser.
private func parseSVG(_ text: String) throws -> XMLDocument {
    try XMLDocument(data: Data(text.utf8), options: [])
}

@Suite struct AxisTicksTests {
    @Test func ticksAreRoundNumbersCoveringTheData() {
        // Heckbert's example ranges: 613.7...948.2 -> 600...1000 by 100.
        let ticks = AxisTicks(minimum: 613.7, maximum: 948.2)
        #expect(ticks.lower == 600)
        #expect(ticks.upper == 1000)
        #expect(ticks.step == 100)
        #expect(ticks.values == [600, 700, 800, 900, 1000])
        #expect(ticks.label(700) == "700")
    }

    @Test func smallStepsGetDecimals() {
        // Range 0.74 -> nice range 1 -> step nice(1/5) = 0.2 (Heckbert's loose labelling).
        let ticks = AxisTicks(minimum: 2.13, maximum: 2.87)
        #expect(abs(ticks.step - 0.2) < 1e-12)
        #expect(ticks.label(2.4) == "2.4")
    }

    @Test func degenerateRangeIsWidened() {
        let ticks = AxisTicks(minimum: 5, maximum: 5)
        #expect(ticks.lower < 5 && ticks.upper > 5)
    }
}

@Suite struct ChartTests {
    @Test func scatterPlotIsWellFormedSVGWithOnePointPerSchool() throws {
        let points = [ScatterPlot.Point(x: 3.1, y: 12, label: "Niemes & <Elem>"),
                      ScatterPlot.Point(x: 3.9, y: 30, label: "Cerritos"),
                      ScatterPlot.Point(x: 2.5, y: -4, label: nil)]
        let plot = ScatterPlot(title: "Growth vs partnership", xTitle: "Partnership", yTitle: "API growth",
                               points: points, fittedLine: (intercept: -40, slope: 17), horizontalReference: 0)
        let text = plot.svg(description: "three schools")
        let document = try parseSVG(text)
        let circles = try document.nodes(forXPath: "//*[local-name()='circle']")
        #expect(circles.count == 3)
        #expect(text.contains("Niemes &amp; &lt;Elem&gt;"))
        // Same input, same bytes.
        #expect(plot.svg(description: "three schools") == text)
    }

    @Test func coefficientPlotDrawsEveryIntervalAndZero() throws {
        let plot = CoefficientPlot(title: "Partnership effect", xTitle: "API points", rows: [
            .init(label: "(2) partnership", estimate: 25, low: 5, high: 45),
            .init(label: "(3) partnership", estimate: 15, low: -2, high: 32),
        ])
        let document = try parseSVG(plot.svg(description: "two models"))
        #expect(try document.nodes(forXPath: "//*[local-name()='circle']").count == 2)
        // Two interval lines, one dashed zero line, plus grid lines.
        let dashed = try document.nodes(forXPath: "//*[local-name()='line'][@stroke-dasharray]")
        #expect(dashed.count == 1)
    }
}
