import CLAPACK

// Rows of the orthonormal factor Q without forming Q: the factored matrix is M = S A D⁻¹ with M P = Q T, so the
// rows of the thin Q are zᵢ = (S A D⁻¹ P)ᵢ T⁻¹. They are computed for a block of rows at a time (gather the block,
// then one BLAS `dtrsm`), so memory stays at one block whatever the number of rows, and nothing n x n or n x p is
// ever formed. Accuracy: zᵢ inherits cond(T)·ε relative error from the triangular solve, where rows of an explicitly
// formed Q (`dorgqr`, n x p more memory) are orthonormal to ε. Measured hat values, these against dorgqr's: NIST
// Pontius 4e-15 relative, Wampler5 1e-13, Longley 4e-12, Filip (cond 5e9) 4e-7. Hat values are themselves that
// sensitive to rounding the data (a relative change ε in A moves them by up to cond·ε), so neither is more right;
// equilibration keeps cond(T) modest for designs that are merely badly scaled.

extension LeastSquares {
    /// Rows per block in the blocked passes (2048 x 50 numbers = 800 kB, inside the 2 MB second-level cache).
    static let blockRows = 2048

    /// Hat values `hᵢ = ‖R⁻ᵀ Pᵀ D⁻¹ xᵢ‖²`, the diagonal of `A (AᵀA)⁻¹ Aᵀ` (with weights, of
    /// `S A (AᵀWA)⁻¹ Aᵀ S`, as R's `hatvalues` for a weighted `lm`).
    ///
    /// Computed block by block with BLAS `dtrsm`; extra memory is one block of rows, never an n x n matrix or a copy
    /// of Q. Zero-weight rows get leverage 0.
    /// - Parameter a: the same matrix that was solved (all its columns; aliased ones are skipped).
    /// - Throws: `LinearAlgebraError` when `a` does not have the shape of the solved matrix.
    public func leverages(of a: Matrix) throws -> [Double] {
        try checkShape(a, "leverages")
        var h = [Double](repeating: 0, count: a.rows)
        try forEachBlockOfQRows(of: a) { start, block, length in
            let k = keptColumns.count
            for i in 0..<length { h[start + i] = 0 }
            for t in 0..<k {
                let column = block.baseAddress! + t * length
                for i in 0..<length { h[start + i] += column[i] * column[i] }
            }
        }
        return h
    }

    /// The rows of the thin orthonormal factor Q for the listed rows (`rows.count` x kept columns), e.g. one
    /// cluster's block `Q_g` for the bias-reduced (CR2) cluster covariance, where `H_gg = Q_g Q_gᵀ`.
    /// - Throws: `LinearAlgebraError` when `a` does not have the shape of the solved matrix or a row is out of range.
    public func qRows(of a: Matrix, rows: [Int]) throws -> Matrix {
        try checkShape(a, "qRows")
        if let bad = rows.first(where: { $0 < 0 || $0 >= a.rows }) {
            throw LinearAlgebraError.invalidInput("qRows", "row \(bad) is outside 0..<\(a.rows)")
        }
        let k = keptColumns.count
        var z = Matrix(rows: rows.count, columns: k)
        guard !rows.isEmpty, k > 0 else { return z }
        let order = factorColumns
        for (t, j) in order.enumerated() {
            let inverse = 1 / columnScale[j]
            for (i, row) in rows.enumerated() { z[i, t] = a[row, j] * (rowScale?[row] ?? 1) * inverse }
        }
        qr.factors.values.withUnsafeBufferPointer { factors in
            cblas_dtrsm(CblasColMajor, CblasRight, CblasUpper, CblasNoTrans, CblasNonUnit, Int32(rows.count), Int32(k),
                        1, factors.baseAddress, Int32(qr.rows), &z.values, Int32(rows.count))
        }
        return z
    }

    /// The original column of `A` behind each column of the factor (pivoted order).
    var factorColumns: [Int] { qr.pivots.map { keptColumns[$0] } }

    func checkShape(_ a: Matrix, _ routine: String) throws {
        guard a.rows == qr.rows, a.columns == columnScale.count else {
            throw LinearAlgebraError.invalidInput(
                routine, "expected the solved \(qr.rows) x \(columnScale.count) matrix, got \(a.rows) x \(a.columns)")
        }
    }

    /// Calls `body(start, block, length)` for consecutive blocks of rows of the thin Q: `block` holds rows
    /// `start..<start+length` column-major with leading dimension `length`, and may be modified.
    func forEachBlockOfQRows(of a: Matrix,
                             _ body: (Int, UnsafeMutableBufferPointer<Double>, Int) throws -> Void) throws {
        let n = a.rows, k = keptColumns.count
        guard n > 0, k > 0 else { return }
        let order = factorColumns
        let inverseScale = order.map { 1 / columnScale[$0] }
        var block = [Double](repeating: 0, count: min(Self.blockRows, n) * k)
        try a.values.withUnsafeBufferPointer { values in
            try qr.factors.values.withUnsafeBufferPointer { factors in
                try block.withUnsafeMutableBufferPointer { buffer in
                    var start = 0
                    while start < n {
                        let length = min(Self.blockRows, n - start)
                        for t in 0..<k {
                            let source = values.baseAddress! + order[t] * n + start
                            let target = buffer.baseAddress! + t * length
                            let scale = inverseScale[t]
                            if let s = rowScale {
                                for i in 0..<length { target[i] = source[i] * s[start + i] * scale }
                            } else {
                                for i in 0..<length { target[i] = source[i] * scale }
                            }
                        }
                        cblas_dtrsm(CblasColMajor, CblasRight, CblasUpper, CblasNoTrans, CblasNonUnit, Int32(length),
                                    Int32(k), 1, factors.baseAddress, Int32(qr.rows), buffer.baseAddress,
                                    Int32(length))
                        try body(start, UnsafeMutableBufferPointer(rebasing: buffer[0..<(length * k)]), length)
                        start += length
                    }
                }
            }
        }
    }
}
