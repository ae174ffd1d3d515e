import CLAPACK

/// Solves `R x = b` (or `Rᵀ x = b` when `transpose`) for upper-triangular `R` (`dtrtrs`).
///
/// Only the upper triangle of `r` is read.
/// - Throws: `LinearAlgebraError` when `r` is not square, `b` has the wrong number of rows, or `R` has an exactly
///   zero diagonal entry (singular).
public func solveUpperTriangular(_ r: Matrix, _ b: Matrix, transpose: Bool = false) throws -> Matrix {
    guard r.rows == r.columns else {
        throw LinearAlgebraError.invalidInput("dtrtrs", "the triangular matrix must be square, got \(r.rows) x \(r.columns)")
    }
    guard b.rows == r.rows else {
        throw LinearAlgebraError.invalidInput(
            "dtrtrs", "the triangular matrix is \(r.rows) x \(r.columns) but the right-hand side has \(b.rows) rows")
    }
    var x = b
    guard r.rows > 0, b.columns > 0 else { return x }
    var uplo = fortranCharacter("U"), trans = fortranCharacter(transpose ? "T" : "N"), diag = fortranCharacter("N")
    var n = try fortranInteger(r.rows, "dtrtrs"), nrhs = try fortranInteger(b.columns, "dtrtrs")
    var lda = try leadingDimension(r.rows, "dtrtrs"), ldb = lda
    var info: Int32 = 0
    dtrtrs_(&uplo, &trans, &diag, &n, &nrhs, r.values, &lda, &x.values, &ldb, &info, 1, 1, 1)
    try checkArguments(info, "dtrtrs")
    if info > 0 {
        throw LinearAlgebraError(routine: "dtrtrs", info: Int(info),
                                 message: "the triangular matrix is singular: diagonal entry \(info) is exactly zero")
    }
    return x
}

/// The inverse of an upper-triangular matrix (`dtrtri`).
///
/// Only the upper triangle of `r` is read; the result is upper triangular with zeros below the diagonal.
/// - Throws: `LinearAlgebraError` when `r` is not square or has an exactly zero diagonal entry.
public func invertUpperTriangular(_ r: Matrix) throws -> Matrix {
    guard r.rows == r.columns else {
        throw LinearAlgebraError.invalidInput("dtrtri", "the triangular matrix must be square, got \(r.rows) x \(r.columns)")
    }
    var inverse = r
    inverse.zeroBelowDiagonal()
    guard r.rows > 0 else { return inverse }
    var uplo = fortranCharacter("U"), diag = fortranCharacter("N")
    var n = try fortranInteger(r.rows, "dtrtri"), lda = try leadingDimension(r.rows, "dtrtri")
    var info: Int32 = 0
    dtrtri_(&uplo, &diag, &n, &inverse.values, &lda, &info, 1, 1)
    try checkArguments(info, "dtrtri")
    if info > 0 {
        throw LinearAlgebraError(routine: "dtrtri", info: Int(info),
                                 message: "the triangular matrix is singular: diagonal entry \(info) is exactly zero")
    }
    return inverse
}
