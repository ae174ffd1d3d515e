// INTERFACE STUBS written first so that other modules can compile against them while LinearAlgebra is written.
// Each stub is replaced by its real implementation (in its own file); signatures may grow but should not break.

/// Matrix product `op(a) * op(b)` through BLAS `dgemm`.
public func multiply(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false) -> Matrix {
    fatalError("not written yet")
}

/// Matrix-vector product `op(a) * x` through BLAS `dgemv`.
public func multiply(_ a: Matrix, _ x: [Double], transpose: Bool = false) -> [Double] {
    fatalError("not written yet")
}

/// `aᵀa` through BLAS `dsyrk`, returned as a full symmetric matrix.
public func crossProduct(_ a: Matrix) -> Matrix {
    fatalError("not written yet")
}

/// Householder QR with column pivoting (`dgeqp3`): `A P = Q R`.
public struct PivotedQR: Sendable {
    /// Rows of the factored matrix.
    public let rows: Int
    /// Columns of the factored matrix.
    public let columns: Int
    /// `pivots[k]` is the original (0-based) column that ended up in position `k`.
    public let pivots: [Int]
    /// The diagonal of R, in pivoted order.
    public var diagonal: [Double] { fatalError("not written yet") }

    /// Factors a copy of `a`.
    public init(_ a: Matrix) throws { fatalError("not written yet") }

    /// Number of diagonal entries with `|R_kk| > tolerance * |R_11|`.
    public func rank(tolerance: Double) -> Int { fatalError("not written yet") }

    /// The leading `rank` x `rank` upper triangle of R (pivoted order).
    public func upperTriangle(rank: Int) -> Matrix { fatalError("not written yet") }

    /// `Qᵀ b` (`dormqr`).
    public func applyQTranspose(_ b: Matrix) throws -> Matrix { fatalError("not written yet") }

    /// `Q b` (`dormqr`).
    public func applyQ(_ b: Matrix) throws -> Matrix { fatalError("not written yet") }

    /// The first `count` columns of Q (`dorgqr`).
    public func thinQ(count: Int) throws -> Matrix { fatalError("not written yet") }
}

/// Solves `R x = b` (or `Rᵀ x = b` when `transpose`) for upper-triangular `R` (`dtrtrs`).
public func solveUpperTriangular(_ r: Matrix, _ b: Matrix, transpose: Bool = false) throws -> Matrix {
    fatalError("not written yet")
}

/// The inverse of an upper-triangular matrix (`dtrtri`).
public func invertUpperTriangular(_ r: Matrix) throws -> Matrix {
    fatalError("not written yet")
}

/// Cholesky factorization `A = L Lᵀ` of a symmetric positive-definite matrix (`dpotrf`).
public struct Cholesky: Sendable {
    /// The lower-triangular factor L.
    public let lower: Matrix
    /// Factors `a`; throws if it is not positive definite.
    public init(_ a: Matrix) throws { fatalError("not written yet") }
    /// Solves `A x = b` (`dpotrs`).
    public func solve(_ b: Matrix) throws -> Matrix { fatalError("not written yet") }
    /// `A⁻¹` (`dpotri`), full symmetric.
    public func inverse() throws -> Matrix { fatalError("not written yet") }
}

/// Thin singular value decomposition `A = U diag(s) Vᵀ` (`dgesdd`).
public struct SingularValueDecomposition: Sendable {
    /// Left singular vectors (rows x min(rows, columns)).
    public let u: Matrix
    /// Singular values, largest first.
    public let singularValues: [Double]
    /// Right singular vectors, transposed (min(rows, columns) x columns).
    public let vt: Matrix
    /// Decomposes `a`.
    public init(_ a: Matrix) throws { fatalError("not written yet") }
}

/// Eigendecomposition of a symmetric matrix (`dsyevr`): `A = V diag(values) Vᵀ`.
public struct SymmetricEigendecomposition: Sendable {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Orthonormal eigenvectors, one per column, in the order of `values`.
    public let vectors: Matrix
    /// Decomposes the symmetric matrix `a` (only its upper triangle is read).
    public init(_ a: Matrix) throws { fatalError("not written yet") }
}

/// Least-squares solution of `A x ≈ b` through pivoted QR, with column equilibration and iterative refinement
/// for ill-conditioned designs. `A` must have full column rank at `rankTolerance` (see `aliasedColumns`).
public struct LeastSquares: Sendable {
    /// Coefficients in the original column order.
    public let coefficients: [Double]
    /// `b - A x`.
    public let residuals: [Double]
    /// The factorization (of the equilibrated matrix), reusable for hat values and covariances.
    public let qr: PivotedQR
    /// The scale applied to each original column before factoring (`A diag(1/scale)` was factored).
    public let columnScale: [Double]

    /// Solves `a x ≈ b`; throws `LinearAlgebraError` when `a` is rank deficient at `rankTolerance`.
    public init(_ a: Matrix, _ b: [Double], rankTolerance: Double = 1e-10) throws { fatalError("not written yet") }

    /// `(AᵀA)⁻¹` in the original column order (the unscaled covariance of the coefficients).
    public func inverseCrossProduct() throws -> Matrix { fatalError("not written yet") }
}

/// The columns of `a` that are (numerically) linear combinations of earlier columns, scanning left to right as R's
/// `lm` does, so the *later* of two collinear terms is the one reported as aliased.
public func aliasedColumns(_ a: Matrix, tolerance: Double = 1e-10) throws -> [Int] {
    fatalError("not written yet")
}
