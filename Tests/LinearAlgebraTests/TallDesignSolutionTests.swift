import Foundation
import Testing
import TestSupport
@testable import LinearAlgebra

/// The tall-design path of `LeastSquares` against the exact path on the same data (`tallDesignEntries: 0` forces
/// the former, `.max` the latter), and the cases where it must hand over to the exact path.
struct TallDesignSolutionTests {
    static func bothPaths(_ a: Matrix, _ b: [Double], weights: [Double]? = nil,
                          aliased policy: AliasedColumnPolicy = .reject) throws -> (tall: LeastSquares, exact: LeastSquares) {
        let tall = try LeastSquares(a, b, weights: weights, aliased: policy, tallDesignEntries: 0)
        let exact = try LeastSquares(a, b, weights: weights, aliased: policy, tallDesignEntries: .max)
        #expect(tall.factor.method == .tallSkinnyQR)
        #expect(exact.factor.method == .pivotedQR)
        return (tall, exact)
    }

    /// 20,000 x 10 rows cross the 8192-row blocks of the streamed factorization and the 2048-row blocks of the
    /// leverage pass; columns of very different scales and an offset column exercise equilibration. Each column
    /// carries a comparable share of the response, so every coefficient is determined to about ε·cond relative: one
    /// working-precision step (both paths' rule above 4M entries) is accurate normwise, so a coefficient whose
    /// column contributes 10⁻⁸ of the response would keep only ~8 digits in it, on either path.
    static func design() -> (Matrix, [Double]) {
        var a = randomMatrix(rows: 20_000, columns: 10, seed: 80)
        var scale = [Double](repeating: 1, count: 10)
        scale[3] = 1e4
        scale[7] = 1e-5
        for i in 0..<a.rows {
            a[i, 0] = 1
            a[i, 3] = 2e4 + 1e4 * a[i, 3]
            a[i, 7] *= 1e-5
        }
        let noise = randomVector(a.rows, seed: 81)
        let b = (0..<a.rows).map { i in (0..<a.columns).reduce(noise[i]) { $0 + a[i, $1] * Double($1 + 1) / scale[$1] } }
        return (a, b)
    }

    @Test(arguments: [false, true])
    func agreesWithTheExactPath(weighted: Bool) throws {
        let (a, b) = Self.design()
        // Weights include zeros (those rows get leverage 0 and keep their unweighted residuals).
        let weights = weighted ? randomVector(a.rows, seed: 82).map { $0 < -0.9 ? 0 : $0 + 1 } : nil
        let (tall, exact) = try Self.bothPaths(a, b, weights: weights)
        #expect(tall.columnScale == exact.columnScale)
        #expect(maxRelativeDifference(tall.coefficients, exact.coefficients) < 1e-12)
        let bScale = b.map(abs).max()!
        #expect(maxDifference(tall.residuals, exact.residuals) < 1e-12 * bScale)
        #expect(tall.refinementSteps <= 1)
        #expect(agreesEntrywise(try tall.inverseCrossProduct(), try exact.inverseCrossProduct(), relative: 1e-12))
        #expect(maxDifference(try tall.leverages(of: a), try exact.leverages(of: a)) < 1e-14)
        let squaredWeights = weights ?? [Double](repeating: 1, count: a.rows)
        func hc3(_ fit: LeastSquares) throws -> Matrix {
            try fit.sandwichCovariance(of: a) { i, h in
                let e = fit.residuals[i] * fit.residuals[i] * squaredWeights[i]
                return e / ((1 - h) * (1 - h))
            }.covariance
        }
        #expect(agreesEntrywise(try hc3(tall), try hc3(exact), relative: 1e-11))
        // A cluster's block of Q differs between the paths by column signs and order, its projection Q_g Q_gᵀ not.
        let rows = [0, 5, 8191, 8192, 19_999]
        let zt = try tall.qRows(of: a, rows: rows), ze = try exact.qRows(of: a, rows: rows)
        #expect(maxDifference(multiply(zt, zt, transposeB: true), multiply(ze, ze, transposeB: true)) < 1e-14)
    }

    @Test func matchesRThroughTheTallPath() throws {
        // RReference's 10 x 3 design stacked 6 times (60 ≥ 16 x 3 rows): the least-squares coefficients are R's
        // (lm on the stacked data has the same solution), hat values are R's divided by 6.
        let copies = 6
        let base = RReference.design
        let a = Matrix(columnList: (0..<base.columns).map { j in (0..<copies).flatMap { _ in base.column(j) } })
        let b = (0..<copies).flatMap { _ in RReference.y }
        let (tall, _) = try Self.bothPaths(a, b)
        #expect(maxRelativeDifference(tall.coefficients, RReference.OLS.coefficients) < 1e-13)
        #expect(maxRelativeDifference(Array(tall.residuals[0..<10]), RReference.OLS.residuals) < 1e-12)
        let h = try tall.leverages(of: a)
        #expect(maxRelativeDifference(Array(h[50..<60]), RReference.OLS.hatValues.map { $0 / Double(copies) }) < 1e-13)
    }

    @Test func dropsAliasedColumnsLikeTheExactPath() throws {
        let (original, b) = Self.design()
        // Column 10 = column 1 + 2·column 4: exactly aliased; column 11 all zero.
        var columns = (0..<original.columns).map { original.column($0) }
        columns.append((0..<original.rows).map { original[$0, 1] + 2 * original[$0, 4] })
        columns.append([Double](repeating: 0, count: original.rows))
        let a = Matrix(columnList: columns)
        let (tall, exact) = try Self.bothPaths(a, b, aliased: .drop())
        #expect(tall.aliasedColumns == [10, 11] && exact.aliasedColumns == [10, 11])
        #expect(tall.keptColumns == exact.keptColumns)
        #expect(tall.coefficients[10].isNaN && tall.coefficients[11].isNaN)
        #expect(maxRelativeDifference(Array(tall.coefficients[0..<10]), Array(exact.coefficients[0..<10])) < 1e-12)
        #expect(maxDifference(try tall.leverages(of: a), try exact.leverages(of: a)) < 1e-14)
    }

    @Test func handsIllConditionedDesignsToTheExactPath() throws {
        // A degree-9 polynomial on [1, 2]: |T_kk|/|T_11| far below 1e-6.
        let x = (0..<500).map { 1 + Double($0) / 499 }
        let a = Matrix(columnList: (0...9).map { k in x.map { pow($0, Double(k)) } })
        let b = x.map { cos(3 * $0) }
        let fit = try LeastSquares(a, b, tallDesignEntries: 0)
        #expect(fit.factor.method == .pivotedQR)
        #expect(fit.coefficients == (try LeastSquares(a, b, tallDesignEntries: .max)).coefficients)
    }

    @Test func handsLargeResidualProblemsToTheExactPath() throws {
        // Wampler 5 stacked 16 times: |T_kk|/|T_11| = 1.6e-3 passes the ratio test, but with its huge residuals the
        // error estimate (cond² ‖r‖) calls for double-double refinement, which only the exact path has. NIST's
        // certified coefficients (all exactly 1) are the stacked problem's too.
        let data = try StRDDataset.load("Wampler5")
        let a = Matrix(columnList: data.designColumns.map { column in (0..<16).flatMap { _ in column } })
        let b = (0..<16).flatMap { _ in data.response }
        let fit = try LeastSquares(a, b, tallDesignEntries: 0)
        #expect(fit.factor.method == .pivotedQR)
        #expect(fit.coefficients.allSatisfy { abs($0 - 1) < 1e-13 })
    }

    @Test func refusesWhatTheExactPathRefuses() throws {
        var (a, b) = Self.design()
        let exactlyAliased = Matrix(columnList: (0..<a.columns).map { a.column($0) } + [a.column(2)])
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(exactlyAliased, b, tallDesignEntries: 0) }
        a[15_000, 4] = .nan
        do {
            _ = try LeastSquares(a, b, tallDesignEntries: 0)
            Issue.record("expected an error for the NaN")
        } catch let error as LinearAlgebraError {
            #expect(error.message.contains("row 15000, column 4"))
        }
        b[3] = .infinity
        #expect(throws: LinearAlgebraError.self) { try LeastSquares(Self.design().0, b, tallDesignEntries: 0) }
    }

    @Test func takesTheTallPathOnlyForTallLargeDesigns() throws {
        let (a, b) = Self.design()  // 200,000 entries
        #expect(try LeastSquares(a, b).factor.method == .pivotedQR)   // below the default 4M entries
        #expect(try LeastSquares(a, b, tallDesignEntries: 200_000).factor.method == .tallSkinnyQR)
        #expect(try LeastSquares(a, b, tallDesignEntries: 200_001).factor.method == .pivotedQR)
        let wide = randomMatrix(rows: 150, columns: 10, seed: 83)  // 15 rows per column
        #expect(try LeastSquares(wide, randomVector(150, seed: 84), tallDesignEntries: 0).factor.method == .pivotedQR)
    }

    /// Every NIST StRD set stacked 16 times (so each is tall enough) with the tall path forced: its least-squares
    /// coefficients are still NIST's certified ones, and whichever path the fit takes must reach the digits
    /// `LeastSquaresStRDTests` requires. Measured (fewest correct digits over the coefficients): Norris 13.55,
    /// Pontius 13.98, NoInt1 14.72, NoInt2 15.34 take the tall path's working-precision step; Wampler1 16, Wampler2
    /// 13.20, Wampler3 16 its double-double refinement (estimated QR error 7e-13 to 2e-12: one working-precision step
    /// gave only 10.3 and 9.8 digits on Wampler1 and 3); Filip (|T_kk|/|T_11| 2e-10), Longley (estimate 1.3e-11),
    /// Wampler4 and 5 (1.5e-10, 1.5e-8: large residuals) are handed to the exact path.
    @Test(arguments: StRDDataset.allNames)
    func stackedStRDKeepsCertifiedDigits(_ name: String) throws {
        let data = try StRDDataset.load(name)
        let a = Matrix(columnList: data.designColumns.map { column in (0..<16).flatMap { _ in column } })
        let b = (0..<16).flatMap { _ in data.response }
        let fit = try LeastSquares(a, b, tallDesignEntries: 0)
        let digits = zip(fit.coefficients, data.certifiedCoefficients).map { correctDigits($0, $1) }.min()!
        print(String(format: "StRD x16 %-9@ %@ coefficients %5.2f (refinement steps %d)", name as NSString,
                     "\(fit.factor.method)" as NSString, digits, fit.refinementSteps))
        #expect(digits >= LeastSquaresStRDTests.requiredDigits(name), "\(name): \(digits) digits")
        let expectedMethod: TriangularFactor.Method =
            ["Filip", "Longley", "Wampler4", "Wampler5"].contains(name) ? .pivotedQR : .tallSkinnyQR
        #expect(fit.factor.method == expectedMethod, "\(name)")
    }

    /// The double-double refinement through T, weighted: Wampler 1's quintic (exact fit, estimated QR error 7e-13)
    /// stacked 16 times with uneven weights and a few zero weights; both paths refine in double-double here, and
    /// the weighted least-squares solution is still NIST's (all coefficients exactly 1).
    @Test func doubleDoubleRefinementThroughTheTriangleWithWeights() throws {
        let data = try StRDDataset.load("Wampler1")
        let a = Matrix(columnList: data.designColumns.map { column in (0..<16).flatMap { _ in column } })
        let b = (0..<16).flatMap { _ in data.response }
        let weights = randomVector(a.rows, seed: 85).map { $0 < -0.8 ? 0 : 1 + $0 }
        let (tall, exact) = try Self.bothPaths(a, b, weights: weights)
        #expect(tall.refinementSteps >= 1)
        #expect(tall.coefficients.allSatisfy { abs($0 - 1) < 1e-14 })
        #expect(maxRelativeDifference(tall.coefficients, exact.coefficients) < 1e-14)
        #expect(maxDifference(tall.residuals, exact.residuals) < 1e-9)   // |b| up to 3.4e6; the fit is exact
        #expect(maxDifference(try tall.leverages(of: a), try exact.leverages(of: a)) < 1e-12)
    }
}
