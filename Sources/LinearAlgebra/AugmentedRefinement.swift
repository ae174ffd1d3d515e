import CLAPACK

/// Iterative refinement of a least-squares solution on the augmented system (Björck 1967):
///
///     [ I  M ] [ r ]   [ c ]        M = S A D⁻¹ (the factored matrix), c = S b,
///     [ Mᵀ 0 ] [ y ] = [ 0 ]        y = D x, r = c − M y.
///
/// Each step computes `f = c − r − M y` and `g = −Mᵀ r` (extended precision, see `RefinementResiduals.swift`) and
/// solves for the corrections. With the Householder factors `M P = Q [T; 0]` (the exact path):
/// `h = T⁻ᵀ Pᵀ g`, `d = Qᵀ f`, `δy = P T⁻¹ (d₁ − h)`, `δr = Q [h; d₂]`, starting from the ordinary QR solution
/// `y = T⁻¹ (Qᵀ c)₁`, `r = Q [0; (Qᵀ c)₂]`. With the triangle alone (the tall-design path, where Q was never kept):
/// `δy = P T⁻¹ T⁻ᵀ Pᵀ (Mᵀ f − g)`, `δr = f − M δy` (semi-normal equations for the correction, two BLAS passes over
/// A instead of two applications of Q), starting from the given y and r = 0, so that the first step is one of
/// corrected semi-normal equations. Solving through TᵀT costs accuracy in the correction only (relative error about
/// ε·cond², which the next step removes while ε·cond² < 1); the tall-design path takes designs with cond below about
/// 10⁵ only, so the iteration converges at a rate of 10⁻⁶ or better.
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

    /// The triangle T and its pivots.
    let factor: TriangularFactor
    /// The Householder factorization of M, when it was kept (the exact path); `nil` on the tall-design path.
    let householder: PivotedQR?
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

    /// Refinement with the Householder factorization of M (`qr` factors the kept columns, in any order).
    init(qr: PivotedQR, a: Matrix, b: [Double], columns: [Int], columnScale: [Double], rowScale: [Double]?) {
        self.init(factor: TriangularFactor(qr, method: .pivotedQR), householder: qr, a: a, b: b, columns: columns,
                  columnScale: columnScale, rowScale: rowScale)
    }

    /// Refinement with the triangle alone (only `refine(from:)` is available then).
    init(factor: TriangularFactor, householder: PivotedQR? = nil, a: Matrix, b: [Double], columns: [Int],
         columnScale: [Double], rowScale: [Double]?) {
        self.factor = factor
        self.householder = householder
        self.a = a
        self.b = b
        self.columns = columns
        self.columnScale = columnScale
        self.rowScale = rowScale
    }

    /// What the refinement found: coefficients in factor order and original units, unweighted residuals.
    struct Solution {
        var coefficients: [Double]
        var residuals: [Double]
        var refinementSteps: Int
        var arithmetic: ResidualArithmetic?
    }

    /// The exact path: the QR solution, then refinement in the arithmetic `chooseArithmetic` picks.
    func run() throws -> Solution {
        guard let qr = householder else { preconditionFailure("run() needs the Householder factorization") }
        let n = qr.rows, k = columns.count
        guard k > 0 else { return Solution(coefficients: [], residuals: b, refinementSteps: 0, arithmetic: nil) }
        // The QR solution: d = Qᵀ S b, y = T⁻¹ d₁; ‖d₂‖ is the norm of the weighted residual.
        var d = b
        if let s = rowScale { for i in 0..<n { d[i] *= s[i] } }
        d.withUnsafeMutableBufferPointer { qr.applyQTransposeInPlace($0) }
        let y = factor.solve(Array(d[0..<k]))
        let residualNorm = euclideanNorm(d[k...])
        let arithmetic = try chooseArithmetic(y: y, residualNorm: residualNorm)
        if arithmetic == .working { return try refineInWorkingPrecision(y) }

        // r = Q [0; d₂], then augmented refinement in double-double.
        for t in 0..<k { d[t] = 0 }
        d.withUnsafeMutableBufferPointer { qr.applyQInPlace($0) }
        return refine(from: y, residual: d)
    }

    /// Augmented refinement in double-double from `y` (scaled coordinates, factor order) and the weighted residual
    /// `r` (zero when unknown), until the corrections stop shrinking or fall below rounding level.
    func refine(from start: [Double], residual: [Double]) -> Solution {
        let n = a.rows, k = columns.count
        var y = start
        var r = residual
        var previous = 1.0   // the relative size of y against itself: the QR solution as the first correction
        var steps = 0
        while steps < Self.maximumSteps {
            let x = (0..<k).map { y[$0] / columnScale[$0] }
            // g = −Mᵀ r vanishes while r is still the zero it started from (the tall-design path's first step).
            var (f, gRaw) = refinementResiduals(a, columns: columns, x: x, b: b, rowScale: rowScale, r: r,
                                                arithmetic: .doubleDouble, dotProducts: steps > 0 || householder != nil)
            let g = (0..<k).map { -gRaw[$0] / columnScale[$0] }
            let (dy, dr) = householder == nil ? triangleCorrection(f: f, g: g) : correction(f: &f, g: g)
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
        if steps == 0 && householder == nil {
            // Started from r = 0 and took no step: r is not the residual; compute b − A x directly.
            let residuals = refinementResiduals(a, columns: columns, x: coefficients, b: b, rowScale: nil,
                                                r: [Double](repeating: 0, count: n), arithmetic: .doubleDouble).f
            return Solution(coefficients: coefficients, residuals: residuals, refinementSteps: 0, arithmetic: .doubleDouble)
        }
        return Solution(coefficients: coefficients, residuals: unweightedResiduals(r, coefficients: coefficients),
                        refinementSteps: steps, arithmetic: .doubleDouble)
    }

    /// One refinement step in working precision for large, well-conditioned problems: `e = b − A x` by BLAS,
    /// `δy = T⁻¹ (Qᵀ S e)₁`, kept unless it is no smaller than y; residuals `b − A x` recomputed by BLAS.
    /// Four passes over the data in all (the augmented step would take six).
    private func refineInWorkingPrecision(_ start: [Double]) throws -> Solution {
        let qr = householder!
        let n = qr.rows, k = columns.count
        var y = start
        let zeroR = [Double](repeating: 0, count: n)
        var x = (0..<k).map { y[$0] / columnScale[$0] }
        var f = refinementResiduals(a, columns: columns, x: x, b: b, rowScale: rowScale, r: zeroR,
                                    arithmetic: .working, dotProducts: false).f
        f.withUnsafeMutableBufferPointer { qr.applyQTransposeInPlace($0) }
        let dy = factor.solve(Array(f[0..<k]))
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

    /// Solves the augmented system for a correction with Q; `f` (length n) is used as workspace.
    private func correction(f: inout [Double], g: [Double]) -> (dy: [Double], dr: [Double]) {
        let qr = householder!
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

    /// Solves the augmented system for a correction with T alone: `δy = T⁻¹T⁻ᵀ(Mᵀ f − g)`, `δr = f − M δy`.
    private func triangleCorrection(f: [Double], g: [Double]) -> (dy: [Double], dr: [Double]) {
        let n = a.rows, k = columns.count, p = a.columns
        // Mᵀ f = Pᵀ D⁻¹ Aᵀ S f.
        var u = f
        if let s = rowScale { for i in 0..<n { u[i] *= s[i] } }
        var product = [Double](repeating: 0, count: p)
        cblas_dgemv(CblasColMajor, CblasTrans, Int32(n), Int32(p), 1, a.values, Int32(n), u, 1, 0, &product, 1)
        let dy = factor.solve(factor.solveTransposed((0..<k).map { product[columns[$0]] / columnScale[$0] - g[$0] }))
        // M δy = S A (D⁻¹ P δy).
        var step = [Double](repeating: 0, count: p)
        for t in 0..<k { step[columns[t]] = dy[t] / columnScale[t] }
        var dr = [Double](repeating: 0, count: n)
        cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(n), Int32(p), 1, a.values, Int32(n), step, 1, 0, &dr, 1)
        if let s = rowScale {
            for i in 0..<n { dr[i] = f[i] - s[i] * dr[i] }
        } else {
            for i in 0..<n { dr[i] = f[i] - dr[i] }
        }
        return (dy, dr)
    }

    /// Extended precision for small problems and for large ones whose QR solution may have lost digits.
    ///
    /// The estimate is the usual first-order bound for least squares, `ε κ (1 + κ ‖r‖ / (‖T‖ ‖y‖))`, with κ the
    /// 1-norm condition number of the triangular factor estimated by `dtrcon` (`TriangularFactor.solutionErrorEstimate`).
    private func chooseArithmetic(y: [Double], residualNorm: Double) throws -> ResidualArithmetic {
        if a.rows * columns.count <= alwaysExtendedEntries { return .doubleDouble }
        let estimate = try factor.solutionErrorEstimate(y: y, residualNorm: residualNorm)
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
