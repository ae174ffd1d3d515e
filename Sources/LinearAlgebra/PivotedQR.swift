import CLAPACK

/// Householder QR with column pivoting (`dgeqp3`): `A P = Q R`.
///
/// Column pivoting moves the column with the largest remaining norm forward at each step, so `|R_kk|` decreases and
/// a (near) rank deficiency shows at the end of the diagonal, where `rank(tolerance:)` finds it.
/// Memory: one copy of the factored matrix (rows x columns) plus O(columns) numbers.
public struct PivotedQR: Sendable {
    /// Rows of the factored matrix.
    public let rows: Int
    /// Columns of the factored matrix.
    public let columns: Int
    /// `pivots[k]` is the original (0-based) column that ended up in position `k`.
    public let pivots: [Int]
    /// LAPACK's compact form: R on and above the diagonal, the Householder vectors below it.
    let factors: Matrix
    /// The Householder scalars τ, one per reflector (`min(rows, columns)` of them).
    let tau: [Double]

    /// The diagonal of R, in pivoted order.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { factors[$0, $0] }
    }

    /// Factors a copy of `a`.
    /// - Throws: `LinearAlgebraError` if `a` has a non-finite entry or is too large for LAPACK's 32-bit indices.
    public init(_ a: Matrix) throws {
        try requireFinite(a, "dgeqp3")
        try self.init(factoring: a.copied())
    }

    /// Factors `storage` in place; callers that build a fresh (scaled) copy pass it here to avoid a second copy.
    init(factoring storage: consuming Matrix) throws {
        var factored = consume storage
        let rowCount = factored.rows, columnCount = factored.columns
        var mm = try fortranInteger(rowCount, "dgeqp3")
        var nn = try fortranInteger(columnCount, "dgeqp3")
        var lda = try leadingDimension(rowCount, "dgeqp3")
        var jpvt = [Int32](repeating: 0, count: columnCount)  // 0: every column is free to move
        var tau = [Double](repeating: 0, count: min(rowCount, columnCount))
        var info: Int32 = 0
        if rowCount > 0 && columnCount > 0 {
            var query = 0.0
            var lwork: Int32 = -1
            dgeqp3_(&mm, &nn, &factored.values, &lda, &jpvt, &tau, &query, &lwork, &info)
            try checkArguments(info, "dgeqp3")
            var work = [Double](repeating: 0, count: workspaceLength(query))
            lwork = try fortranInteger(work.count, "dgeqp3")
            dgeqp3_(&mm, &nn, &factored.values, &lda, &jpvt, &tau, &work, &lwork, &info)
            try checkArguments(info, "dgeqp3")
            if info > 0 {
                throw LinearAlgebraError(routine: "dgeqp3", info: Int(info), message: "the factorization failed")
            }
        } else {
            for j in 0..<columnCount { jpvt[j] = Int32(j + 1) }
        }
        self.rows = rowCount
        self.columns = columnCount
        self.pivots = jpvt.map { Int($0) - 1 }
        self.factors = factored
        self.tau = tau
    }

    /// Number of diagonal entries with `|R_kk| > tolerance * |R_11|`.
    ///
    /// Pivoting makes `|R_kk|` non-increasing, so this counts the leading columns that stand clear of numerical
    /// dependence. A zero matrix has rank 0.
    public func rank(tolerance: Double) -> Int {
        let d = diagonal
        guard let first = d.first, first != 0 else { return 0 }
        let threshold = tolerance * abs(first)
        return d.prefix { abs($0) > threshold }.count
    }

    /// The leading `rank` x `rank` upper triangle of R (pivoted order).
    public func upperTriangle(rank: Int) -> Matrix {
        precondition(rank >= 0 && rank <= min(rows, columns), "rank \(rank) is outside 0...\(min(rows, columns))")
        var r = Matrix(rows: rank, columns: rank)
        for j in 0..<rank {
            for i in 0...j { r[i, j] = factors[i, j] }
        }
        return r
    }

    /// `Qᵀ b` (`dormqr`).
    /// - Throws: `LinearAlgebraError` when `b` does not have `rows` rows.
    public func applyQTranspose(_ b: Matrix) throws -> Matrix {
        try applyOrthogonalFactor(b, transpose: true)
    }

    /// `Q b` (`dormqr`).
    /// - Throws: `LinearAlgebraError` when `b` does not have `rows` rows.
    public func applyQ(_ b: Matrix) throws -> Matrix {
        try applyOrthogonalFactor(b, transpose: false)
    }

    /// The first `count` columns of Q (`dorgqr`).
    /// - Throws: `LinearAlgebraError` when `count` is negative or larger than `rows`.
    public func thinQ(count: Int) throws -> Matrix {
        guard count >= 0 && count <= rows else {
            throw LinearAlgebraError.invalidInput("dorgqr", "Q has \(rows) columns; cannot take the first \(count)")
        }
        let reflectors = min(count, tau.count)
        var q = Matrix(rows: rows, columns: count) { target in
            factors.values.withUnsafeBufferPointer { source in
                for j in 0..<count {
                    for i in 0..<rows { target[i + j * rows] = j < columns ? source[i + j * rows] : 0 }
                }
            }
        }
        guard rows > 0 && count > 0 else { return q }
        var m = try fortranInteger(rows, "dorgqr"), n = try fortranInteger(count, "dorgqr")
        var k = try fortranInteger(reflectors, "dorgqr"), lda = try leadingDimension(rows, "dorgqr")
        var info: Int32 = 0, query = 0.0, lwork: Int32 = -1
        dorgqr_(&m, &n, &k, &q.values, &lda, tau, &query, &lwork, &info)
        try checkArguments(info, "dorgqr")
        var work = [Double](repeating: 0, count: workspaceLength(query))
        lwork = try fortranInteger(work.count, "dorgqr")
        dorgqr_(&m, &n, &k, &q.values, &lda, tau, &work, &lwork, &info)
        try checkArguments(info, "dorgqr")
        return q
    }

    private func applyOrthogonalFactor(_ b: Matrix, transpose: Bool) throws -> Matrix {
        guard b.rows == rows else {
            throw LinearAlgebraError.invalidInput(
                "dormqr", "Q is \(rows) x \(rows) but the right-hand side has \(b.rows) rows")
        }
        var c = b
        guard rows > 0, b.columns > 0, !tau.isEmpty else { return c }
        if b.columns == 1 {
            // One vector: applying the reflectors one by one reads the factors once; dormqr's blocked path would
            // first build triangular block factors, measured 10x slower for a 1,000,000 x 50 factor.
            c.values.withUnsafeMutableBufferPointer { vector in
                if transpose { applyQTransposeInPlace(vector) } else { applyQInPlace(vector) }
            }
            return c
        }
        var side = fortranCharacter("L"), trans = fortranCharacter(transpose ? "T" : "N")
        var m = try fortranInteger(rows, "dormqr"), n = try fortranInteger(b.columns, "dormqr")
        var k = try fortranInteger(tau.count, "dormqr"), lda = try leadingDimension(rows, "dormqr")
        var ldc = lda
        var info: Int32 = 0, query = 0.0, lwork: Int32 = -1
        dormqr_(&side, &trans, &m, &n, &k, factors.values, &lda, tau, &c.values, &ldc, &query, &lwork, &info, 1, 1)
        try checkArguments(info, "dormqr")
        var work = [Double](repeating: 0, count: workspaceLength(query))
        lwork = try fortranInteger(work.count, "dormqr")
        dormqr_(&side, &trans, &m, &n, &k, factors.values, &lda, tau, &c.values, &ldc, &work, &lwork, &info, 1, 1)
        try checkArguments(info, "dormqr")
        return c
    }

    /// `v ← Qᵀ v` for one vector of length `rows`: `H_k ⋯ H_1 v`, each `H = I − τ u uᵀ` with `u = (1, factors below
    /// the diagonal)` (what LAPACK's unblocked `dorm2r` does; it is not in Debian's `lapack.h`).
    func applyQTransposeInPlace(_ v: UnsafeMutableBufferPointer<Double>) {
        precondition(v.count == rows)
        factors.values.withUnsafeBufferPointer { f in
            for k in 0..<tau.count { applyReflector(k, f.baseAddress!, v.baseAddress!) }
        }
    }

    /// `v ← Q v` for one vector of length `rows`: `H_1 ⋯ H_k v`.
    func applyQInPlace(_ v: UnsafeMutableBufferPointer<Double>) {
        precondition(v.count == rows)
        factors.values.withUnsafeBufferPointer { f in
            for k in stride(from: tau.count - 1, through: 0, by: -1) { applyReflector(k, f.baseAddress!, v.baseAddress!) }
        }
    }

    private func applyReflector(_ k: Int, _ f: UnsafePointer<Double>, _ v: UnsafeMutablePointer<Double>) {
        let t = tau[k]
        guard t != 0 else { return }
        let below = Int32(rows - k - 1)
        let u = f + k * rows + k + 1
        var w = v[k]
        if below > 0 { w += cblas_ddot(below, u, 1, v + k + 1, 1) }
        w *= t
        v[k] -= w
        if below > 0 { cblas_daxpy(below, -w, u, 1, v + k + 1, 1) }
    }
}
