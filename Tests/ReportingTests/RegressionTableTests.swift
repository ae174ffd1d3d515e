import Foundation
import Testing
import TestSupport
import DataTable
import Regression
@testable import Reporting

@Suite struct RegressionTableTests {
    /// Two models with made-up numbers: what is checked is the table's shape as a real GFM renderer sees it.
    func twoModels() -> [ModelSummary] {
        let m1 = ModelSummary(name: "(1) API 2012", coefficients: [
            .init(term: "(Intercept)", estimate: 700, standardError: 30, pValue: 1e-20, confidenceLow: 640, confidenceHigh: 760),
            .init(term: "partnership", estimate: 25.4, standardError: 9.1, pValue: 0.009, confidenceLow: 6.6, confidenceHigh: 44.2),
        ], observationCount: 28, rSquared: 0.21, adjustedRSquared: 0.18, covariance: .hc3)
        let m2 = ModelSummary(name: "(2) API 2012", coefficients: [
            .init(term: "(Intercept)", estimate: 800, standardError: 25, pValue: 1e-22, confidenceLow: 750, confidenceHigh: 850),
            .init(term: "partnership", estimate: 24.9, standardError: 8.0, pValue: 0.004, confidenceLow: 8.4, confidenceHigh: 41.4),
            .init(term: "meals", estimate: -1.2, standardError: 0.3, pValue: 0.0004, confidenceLow: -1.8, confidenceHigh: -0.6),
        ], observationCount: 27, rSquared: 0.55, adjustedRSquared: 0.51, covariance: .hc3,
           dropped: [(column: "meals", count: 1)], droppedTotal: 1)
        return [m1, m2]
    }

    @Test func tableKeepsItsColumnsAndLegendStaysText() throws {
        let markdown = RegressionTable(models: twoModels(), termLabels: ["meals": "Poverty (% meals | FRPM)"]).render()
        let html = try CommonMarkRenderer.html(markdown)
        #expect(CommonMarkRenderer.count("<table>", in: html) == 1)
        // 3 header cells; 3 terms x 2 rows + 4 statistic rows = 10 body rows of 3 cells.
        #expect(CommonMarkRenderer.count("</th>", in: html) == 3)
        #expect(CommonMarkRenderer.count("</td>", in: html) == 30)
        #expect(!html.contains("<ul>") && !html.contains("<li>"))
        #expect(!html.contains("<em>") && !html.contains("<strong>"))
        #expect(html.contains("25.40**"))
        #expect(html.contains("-1.20***"))
        #expect(html.contains("Poverty (% meals | FRPM)"))
        #expect(html.contains("dropped 1 row with missing values (meals missing for 1)"))
        #expect(html.contains("heteroskedasticity-robust (HC3) standard errors"))
    }

    @Test func interceptComesLastAndMissingTermsAreBlank() {
        let table = RegressionTable(models: twoModels())
        #expect(table.termOrder == ["partnership", "meals", "(Intercept)"])
        let lines = table.render().split(separator: "\n")
        let mealsRow = try! #require(lines.first { $0.hasPrefix("| meals") })
        let cells = mealsRow.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        // "", term, model 1 (no meals: blank), model 2, "".
        #expect(cells == ["", "meals", "", "-1.20\\*\\*\\*", ""])
    }

    @Test func sampleNoteReplacesPerModelDropNotes() throws {
        // Models fitted on one sample chosen beforehand: the note says so, and the "no rows dropped" line would mislead.
        let models = twoModels().map { model -> ModelSummary in
            var copy = model
            copy.dropped = []
            copy.droppedTotal = 0
            return copy
        }
        let markdown = RegressionTable(models: models, sampleNote: "1. All models use the same 27 schools.").render()
        #expect(markdown.contains("1\\. All models use the same 27 schools."))   // cannot open an ordered list
        #expect(!markdown.contains("No rows were dropped"))
        let html = try CommonMarkRenderer.html(markdown)
        #expect(!html.contains("<ol"))
    }

    @Test func countRowLabelComesFromTheCaller() {
        let generic = RegressionTable(models: twoModels()).render()
        #expect(generic.contains("\n| N "))
        #expect(!generic.contains("schools"))
        let teachers = RegressionTable(models: twoModels(), observationLabel: "N (teachers)").render()
        #expect(teachers.contains("| N (teachers) "))
    }

    @Test func clusteredEstimatorIsNamedFromItsType() {
        var models = twoModels()
        for i in models.indices { models[i].covariance = .clustered(column: "district", adjustment: .cr2) }
        let markdown = RegressionTable(models: models).render()
        #expect(markdown.contains("cluster-robust (CR2:district, bias-reduced, Satterthwaite df) standard errors"))
        #expect(markdown.contains("| CR2:district "))
        #expect(StandardErrorNames.describe(.clustered(column: "d", adjustment: .cr1))
            == "cluster-robust (CR1:d, Stata's small-sample factor) standard errors")
    }

    @Test func summaryOfAOneCallFitUsesItsOwnCovariance() throws {
        // A fit made with HC3 summarises under HC3 without a separate table argument; the numbers are the fit's own.
        let table = try DataTable(columns: [("y", .numeric([1, 3, 2, 5, 4, 6])), ("x", .numeric([1, 2, 3, 4, 5, 6]))])
        let fit = try LinearModel.fit("y ~ x", data: table, covariance: .hc3)
        let summary = ModelSummary(name: "(1)", fit: fit)
        #expect(summary.covariance == .hc3)
        #expect(summary.standardErrorType == "HC3")
        let slope = try #require(summary.coefficient("x"))
        #expect(slope.standardError == fit.stderror[1])
        #expect(slope.estimate == fit.coef[1])
    }
}
