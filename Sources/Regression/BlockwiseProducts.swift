import LinearAlgebra

/// Rows per block in the blockwise products: large enough for level-3 BLAS, small enough to stay in cache.
let blockRows = 2048

/// Xᵀ diag(ω) X = Σ ωᵢ xᵢxᵢᵀ, accumulated over blocks of rows (ω ≥ 0), so no weighted copy of X is ever made.
func blockwiseWeightedCrossProduct(_ x: Matrix, weights: [Double]) -> Matrix {
    let n = x.rows
    let k = x.columns
    var total = Matrix(rows: k, columns: k)
    var start = 0
    while start < n {
        let end = min(n, start + blockRows)
        var block = Matrix(rows: end - start, columns: k)
        for j in 0..<k {
            for i in start..<end { block[i - start, j] = x[i, j] * weights[i].squareRoot() }
        }
        let part = crossProduct(block)
        for index in total.values.indices { total.values[index] += part.values[index] }
        start = end
    }
    return total
}

/// Leverages hᵢ = wᵢ xᵢᵀ(XᵀWX)⁻¹xᵢ from the triangular factor, blockwise: hᵢ = ‖R⁻ᵀ P D⁻¹ √wᵢ xᵢ‖².
///
/// Forming Q (n x k) or the hat matrix (n x n) would cost a second copy of X or far more; a triangular solve per
/// block of rows needs only R. `columns` are the columns of `x` that were factored, in factoring order.
func blockwiseLeverages(_ x: Matrix, columns: [Int], rootWeights: [Double]?, solution: LeastSquares) throws -> [Double] {
    let n = x.rows
    let qr = solution.qr
    let k = columns.count
    let r = qr.upperTriangle(rank: k)
    var leverages = [Double](repeating: 0, count: n)
    var start = 0
    while start < n {
        let end = min(n, start + blockRows)
        // Zᵀ: one column per row of the block, entries in pivoted, equilibrated order.
        var z = Matrix(rows: k, columns: end - start)
        for (t, factored) in qr.pivots.prefix(k).enumerated() {
            let source = columns[factored]
            let scale = 1 / solution.columnScale[factored]
            for i in start..<end { z[t, i - start] = x[i, source] * scale * (rootWeights?[i] ?? 1) }
        }
        let y = try solveUpperTriangular(r, z, transpose: true)
        for i in start..<end {
            var sum = 0.0
            for t in 0..<k { sum += y[t, i - start] * y[t, i - start] }
            leverages[i] = sum
        }
        start = end
    }
    return leverages
}
