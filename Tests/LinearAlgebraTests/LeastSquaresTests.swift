import Testing
import TestSupport
@testable import LinearAlgebra

struct LeastSquaresTests {
    @Test func solvesHandExample() throws {
        // Line through (1,1), (2,2), (3,2): slope Σ(x−2)(y−5/3)/Σ(x−2)² = 1/2, intercept 5/3 − 1 = 2/3;
        // residuals (−1/6, 1/3, −1/6); (AᵀA)⁻¹ = [3 6; 6 14]⁻¹ = [7/3 −1; −1 1/2].
        let a = Matrix(rowMajor: [[1, 1], [1, 2], [1, 3]])
        let fit = try LeastSquares(a, [1, 2, 2])
        #expect(maxDifference(fit.coefficients, [2.0 / 3, 0.5]) < 1e-15)
        #expect(maxDifference(fit.residuals, [-1.0 / 6, 1.0 / 3, -1.0 / 6]) < 1e-15)
        #expect(maxDifference(try fit.inverseCrossProduct(), Matrix(rowMajor: [[7.0 / 3, -1], [-1, 0.5]])) < 1e-14)
        #expect(fit.keptColumns == [0, 1] && fit.aliasedColumns.isEmpty)
    }

    @Test func matchesROrdinaryLeastSquares() throws {
        let fit = try LeastSquares(RReference.design, RReference.y)
        #expect(maxRelativeDifference(fit.coefficients, RReference.OLS.coefficients) < 1e-13)
        // Residuals absolutely: R's own are b − A x in Double, good to about 1e-15·|y| (|y| ≤ 21).
        #expect(maxDifference(fit.residuals, RReference.OLS.residuals) < 1e-13)
        #expect(agreesEntrywise(try fit.inverseCrossProduct(), RReference.OLS.unscaledCovariance, relative: 1e-13))
    }

    @Test func matchesRWeightedLeastSquares() throws {
        let fit = try LeastSquares(RReference.design, RReference.y, weights: RReference.weights)
        #expect(maxRelativeDifference(fit.coefficients, RReference.WLS.coefficients) < 1e-13)
        #expect(maxDifference(fit.residuals, RReference.WLS.residuals) < 1e-13)
        #expect(agreesEntrywise(try fit.inverseCrossProduct(), RReference.WLS.unscaledCovariance, relative: 1e-13))
        let zero = try LeastSquares(RReference.design, RReference.y, weights: RReference.weightsWithZero)
        #expect(maxRelativeDifference(zero.coefficients, RReference.ZeroWeight.coefficients) < 1e-13)
        #expect(maxDifference(zero.residuals, RReference.ZeroWeight.residuals) < 1e-13)
    }

    @Test func weightsEqualScalingRowsBySquareRoot() throws {
        let a = randomMatrix(rows: 50, columns: 4, seed: 50)
        let b = randomVector(50, seed: 51)
        let w = randomVector(50, seed: 52).map { $0 * $0 + 0.1 }
        let weighted = try LeastSquares(a, b, weights: w)
        var scaled = a
        for i in 0..<50 { for j in 0..<4 { scaled[i, j] *= w[i].squareRoot() } }
        let plain = try LeastSquares(scaled, zip(b, w).map { $0 * $1.squareRoot() })
        #expect(maxRelativeDifference(weighted.coefficients, plain.coefficients) < 1e-13)
        #expect(maxDifference(zip(weighted.residuals, w).map { $0 * $1.squareRoot() }, plain.residuals) < 1e-14)
    }

    @Test func resultsDoNotDependOnColumnUnitsOrOrder() throws {
        let a = randomMatrix(rows: 40, columns: 3, seed: 53)
        let b = randomVector(40, seed: 54)
        let base = try LeastSquares(a, b)
        // Column 1 in units a million times smaller, and the columns in reverse order.
        var rescaled = columns(a, [2, 1, 0])
        for i in 0..<40 { rescaled[i, 1] *= 1e6 }
        let other = try LeastSquares(rescaled, b)
        #expect(maxRelativeDifference([other.coefficients[2], other.coefficients[1] * 1e6, other.coefficients[0]],
                                      base.coefficients) < 1e-13)
        let inverse = try other.inverseCrossProduct(), baseInverse = try base.inverseCrossProduct()
        #expect(abs(inverse[1, 1] * 1e12 / baseInverse[1, 1] - 1) < 1e-13)
        #expect(abs(inverse[0, 2] / baseInverse[2, 0] - 1) < 1e-13)
    }

    @Test func rejectsAliasedColumnsByDefault() throws {
        let z = zip(RReference.x1, RReference.x2).map { $0 + $1 }
        let a = Matrix(columnList: [Array(repeating: 1, count: 10), RReference.x1, RReference.x2, z])
        do {
            _ = try LeastSquares(a, RReference.y)
            Issue.record("expected a rank-deficiency error")
        } catch let error as LinearAlgebraError {
            #expect(error.routine == "LeastSquares")
            #expect(error.message.contains("rank deficient"))
            #expect(error.message.contains("columns [3]"))
        }
    }

    @Test func dropsAliasedColumnsAsR() throws {
        // R: coef(lm(y ~ x1 + x2 + z)) with z = x1 + x2 reports z as NA; with the order x1, z, x2 it drops x2.
        let z = zip(RReference.x1, RReference.x2).map { $0 + $1 }
        let one = Array(repeating: 1.0, count: 10)
        let fit = try LeastSquares(Matrix(columnList: [one, RReference.x1, RReference.x2, z]), RReference.y,
                                   aliased: .drop())
        #expect(fit.aliasedColumns == [3] && fit.keptColumns == [0, 1, 2])
        #expect(fit.coefficients[3].isNaN)
        #expect(maxRelativeDifference(Array(fit.coefficients[0..<3]), RReference.OLS.coefficients) < 1e-13)
        #expect(agreesEntrywise(try fit.inverseCrossProduct(), RReference.OLS.unscaledCovariance, relative: 1e-12))
        let reordered = try LeastSquares(Matrix(columnList: [one, RReference.x1, z, RReference.x2]), RReference.y,
                                         aliased: .drop())
        #expect(reordered.aliasedColumns == [3])
        #expect(maxRelativeDifference(Array(reordered.coefficients[0..<3]), RReference.aliasedOrderCoefficients) < 1e-12)
    }

    @Test func defaultRankToleranceKeepsFilipWithMargin() throws {
        // Filip's smallest |R_kk|/|R_11| after equilibration is 8.0e-10: kept at the default 1e-11 (and at 1e-10),
        // rejected at 1e-8.
        let filip = try StRDDataset.load("Filip")
        let a = Matrix(columnList: filip.designColumns)
        let fit = try LeastSquares(a, filip.response)
        let diagonal = fit.factor.diagonal.map(abs)
        #expect(diagonal.last! / diagonal[0] > 50 * 1e-11)
        #expect(throws: Never.self) { try LeastSquares(a, filip.response, rankTolerance: 1e-10) }
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, filip.response, rankTolerance: 1e-8) }
    }

    @Test func rejectsBadInput() throws {
        let a = randomMatrix(rows: 6, columns: 2, seed: 55)
        let b = randomVector(6, seed: 56)
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, [1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, b, weights: [1]) }
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, b, weights: [1, 1, -1, 1, 1, 1]) }
        var bad = a
        bad[3, 1] = .nan
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(bad, b) }
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, [1, 2, 3, 4, 5, .infinity]) }
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(a, b, rankTolerance: 2) }
        do {
            _ = try LeastSquares(randomMatrix(rows: 2, columns: 3, seed: 57), [1, 2])
            Issue.record("expected a rank-deficiency error")
        } catch let error as LinearAlgebraError {
            #expect(error.message.contains("fewer rows than columns"))
        }
    }

    @Test func emptyDesignLeavesResponseAsResiduals() throws {
        let fit = try LeastSquares(Matrix(rows: 3, columns: 0), [1, 2, 3])
        #expect(fit.coefficients.isEmpty && fit.residuals == [1, 2, 3])
        #expect(try fit.inverseCrossProduct() == Matrix(rows: 0, columns: 0))
    }

    @Test func refinementArithmeticFollowsErrorEstimate() throws {
        // With the size threshold lowered to 0, only the error estimate decides: a well-conditioned random design
        // takes one working-precision step, the Wampler 5 polynomial (cond² ‖r‖ large) double-double steps.
        func refine(_ a: Matrix, _ b: [Double]) throws -> AugmentedRefinement.Solution {
            let fit = try LeastSquares(a, b)
            // The exact path's factorization, rebuilt (dgeqp3 on the same equilibrated copy factors it the same way).
            let qr = try PivotedQR(factoring: scaledCopy(of: a, columns: fit.keptColumns, scale: fit.columnScale,
                                                         rowScale: nil))
            let order = qr.pivots.map { fit.keptColumns[$0] }
            #expect(order == fit.factorColumns)
            var refinement = AugmentedRefinement(qr: qr, a: a, b: b, columns: order,
                                                 columnScale: order.map { fit.columnScale[$0] }, rowScale: nil)
            refinement.alwaysExtendedEntries = 0
            return try refinement.run()
        }
        let easy = try refine(randomMatrix(rows: 200, columns: 5, seed: 58), randomVector(200, seed: 59))
        #expect(easy.arithmetic == .working && easy.refinementSteps <= 1)
        let wampler5 = try StRDDataset.load("Wampler5")   // certified coefficients: all exactly 1
        let hard = try refine(Matrix(columnList: wampler5.designColumns), wampler5.response)
        #expect(hard.arithmetic == .doubleDouble && hard.refinementSteps >= 1)
        #expect(hard.coefficients.allSatisfy { abs($0 - 1) < 1e-13 })
    }
}
