import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reporting

@Suite struct BinnedScatterPlotTests {
    @Test func cellsCountThePointsAndOutliersAreReported() throws {
        // 100 points on a diagonal, plus 3 far above the shown range.
        var points = (0..<100).map { (x: Double($0), y: Double($0)) }
        points += [(x: 50, y: 1000), (x: 60, y: 2000), (x: 70, y: -900)]
        var plot = BinnedScatterPlot(title: "t", xTitle: "x", yTitle: "y", points: points, yRange: 0...100,
                                     fittedLine: (0, 1), highlighted: [.init(x: 10, y: 10, label: "A & B")],
                                     highlightLegend: "District", lineLegend: "Line")
        plot.bins = (10, 10)
        #expect(plot.pointsOutsideRange == 3)
        let svg = plot.svg(description: "diagonal")
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        // 10 diagonal cells shaded (0-9, 10-19, ...; 100 falls in the last), plus 5 legend swatches and 2 frames,
        // plus the white background.
        let rectangles = try document.nodes(forXPath: "//*[local-name()='rect']")
        #expect(rectangles.count == 10 + 5 + 2 + 1)
        #expect(svg.contains("3 schools outside the"))
        #expect(svg.contains("A &amp; B"))
        #expect(plot.svg(description: "diagonal") == svg)
    }

    @Test func shadeRunsFromLightToDark() {
        #expect(BinnedScatterPlot.shade(0) == "#deebf7")
        #expect(BinnedScatterPlot.shade(1) == "#08306b")
    }
}

@Suite struct LabelPlacementTests {
    @Test func neighbouringLabelsDoNotOverlap() {
        // Five points close together in a row: every label must find its own box.
        let points = (0..<5).map { (x: 200.0 + Double($0) * 4, y: 200.0) }
        let labels: [String?] = ["Alpha", "Bravo", "Charlie", "Delta", nil]
        let placed = LabelPlacement.place(labels: labels, points: points, fontSize: 10, pointRadius: 3,
                                          bounds: .init(x: 0, y: 0, width: 500, height: 400))
        #expect(placed[4] == nil)
        var boxes: [LabelPlacement.Box] = []
        for (i, position) in placed.enumerated() {
            guard let position, let label = labels[i] else { continue }
            let width = LabelPlacement.width(of: label, fontSize: 10)
            let left = position.anchor == "start" ? position.x : position.anchor == "end" ? position.x - width : position.x - width / 2
            let box = LabelPlacement.Box(x: left, y: position.y - 8, width: width, height: 10)
            #expect(!boxes.contains { $0.overlaps(box) }, "\(label) overlaps another label")
            boxes.append(box)
        }
        #expect(boxes.count == 4)
    }

    @Test func labelsStayInsideThePlot() {
        // A point at the right edge gets its label on the left.
        let placed = LabelPlacement.place(labels: ["Edge school"], points: [(x: 495, y: 100)], fontSize: 10,
                                          pointRadius: 3, bounds: .init(x: 0, y: 0, width: 500, height: 400))
        #expect(placed[0]?.anchor == "end")
    }
}
