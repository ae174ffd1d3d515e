import CLAPACK

/// What `LeastSquares` does with columns that are (numerically) linear combinations of earlier columns.
public enum AliasedColumnPolicy: Sendable, Equatable {
    /// Throw a `LinearAlgebraError` naming the aliased columns (the caller is expected to have removed them, e.g.
    /// with `aliasedColumns(_:tolerance:)`).
    case reject
    /// Drop them as `aliasedColumns(_:tolerance:rankTolerance:)` finds them (R's `lm` left-to-right scan at this
    /// relative tolerance, then the rank test at `rankTolerance`), solve for the rest, and report them in
    /// `aliasedColumns` with NaN coefficients. Costs no extra pass over the data when nothing is aliased (both tests
    /// run on the small triangular factor); otherwise the kept columns are factored once more.
    case drop(tolerance: Double = defaultAliasTolerance)
}

/// Least-squares solution of `A x ≈ b` through pivoted QR, with column equilibration and iterative refinement
/// for ill-conditioned designs. `A` must have full column rank at `rankTolerance` (see `aliasedColumns`).
///
/// The method:
/// 1. Rows are multiplied by √w when weights are given; columns are divided by powers of two near their norms
///    (equilibration, exact in floating point), so pivoting and the rank test do not depend on the units of the data.
/// 2. One copy of the scaled matrix is factored with `dgeqp3`; `|R_kk| ≤ rankTolerance·|R_11|` means rank deficiency.
/// 3. The solution and the residual vector are refined together on the augmented system
///    `[I A; Aᵀ 0][r; x] = [b; 0]` (Björck 1967), with residuals computed in extended precision, until the corrections
///    stop shrinking or fall below rounding level. This is what wins digits on ill-conditioned designs: NIST's Filip,
///    Wampler and Longley sets reach the limit set by storing the design in Double (see the tests for the table).
///    Problems above 4M matrix entries whose estimated QR error is already below 1e-11 (well conditioned) take one
///    refinement step in working precision instead: it cannot win digits there, and costs two BLAS passes over the
///    data (about 0.02 s for 1,000,000 x 50 here) where each double-double step costs about 0.1 s.
///
/// Cost, measured on 1,000,000 x 50 random data, one thread: `dgeqp3` alone 0.80 s; this initializer 1.07 s (the
/// copy, page faults included, 0.18 s; norms and refinement 0.09 s); `sandwichCovariance` for HC3 0.26 s more.
/// Memory: the factored copy (rows x kept columns) plus a few vectors of length rows; peak 2.1 times the design
/// matrix with the caller's copy. The caller's `A` is read, never copied again; pass the same `A` to
/// `leverages(of:)`, `qRows(of:rows:)` and `sandwichCovariance(of:weight:)`.
public struct LeastSquares: Sendable {
    /// Coefficients in the original column order (NaN for a column dropped as aliased).
    public let coefficients: [Double]
    /// `b - A x`.
    ///
    /// With weights these are the unweighted residuals, as R's `residuals(lm(..., weights = w))`; multiply by √w for
    /// the weighted ones.
    public let residuals: [Double]
    /// The factorization (of the equilibrated matrix), reusable for hat values and covariances.
    ///
    /// It factors `S A[:, keptColumns] D⁻¹`: S = diag(√w) (identity without weights), D = diag of `columnScale` for
    /// the kept columns; its `pivots` index into `keptColumns`.
    public let qr: PivotedQR
    /// The scale applied to each original column before factoring (`A diag(1/scale)` was factored).
    public let columnScale: [Double]
    /// The original columns used in the fit, ascending (all columns unless some were dropped as aliased).
    public let keptColumns: [Int]
    /// The original columns dropped as aliased (only with `AliasedColumnPolicy.drop`), ascending.
    public let aliasedColumns: [Int]
    /// √w for each row, or `nil` without weights.
    public let rowScale: [Double]?
    /// Refinement steps taken after the first QR solution.
    public let refinementSteps: Int

    /// Solves `a x ≈ b`; throws `LinearAlgebraError` when `a` is rank deficient at `rankTolerance`.
    ///
    /// `rankTolerance` bounds `|R_kk| / |R_11|` of the equilibrated, pivoted factor. Measured with this module's
    /// scaling and `dgeqp3`: the smallest ratio of a full-rank NIST StRD design is 8.0e-10 (Filip, degree-10
    /// polynomial; numpy with exact unit-norm columns gives 1.2e-9; Longley 8.6e-5, Wampler1–5 1.6e-3), while exact
    /// collinearity (duplicated or proportional columns, a constant or four group dummies beside the intercept)
    /// leaves 3e-17 to 2.5e-14 on 100 to 1,000,000 rows. The default 1e-11 keeps a factor 80 from Filip and 400
    /// from the rounding residue.
    /// - Parameters:
    ///   - a: n x p design matrix.
    ///   - b: n responses.
    ///   - weights: optional n case weights (finite, ≥ 0) for weighted least squares, minimizing `Σ wᵢ (bᵢ − aᵢx)²`.
    ///   - rankTolerance: see above.
    ///   - aliased: what to do with aliased columns (default: throw).
    /// - Throws: `LinearAlgebraError` on mismatched lengths, non-finite data, negative weights, or rank deficiency
    ///   (with the aliased columns named).
    public init(_ a: Matrix, _ b: [Double], weights: [Double]? = nil, rankTolerance: Double = defaultRankTolerance,
                aliased policy: AliasedColumnPolicy = .reject) throws {
        let routine = "LeastSquares"
        let n = a.rows, p = a.columns
        guard b.count == n else {
            throw LinearAlgebraError.invalidInput(routine, "the design has \(n) rows but the response has \(b.count) values")
        }
        guard rankTolerance >= 0 && rankTolerance < 1 else {
            throw LinearAlgebraError.invalidInput(routine, "rankTolerance must be in [0, 1), got \(rankTolerance)")
        }
        if case .drop(let tolerance) = policy, !(tolerance >= 0 && tolerance < 1) {
            throw LinearAlgebraError.invalidInput(routine, "the alias tolerance must be in [0, 1), got \(tolerance)")
        }
        try requireFinite(b, routine, name: "the response")
        var rowScale: [Double]? = nil
        if let w = weights {
            guard w.count == n else {
                throw LinearAlgebraError.invalidInput(routine, "expected \(n) weights (one per row), got \(w.count)")
            }
            try requireFinite(w, routine, name: "the weights")
            if let bad = w.firstIndex(where: { $0 < 0 }) {
                throw LinearAlgebraError.invalidInput(routine, "weight \(bad) (0-based) is negative: \(w[bad])")
            }
            rowScale = w.map { $0.squareRoot() }
        }
        var kept = Array(0..<p)
        // Also checks that every entry of `a` is finite (column norms come out NaN otherwise).
        let (equilibrated, scales) = try equilibratedCopy(of: a, rowScale: rowScale, routine: routine)
        var qr = try PivotedQR(factoring: consume equilibrated)
        var dropped: [Int] = []
        if case .drop(let tolerance) = policy {
            dropped = try findAliasedColumns(qr.triangleInOriginalOrder(), tolerance: tolerance,
                                             rankTolerance: rankTolerance).aliased
            if !dropped.isEmpty {
                kept = kept.filter { !dropped.contains($0) }
                qr = try PivotedQR(factoring: scaledCopy(of: a, columns: kept, scale: scales, rowScale: rowScale))
            }
        }
        let rank = qr.rank(tolerance: rankTolerance)
        if rank < kept.count {
            throw LeastSquares.rankDeficiency(qr, kept: kept, rank: rank, tolerance: rankTolerance)
        }

        // Refinement works in the factor's coordinates: column t of the factor is original column order[t], scaled
        // by 1/scale[order[t]].
        let order = qr.pivots.map { kept[$0] }
        let solution = try AugmentedRefinement(qr: qr, a: a, b: b, columns: order,
                                               columnScale: order.map { scales[$0] }, rowScale: rowScale).run()
        var coefficients = [Double](repeating: .nan, count: p)
        for (t, j) in order.enumerated() { coefficients[j] = solution.coefficients[t] }

        self.coefficients = coefficients
        self.residuals = solution.residuals
        self.qr = qr
        self.columnScale = scales
        self.keptColumns = kept
        self.aliasedColumns = dropped
        self.rowScale = rowScale
        self.refinementSteps = solution.refinementSteps
    }

    /// `(AᵀA)⁻¹` in the original column order (the unscaled covariance of the coefficients).
    ///
    /// Computed from the triangular factor, never from the normal equations: `D⁻¹ P R⁻¹ R⁻ᵀ Pᵀ D⁻¹` with `R⁻¹` from
    /// `dtrtri` and `R⁻¹R⁻ᵀ` from `dlauum`. With weights it is `(AᵀWA)⁻¹`. When columns were dropped as aliased, the
    /// result covers `keptColumns` only (k x k, in that order).
    public func inverseCrossProduct() throws -> Matrix {
        let k = keptColumns.count
        var inverse = try invertUpperTriangular(qr.upperTriangle(rank: k))
        if k > 0 {
            var uplo = fortranCharacter("U")
            var n = try fortranInteger(k, "dlauum"), lda = try leadingDimension(k, "dlauum")
            var info: Int32 = 0
            dlauum_(&uplo, &n, &inverse.values, &lda, &info, 1)
            try checkArguments(info, "dlauum")
        }
        inverse.mirrorUpperTriangle()
        // Undo pivoting and scaling: factor column t is kept column pivots[t].
        var result = Matrix(rows: k, columns: k)
        let pivots = qr.pivots
        for a in 0..<k {
            for b in 0..<k {
                let i = pivots[a], j = pivots[b]
                result[i, j] = inverse[a, b] / (columnScale[keptColumns[i]] * columnScale[keptColumns[j]])
            }
        }
        return result
    }

    private static func rankDeficiency(_ qr: PivotedQR, kept: [Int], rank: Int, tolerance: Double) -> LinearAlgebraError {
        let diagonal = qr.diagonal
        let ratio = diagonal.isEmpty ? 0
            : abs(diagonal[min(rank, diagonal.count - 1)]) / max(abs(diagonal[0]), .leastNormalMagnitude)
        var suspects = ((try? findAliasedColumns(qr.triangleInOriginalOrder(), tolerance: defaultAliasTolerance,
                                                 rankTolerance: tolerance))?.aliased ?? []).map { kept[$0] }
        if suspects.isEmpty { suspects = qr.pivots[rank...].map { kept[$0] }.sorted() }
        let shortOfRows = qr.rows < kept.count ? " (there are fewer rows than columns)" : ""
        return LinearAlgebraError(
            routine: "LeastSquares", info: 0,
            message: "the design matrix is rank deficient\(shortOfRows): numerical rank \(rank) of \(kept.count) columns "
                + "(|R_kk|/|R_11| = \(ratio) is not above the tolerance \(tolerance)); "
                + "columns \(suspects) (0-based) are linear combinations of earlier columns; remove them "
                + "(see aliasedColumns) or fit with aliased: .drop()")
    }
}

extension PivotedQR {
    /// `R Pᵀ`: the triangular factor with its columns put back in the original order, min(rows, columns) x columns.
    /// Its columns have the same norms and mutual distances as the factored matrix's, which the alias scan uses.
    func triangleInOriginalOrder() -> Matrix {
        let m = min(rows, columns)
        var c = Matrix(rows: m, columns: columns)
        for k in 0..<columns {
            for i in 0..<min(k + 1, m) { c[i, pivots[k]] = factors[i, k] }
        }
        return c
    }
}
