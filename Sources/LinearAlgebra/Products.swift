import CLAPACK

// Matrix products through BLAS. Shapes here come from code, not from users, so a mismatch is a programming error and
// stops with a message (these signatures were fixed before callers were written and do not throw); the one product
// whose inputs come from data, `weightedCrossProduct`, throws instead.

/// Matrix product `op(a) * op(b)` through BLAS `dgemm`.
public func multiply(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false) -> Matrix {
    let m = transposeA ? a.columns : a.rows
    let inner = transposeA ? a.rows : a.columns
    let innerB = transposeB ? b.columns : b.rows
    let n = transposeB ? b.rows : b.columns
    precondition(inner == innerB, "multiply: op(a) is \(m) x \(inner) but op(b) is \(innerB) x \(n)")
    var c = Matrix(rows: m, columns: n)
    guard m > 0, n > 0, inner > 0 else { return c }
    cblas_dgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(inner), 1, a.values, Int32(max(1, a.rows)),
                b.values, Int32(max(1, b.rows)), 0, &c.values, Int32(max(1, m)))
    return c
}

/// Matrix-vector product `op(a) * x` through BLAS `dgemv`.
public func multiply(_ a: Matrix, _ x: [Double], transpose: Bool = false) -> [Double] {
    let outputCount = transpose ? a.columns : a.rows
    let inputCount = transpose ? a.rows : a.columns
    precondition(x.count == inputCount, "multiply: op(a) has \(inputCount) columns but x has \(x.count) entries")
    var y = [Double](repeating: 0, count: outputCount)
    guard outputCount > 0, inputCount > 0 else { return y }
    cblas_dgemv(CblasColMajor, transpose ? CblasTrans : CblasNoTrans, Int32(a.rows), Int32(a.columns), 1,
                a.values, Int32(max(1, a.rows)), x, 1, 0, &y, 1)
    return y
}

/// `aᵀa` through BLAS `dsyrk`, returned as a full symmetric matrix.
public func crossProduct(_ a: Matrix) -> Matrix {
    var c = Matrix(rows: a.columns, columns: a.columns)
    guard a.columns > 0, a.rows > 0 else { return c }
    cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(a.columns), Int32(a.rows), 1,
                a.values, Int32(max(1, a.rows)), 0, &c.values, Int32(a.columns))
    c.mirrorUpperTriangle()
    return c
}

/// `Σ ωᵢ xᵢ xᵢᵀ` over the rows `xᵢ` of `a` (restricted to `columns`, in that order): the "meat" of a sandwich
/// covariance such as HC0–HC3, `aᵀ diag(ω) a`.
///
/// Works through blocks of rows with BLAS (`dsyrk` when every weight is non-negative, `dgemm` otherwise), so besides
/// the k x k result it needs only one block of `blockRows` x k numbers, never a weighted copy of `a`.
/// - Parameters:
///   - a: n x p matrix (for a weighted least-squares fit, the rows already multiplied by √w).
///   - weights: n weights ωᵢ (finite).
///   - columns: the columns of `a` to use (default all), e.g. the non-aliased ones, so no reduced copy is needed.
/// - Throws: `LinearAlgebraError` when `weights` does not have one entry per row, a weight is not finite, or a column
///   index is out of range.
public func weightedCrossProduct(_ a: Matrix, weights: [Double], columns: [Int]? = nil) throws -> Matrix {
    let routine = "weightedCrossProduct"
    let selected = columns ?? Array(0..<a.columns)
    guard weights.count == a.rows else {
        throw LinearAlgebraError.invalidInput(routine, "expected \(a.rows) weights (one per row), got \(weights.count)")
    }
    if let bad = selected.first(where: { $0 < 0 || $0 >= a.columns }) {
        throw LinearAlgebraError.invalidInput(routine, "column \(bad) is outside 0..<\(a.columns)")
    }
    try requireFinite(weights, routine, name: "weights")
    let k = selected.count, n = a.rows
    var result = Matrix(rows: k, columns: k)
    guard k > 0, n > 0 else { return result }
    let nonNegative = weights.allSatisfy { $0 >= 0 }
    let blockRows = 2048
    var block = [Double](repeating: 0, count: min(blockRows, n) * k)
    var plain = nonNegative ? [] : [Double](repeating: 0, count: min(blockRows, n) * k)
    // The row factor: √ω for the symmetric product, ω itself otherwise.
    let factor = nonNegative ? weights.map { $0.squareRoot() } : weights
    a.values.withUnsafeBufferPointer { source in
        factor.withUnsafeBufferPointer { omega in
            var start = 0
            while start < n {
                let length = min(blockRows, n - start)
                block.withUnsafeMutableBufferPointer { target in
                    for (t, j) in selected.enumerated() {
                        let column = source.baseAddress! + j * n + start
                        let out = target.baseAddress! + t * length
                        for i in 0..<length { out[i] = column[i] * omega[start + i] }
                    }
                }
                if nonNegative {
                    // Σ (√ω x)(√ω x)ᵀ: half the work of a general product, symmetric by construction.
                    cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(k), Int32(length), 1,
                                block, Int32(length), 1, &result.values, Int32(k))
                } else {
                    plain.withUnsafeMutableBufferPointer { target in
                        for (t, j) in selected.enumerated() {
                            let column = source.baseAddress! + j * n + start
                            for i in 0..<length { target[i + t * length] = column[i] }
                        }
                    }
                    cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, Int32(k), Int32(k), Int32(length), 1,
                                plain, Int32(length), block, Int32(length), 1, &result.values, Int32(k))
                }
                start += length
            }
        }
    }
    // dgemm fills both triangles, with rounding that may differ between (i, j) and (j, i); keep the upper one.
    result.mirrorUpperTriangle()
    return result
}

extension Matrix {
    /// Copies the upper triangle onto the lower one (BLAS/LAPACK symmetric routines fill only one triangle).
    mutating func mirrorUpperTriangle() {
        precondition(rows == columns, "only a square matrix can be symmetric")
        for j in 0..<columns {
            for i in (j + 1)..<max(j + 1, rows) { self[i, j] = self[j, i] }
        }
    }

    /// Sets every entry below the diagonal to zero (LAPACK leaves Householder vectors or old entries there).
    mutating func zeroBelowDiagonal() {
        for j in 0..<columns {
            for i in (j + 1)..<max(j + 1, rows) { self[i, j] = 0 }
        }
    }

    /// Sets every entry above the diagonal to zero.
    mutating func zeroAboveDiagonal() {
        for j in 0..<columns {
            for i in 0..<min(j, rows) { self[i, j] = 0 }
        }
    }
}
