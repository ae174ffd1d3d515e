import CLAPACK

extension LeastSquares {
    /// Leverages and the sandwich covariance `(AᵀA)⁻¹ (Σ ωᵢ aᵢ aᵢᵀ) (AᵀA)⁻¹` in a single pass over `a`, with the
    /// weight of each row chosen from its leverage (HC0: ωᵢ = eᵢ², HC2: eᵢ²/(1−hᵢ), HC3: eᵢ²/(1−hᵢ)², ...).
    ///
    /// With case weights w, `aᵢ` is the weighted row √wᵢ·xᵢ (and the outer factors are `(AᵀWA)⁻¹`), so pass
    /// weighted residuals √wᵢ·eᵢ into ω, as `sandwich::vcovHC` does for a weighted `lm`.
    /// Works in the coordinates of Q: with zᵢ the rows of the thin Q (see `qRows`), the result is
    /// `D⁻¹ P T⁻¹ (Σ ωᵢ zᵢ zᵢᵀ) T⁻ᵀ Pᵀ D⁻¹`, and the pass costs one `dgemm` (the rows of Q from the rows of `a`, read
    /// in place) and one `dsyrk` per block of rows (the leverages come free from the same block), a fraction of the
    /// cost of factoring the same matrix. The result covers `keptColumns`
    /// (k x k, in that order).
    /// - Parameters:
    ///   - a: the same matrix that was solved.
    ///   - weight: ω for a row, given its index and leverage; must be finite. Errors it throws are passed on.
    /// - Throws: `LinearAlgebraError` for a wrongly shaped `a` or a non-finite weight.
    public func sandwichCovariance(of a: Matrix, weight: (_ row: Int, _ leverage: Double) throws -> Double) throws
        -> (covariance: Matrix, leverages: [Double]) {
        try checkShape(a, "sandwichCovariance")
        let k = keptColumns.count
        var h = [Double](repeating: 0, count: a.rows)
        var meat = Matrix(rows: k, columns: k)
        var scaledRows = [Double](repeating: 0, count: min(Self.blockRows, a.rows) * k)
        var omega = [Double](repeating: 0, count: min(Self.blockRows, a.rows))
        try h.withUnsafeMutableBufferPointer { leverages in
            try omega.withUnsafeMutableBufferPointer { omega in
                try forEachBlockOfQRows(of: a) { start, block, length in
                    let blockLeverages = leverages.baseAddress! + start
                    squaredRowNorms(block.baseAddress!, rows: length, columns: k, into: blockLeverages)
                    var nonNegative = true
                    for i in 0..<length {
                        let value = try weight(start + i, blockLeverages[i])
                        guard value.isFinite else {
                            throw LinearAlgebraError.invalidInput(
                                "sandwichCovariance", "the weight of row \(start + i) is not finite (\(value))")
                        }
                        omega[i] = value
                        nonNegative = nonNegative && value >= 0
                    }
                    if nonNegative {
                        // Σ (√ω z)(√ω z)ᵀ, half the work of a general product.
                        for i in 0..<length { omega[i] = omega[i].squareRoot() }
                        for t in 0..<k {
                            let column = block.baseAddress! + t * length
                            for i in 0..<length { column[i] *= omega[i] }
                        }
                        cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(k), Int32(length), 1,
                                    block.baseAddress, Int32(length), 1, &meat.values, Int32(k))
                    } else {
                        scaledRows.withUnsafeMutableBufferPointer { scaled in
                            for t in 0..<k {
                                for i in 0..<length { scaled[i + t * length] = block[i + t * length] * omega[i] }
                            }
                            // Both triangles are accumulated; the upper one is kept below.
                            cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, Int32(k), Int32(k), Int32(length), 1,
                                        block.baseAddress, Int32(length), scaled.baseAddress, Int32(length), 1,
                                        &meat.values, Int32(k))
                        }
                    }
                }
            }
        }
        meat.mirrorUpperTriangle()
        guard k > 0 else { return (meat, h) }
        // T⁻¹ meat T⁻ᵀ by two triangular solves on the k x k matrix.
        let triangle = factor.triangle
        cblas_dtrsm(CblasColMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, Int32(k), Int32(k), 1,
                    triangle.values, Int32(k), &meat.values, Int32(k))
        cblas_dtrsm(CblasColMajor, CblasRight, CblasUpper, CblasTrans, CblasNonUnit, Int32(k), Int32(k), 1,
                    triangle.values, Int32(k), &meat.values, Int32(k))
        var covariance = Matrix(rows: k, columns: k)
        let pivots = factor.pivots
        for p in 0..<k {
            for q in 0..<k {
                let i = pivots[p], j = pivots[q]
                covariance[i, j] = meat[p, q] / (columnScale[keptColumns[i]] * columnScale[keptColumns[j]])
            }
        }
        // Exact symmetry (the two solves round differently above and below the diagonal).
        for j in 0..<k { for i in 0..<j { let v = (covariance[i, j] + covariance[j, i]) / 2; covariance[i, j] = v; covariance[j, i] = v } }
        return (covariance, h)
    }
}
