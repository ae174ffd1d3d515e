import Testing
@testable import LinearAlgebra

/// Householder QR with column pivoting: algebraic identities, and one example against SciPy.
struct PivotedQRTests {
    @Test func matchesSciPyOnSmallExample() throws {
        // SciPy 1.17.1: scipy.linalg.qr(A, pivoting=True) (which calls LAPACK dgeqp3) gives pivots [2, 0, 1] and
        // diag(R) = [-12.083045973594572, -1.1041639743225555, 0.9056625856802978].
        let a = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6], [7, 8, 10], [1, 0, 1]])
        let qr = try PivotedQR(a)
        #expect(qr.pivots == [2, 0, 1])
        #expect(maxDifference(qr.diagonal, [-12.083045973594572, -1.1041639743225555, 0.9056625856802978]) < 1e-13)
        #expect(qr.rank(tolerance: 1e-10) == 3)
    }

    @Test func reconstructsPivotedMatrixWithOrthonormalQ() throws {
        let a = randomMatrix(rows: 30, columns: 6, seed: 10)
        let qr = try PivotedQR(a)
        let q = try qr.thinQ(count: 6)
        #expect(maxDifference(multiply(q, q, transposeA: true), Matrix.identity(6)) < 1e-14)
        let r = qr.upperTriangle(rank: 6)
        #expect(maxDifference(multiply(q, r), columns(a, qr.pivots)) < 1e-14)
        let magnitudes = qr.diagonal.map(abs)
        #expect(zip(magnitudes, magnitudes.dropFirst()).allSatisfy { $0 >= $1 })
        let full = try qr.thinQ(count: 30)
        #expect(maxDifference(multiply(full, full, transposeA: true), Matrix.identity(30)) < 1e-14)
    }

    @Test func wideMatrixFactors() throws {
        let a = randomMatrix(rows: 3, columns: 5, seed: 11)
        let qr = try PivotedQR(a)
        let q = try qr.thinQ(count: 3)
        var r = Matrix(rows: 3, columns: 5)
        for j in 0..<5 { for i in 0...min(j, 2) { r[i, j] = qr.factors[i, j] } }
        #expect(maxDifference(multiply(q, r), columns(a, qr.pivots)) < 1e-14)
    }

    @Test func applyingQAndQTransposeRoundTrips() throws {
        let a = randomMatrix(rows: 25, columns: 4, seed: 12)
        let qr = try PivotedQR(a)
        let b = randomMatrix(rows: 25, columns: 3, seed: 13)        // dormqr path
        let single = Matrix(rows: 25, columns: 1, columnMajor: b.column(1))  // reflector-by-reflector path
        #expect(maxDifference(try qr.applyQ(try qr.applyQTranspose(b)), b) < 1e-14)
        #expect(maxDifference(try qr.applyQTranspose(single).values, try qr.applyQTranspose(b).column(1)) < 1e-14)
        #expect(maxDifference(try qr.applyQ(single).values, try qr.applyQ(b).column(1)) < 1e-14)
        // Qᵀ A P = R (zeros below the diagonal).
        let qtap = try qr.applyQTranspose(columns(a, qr.pivots))
        var r = qr.upperTriangle(rank: 4)
        r = Matrix(rows: 25, columns: 4) { t in for j in 0..<4 { for i in 0..<25 { t[i + j * 25] = i < 4 ? r[i, j] : 0 } } }
        #expect(maxDifference(qtap, r) < 1e-14)
    }

    @Test func rankFindsDuplicatedColumn() throws {
        var a = randomMatrix(rows: 20, columns: 4, seed: 14)
        for i in 0..<20 { a[i, 3] = a[i, 1] }
        let qr = try PivotedQR(a)
        #expect(qr.rank(tolerance: 1e-10) == 3)
        #expect(try PivotedQR(Matrix(rows: 5, columns: 2)).rank(tolerance: 1e-10) == 0)
    }

    @Test func rejectsBadInput() throws {
        var a = randomMatrix(rows: 5, columns: 2, seed: 15)
        let qr = try PivotedQR(a)
        #expect(throws: LinearAlgebraError.self) { try qr.applyQ(Matrix(rows: 4, columns: 1)) }
        #expect(throws: LinearAlgebraError.self) { try qr.thinQ(count: 6) }
        a[2, 1] = .infinity
        #expect(throws: LinearAlgebraError.self) { try PivotedQR(a) }
    }
}
