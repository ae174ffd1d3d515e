import Testing
@testable import LinearAlgebra

struct TriangularSolveTests {
    // R = [2 1; 0 4]: R x = (4, 8) gives x = (1, 2); Rᵀ x = (4, 10) gives x = (2, 2) (by back and forward substitution).
    let r = Matrix(rowMajor: [[2, 1], [0, 4]])

    @Test func solvesSmallSystemsByHand() throws {
        #expect(try solveUpperTriangular(r, Matrix(columnList: [[4, 8]])).values == [1, 2])
        #expect(try solveUpperTriangular(r, Matrix(columnList: [[4, 10]]), transpose: true).values == [2, 2])
    }

    @Test func ignoresLowerTriangle() throws {
        var dirty = r
        dirty[1, 0] = 99
        #expect(try solveUpperTriangular(dirty, Matrix(columnList: [[4, 8]])).values == [1, 2])
        #expect(try invertUpperTriangular(dirty) == Matrix(rowMajor: [[0.5, -0.125], [0, 0.25]]))
    }

    @Test func inverseTimesMatrixIsIdentity() throws {
        let qr = try PivotedQR(randomMatrix(rows: 12, columns: 6, seed: 20))
        let t = qr.upperTriangle(rank: 6)
        let inverse = try invertUpperTriangular(t)
        #expect(maxDifference(multiply(t, inverse), Matrix.identity(6)) < 1e-13)
        for j in 0..<6 { for i in (j + 1)..<6 { #expect(inverse[i, j] == 0) } }
    }

    @Test func singularAndMismatchedInputsThrow() {
        let singular = Matrix(rowMajor: [[1, 2], [0, 0]])
        #expect(throws: LinearAlgebraError(routine: "dtrtrs", info: 2,
                                           message: "the triangular matrix is singular: diagonal entry 2 is exactly zero")) {
            try solveUpperTriangular(singular, Matrix(columnList: [[1, 1]]))
        }
        #expect(throws: LinearAlgebraError.self) { try invertUpperTriangular(singular) }
        #expect(throws: LinearAlgebraError.self) { try solveUpperTriangular(r, Matrix(columnList: [[1, 2, 3]])) }
        #expect(throws: LinearAlgebraError.self) { try invertUpperTriangular(Matrix(rows: 2, columns: 3)) }
    }
}
