import Testing
@testable import LinearAlgebra

struct SymmetricEigendecompositionTests {
    @Test func knownEigenpairs() throws {
        // [2 1; 1 2]: eigenvalues 1 and 3 with eigenvectors (1, -1)/√2 and (1, 1)/√2.
        let eigen = try SymmetricEigendecomposition(Matrix(rowMajor: [[2, 1], [1, 2]]))
        #expect(maxDifference(eigen.values, [1, 3]) < 1e-15)
        let h = 0.5.squareRoot()
        #expect(abs(abs(eigen.vectors[0, 0]) - h) < 1e-15 && eigen.vectors[0, 0] * eigen.vectors[1, 0] < 0)
        #expect(abs(abs(eigen.vectors[0, 1]) - h) < 1e-15 && eigen.vectors[0, 1] * eigen.vectors[1, 1] > 0)
        // NumPy 2.4.6: np.linalg.eigh([[4,1,2],[1,3,0.5],[2,0.5,5]]).
        let numpy = try SymmetricEigendecomposition(Matrix(rowMajor: [[4, 1, 2], [1, 3, 0.5], [2, 0.5, 5]]))
        #expect(maxDifference(numpy.values, [2.0965216172967187, 3.0722239520050754, 6.831254430698205]) < 1e-14)
    }

    @Test func reconstructsRandomSymmetricMatrix() throws {
        let x = randomMatrix(rows: 10, columns: 6, seed: 40)
        let a = multiply(x, x, transposeA: true)
        let eigen = try SymmetricEigendecomposition(a)
        var vd = eigen.vectors
        for j in 0..<6 { for i in 0..<6 { vd[i, j] *= eigen.values[j] } }
        #expect(maxDifference(multiply(vd, eigen.vectors, transposeB: true), a) < 1e-13)
        #expect(maxDifference(multiply(eigen.vectors, eigen.vectors, transposeA: true), Matrix.identity(6)) < 1e-14)
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func readsOnlyUpperTriangle() throws {
        var a = Matrix(rowMajor: [[2, 1], [1, 2]])
        a[1, 0] = .nan
        #expect(maxDifference(try SymmetricEigendecomposition(a).values, [1, 3]) < 1e-15)
    }

    @Test func rejectsBadInput() {
        #expect(throws: LinearAlgebraError.self) { try SymmetricEigendecomposition(Matrix(rows: 2, columns: 3)) }
        #expect(throws: LinearAlgebraError.self) { try SymmetricEigendecomposition(Matrix(rowMajor: [[1, .infinity], [0, 1]])) }
    }
}
