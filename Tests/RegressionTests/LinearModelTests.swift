import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

/// Every case of fit-extra-reference.json (R 4.2.2 lm/summary.lm/logLik/AIC/BIC; see ReferenceFitCases.swift).
let referenceCaseIDs = ReferenceFitFile.shared.cases.map(\.id)

@Suite("LinearModel.fit against R's lm")
struct LinearModelTests {
    @Test("estimates, aliasing and counts as lm", arguments: referenceCaseIDs)
    func estimates(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let expected = reference.expect
        let fit = try reference.fit()
        #expect(fit.observationCount == expected.n)
        #expect(fit.fittedValues.count == expected.rows)
        #expect(fit.rank == expected.rank)
        #expect(fit.residualDegreesOfFreedom == expected.df_residual)
        #expect(fit.aliasedColumnNames == expected.aliased)
        #expect(fit.coefficients.count == expected.coefficients.count)
        for (actual, wanted) in zip(fit.coefficients, expected.coefficients) {
            if let wanted {
                let value = try #require(actual)
                #expect(agrees(value, wanted), "\(id): \(value) vs \(wanted)")
            } else {
                #expect(actual == nil, "\(id): an aliased coefficient must be nil")
            }
        }
        #expect(allAgree(fit.fittedValues, expected.fitted))
        // Residuals near zero are differences of nearly equal numbers: compare relative to the response's scale.
        #expect(allAgree(fit.residuals, expected.residuals, absolute: 1e-9))
    }

    @Test("sigma, R², adjusted R², F, log-likelihood, AIC and BIC as summary.lm and logLik", arguments: referenceCaseIDs)
    func summaryStatistics(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let expected = reference.expect
        let fit = try reference.fit()
        #expect(agrees(fit.residualSumOfSquares, expected.rss))
        #expect(agrees(fit.sigma, expected.sigma))
        #expect(agrees(fit.rSquared, expected.r_squared))
        #expect(agrees(fit.adjustedRSquared, expected.adj_r_squared))
        #expect(agrees(fit.logLikelihood, expected.log_lik))
        #expect(agrees(fit.aic, expected.aic))
        #expect(agrees(fit.bic, expected.bic))
        let f = try #require(try fit.coefficientTable().fStatistic)
        #expect(agrees(f.value, expected.f_statistic))
        #expect(f.numeratorDegreesOfFreedom == expected.f_df[0])
        #expect(f.denominatorDegreesOfFreedom == expected.f_df[1])
        #expect(agrees(f.pValue, expected.f_p_value))
    }

    @Test("zero weights count nowhere, but their rows still get fitted values and residuals")
    func zeroWeights() throws {
        let reference = ReferenceFitFile.fitCase("srs-zero-weights")
        let fit = try reference.fit()
        #expect(fit.observationCount == 190)
        #expect(fit.residuals.count == 200)
        for row in reference.zero_weight_rows {
            #expect(agrees(fit.residuals[row], reference.expect.residuals[row], absolute: 1e-9))
        }
    }

    @Test("a rank-deficient design names the later collinear column, as lm's NA coefficients")
    func aliasedColumnsAreNamed() throws {
        let fit = try ReferenceFitFile.fitCase("srs-aliased").fit()
        #expect(fit.aliasedColumnNames == ["meals_copy", "stypeM"])
        #expect(fit.coefficient("meals_copy") == nil)
        #expect(fit.coefficient("stypeM") == nil)
        #expect(fit.estimatedColumnNames == ["(Intercept)", "meals", "ell", "api99", "stypeE", "stypeH"])
        let table = try fit.coefficientTable(covariance: .hc3)
        #expect(table.aliasedColumnNames == ["meals_copy", "stypeM"])
        #expect(table.rows.map(\.term) == fit.estimatedColumnNames)
    }

    @Test("fewer rows than coefficients is bad data with a one-line message")
    func tooFewRows() throws {
        let design = smallDesign(rows: [[1, 2, 3], [1, 5, 1]], response: [1, 2])
        let error = #expect(throws: RegressionError.self) { try LinearModel.fit(design) }
        #expect(error?.kind == .badData)
        #expect(error?.description.hasPrefix("2 rows but 3 coefficients") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test("as many rows as coefficients leaves no residual degrees of freedom: an error, not a fit")
    func noResidualDegreesOfFreedom() throws {
        let design = smallDesign(rows: [[1, 2], [1, 5]], response: [1, 2])
        #expect(throws: RegressionError.self) { try LinearModel.fit(design) }
    }

    @Test("negative and non-finite inputs are refused, naming the row")
    func badValues() throws {
        var design = smallDesign(rows: [[1, 2], [1, 5], [1, 7], [1, 9]], response: [1, 2, 4, 3])
        design.weights = [1, 1, -2, 1]
        let negative = #expect(throws: RegressionError.self) { try LinearModel.fit(design) }
        #expect(negative?.description.contains("data row 3") == true)
        design.weights = nil
        design.response[1] = .nan
        #expect(throws: RegressionError.self) { try LinearModel.fit(design) }
        // A model-matrix entry: LinearAlgebra finds it while reading the matrix; the message names column and row.
        design.response[1] = 2
        design.matrix[2, 1] = .infinity
        let infinite = #expect(throws: RegressionError.self) { try LinearModel.fit(design) }
        #expect(infinite?.description.contains("column 'x1' of the model matrix is inf in data row 3") == true)
    }

    @Test("a column that is entirely zero is aliased, not solved")
    func zeroColumn() throws {
        let design = smallDesign(rows: [[1, 0, 2], [1, 0, 5], [1, 0, 7], [1, 0, 9]], response: [1, 2, 4, 3])
        let fit = try LinearModel.fit(design)
        #expect(fit.aliasedColumnNames == ["x1"])
        #expect(fit.rank == 2)
        // Least-squares line through (2,1), (5,2), (7,4), (9,3), by hand: centred at x̄ = 5.75, ȳ = 2.5,
        // Sxy = 9.5 and Sxx = 26.75, so slope = 9.5 / 26.75 and intercept = ȳ − slope·x̄.
        #expect(agrees(try #require(fit.coefficient("x2")), 9.5 / 26.75, relative: 1e-13))
        #expect(agrees(try #require(fit.coefficient("(Intercept)")), 2.5 - 9.5 / 26.75 * 5.75, relative: 1e-13))
    }
}

/// A design with an intercept in the first column and predictors named x1, x2, ... (one term each).
func smallDesign(rows: [[Double]], response: [Double]) -> DesignMatrix {
    let matrix = Matrix(rowMajor: rows)
    let names = ["(Intercept)"] + (1..<matrix.columns).map { "x\($0)" }
    return DesignMatrix(formula: "y ~ " + names.dropFirst().joined(separator: " + "), responseName: "y",
                        response: response, matrix: matrix, columnNames: names,
                        termLabels: Array(names.dropFirst()), termOfColumn: [nil] + (0..<(matrix.columns - 1)).map { $0 },
                        hasIntercept: true, rowsUsed: Array(0..<rows.count))
}
