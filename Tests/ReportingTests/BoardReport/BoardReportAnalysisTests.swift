import Foundation
import Testing
import TestSupport
@testable import Reporting

/// The report's numbers against R. Expected values: Tests/Fixtures/report/board-report-reference.json, written by
/// Tests/Fixtures/scripts/board_report_reference.R (R 4.2.2: lm, sandwich::vcovHC(type = "HC3"), lmtest::coeftest,
/// coefci, anova, waldtest, cooks.distance, hatvalues, car::vif), which scores the synthetic survey on its own.
@Suite struct BoardReportAnalysisTests {
    struct Reference: Decodable {
        struct Model: Decodable {
            struct LeaveOneOut: Decodable {
                var lowest: Double, lowest_school: String, highest: Double, highest_school: String
            }
            var formula: String, n: Int, terms: [String], estimate: [Double], std_error: [Double], p_value: [Double]
            var conf_low: [Double], conf_high: [Double], r_squared: Double, adj_r_squared: Double
            var standardized: [String: Double]
            var leave_one_out: LeaveOneOut
        }
        struct Nested: Decodable { var f: Double, p: Double, r2_poverty_only: Double, wald_f: Double, wald_p: Double }
        struct Influential: Decodable {
            var school: [String], cooks: [Double], leverage: [Double], residual: [Double], without_top: Double
        }
        struct Statewide: Decodable {
            var formula: String, n: Int, estimate: [Double], std_error: [Double], r_squared: Double
        }
        var schools: Int
        var models: [Model]
        var nested: Nested
        var influential: Influential
        var vif_model4: [String: Double]
        var statewide: [Statewide]
    }

    static let reference: Reference = {
        let data = try! Data(contentsOf: Fixtures.fixture("report/board-report-reference.json"))
        return try! JSONDecoder().decode(Reference.self, from: data)
    }()

    var analysis: BoardReportAnalysis { get throws { try ShippedBoardReport.report.get().analysis } }

    @Test func fourModelsMatchR() throws {
        let analysis = try analysis
        let reference = Self.reference
        #expect(analysis.sample.count == reference.schools)
        #expect(analysis.models.count == 4)
        for (model, expected) in zip(analysis.models, reference.models) {
            #expect(model.formula == expected.formula)
            #expect(model.fit.observationCount == expected.n)
            #expect(model.table.rows.map(\.term) == expected.terms)
            for (i, row) in model.table.rows.enumerated() {
                #expect(agrees(row.estimate, expected.estimate[i]), "\(model.name) \(row.term) estimate")
                #expect(agrees(row.standardError, expected.std_error[i]), "\(model.name) \(row.term) HC3 SE")
                #expect(agrees(row.pValue, expected.p_value[i], relative: 1e-7), "\(model.name) \(row.term) p")
                #expect(agrees(row.lowerBound, expected.conf_low[i]), "\(model.name) \(row.term) low")
                #expect(agrees(row.upperBound, expected.conf_high[i]), "\(model.name) \(row.term) high")
            }
            #expect(agrees(model.fit.rSquared, expected.r_squared))
            #expect(agrees(model.fit.adjustedRSquared, expected.adj_r_squared))
            for (term, value) in expected.standardized {
                #expect(agrees(try #require(analysis.standardizedCoefficient(term, in: model)), value), "\(term)")
            }
        }
    }

    @Test func nestedTestsMatchAnovaAndWaldtest() throws {
        let analysis = try analysis
        let expected = Self.reference.nested
        #expect(analysis.partnershipBeyondPoverty.addedTerms == ["pal_index"])
        #expect(agrees(analysis.partnershipBeyondPoverty.fStatistic.value, expected.f))
        #expect(agrees(analysis.partnershipBeyondPoverty.fStatistic.pValue, expected.p, relative: 1e-7))
        #expect(agrees(analysis.povertyOnly.fit.rSquared, expected.r2_poverty_only))
        #expect(agrees(analysis.partnershipBeyondPovertyRobust.fStatistic.value, expected.wald_f))
        #expect(agrees(analysis.partnershipBeyondPovertyRobust.fStatistic.pValue, expected.wald_p, relative: 1e-7))
    }

    @Test func diagnosticsMatchR() throws {
        let diagnostics = try analysis.diagnostics
        let expected = Self.reference.influential
        #expect(diagnostics.influential.map(\.school) == expected.school)
        for (i, school) in diagnostics.influential.enumerated() {
            #expect(agrees(school.cooksDistance, expected.cooks[i]))
            #expect(agrees(school.leverage, expected.leverage[i]))
            #expect(agrees(school.residual, expected.residual[i]))
        }
        #expect(agrees(try #require(diagnostics.withoutMostInfluential), expected.without_top))
        // 4 / 28: the conventional screening line.
        #expect(diagnostics.cooksCutoff == 4.0 / 28)
        let vif = diagnostics.varianceInflation[3]
        #expect(vif.map(\.term) == ["pal_index", "meals", "api11"])
        for entry in vif { #expect(agrees(entry.gvif, Self.reference.vif_model4[entry.term]!), "\(entry.term)") }
        #expect(diagnostics.varianceInflation[0].isEmpty)   // one term: no VIF
        for (range, expected) in zip(diagnostics.leaveOneOut, Self.reference.models.map(\.leave_one_out)) {
            #expect(agrees(range.lowest.value, expected.lowest) && range.lowest.school == expected.lowest_school)
            #expect(agrees(range.highest.value, expected.highest) && range.highest.school == expected.highest_school)
        }
    }

    @Test func statewideModelsMatchR() throws {
        let statewide = try #require(try analysis.statewide)
        for (model, expected) in zip([statewide.levelModel, statewide.growthModel], Self.reference.statewide) {
            #expect(model.formula == expected.formula)
            #expect(model.fit.observationCount == expected.n)
            for (i, row) in model.table.rows.enumerated() {
                #expect(agrees(row.estimate, expected.estimate[i]), "\(model.formula) \(row.term)")
                #expect(agrees(row.standardError, expected.std_error[i]), "\(model.formula) \(row.term) HC3 SE")
            }
            #expect(agrees(model.fit.rSquared, expected.r_squared))
        }
        // The district's 28 schools are all in the statewide sample, for the highlighted points.
        #expect(statewide.districtCodes.count == 28)
    }

    @Test func surveyCountsAndExclusions() throws {
        let analysis = try analysis
        #expect(analysis.isSynthetic)
        #expect(analysis.respondentCount == 785)
        #expect(analysis.roleCounts.map(\.count) == [698, 51, 36])     // data/survey/README.md
        #expect(analysis.merge.exclusions.excluded.count == 2)          // the two SPED = A schools
        #expect(analysis.sample.leftOut.isEmpty)
        #expect(analysis.districtName == "ABC Unified")
    }
}

/// Which schools the models use, and the refusal when too few remain.
@Suite struct BoardReportSampleTests {
    @Test func suppressedSchoolsLeaveTheModelsAndShowNoScores() throws {
        // With a threshold of 20, ABC schools with fewer respondents are suppressed (the shipped survey has 12-81
        // per school); they must leave every model with that reason and show "suppressed" instead of any score.
        var options = BoardReportOptions()
        options.includeStatewide = false
        options.suppression = try .init(threshold: 20)
        let report = try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
        let analysis = report.analysis
        let suppressed = analysis.survey.summary.schools.filter(\.isSuppressed)
        #expect(!suppressed.isEmpty)
        #expect(analysis.sample.count + suppressed.count == 28)
        #expect(analysis.sample.leftOut.count == suppressed.count)
        for school in analysis.sample.leftOut { #expect(school.reason.hasPrefix("survey results suppressed")) }
        for model in analysis.models { #expect(model.fit.observationCount == analysis.sample.count) }
        // In the school table each suppressed school's row has "suppressed" in every score cell, and no number.
        let markdown = report.markdown
        let section = markdown[try #require(markdown.range(of: "## 3.")).lowerBound..<(try #require(markdown.range(of: "## 4."))).lowerBound]
        let lines = section.components(separatedBy: "\n")
        for school in analysis.sample.leftOut {
            let row = try #require(lines.first { $0.hasPrefix("| " + MarkdownText.escapeCell(school.school) + " ") })
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.dropFirst(2).allSatisfy { $0 == "suppressed" }, "\(row)")
        }
    }

    @Test func tooFewSchoolsIsBadDataNotACrash() throws {
        var options = BoardReportOptions()
        options.includeStatewide = false
        options.suppression = try .init(threshold: 70)
        #expect(throws: BoardReportError.self) {
            try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
        }
        do {
            _ = try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
        } catch let error as BoardReportError {
            #expect(error.kind == .badData)
            #expect(error.description.contains("need at least \(BoardReportOptions.minimumSchools)"))
        }
    }

    @Test func thousandsOfLeftOutSchoolsAreCountedNotListed() throws {
        // All districts with one district's survey: 8,960 merged schools have no survey row.
        var options = BoardReportOptions()
        options.includeStatewide = false
        options.merge.districtPrefix = nil
        let report = try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
        #expect(report.analysis.sample.count == 28)
        #expect(report.analysis.sample.leftOut.allSatisfy { $0.category == "no survey responses" })
        let markdown = report.markdown
        let section = markdown[try #require(markdown.range(of: "## 1.")).lowerBound..<(try #require(markdown.range(of: "## 2."))).lowerBound]
        #expect(section.components(separatedBy: "\n").count < 40)
        let row = try #require(section.components(separatedBy: "\n").first { $0.contains("| no survey responses ") })
        #expect(row.hasPrefix("| models ") && row.hasSuffix(" " + BoardReportText.count(report.analysis.sample.leftOut.count) + " |"))
        #expect(markdown.contains("California, 2011 to 2012"))
    }

    @Test func levelOutOfRangeIsAUsageError() throws {
        var options = BoardReportOptions()
        options.level = 1.5
        do {
            _ = try BoardReport(inputs: ShippedBoardReport.inputs(), options: options)
            Issue.record("a level of 1.5 was accepted")
        } catch let error as BoardReportError {
            #expect(error.kind == .usage)
        }
    }
}
