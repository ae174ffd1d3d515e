import CLAPACK

/// Cholesky factorization `A = L Lᵀ` of a symmetric positive-definite matrix (`dpotrf`).
public struct Cholesky: Sendable {
    /// The lower-triangular factor L.
    public let lower: Matrix

    /// Factors `a`; throws if it is not positive definite.
    ///
    /// Only the lower triangle of `a` is read (the upper one is assumed to mirror it).
    /// - Throws: `LinearAlgebraError` when `a` is not square, has a non-finite entry, or is not positive definite
    ///   (naming the first leading minor that is not).
    public init(_ a: Matrix) throws {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.invalidInput("dpotrf", "the matrix must be square, got \(a.rows) x \(a.columns)")
        }
        try requireFinite(a, "dpotrf")
        var l = a
        if a.rows > 0 {
            var uplo = fortranCharacter("L")
            var n = try fortranInteger(a.rows, "dpotrf"), lda = try leadingDimension(a.rows, "dpotrf")
            var info: Int32 = 0
            dpotrf_(&uplo, &n, &l.values, &lda, &info, 1)
            try checkArguments(info, "dpotrf")
            if info > 0 {
                throw LinearAlgebraError(routine: "dpotrf", info: Int(info),
                                         message: "the matrix is not positive definite (leading minor \(info))")
            }
        }
        l.zeroAboveDiagonal()
        lower = l
    }

    /// Solves `A x = b` (`dpotrs`).
    /// - Throws: `LinearAlgebraError` when `b` does not have as many rows as `A`.
    public func solve(_ b: Matrix) throws -> Matrix {
        guard b.rows == lower.rows else {
            throw LinearAlgebraError.invalidInput(
                "dpotrs", "the matrix is \(lower.rows) x \(lower.rows) but the right-hand side has \(b.rows) rows")
        }
        var x = b
        guard b.rows > 0, b.columns > 0 else { return x }
        var uplo = fortranCharacter("L")
        var n = try fortranInteger(lower.rows, "dpotrs"), nrhs = try fortranInteger(b.columns, "dpotrs")
        var lda = try leadingDimension(lower.rows, "dpotrs"), ldb = lda
        var info: Int32 = 0
        dpotrs_(&uplo, &n, &nrhs, lower.values, &lda, &x.values, &ldb, &info, 1)
        try checkArguments(info, "dpotrs")
        return x
    }

    /// `A⁻¹` (`dpotri`), full symmetric.
    public func inverse() throws -> Matrix {
        var inverse = lower
        guard lower.rows > 0 else { return inverse }
        var uplo = fortranCharacter("L")
        var n = try fortranInteger(lower.rows, "dpotri"), lda = try leadingDimension(lower.rows, "dpotri")
        var info: Int32 = 0
        dpotri_(&uplo, &n, &inverse.values, &lda, &info, 1)
        try checkArguments(info, "dpotri")
        if info > 0 {
            throw LinearAlgebraError(routine: "dpotri", info: Int(info),
                                     message: "the factor has an exactly zero diagonal entry \(info); A is singular")
        }
        // dpotri fills the lower triangle; mirror it upward.
        for j in 0..<inverse.columns {
            for i in 0..<j { inverse[i, j] = inverse[j, i] }
        }
        return inverse
    }
}
