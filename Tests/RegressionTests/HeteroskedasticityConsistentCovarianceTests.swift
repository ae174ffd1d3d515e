import LinearAlgebra
import Testing
import TestSupport
@testable import Regression

@Suite("HC0-HC3 against sandwich::vcovHC")
struct HeteroskedasticityConsistentCovarianceTests {
    static let types: [(String, CovarianceType)] = [("classical", .classical), ("HC0", .hc0), ("HC1", .hc1),
                                                    ("HC2", .hc2), ("HC3", .hc3)]

    // R: sqrt(diag(vcovHC(m, type))) (sandwich 3.0-2), on weighted, unweighted, aliased, zero-weight and
    // no-intercept fits (fit_reference.R; the zero-weight reference is vcovHC of the fit on the positive-weight rows).
    @Test("standard errors under every estimator", arguments: referenceCaseIDs)
    func standardErrors(id: String) throws {
        let reference = ReferenceFitFile.fitCase(id)
        let fit = try reference.fit()
        for (name, type) in Self.types {
            let expected = try #require(reference.expect.covariance[name])
            let actual = try fit.covariance(type).standardErrors
            #expect(allAgree(actual, expected.std_error), "\(id) \(name): \(actual) vs \(expected.std_error)")
        }
    }

    @Test("the covariance matrix is symmetric and its diagonal positive")
    func symmetric() throws {
        let fit = try ReferenceFitFile.fitCase("srs-wls-stype").fit()
        let v = try fit.covariance(.hc3).matrix
        for i in 0..<v.rows {
            #expect(v[i, i] > 0)
            for j in 0..<v.columns { #expect(v[i, j] == v[j, i]) }
        }
    }

    @Test("HC2 and HC3 refuse a row the model fits exactly (leverage one); HC0 and HC1 do not")
    func unitLeverage() throws {
        // The indicator x2 is 1 only in the last row, so that row has leverage 1 (R: hatvalues gives 1 and
        // vcovHC(type = "HC3") returns NaN there).
        let design = smallDesign(rows: [[1, 1, 0], [1, 2, 0], [1, 4, 0], [1, 5, 0], [1, 3, 1]],
                                 response: [1, 3, 2, 5, 4])
        let fit = try LinearModel.fit(design)
        let hat = try fit.hatValues()
        #expect(agrees(hat[4], 1, relative: 1e-12))
        for type in [CovarianceType.hc2, .hc3] {
            let error = #expect(throws: RegressionError.self) { try fit.covariance(type) }
            #expect(error?.description.contains("data row 5") == true)
        }
        _ = try fit.covariance(.hc0)
        _ = try fit.covariance(.hc1)
    }
}
