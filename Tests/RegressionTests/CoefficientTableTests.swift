import Testing
import TestSupport
@testable import Regression

@Suite("Coefficient tables follow the chosen estimator")
struct CoefficientTableTests {
    // R: t = b / se; p = 2 pt(-|t|, n − k); intervals from confint (classical) and lmtest::coefci(vcov. = vcovHC)
    // at levels 0.90 and 0.95; Wald F of the non-intercept coefficients b'V⁻¹b/q, checked in fit_reference.R
    // against car::linearHypothesis(test = "F").
    @Test("t, p, intervals at 90% and 95%, and the Wald F, per estimator", arguments: referenceCaseIDs)
    func table(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let fit = try reference.fit()
        for (name, type) in HeteroskedasticityConsistentCovarianceTests.types {
            let expected = try #require(reference.expect.covariance[name])
            let table95 = try fit.coefficientTable(covariance: type)
            let table90 = try fit.coefficientTable(covariance: type, level: 0.90)
            #expect(table95.covariance == type)
            #expect(allAgree(table95.rows.map(\.standardError), expected.std_error))
            #expect(allAgree(table95.rows.map(\.statistic), expected.statistic))
            #expect(allAgree(table95.rows.map(\.pValue), expected.p_value), "\(id) \(name) p-values")
            #expect(allAgree(table95.rows.map(\.lowerBound), expected.conf_low_95))
            #expect(allAgree(table95.rows.map(\.upperBound), expected.conf_high_95))
            #expect(allAgree(table90.rows.map(\.lowerBound), expected.conf_low_90), "\(id) \(name) 90% intervals")
            #expect(allAgree(table90.rows.map(\.upperBound), expected.conf_high_90))
            #expect(table95.rows.allSatisfy { $0.degreesOfFreedom == Double(fit.residualDegreesOfFreedom) })
            let f = try #require(table95.fStatistic)
            #expect(agrees(f.value, expected.wald_f), "\(id) \(name) F: \(f.value) vs \(expected.wald_f)")
            #expect(f.numeratorDegreesOfFreedom == expected.wald_df[0])
            #expect(f.denominatorDegreesOfFreedom == expected.wald_df[1])
            #expect(agrees(f.pValue, expected.wald_p))
        }
    }

    @Test("stars use R's cut points on the row's own p-value")
    func stars() throws {
        let fit = try ReferenceFitFile.fitCase("srs-ols-lagged").fit()
        for type in [CovarianceType.classical, .hc3] {
            for row in try fit.coefficientTable(covariance: type).rows {
                let expected = row.pValue < 0.001 ? "***" : row.pValue < 0.01 ? "**" : row.pValue < 0.05 ? "*"
                    : row.pValue < 0.1 ? "." : ""
                #expect(row.stars == expected)
            }
        }
        // meals in api00 ~ api99 + meals + ell + stype: R 4.2.2 summary(lm) gives p = 0.9731559 (no star),
        // stypeH p = 2.299315e-05 (three stars).
        let meals = try #require(try fit.coefficientTable()["meals"])
        #expect(meals.stars == "")
        #expect(try #require(try fit.coefficientTable()["stypeH"]).stars == "***")
    }

    @Test("a level outside (0, 1) is a usage error", arguments: [0.0, 1.0, 95.0, -0.5])
    func badLevel(level: Double) throws {
        let fit = try ReferenceFitFile.fitCase("srs-ols-poverty").fit()
        let error = #expect(throws: RegressionError.self) { try fit.coefficientTable(level: level) }
        #expect(error?.kind == .usage)
    }

    @Test("an intercept-only model has no F test")
    func interceptOnly() throws {
        let design = smallDesign(rows: [[1], [1], [1], [1]], response: [1, 2, 4, 3])
        let fit = try LinearModel.fit(design)
        #expect(try fit.coefficientTable().fStatistic == nil)
        #expect(try fit.coefficientTable(covariance: .hc1).fStatistic == nil)
        // The mean 2.5 with standard error sd/√n = √(5/3)/2 (hand-computed: deviations ±1.5, ±0.5).
        let row = try #require(try fit.coefficientTable().rows.first)
        #expect(agrees(row.estimate, 2.5, relative: 1e-14))
        #expect(agrees(row.standardError, (5.0 / 3).squareRoot() / 2, relative: 1e-13))
    }
}
