import CLAPACK

// Rows of the orthonormal factor Q without forming Q: the factored matrix is M = S A D⁻¹ with M P = Q T, so the
// rows of the thin Q are zᵢ = (S A D⁻¹ P)ᵢ T⁻¹ = sᵢ aᵢ W with the p x k coordinate map W = E D⁻¹ P T⁻¹ (E puts the
// kept columns' rows in place, zero rows for aliased columns). They are computed for a block of rows at a time, by
// one BLAS `dgemm` of the caller's rows (read in place, never copied) by W, so memory stays at one block whatever the
// number of rows, and nothing n x n or n x p is ever formed. This replaced gathering each block and solving with T
// (`dtrsm`): HC3 on 1,000,000 x 50 takes 0.22 s against 0.35 s. Accuracy: zᵢ inherits cond(T)·ε relative error from
// T⁻¹, where rows of an explicitly formed Q (`dorgqr`, n x p more memory) are orthonormal to ε. Measured hat values,
// these against dorgqr's: NIST Pontius 4e-15 relative, Wampler5 1e-13, Longley 3e-12, Filip (cond 5e9) 5e-7 (the
// blocked `dtrsm` gave 4e-15, 1e-13, 4e-12 and 4e-7). Hat values are themselves that sensitive to rounding the data
// (a relative change ε in A moves them by up to cond·ε), so neither is more right; equilibration keeps cond(T)
// modest for designs that are merely badly scaled.

extension LeastSquares {
    /// Rows per block in the blocked passes (2048 x 50 numbers = 800 kB, inside the 2 MB second-level cache).
    static let blockRows = 2048

    /// Hat values `hᵢ = ‖T⁻ᵀ Pᵀ D⁻¹ xᵢ‖²`, the diagonal of `A (AᵀA)⁻¹ Aᵀ` (with weights, of
    /// `S A (AᵀWA)⁻¹ Aᵀ S`, as R's `hatvalues` for a weighted `lm`).
    ///
    /// Computed block by block with BLAS `dgemm`; extra memory is one block of rows, never an n x n matrix or a copy
    /// of Q. Zero-weight rows get leverage 0.
    /// - Parameter a: the same matrix that was solved (all its columns; aliased ones are skipped).
    /// - Throws: `LinearAlgebraError` when `a` does not have the shape of the solved matrix.
    public func leverages(of a: Matrix) throws -> [Double] {
        try checkShape(a, "leverages")
        var h = [Double](repeating: 0, count: a.rows)
        try h.withUnsafeMutableBufferPointer { leverages in
            try forEachBlockOfQRows(of: a) { start, block, length in
                squaredRowNorms(block.baseAddress!, rows: length, columns: keptColumns.count,
                                into: leverages.baseAddress! + start)
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
        guard !rows.isEmpty, k > 0 else { return Matrix(rows: rows.count, columns: k) }
        var gathered = Matrix(rows: rows.count, columns: keptColumns.count)
        for (t, j) in keptColumns.enumerated() {
            for (i, row) in rows.enumerated() { gathered[i, t] = a[row, j] * (rowScale?[row] ?? 1) }
        }
        return multiply(gathered, try coordinateMap().selectingRows(keptColumns))
    }

    /// The original column of `A` behind each column of the factor (pivoted order).
    var factorColumns: [Int] { factor.pivots.map { keptColumns[$0] } }

    func checkShape(_ a: Matrix, _ routine: String) throws {
        guard a.rows == factor.rows, a.columns == columnScale.count else {
            throw LinearAlgebraError.invalidInput(
                routine, "expected the solved \(factor.rows) x \(columnScale.count) matrix, got \(a.rows) x \(a.columns)")
        }
    }

    /// W = E D⁻¹ P T⁻¹ (p x k, zero rows for aliased columns): the rows of Q are zᵢ = sᵢ aᵢ W.
    func coordinateMap() throws -> Matrix {
        let k = keptColumns.count
        let inverse = try invertUpperTriangular(factor.triangle)
        var map = Matrix(rows: columnScale.count, columns: k)
        for (t, j) in factorColumns.enumerated() {
            let scale = 1 / columnScale[j]  // exact: a power of two
            for u in t..<k { map[j, u] = inverse[t, u] * scale }
        }
        return map
    }

    /// Calls `body(start, block, length)` for consecutive blocks of rows of the thin Q: `block` holds rows
    /// `start..<start+length` column-major with leading dimension `length`, and may be modified.
    func forEachBlockOfQRows(of a: Matrix,
                             _ body: (Int, UnsafeMutableBufferPointer<Double>, Int) throws -> Void) throws {
        let n = a.rows, p = a.columns, k = keptColumns.count
        guard n > 0, k > 0 else { return }
        let map = try coordinateMap()
        var block = [Double](repeating: 0, count: min(Self.blockRows, n) * k)
        try a.values.withUnsafeBufferPointer { values in
            try block.withUnsafeMutableBufferPointer { buffer in
                var start = 0
                while start < n {
                    let length = min(Self.blockRows, n - start)
                    // The block's rows of A, read in place (leading dimension n), times W.
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(length), Int32(k), Int32(p), 1,
                                values.baseAddress! + start, Int32(n), map.values, Int32(p), 0,
                                buffer.baseAddress, Int32(length))
                    if let s = rowScale {
                        for t in 0..<k {
                            let column = buffer.baseAddress! + t * length
                            for i in 0..<length { column[i] *= s[start + i] }
                        }
                    }
                    try body(start, UnsafeMutableBufferPointer(rebasing: buffer[0..<(length * k)]), length)
                    start += length
                }
            }
        }
    }
}

/// `norms[i] = Σ_t block[i, t]²` for a column-major `rows` x `columns` block (leading dimension `rows`).
func squaredRowNorms(_ block: UnsafePointer<Double>, rows: Int, columns: Int, into norms: UnsafeMutablePointer<Double>) {
    norms.update(repeating: 0, count: rows)
    for t in 0..<columns {
        let column = block + t * rows
        for i in 0..<rows { norms[i] += column[i] * column[i] }
    }
}

extension Matrix {
    /// The listed rows, in the listed order.
    func selectingRows(_ selected: [Int]) -> Matrix {
        var result = Matrix(rows: selected.count, columns: columns)
        for j in 0..<columns {
            for (i, row) in selected.enumerated() { result[i, j] = self[row, j] }
        }
        return result
    }
}
