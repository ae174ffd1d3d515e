import Testing
@testable import LinearAlgebra

struct SandwichCovarianceTests {
    @Test func matchesRVcovHC() throws {
        let a = RReference.design
        let ols = try LeastSquares(a, RReference.y)
        let hc3 = try ols.sandwichCovariance(of: a) { i, h in
            let e = ols.residuals[i]
            return e * e / ((1 - h) * (1 - h))
        }
        #expect(agreesEntrywise(hc3.covariance, RReference.OLS.hc3, relative: 1e-12))
        #expect(maxRelativeDifference(hc3.leverages, RReference.OLS.hatValues) < 1e-13)
        let hc0 = try ols.sandwichCovariance(of: a) { i, _ in ols.residuals[i] * ols.residuals[i] }
        #expect(agreesEntrywise(hc0.covariance, RReference.OLS.hc0, relative: 1e-12))
        // Weighted: ω uses the weighted residual √w·e.
        let w = RReference.weights
        let wls = try LeastSquares(a, RReference.y, weights: w)
        let whc3 = try wls.sandwichCovariance(of: a) { i, h in
            let e = wls.residuals[i] * w[i].squareRoot()
            return e * e / ((1 - h) * (1 - h))
        }
        #expect(agreesEntrywise(whc3.covariance, RReference.WLS.hc3, relative: 1e-12))
    }

    @Test func equalsBreadMeatBreadFromSeparatePasses() throws {
        let a = randomMatrix(rows: 5000, columns: 5, seed: 70)
        let fit = try LeastSquares(a, randomVector(5000, seed: 71))
        let h = try fit.leverages(of: a)
        let bread = try fit.inverseCrossProduct()
        for signed in [false, true] {
            // Negative ω (not a covariance, but allowed) exercises the general-product path.
            func omega(_ i: Int, _ hi: Double) -> Double {
                let value = fit.residuals[i] * fit.residuals[i] / ((1 - hi) * (1 - hi))
                return signed && i % 3 == 0 ? -value : value
            }
            let fused = try fit.sandwichCovariance(of: a, weight: omega)
            let meat = try weightedCrossProduct(a, weights: (0..<5000).map { omega($0, h[$0]) })
            let separate = multiply(multiply(bread, meat), bread)
            #expect(agreesEntrywise(fused.covariance, separate, relative: 1e-11))
            #expect(fused.covariance == fused.covariance.transposed)
            #expect(maxDifference(fused.leverages, h) == 0)
        }
    }

    @Test func rejectsNonFiniteWeight() throws {
        let fit = try LeastSquares(RReference.design, RReference.y)
        #expect(throws: LinearAlgebraError.self) { try fit.sandwichCovariance(of: RReference.design) { _, _ in .nan } }
    }
}
