import CLAPACK

/// The default relative tolerance for calling a column aliased: its distance from the span of the earlier kept
/// columns, divided by its own norm.
///
/// Chosen from measurements. Full-rank but ill-conditioned designs (NIST StRD; this function, numpy agrees to 2 digits;
/// the smallest relative distance of a column from the span of the columns before it):
///
/// | design                                | smallest relative distance |
/// |---------------------------------------|----------------------------|
/// | Filip, degree-10 polynomial           | 5.2e-8                     |
/// | Longley, 6 predictors + intercept     | 8.6e-5                     |
/// | Wampler1–5, degree-5 polynomials      | 4.3e-3                     |
/// | Pontius, quadratic                    | 1.6e-1                     |
///
/// Exact collinearity, measured with this function on 100, 10,000 and 1,000,000 rows (x uniform on [-500, 1500]):
/// a duplicated column, x and 2x, 0.1x + 3 beside an intercept, a sum of earlier columns: 4e-17 to 7e-16;
/// a constant beside the intercept: up to 1.5e-14; four group dummies beside the intercept: up to 2.2e-14.
/// 1e-10 sits more than 500 times below Filip's smallest distance (R's `lm`, with 1e-7, drops a term of Filip)
/// and more than 4000 times above the largest rounding residue.
public let defaultAliasTolerance = 1e-10

/// The default bound on `|R_kk| / |R_11|` below which an equilibrated, pivoted QR factor counts as rank deficient
/// (see `LeastSquares.init` for the measurements behind it).
public let defaultRankTolerance = 1e-11

/// The columns of `a` that are (numerically) linear combinations of earlier columns, scanning left to right as R's
/// `lm` does, so the *later* of two collinear terms is the one reported as aliased.
///
/// Two tests, in this order:
/// 1. R's: a column is aliased when its distance from the span of the earlier non-aliased columns is at most
///    `tolerance` times its own norm; an all-zero column is always aliased.
/// 2. The rank test `LeastSquares` applies: while the kept columns are rank deficient at `rankTolerance`
///    (`|R_kk| ≤ rankTolerance·|R_11|` in a pivoted QR), the column with the highest index among those in the
///    dependence is also reported. This catches exact dependences that the distance test misses because the
///    dependent column enters with a small coefficient: with x1 = x0 + 10⁻⁶ x2 the columns x0, x1, x2 are exactly
///    dependent, yet x2 lies 5e-10 (rounding of x1, magnified 10⁶ times) from the span of x0 and x1; R's 1e-7
///    flags it, 1e-10 alone would not. So the columns kept here always pass `LeastSquares`' rank test.
///
/// The work is one Householder QR (`dgeqrf`) of a copy of `a` with columns scaled by powers of two, then both tests
/// on the small triangular factor: because Q is orthogonal, the columns of R have the same lengths, distances and
/// dependences as those of `a`. Memory: one copy of `a`.
/// - Throws: `LinearAlgebraError` when `a` has a non-finite entry or a tolerance is not in [0, 1).
public func aliasedColumns(_ a: Matrix, tolerance: Double = defaultAliasTolerance,
                           rankTolerance: Double = defaultRankTolerance) throws -> [Int] {
    try aliasScan(a, tolerance: tolerance, rankTolerance: rankTolerance).aliased
}

/// `aliasedColumns` with the measured distances (tests use them to check the default tolerance's margins).
func aliasScan(_ a: Matrix, tolerance: Double, rankTolerance: Double = defaultRankTolerance) throws -> AliasScan {
    let routine = "aliasedColumns"
    guard tolerance >= 0 && tolerance < 1 else {
        throw LinearAlgebraError.invalidInput(routine, "tolerance must be in [0, 1), got \(tolerance)")
    }
    guard rankTolerance >= 0 && rankTolerance < 1 else {
        throw LinearAlgebraError.invalidInput(routine, "rankTolerance must be in [0, 1), got \(rankTolerance)")
    }
    guard a.columns > 0 else { return AliasScan(aliased: [], relativeDistances: []) }
    var factored = try equilibratedCopy(of: a, rowScale: nil, routine: routine).matrix
    let reflectors = min(a.rows, a.columns)
    if reflectors > 0 {
        var m = try fortranInteger(a.rows, "dgeqrf"), n = try fortranInteger(a.columns, "dgeqrf")
        var lda = try leadingDimension(a.rows, "dgeqrf")
        var tau = [Double](repeating: 0, count: reflectors)
        var info: Int32 = 0, query = 0.0, lwork: Int32 = -1
        dgeqrf_(&m, &n, &factored.values, &lda, &tau, &query, &lwork, &info)
        try checkArguments(info, "dgeqrf")
        var work = [Double](repeating: 0, count: workspaceLength(query))
        lwork = try fortranInteger(work.count, "dgeqrf")
        dgeqrf_(&m, &n, &factored.values, &lda, &tau, &work, &lwork, &info)
        try checkArguments(info, "dgeqrf")
    }
    var r = Matrix(rows: reflectors, columns: a.columns)
    for j in 0..<a.columns {
        for i in 0..<min(j + 1, reflectors) { r[i, j] = factored[i, j] }
    }
    return try findAliasedColumns(r, tolerance: tolerance, rankTolerance: rankTolerance)
}

/// Both alias tests of `aliasedColumns` on a small matrix `c` with the same column geometry as the design.
func findAliasedColumns(_ c: Matrix, tolerance: Double, rankTolerance: Double) throws -> AliasScan {
    var scan = scanForAliasedColumns(c, tolerance: tolerance)
    var kept = (0..<c.columns).filter { !scan.aliased.contains($0) }
    while !kept.isEmpty {
        let qr = try PivotedQR(factoring: c.selecting(columns: kept))
        let rank = qr.rank(tolerance: rankTolerance)
        if rank == kept.count { break }
        // A dependence among the kept columns: z = P [−R₁₁⁻¹ r₁₂; 1] for the first column pivoted past the rank.
        var z = [Double](repeating: 0, count: kept.count)
        var w = Matrix(rows: rank, columns: 1)
        for i in 0..<rank { w[i, 0] = qr.factors[i, rank] }
        if rank > 0 { w = try solveUpperTriangular(qr.upperTriangle(rank: rank), w) }
        for i in 0..<rank { z[qr.pivots[i]] = -w[i, 0] }
        z[qr.pivots[rank]] = 1
        let largest = z.reduce(0) { max($0, abs($1)) }
        // Report the highest-indexed column of the dependence whose removal restores that much rank (coefficients
        // below 1e-8 of the largest are rounding, not membership).
        var victim = kept[qr.pivots[rank]]
        for local in (0..<kept.count).reversed() where abs(z[local]) > 1e-8 * largest {
            let trial = kept.filter { $0 != kept[local] }
            if try PivotedQR(factoring: c.selecting(columns: trial)).rank(tolerance: rankTolerance) == rank {
                victim = kept[local]
                break
            }
        }
        scan.aliased.append(victim)
        kept.removeAll { $0 == victim }
    }
    scan.aliased.sort()
    return scan
}

/// What the alias scan found.
struct AliasScan {
    /// Aliased columns, ascending.
    var aliased: [Int]
    /// For each column, its distance from the span of the kept columns before it, relative to its own norm
    /// (0 for a zero column).
    var relativeDistances: [Double]
}

/// The left-to-right alias scan on a small matrix `c` whose columns have the same lengths and mutual distances as
/// the design's (an R factor, or R with its pivoting undone).
///
/// Keeps an orthonormal basis of the kept columns as Householder reflectors (`dlarfg`); a column's distance from
/// their span is the norm of its part below the kept rows after the reflectors are applied.
func scanForAliasedColumns(_ c: Matrix, tolerance: Double) -> AliasScan {
    let m = c.rows
    var kept = 0
    var aliased: [Int] = []
    var distances: [Double] = []
    var reflectorVectors: [[Double]] = []  // reflector k acts on rows k..<m; entry 0 is the implicit 1
    var reflectorScalars: [Double] = []
    for j in 0..<c.columns {
        var v = c.column(j)
        let norm = euclideanNorm(v[...])
        for k in 0..<kept {
            let u = reflectorVectors[k], tau = reflectorScalars[k]
            var w = 0.0
            for i in k..<m { w += u[i - k] * v[i] }
            w *= tau
            for i in k..<m { v[i] -= w * u[i - k] }
        }
        let distance = kept < m ? euclideanNorm(v[kept...]) : 0
        distances.append(norm == 0 ? 0 : distance / norm)
        if norm == 0 || distance <= tolerance * norm {
            aliased.append(j)
            continue
        }
        var alpha = v[kept]
        var rest = Array(v[(kept + 1)...])
        var count = Int32(m - kept), increment: Int32 = 1, tau = 0.0
        rest.withUnsafeMutableBufferPointer { buffer in
            dlarfg_(&count, &alpha, buffer.baseAddress, &increment, &tau)
        }
        reflectorVectors.append([1] + rest)
        reflectorScalars.append(tau)
        kept += 1
    }
    return AliasScan(aliased: aliased, relativeDistances: distances)
}

/// The 2-norm of a short vector, scaled against overflow.
func euclideanNorm(_ v: ArraySlice<Double>) -> Double {
    let largest = v.reduce(0) { max($0, abs($1)) }
    guard largest > 0 else { return 0 }
    return largest * v.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }.squareRoot()
}
