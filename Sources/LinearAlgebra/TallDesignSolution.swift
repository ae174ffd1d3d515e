import CLAPACK

// The tall-design path of `LeastSquares` (see its documentation for when it runs and what it guarantees).
//
// With [S A | S b] = Q₁ R₁ from the streamed tall-skinny QR, R₁ = [R_A c; 0 ρ], the whole problem lives in the small
// triangle: ‖S(b − A x)‖² = ‖c − R_A x‖² + ρ². Equilibrating R_A's columns (their norms are those of S A) and running
// `dgeqp3` on it gives R_A D⁻¹ P = Q₂ T, hence S A D⁻¹ P = (Q₁ Q₂) T: the same kind of factor as the exact path's,
// with the pivots and the rank test of the same matrix, but Q₁ never formed. The QR solution is y = T⁻¹ (Q₂ᵀ c)₁.

extension LeastSquares {
    /// The tall-design solution, or `nil` when the exact path must take over (non-finite or extreme data, an
    /// ill-conditioned or rank-deficient triangle, an error estimate that calls for extended precision).
    static func tallDesignSolution(_ a: Matrix, _ b: [Double], rowScale: [Double]?, rankTolerance: Double,
                                   aliased policy: AliasedColumnPolicy) throws -> LeastSquares? {
        let p = a.columns
        guard let stacked = try tallSkinnyTriangle(of: a, appending: b, rowScale: rowScale,
                                                   blockRows: tallSkinnyBlockRows(columns: p + 1)) else {
            return nil  // a non-finite entry: the exact path names it
        }
        // Column j of R_A has the norm of column j of S A. Outside 2^±500 the unscaled factorization may have lost
        // accuracy to overflow or underflow; the exact path scales before it factors.
        var scales = [Double](repeating: 1, count: p)
        for j in 0..<p {
            let norm = euclideanNorm(stacked.values[(j * (p + 1))...(j * (p + 1) + j)])
            guard norm.isFinite, norm == 0 || (norm > 0x1p-500 && norm < 0x1p500) else { return nil }
            scales[j] = equilibrationScale(forNorm: norm)
        }
        // R_A D⁻¹ (exact: powers of two) in the original column order.
        var triangle = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0...j { triangle[i, j] = stacked[i, j] / scales[j] }
        }
        var kept = Array(0..<p)
        var dropped: [Int] = []
        if case .drop(let tolerance) = policy {
            // R_A D⁻¹ has the column geometry of S A D⁻¹, which is what the exact path scans.
            dropped = try findAliasedColumns(triangle, tolerance: tolerance, rankTolerance: rankTolerance).aliased
            kept.removeAll { dropped.contains($0) }
        }
        let k = kept.count
        guard k > 0 else { return nil }
        let qr = try PivotedQR(factoring: dropped.isEmpty ? triangle : triangle.selecting(columns: kept))
        let factor = TriangularFactor(rows: a.rows, pivots: qr.pivots, triangle: qr.upperTriangle(rank: k),
                                      method: .tallSkinnyQR)
        let diagonal = factor.diagonal.map(abs)
        guard diagonal[k - 1] > max(rankTolerance, tallDesignConditionRatio) * diagonal[0] else { return nil }

        // The QR solution and the norm of its weighted residual.
        let rotated = try qr.applyQTranspose(Matrix(rows: p, columns: 1, columnMajor: (0..<p).map { stacked[$0, p] }))
        var y = factor.solve(Array(rotated.values[0..<k]))
        let residualNorm = euclideanNorm(([stacked[p, p]] + rotated.values[k...])[...])
        let estimate = try factor.solutionErrorEstimate(y: y, residualNorm: residualNorm)
        guard estimate <= AugmentedRefinement.extendedErrorEstimate else { return nil }

        let order = qr.pivots.map { kept[$0] }
        var x = [Double](repeating: .nan, count: p)
        var residuals: [Double]
        var steps = 0
        if estimate <= tallDesignWorkingEstimate {
            // One step of corrected semi-normal equations in working precision: with M = S A D⁻¹ P = Q T,
            // δy = (MᵀM)⁻¹ Mᵀ S (b − A x) = T⁻¹ T⁻ᵀ Pᵀ D⁻¹ Aᵀ S² (b − A x).
            func coefficients(_ y: [Double]) -> [Double] {
                var x = [Double](repeating: 0, count: p)
                for (t, j) in order.enumerated() { x[j] = y[t] / scales[j] }
                return x
            }
            let gradient = residualGradient(a, b, x: coefficients(y), rowScale: rowScale)
            let dy = factor.solve(factor.solveTransposed(order.map { gradient[$0] / scales[$0] }))
            if AugmentedRefinement.relativeSize(of: dy, against: y) < 1 {
                for t in 0..<k { y[t] += dy[t] }
                steps = 1
            }
            let full = coefficients(y)
            residuals = b
            cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(a.rows), Int32(p), -1, a.values, Int32(a.rows), full, 1,
                        1, &residuals, 1)
            for j in kept { x[j] = full[j] }
        } else {
            // Digits to win: the augmented refinement in double-double, its corrections solved through T.
            let refined = AugmentedRefinement(factor: factor, a: a, b: b, columns: order,
                                              columnScale: order.map { scales[$0] }, rowScale: rowScale)
                .refine(from: y, residual: [Double](repeating: 0, count: a.rows))
            for (t, j) in order.enumerated() { x[j] = refined.coefficients[t] }
            residuals = refined.residuals
            steps = refined.refinementSteps
        }
        return LeastSquares(coefficients: x, residuals: residuals, factor: factor, columnScale: scales,
                            keptColumns: kept, aliasedColumns: dropped, rowScale: rowScale, refinementSteps: steps)
    }
}

/// `Aᵀ S² (b − A x)` in one pass over `a`: each block of rows gives its residuals and its share of the product while
/// it is in cache (two `dgemv` on the block), so the matrix is read from memory once.
func residualGradient(_ a: Matrix, _ b: [Double], x: [Double], rowScale: [Double]?) -> [Double] {
    let n = a.rows, p = a.columns
    var gradient = [Double](repeating: 0, count: p)
    guard n > 0, p > 0 else { return gradient }
    let blockRows = 4096
    var e = [Double](repeating: 0, count: min(blockRows, n))
    a.values.withUnsafeBufferPointer { values in
        var start = 0
        while start < n {
            let length = min(blockRows, n - start)
            for i in 0..<length { e[i] = b[start + i] }
            cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(length), Int32(p), -1, values.baseAddress! + start,
                        Int32(n), x, 1, 1, &e, 1)
            if let s = rowScale {
                for i in 0..<length { e[i] *= s[start + i] * s[start + i] }
            }
            cblas_dgemv(CblasColMajor, CblasTrans, Int32(length), Int32(p), 1, values.baseAddress! + start,
                        Int32(n), e, 1, 1, &gradient, 1)
            start += length
        }
    }
    return gradient
}
