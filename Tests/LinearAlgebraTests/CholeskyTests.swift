import Testing
@testable import LinearAlgebra

struct CholeskyTests {
    // The textbook example (e.g. Wikipedia, "Cholesky decomposition"):
    // [4 12 -16; 12 37 -43; -16 -43 98] = L Lᵀ with L = [2 0 0; 6 1 0; -8 5 3].
    let a = Matrix(rowMajor: [[4, 12, -16], [12, 37, -43], [-16, -43, 98]])

    @Test func factorsTextbookExample() throws {
        let factor = try Cholesky(a)
        #expect(factor.lower == Matrix(rowMajor: [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]))
    }

    @Test func solvesAndInverts() throws {
        let factor = try Cholesky(a)
        let b = Matrix(columnList: [[1, 2, 3], [0, -1, 4]])
        let x = try factor.solve(b)
        #expect(maxDifference(multiply(a, x), b) < 1e-11)
        let inverse = try factor.inverse()
        #expect(inverse == inverse.transposed)
        #expect(maxDifference(multiply(a, inverse), Matrix.identity(3)) < 1e-11)
    }

    @Test func reportsNotPositiveDefinite() {
        // [1 2; 2 1] has eigenvalues 3 and -1: the second leading minor (1 - 4 = -3) is negative.
        #expect(throws: LinearAlgebraError(routine: "dpotrf", info: 2,
                                           message: "the matrix is not positive definite (leading minor 2)")) {
            try Cholesky(Matrix(rowMajor: [[1, 2], [2, 1]]))
        }
        #expect(throws: LinearAlgebraError.self) { try Cholesky(Matrix(rows: 2, columns: 3)) }
        #expect(throws: LinearAlgebraError.self) { try Cholesky(a).solve(Matrix(rows: 2, columns: 1)) }
    }
}
