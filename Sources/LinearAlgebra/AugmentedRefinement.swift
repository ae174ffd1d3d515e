import CLAPACK

/// Iterative refinement of a least-squares solution on the augmented system (Björck 1967):
///
///     [ I  M ] [ r ]   [ c ]        M = S A D⁻¹ (the factored matrix), c = S b,
///     [ Mᵀ 0 ] [ y ] = [ 0 ]        y = D x, r = c − M y.
///
/// Each step computes `f = c − r − M y` and `g = −Mᵀ r` (extended precision, see `RefinementResiduals.swift`) and
/// solves for the corrections with the QR factors `M P = Q [T; 0]`:
/// `h = T⁻ᵀ Pᵀ g`, `d = Qᵀ f`, `δy = P T⁻¹ (d₁ − h)`, `δr = Q [h; d₂]`.
/// It starts from the ordinary QR solution `y = T⁻¹ (Qᵀ c)₁`, `r = Q [0; (Qᵀ c)₂]`.
/// Refining r together with y, rather than only `x += A⁺(b − A x)`, is what removes the error term proportional to
/// cond(A)²·‖r‖ on problems with large residuals (Wampler 4 and 5).
struct AugmentedRefinement {
    /// Problems up to this many matrix entries always refine in extended precision (tens of milliseconds a step).
    static let alwaysExtendedEntries = 1 << 22
    /// Above that size, extended precision is used only when the estimated relative error of the QR solution exceeds
    /// this; below it the problem is well conditioned enough that digits cannot be won.
    static let extendedErrorEstimate = 1e-11
    /// Most refinement steps after the QR solution.
    static let maximumSteps = 8

    let qr: PivotedQR
    let a: Matrix
    let b: [Double]
    /// Original column of `a` for each column of the factor, in factor (pivoted) order.
    let columns: [Int]
    /// The power-of-two scale of each factor column.
    let columnScale: [Double]
    /// √w per row, or nil.
    let rowScale: [Double]?
    /// See `AugmentedRefinement.alwaysExtendedEntries` (tests lower it to reach the working-precision path).
    var alwaysExtendedEntries = AugmentedRefinement.alwaysExtendedEntries

    /// What the refinement found: coefficients in factor order and original units, unweighted residuals.
    struct Solution {
        var coefficients: [Double]
        var residuals: [Double]
        var refinementSteps: Int
        var arithmetic: ResidualArithmetic?
    }

    func run() throws -> Solution {
        let n = qr.rows, k = columns.count
        guard k > 0 else { return Solution(coefficients: [], residuals: b, refinementSteps: 0, arithmetic: nil) }
        // The QR solution: d = Qᵀ S b, y = T⁻¹ d₁; ‖d₂‖ is the norm of the weighted residual.
        var d = b
        if let s = rowScale { for i in 0..<n { d[i] *= s[i] } }
        d.withUnsafeMutableBufferPointer { qr.applyQTransposeInPlace($0) }
        var y = solveTriangle(Array(d[0..<k]))
        let residualNorm = euclideanNorm(d[k...])
        let arithmetic = try chooseArithmetic(y: y, residualNorm: residualNorm)
        if arithmetic == .working { return try refineInWorkingPrecision(y) }

        // r = Q [0; d₂], then augmented refinement in double-double.
        for t in 0..<k { d[t] = 0 }
        d.withUnsafeMutableBufferPointer { qr.applyQInPlace($0) }
        var r = d
        var previous = 1.0   // the relative size of y against itself: the QR solution as the first correction
        var steps = 0
        while steps < Self.maximumSteps {
            let x = (0..<k).map { y[$0] / columnScale[$0] }
            var (f, gRaw) = refinementResiduals(a, columns: columns, x: x, b: b, rowScale: rowScale, r: r,
                                                arithmetic: .doubleDouble)
            let g = (0..<k).map { -gRaw[$0] / columnScale[$0] }
            let (dy, dr) = correction(f: &f, g: g)
            let size = Self.relativeSize(of: dy, against: y)
            let ratio = size / previous
            // A correction no smaller than the one before means the iteration diverges (condition near 1/precision)
            // or only circles at rounding level: keep the current iterate.
            if !(ratio < 1) { break }
            for t in 0..<k { y[t] += dy[t] }
            for i in 0..<n { r[i] += dr[i] }
            steps += 1
            // Done when the correction is at rounding level, or, once a convergence rate can be measured (from the
            // second refinement step on; the first ratio compares with the whole solution), when the next correction
            // would be (ratio·size) or when convergence has become too slow to be worth a pass over the data.
            if size <= Double.ulpOfOne { break }
            if steps >= 2 && (ratio * size <= Double.ulpOfOne || ratio > 0.5) { break }
            previous = size
        }
        let coefficients = (0..<k).map { y[$0] / columnScale[$0] }
        return Solution(coefficients: coefficients, residuals: unweightedResiduals(r, coefficients: coefficients),
                        refinementSteps: steps, arithmetic: .doubleDouble)
    }

    /// One refinement step in working precision for large, well-conditioned problems: `e = b − A x` by BLAS,
    /// `δy = T⁻¹ (Qᵀ S e)₁`, kept unless it is no smaller than y; residuals `b − A x` recomputed by BLAS.
    /// Four passes over the data in all (the augmented step would take six).
    private func refineInWorkingPrecision(_ start: [Double]) throws -> Solution {
        let n = qr.rows, k = columns.count
        var y = start
        let zeroR = [Double](repeating: 0, count: n)
        var x = (0..<k).map { y[$0] / columnScale[$0] }
        var f = refinementResiduals(a, columns: columns, x: x, b: b, rowScale: rowScale, r: zeroR,
                                    arithmetic: .working, dotProducts: false).f
        f.withUnsafeMutableBufferPointer { qr.applyQTransposeInPlace($0) }
        let dy = solveTriangle(Array(f[0..<k]))
        var steps = 0
        if Self.relativeSize(of: dy, against: y) < 1 {
            for t in 0..<k { y[t] += dy[t] }
            x = (0..<k).map { y[$0] / columnScale[$0] }
            steps = 1
        }
        let residuals = refinementResiduals(a, columns: columns, x: x, b: b, rowScale: nil, r: zeroR,
                                            arithmetic: .working, dotProducts: false).f
        return Solution(coefficients: x, residuals: residuals, refinementSteps: steps, arithmetic: .working)
    }

    /// `T⁻¹ v` for the leading k x k triangle of the factor.
    private func solveTriangle(_ v: [Double]) -> [Double] {
        var x = v
        qr.factors.values.withUnsafeBufferPointer { factors in
            cblas_dtrsv(CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, Int32(columns.count),
                        factors.baseAddress, Int32(qr.rows), &x, 1)
        }
        return x
    }

    /// The largest componentwise relative size `|δᵢ| / |yᵢ|` of a correction: coefficients are judged one by one (a
    /// norm would be dominated by the largest of them and stop while small ones are still wrong). Components of y
    /// that are zero or negligible (below ε·max|y|) are measured against ε·max|y| instead.
    static func relativeSize(of delta: [Double], against y: [Double]) -> Double {
        let largest = y.reduce(0) { max($0, abs($1)) }
        let floor = max(Double.ulpOfOne * largest, .leastNormalMagnitude)
        var size = 0.0
        for t in 0..<y.count { size = max(size, abs(delta[t]) / max(abs(y[t]), floor)) }
        return size
    }

    /// Solves the augmented system for a correction; `f` (length n) is used as workspace.
    private func correction(f: inout [Double], g: [Double]) -> (dy: [Double], dr: [Double]) {
        let n = qr.rows, k = columns.count
        var h = g
        var dy = [Double](repeating: 0, count: k)
        qr.factors.values.withUnsafeBufferPointer { factors in
            cblas_dtrsv(CblasColMajor, CblasUpper, CblasTrans, CblasNonUnit, Int32(k), factors.baseAddress,
                        Int32(n), &h, 1)
            f.withUnsafeMutableBufferPointer { qr.applyQTransposeInPlace($0) }
            for t in 0..<k { dy[t] = f[t] - h[t] }
            cblas_dtrsv(CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, Int32(k), factors.baseAddress,
                        Int32(n), &dy, 1)
        }
        for t in 0..<k { f[t] = h[t] }
        f.withUnsafeMutableBufferPointer { qr.applyQInPlace($0) }
        return (dy, f)
    }

    /// Extended precision for small problems and for large ones whose QR solution may have lost digits.
    ///
    /// The estimate is the usual first-order bound for least squares, `ε κ (1 + κ ‖r‖ / (‖T‖ ‖y‖))`, with κ the
    /// 1-norm condition number of the triangular factor estimated by `dtrcon` (`TriangularFactor.solutionErrorEstimate`).
    private func chooseArithmetic(y: [Double], residualNorm: Double) throws -> ResidualArithmetic {
        if qr.rows * columns.count <= alwaysExtendedEntries { return .doubleDouble }
        let estimate = try TriangularFactor(qr, method: .pivotedQR).solutionErrorEstimate(y: y, residualNorm: residualNorm)
        return estimate > Self.extendedErrorEstimate ? .doubleDouble : .working
    }

    /// `b − A x` from the weighted residual `r = S (b − A x)`: divide by √w, or for zero-weight rows (where r says
    /// nothing) compute the row directly in double-double.
    private func unweightedResiduals(_ r: [Double], coefficients x: [Double]) -> [Double] {
        guard let s = rowScale else { return r }
        var e = r
        for i in 0..<r.count {
            if s[i] > 0 {
                e[i] = r[i] / s[i]
            } else {
                var sum = DoubleDouble(hi: b[i], lo: 0)
                for (t, j) in columns.enumerated() { sum.add(DoubleDouble.product(a[i, j], -x[t])) }
                e[i] = sum.value
            }
        }
        return e
    }
}
