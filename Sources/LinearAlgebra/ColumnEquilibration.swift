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

/// The 2-norm of column `j` of `S a` (`rowScale` = diag(S), or `nil` for S = I), safe from overflow and underflow;
/// NaN when the column has a NaN or infinite entry (so one pass both measures the column and checks it).
func weightedColumnNorm(_ a: Matrix, _ j: Int, rowScale: [Double]?) -> Double {
    let n = a.rows
    return a.values.withUnsafeBufferPointer { values in
        let column = values.baseAddress! + j * n
        // Four SIMD lanes of partial sums: a single running sum would wait on each addition (and compilers may not
        // reorder floating-point sums themselves).
        var lanes = SIMD4<Double>.zero
        let quads = n / 4
        let raw = UnsafeRawPointer(column)
        if let s = rowScale {
            s.withUnsafeBufferPointer { scale in
                let rawScale = UnsafeRawPointer(scale.baseAddress!)
                for q in 0..<quads {
                    let v = raw.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self)
                        * rawScale.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self)
                    lanes += v * v
                }
            }
        } else {
            for q in 0..<quads {
                let v = raw.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<Double>.self)
                lanes += v * v
            }
        }
        var sum = lanes.sum()
        for i in (quads * 4)..<n { let v = column[i] * (rowScale?[i] ?? 1); sum += v * v }
        if sum.isFinite && sum > 1e-290 { return sum.squareRoot() }
        // Rare: a non-finite entry, or squares that overflow (entries beyond 1e154) or underflow (below 1e-154).
        var largest = 0.0
        for i in 0..<n {
            let v = column[i] * (rowScale?[i] ?? 1)
            if !v.isFinite { return .nan }
            largest = max(largest, abs(v))
        }
        if largest == 0 { return 0 }
        var scaled = 0.0
        for i in 0..<n { let v = column[i] * (rowScale?[i] ?? 1) / largest; scaled += v * v }
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

/// `S a D⁻¹` with D chosen here from each column's norm (see `equilibrationScale`), and the scales.
///
/// Each column is measured and then copied while it is still in cache: one read of `a` from memory instead of two.
/// - Throws: `LinearAlgebraError` (for `routine`) naming the first non-finite entry of `a`.
func equilibratedCopy(of a: Matrix, rowScale: [Double]?, routine: String) throws -> (matrix: Matrix, scale: [Double]) {
    var scale = [Double](repeating: 1, count: a.columns)
    let n = a.rows
    let copy = try Matrix(rows: n, columns: a.columns) { target in
        try a.values.withUnsafeBufferPointer { values in
            for j in 0..<a.columns {
                let norm = weightedColumnNorm(a, j, rowScale: rowScale)
                if norm.isNaN {
                    try requireFinite(a, routine, name: "the matrix")
                    throw LinearAlgebraError.invalidInput(
                        routine, "column \(j) (0-based) multiplied by the square roots of the weights overflows Double")
                }
                scale[j] = equilibrationScale(forNorm: norm)
                let source = values.baseAddress! + j * n
                let out = target.baseAddress! + j * n
                let inverse = 1 / scale[j]
                if let s = rowScale {
                    for i in 0..<n { out[i] = source[i] * s[i] * inverse }
                } else {
                    for i in 0..<n { out[i] = source[i] * inverse }
                }
            }
        }
    }
    return (copy, scale)
}
