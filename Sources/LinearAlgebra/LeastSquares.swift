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
/// The method (the exact path, every design that is not both tall and large):
/// 1. Rows are multiplied by √w when weights are given; columns are divided by powers of two near their norms
///    (equilibration, exact in floating point), so pivoting and the rank test do not depend on the units of the data.
/// 2. One copy of the scaled matrix is factored with `dgeqp3`; `|R_kk| ≤ rankTolerance·|R_11|` means rank deficiency.
/// 3. The solution and the residual vector are refined together on the augmented system
///    `[I A; Aᵀ 0][r; x] = [b; 0]` (Björck 1967), with residuals computed in extended precision, until the corrections
///    stop shrinking or fall below rounding level. This is what wins digits on ill-conditioned designs: NIST's Filip,
///    Wampler and Longley sets reach the limit set by storing the design in Double (see the tests for the table).
///    Problems above 4M matrix entries whose estimated QR error is already below 1e-11 (well conditioned) take one
///    refinement step in working precision instead: it cannot win digits there, and costs two BLAS passes over the
///    data where each double-double step costs several times more.
///
/// The tall-design path (rows ≥ 16 x columns and at least `tallDesignEntries` entries, 4M by default):
/// 1. The triangle of `[S A | S b]` comes from a tall-skinny QR that streams 2 MB blocks of rows from the caller's
///    matrix (`dgeqrf` on the first, `dtpqrt` of the triangle over each next one): one read of A, no copy of it.
/// 2. Its columns give the equilibration scales (their norms are those of S A); `dgeqp3` on the small equilibrated
///    triangle gives the pivots and the same rank test, and the alias scan runs on it as on the exact path's factor.
/// 3. The QR solution is refined once in working precision by corrected semi-normal equations,
///    `δ = T⁻¹T⁻ᵀ Mᵀ S(b − A x)` (one fused pass over A, and one more for the residuals), when its estimated error
///    (as above) is at most 1e-13; otherwise by the augmented refinement in double-double with its corrections solved
///    through T (see `AugmentedRefinement`; usually two steps). On NIST's sets stacked 16 times the working-precision
///    step alone loses digits on Wampler1 and 3 that the double-double step wins back (the StRD tests hold the
///    digits).
/// 4. It hands over to the exact path (which then runs in full, so such designs pay both) when the triangle has
///    `|T_kk| < 1e-6·|T_11|`, when the estimated error exceeds 1e-11 (Filip, Longley, Wampler4–5: cond²·‖r‖ terms
///    that only refinement through Q removes), when the data are non-finite or beyond 2^±500 unscaled, or when every
///    column is aliased.
/// On the R reference designs, both paths give the same coefficients, residuals, leverages and HC/CR covariances to
/// 1e-12 relative (tests force both paths on the same data).
///
/// Cost: the tall-design path reads A once and is several times faster than `dgeqp3` on a copy (the benchmark's
/// README has the measurements). Memory: the tall-design path needs one block of rows (2 MB) and a few vectors of
/// length rows besides the caller's matrix; the exact path adds the factored copy (rows x kept columns), released
/// when the initializer returns.
/// The caller's `A` is read, never copied; pass the same `A` to `leverages(of:)`, `qRows(of:rows:)` and
/// `sandwichCovariance(of:weight:)`.
public struct LeastSquares: Sendable {
    /// Coefficients in the original column order (NaN for a column dropped as aliased).
    public let coefficients: [Double]
    /// `b - A x`.
    ///
    /// With weights these are the unweighted residuals, as R's `residuals(lm(..., weights = w))`; multiply by √w for
    /// the weighted ones.
    public let residuals: [Double]
    /// The triangular factor of the equilibrated matrix, reusable for hat values and covariances.
    ///
    /// It factors `S A[:, keptColumns] D⁻¹ P = Q T`: S = diag(√w) (identity without weights), D = diag of
    /// `columnScale` for the kept columns; its `pivots` index into `keptColumns`. Q is not kept (the rows of Q that
    /// leverages and covariances need are recomputed from A and T).
    public let factor: TriangularFactor
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

    /// The default least number of matrix entries (rows x columns) for the tall-design path.
    ///
    /// The streamed factorization is 3–4 times faster than `dgeqp3` at 1,000,000 x 50; the bound sits where the exact
    /// path stops refining in double-double regardless of conditioning (`2²²` entries), so small problems, NIST's
    /// among them, keep exactly the refinement they had.
    public static let defaultTallDesignEntries = 1 << 22
    /// The tall-design path needs at least this many rows per column.
    public static let tallDesignAspect = 16
    /// The tall-design path hands over to the exact path when `|T_kk| / |T_11|` of its triangle is below this.
    static let tallDesignConditionRatio = 1e-6
    /// The tall-design path refines once in working precision when the estimated error of its QR solution is at
    /// most this, and in double-double otherwise (see `tallDesignSolution`).
    static let tallDesignWorkingEstimate = 1e-13

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
    ///   - policy: what to do with aliased columns (default: throw).
    ///   - tallDesignEntries: designs with at least this many entries and at least `tallDesignAspect` rows per column
    ///     take the tall-design path (see above); `Int.max` always takes the exact path, 0 takes the tall-design path
    ///     for every tall design (tests use both to compare the paths).
    /// - Throws: `LinearAlgebraError` on mismatched lengths, non-finite data, negative weights, or rank deficiency
    ///   (with the aliased columns named).
    public init(_ a: Matrix, _ b: [Double], weights: [Double]? = nil, rankTolerance: Double = defaultRankTolerance,
                aliased policy: AliasedColumnPolicy = .reject,
                tallDesignEntries: Int = LeastSquares.defaultTallDesignEntries) throws {
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
        if p > 0 && n >= Self.tallDesignAspect * p && n * p >= tallDesignEntries,
           let tall = try Self.tallDesignSolution(a, b, rowScale: rowScale, rankTolerance: rankTolerance,
                                                  aliased: policy) {
            self = tall
            return
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

        self.init(coefficients: coefficients, residuals: solution.residuals,
                  factor: TriangularFactor(qr, method: .pivotedQR), columnScale: scales, keptColumns: kept,
                  aliasedColumns: dropped, rowScale: rowScale, refinementSteps: solution.refinementSteps)
    }

    init(coefficients: [Double], residuals: [Double], factor: TriangularFactor, columnScale: [Double],
         keptColumns: [Int], aliasedColumns: [Int], rowScale: [Double]?, refinementSteps: Int) {
        self.coefficients = coefficients
        self.residuals = residuals
        self.factor = factor
        self.columnScale = columnScale
        self.keptColumns = keptColumns
        self.aliasedColumns = aliasedColumns
        self.rowScale = rowScale
        self.refinementSteps = refinementSteps
    }

    /// `(AᵀA)⁻¹` in the original column order (the unscaled covariance of the coefficients).
    ///
    /// Computed from the triangular factor, never from the normal equations: `D⁻¹ P R⁻¹ R⁻ᵀ Pᵀ D⁻¹` with `R⁻¹` from
    /// `dtrtri` and `R⁻¹R⁻ᵀ` from `dlauum`. With weights it is `(AᵀWA)⁻¹`. When columns were dropped as aliased, the
    /// result covers `keptColumns` only (k x k, in that order).
    public func inverseCrossProduct() throws -> Matrix {
        let k = keptColumns.count
        var inverse = try invertUpperTriangular(factor.triangle)
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
        let pivots = factor.pivots
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
