import CLAPACK

/// The triangular factor of a column-pivoted QR of a least-squares design, without Q: `M P = Q T` for the factored
/// matrix `M = S A[:, kept] D⁻¹` (see `LeastSquares`).
///
/// Everything after the solve needs only T, the pivots and the column scales besides the design itself: hat values and
/// sandwich covariances take the rows of Q as `(S A D⁻¹ P)ᵢ T⁻¹`, and `(AᵀA)⁻¹ = D⁻¹ P T⁻¹ T⁻ᵀ Pᵀ D⁻¹`. Keeping only
/// T (k x k) lets the tall-design path never form Q, and lets the fit release the n x k Householder factors.
public struct TriangularFactor: Sendable {
    /// How the factor was computed.
    public enum Method: Sendable, Equatable {
        /// `dgeqp3` on an equilibrated copy of the whole design.
        case pivotedQR
        /// Householder QR of blocks of rows streamed from the design (tall-skinny QR, no copy of the design), then
        /// `dgeqp3` on the small stacked triangle for the pivots and the rank decision.
        case tallSkinnyQR
    }

    /// Rows of the factored matrix (the design's rows).
    public let rows: Int
    /// `pivots[t]` is the position, among the kept columns, of the column in position t of T.
    public let pivots: [Int]
    /// T: k x k upper triangular (zeros below the diagonal), in pivoted order, for the equilibrated matrix.
    public let triangle: Matrix
    /// How T was computed.
    public let method: Method

    /// Columns of T (the kept columns).
    public var columns: Int { triangle.columns }

    /// The diagonal of T; pivoting makes its magnitudes non-increasing.
    public var diagonal: [Double] { (0..<triangle.columns).map { triangle[$0, $0] } }

    /// Number of diagonal entries with `|T_kk| > tolerance * |T_11|` (as `PivotedQR.rank(tolerance:)`).
    public func rank(tolerance: Double) -> Int {
        let d = diagonal
        guard let first = d.first, first != 0 else { return 0 }
        let threshold = tolerance * abs(first)
        return d.prefix { abs($0) > threshold }.count
    }

    /// The leading `rank` x `rank` block of T.
    public func upperTriangle(rank: Int) -> Matrix {
        precondition(rank >= 0 && rank <= columns, "rank \(rank) is outside 0...\(columns)")
        var r = Matrix(rows: rank, columns: rank)
        for j in 0..<rank {
            for i in 0...j { r[i, j] = triangle[i, j] }
        }
        return r
    }

    init(rows: Int, pivots: [Int], triangle: Matrix, method: Method) {
        precondition(triangle.rows == triangle.columns && pivots.count == triangle.columns)
        self.rows = rows
        self.pivots = pivots
        self.triangle = triangle
        self.method = method
    }

    /// The square factor of a full-rank `PivotedQR` (its leading k x k triangle).
    init(_ qr: PivotedQR, method: Method) {
        self.init(rows: qr.rows, pivots: qr.pivots, triangle: qr.upperTriangle(rank: qr.columns), method: method)
    }

    /// `T⁻¹ v`.
    func solve(_ v: [Double]) -> [Double] {
        var x = v
        guard columns > 0 else { return x }
        cblas_dtrsv(CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, Int32(columns), triangle.values,
                    Int32(columns), &x, 1)
        return x
    }

    /// `T⁻ᵀ v`.
    func solveTransposed(_ v: [Double]) -> [Double] {
        var x = v
        guard columns > 0 else { return x }
        cblas_dtrsv(CblasColMajor, CblasUpper, CblasTrans, CblasNonUnit, Int32(columns), triangle.values,
                    Int32(columns), &x, 1)
        return x
    }

    /// The first-order bound `ε κ (1 + κ ‖r‖ / (‖T‖ ‖y‖))` on the relative error of the QR solution y with residual
    /// norm ‖r‖, κ the 1-norm condition number of T estimated by `dtrcon`; infinite when T is singular or y is zero.
    func solutionErrorEstimate(y: [Double], residualNorm: Double) throws -> Double {
        let k = columns
        guard k > 0 else { return 0 }
        var norm = fortranCharacter("1"), uplo = fortranCharacter("U"), diag = fortranCharacter("N")
        var kk = try fortranInteger(k, "dtrcon"), lda = try leadingDimension(k, "dtrcon")
        var rcond = 0.0, info: Int32 = 0
        var work = [Double](repeating: 0, count: 3 * k)
        var iwork = [Int32](repeating: 0, count: k)
        dtrcon_(&norm, &uplo, &diag, &kk, triangle.values, &lda, &rcond, &work, &iwork, &info, 1, 1, 1)
        try checkArguments(info, "dtrcon")
        guard rcond > 0 else { return .infinity }
        let condition = 1 / rcond
        let frobenius = euclideanNorm(triangle.values[...])
        let yNorm = euclideanNorm(y[...])
        guard yNorm > 0 else { return .infinity }
        return Double.ulpOfOne * condition * (1 + condition * residualNorm / (frobenius * yNorm))
    }
}
