// Column equilibration: every column of the (row-weighted) matrix is divided by a power of two close to its 2-norm
// before factoring. Powers of two make the scaling exact (no rounding), so the factored matrix is exactly
// `S A D⁻¹` and iterative refinement can compute residuals from the caller's unscaled `A`. Scaled norms land in
// [1, 2), as good for conditioning as exact unit norms.

/// The power of two `d` with `d ≤ norm < 2d`, or 1 for a zero column.
func equilibrationScale(forNorm norm: Double) -> Double {
    guard norm > 0, norm.isFinite else { return 1 }
    // Clamped so that 1/d stays a normal number.
    return Double(sign: .plus, exponent: min(1000, max(-1000, norm.exponent)), significand: 1)
}

/// The 2-norm of column `j` of `S a` (`rowScale` = diag(S), or `nil` for S = I), safe from overflow and underflow.
func weightedColumnNorm(_ a: Matrix, _ j: Int, rowScale: [Double]?) -> Double {
    let n = a.rows
    return a.values.withUnsafeBufferPointer { values in
        let column = values.baseAddress! + j * n
        var sum = 0.0, largest = 0.0
        if let s = rowScale {
            for i in 0..<n { let v = column[i] * s[i]; sum += v * v; largest = max(largest, abs(v)) }
        } else {
            for i in 0..<n { let v = column[i]; sum += v * v; largest = max(largest, abs(v)) }
        }
        if largest == 0 { return 0 }
        // Squares of entries below 1e-154 underflow and above 1e154 overflow: redo the sum relative to the largest.
        if sum.isFinite && sum > 1e-290 { return sum.squareRoot() }
        var scaled = 0.0
        if let s = rowScale {
            for i in 0..<n { let v = column[i] * s[i] / largest; scaled += v * v }
        } else {
            for i in 0..<n { let v = column[i] / largest; scaled += v * v }
        }
        return largest * scaled.squareRoot()
    }
}

/// `S a[:, columns] D⁻¹` as a new n x columns.count matrix, `scale[j]` giving D for original column j.
func scaledCopy(of a: Matrix, columns: [Int], scale: [Double], rowScale: [Double]?) -> Matrix {
    let n = a.rows
    return Matrix(rows: n, columns: columns.count) { target in
        a.values.withUnsafeBufferPointer { values in
            for (t, j) in columns.enumerated() {
                let source = values.baseAddress! + j * n
                let out = target.baseAddress! + t * n
                let inverse = 1 / scale[j]  // exact: scale is a power of two
                if let s = rowScale {
                    for i in 0..<n { out[i] = source[i] * s[i] * inverse }
                } else {
                    for i in 0..<n { out[i] = source[i] * inverse }
                }
            }
        }
    }
}
