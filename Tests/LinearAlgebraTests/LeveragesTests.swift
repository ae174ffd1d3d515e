import Testing
@testable import LinearAlgebra

struct LeveragesTests {
    @Test func matchRHatValues() throws {
        let ols = try LeastSquares(RReference.design, RReference.y)
        #expect(maxRelativeDifference(try ols.leverages(of: RReference.design), RReference.OLS.hatValues) < 1e-13)
        let wls = try LeastSquares(RReference.design, RReference.y, weights: RReference.weights)
        #expect(maxRelativeDifference(try wls.leverages(of: RReference.design), RReference.WLS.hatValues) < 1e-13)
        // R leaves zero-weight rows out of hatvalues(); here they get leverage 0.
        let zero = try LeastSquares(RReference.design, RReference.y, weights: RReference.weightsWithZero)
        #expect(try zero.leverages(of: RReference.design)[9] == 0)
    }

    @Test func matchRowNormsOfExplicitQAcrossBlocks() throws {
        // 5000 rows cross the 2048-row blocks; the reference Q comes from dorgqr on an independent factorization.
        let a = randomMatrix(rows: 5000, columns: 4, seed: 60)
        let fit = try LeastSquares(a, randomVector(5000, seed: 61))
        let h = try fit.leverages(of: a)
        let q = try PivotedQR(a).thinQ(count: 4)
        let expected = (0..<5000).map { i in (0..<4).reduce(0.0) { $0 + q[i, $1] * q[i, $1] } }
        #expect(maxDifference(h, expected) < 1e-15)
        #expect(abs(h.reduce(0, +) - 4) < 1e-11)   // trace of the hat matrix = rank
    }

    @Test func qRowsAreRowsOfTheFactorsQ() throws {
        let a = randomMatrix(rows: 300, columns: 5, seed: 62)
        let fit = try LeastSquares(a, randomVector(300, seed: 63))
        // Q of the factorization the fit made: dgeqp3 on the same equilibrated copy.
        let q = try PivotedQR(factoring: scaledCopy(of: a, columns: fit.keptColumns, scale: fit.columnScale,
                                                    rowScale: nil)).thinQ(count: 5)
        let rows = [0, 7, 299, 150]
        let z = try fit.qRows(of: a, rows: rows)
        for (i, row) in rows.enumerated() {
            for t in 0..<5 { #expect(abs(z[i, t] - q[row, t]) < 1e-14) }
        }
        #expect(throws: LinearAlgebraError.self) { try fit.qRows(of: a, rows: [300]) }
    }

    @Test func rejectsMatrixOfAnotherShape() throws {
        let fit = try LeastSquares(RReference.design, RReference.y)
        #expect(throws: LinearAlgebraError.self) { try fit.leverages(of: randomMatrix(rows: 10, columns: 2, seed: 64)) }
    }
}
