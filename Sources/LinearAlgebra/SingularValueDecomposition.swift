import CLAPACK

/// Thin singular value decomposition `A = U diag(s) Vᵀ` (`dgesdd`).
public struct SingularValueDecomposition: Sendable {
    /// Left singular vectors (rows x min(rows, columns)).
    public let u: Matrix
    /// Singular values, largest first.
    public let singularValues: [Double]
    /// Right singular vectors, transposed (min(rows, columns) x columns).
    public let vt: Matrix

    /// Decomposes `a`.
    /// - Throws: `LinearAlgebraError` when `a` has a non-finite entry or the iteration does not converge.
    public init(_ a: Matrix) throws {
        try requireFinite(a, "dgesdd")
        let m = a.rows, n = a.columns, k = min(m, n)
        var work = a
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: m, columns: k)
        var vt = Matrix(rows: k, columns: n)
        if k > 0 {
            var jobz = fortranCharacter("S")
            var mm = try fortranInteger(m, "dgesdd"), nn = try fortranInteger(n, "dgesdd")
            var lda = try leadingDimension(m, "dgesdd"), ldu = lda, ldvt = try leadingDimension(k, "dgesdd")
            var iwork = [Int32](repeating: 0, count: 8 * k)
            var info: Int32 = 0, query = 0.0, lwork: Int32 = -1
            dgesdd_(&jobz, &mm, &nn, &work.values, &lda, &s, &u.values, &ldu, &vt.values, &ldvt,
                    &query, &lwork, &iwork, &info, 1)
            try checkArguments(info, "dgesdd")
            var workspace = [Double](repeating: 0, count: workspaceLength(query))
            lwork = try fortranInteger(workspace.count, "dgesdd")
            dgesdd_(&jobz, &mm, &nn, &work.values, &lda, &s, &u.values, &ldu, &vt.values, &ldvt,
                    &workspace, &lwork, &iwork, &info, 1)
            try checkArguments(info, "dgesdd")
            if info > 0 {
                throw LinearAlgebraError(routine: "dgesdd", info: Int(info),
                                         message: "the singular values did not converge (the bidiagonal divide-and-conquer step failed)")
            }
        }
        self.u = u
        self.singularValues = s
        self.vt = vt
    }
}
