import CLAPACK

/// Eigendecomposition of a symmetric matrix (`dsyevr`): `A = V diag(values) Vᵀ`.
public struct SymmetricEigendecomposition: Sendable {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Orthonormal eigenvectors, one per column, in the order of `values`.
    public let vectors: Matrix

    /// Decomposes the symmetric matrix `a` (only its upper triangle is read).
    /// - Throws: `LinearAlgebraError` when `a` is not square, has a non-finite entry in its upper triangle, or the
    ///   routine fails internally.
    public init(_ a: Matrix) throws {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.invalidInput("dsyevr", "the matrix must be square, got \(a.rows) x \(a.columns)")
        }
        for j in 0..<a.columns {
            for i in 0...max(0, min(j, a.rows - 1)) where a.rows > 0 && !a[i, j].isFinite {
                throw LinearAlgebraError.invalidInput(
                    "dsyevr", "the matrix has a non-finite entry \(a[i, j]) at row \(i), column \(j) (0-based)")
            }
        }
        let n = a.rows
        var work = a
        var w = [Double](repeating: 0, count: n)
        var z = Matrix(rows: n, columns: n)
        if n > 0 {
            var jobz = fortranCharacter("V"), range = fortranCharacter("A"), uplo = fortranCharacter("U")
            var nn = try fortranInteger(n, "dsyevr"), lda = try leadingDimension(n, "dsyevr"), ldz = lda
            var vl = 0.0, vu = 0.0
            var il: Int32 = 0, iu: Int32 = 0
            // The safe minimum as absolute tolerance gives the most accurate eigenvalues (dsyevr's documentation).
            var abstol = Double.leastNormalMagnitude
            var found: Int32 = 0
            var isuppz = [Int32](repeating: 0, count: 2 * n)
            var info: Int32 = 0, query = 0.0, lwork: Int32 = -1, iquery: Int32 = 0, liwork: Int32 = -1
            dsyevr_(&jobz, &range, &uplo, &nn, &work.values, &lda, &vl, &vu, &il, &iu, &abstol, &found, &w,
                    &z.values, &ldz, &isuppz, &query, &lwork, &iquery, &liwork, &info, 1, 1, 1)
            try checkArguments(info, "dsyevr")
            var workspace = [Double](repeating: 0, count: workspaceLength(query))
            var iworkspace = [Int32](repeating: 0, count: max(1, Int(iquery)))
            lwork = try fortranInteger(workspace.count, "dsyevr")
            liwork = try fortranInteger(iworkspace.count, "dsyevr")
            dsyevr_(&jobz, &range, &uplo, &nn, &work.values, &lda, &vl, &vu, &il, &iu, &abstol, &found, &w,
                    &z.values, &ldz, &isuppz, &workspace, &lwork, &iworkspace, &liwork, &info, 1, 1, 1)
            try checkArguments(info, "dsyevr")
            if info > 0 {
                throw LinearAlgebraError(routine: "dsyevr", info: Int(info),
                                         message: "the eigenvalue iteration failed internally")
            }
        }
        self.values = w
        self.vectors = z
    }
}
