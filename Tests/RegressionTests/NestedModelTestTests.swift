import Testing
import TestSupport
@testable import Regression

@Suite("Nested model tests against anova and lmtest::waldtest")
struct NestedModelTestTests {
    static let pairs = ReferenceFitFile.shared.nested.map { "\($0.restricted) in \($0.full)" }

    static func pair(_ label: String) -> (ReferenceNestedTest, LinearModelFit, LinearModelFit) {
        let test = ReferenceFitFile.shared.nested.first { "\($0.restricted) in \($0.full)" == label }!
        return (test, try! ReferenceFitFile.fitCase(test.restricted).fit(), try! ReferenceFitFile.fitCase(test.full).fit())
    }

    // R 4.2.2: anova(m0, m1) (fit_reference.R), unweighted and weighted.
    @Test("the classical F as anova(restricted, full)", arguments: pairs)
    func anova(label: String) throws {
        let (expected, restricted, full) = Self.pair(label)
        let test = try nestedFTest(restricted: restricted, full: full)
        #expect(test.covariance == .classical)
        #expect(agrees(test.restrictedResidualSumOfSquares, expected.anova.rss0))
        #expect(agrees(test.fullResidualSumOfSquares, expected.anova.rss1))
        #expect(agrees(test.fStatistic.value, expected.anova.f))
        #expect(test.fStatistic.numeratorDegreesOfFreedom == Double(expected.anova.df1))
        #expect(test.fStatistic.denominatorDegreesOfFreedom == Double(expected.anova.df2))
        #expect(agrees(test.fStatistic.pValue, expected.anova.p))
        #expect(Set(test.addedTerms).isSubset(of: Set(full.design.termLabels)))
        #expect(!test.addedTerms.isEmpty)
    }

    // R: lmtest::waldtest(m0, m1, vcov = function(x) sandwich::vcovHC(x, type), test = "F").
    @Test("the robust Wald version as lmtest::waldtest with vcovHC", arguments: pairs)
    func wald(label: String) throws {
        let (expected, restricted, full) = Self.pair(label)
        for wald in expected.wald {
            let type = try CovarianceType(parsing: wald.type)
            let test = try nestedWaldTest(restricted: restricted, full: full, covariance: type)
            #expect(agrees(test.fStatistic.value, wald.f), "\(label) \(wald.type)")
            #expect(test.fStatistic.numeratorDegreesOfFreedom == Double(wald.df1))
            #expect(test.fStatistic.denominatorDegreesOfFreedom == Double(wald.df2))
            #expect(agrees(test.fStatistic.pValue, wald.p))
        }
        // With the classical covariance the Wald F is the anova F.
        let classical = try nestedWaldTest(restricted: restricted, full: full, covariance: .classical)
        #expect(agrees(classical.fStatistic.value, expected.anova.f, relative: 1e-9))
    }

    @Test("models on different rows, of different responses, or not nested are refused")
    func refusals() throws {
        let poverty = try ReferenceFitFile.fitCase("srs-ols-poverty").fit()
        let lagged = try ReferenceFitFile.fitCase("srs-ols-lagged").fit()
        let weighted = try ReferenceFitFile.fitCase("srs-wls-stype").fit()
        let interaction = try ReferenceFitFile.fitCase("strat-interaction").fit()
        #expect(throws: RegressionError.self) { try nestedFTest(restricted: lagged, full: poverty) }
        #expect(throws: RegressionError.self) { try nestedFTest(restricted: poverty, full: weighted) }
        #expect(throws: RegressionError.self) { try nestedFTest(restricted: poverty, full: interaction) }
        #expect(throws: RegressionError.self) { try nestedFTest(restricted: poverty, full: poverty) }
    }
}
