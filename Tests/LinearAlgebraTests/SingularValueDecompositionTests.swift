import Testing
@testable import LinearAlgebra

struct SingularValueDecompositionTests {
    @Test func knownSingularValues() throws {
        // [3 0; 4 5]ᵀ[3 0; 4 5] = [25 20; 20 25] has eigenvalues 45 and 5, so σ = 3√5 and √5.
        let svd = try SingularValueDecomposition(Matrix(rowMajor: [[3, 0], [4, 5]]))
        #expect(maxDifference(svd.singularValues, [3 * 5.0.squareRoot(), 5.0.squareRoot()]) < 1e-14)
        // NumPy 2.4.6: np.linalg.svd([[1,2,3],[4,5,6],[7,8,10],[1,0,1]]) singular values.
        let numpy = try SingularValueDecomposition(Matrix(rowMajor: [[1, 2, 3], [4, 5, 6], [7, 8, 10], [1, 0, 1]]))
        #expect(maxDifference(numpy.singularValues, [17.450895584636637, 0.9869391657365879, 0.7015656613921291]) < 1e-13)
    }

    @Test(arguments: [(9, 4), (4, 9)])
    func reconstructsWithOrthonormalFactors(rows: Int, columns: Int) throws {
        let a = randomMatrix(rows: rows, columns: columns, seed: 30)
        let svd = try SingularValueDecomposition(a)
        let k = min(rows, columns)
        #expect(svd.u.rows == rows && svd.u.columns == k && svd.vt.rows == k && svd.vt.columns == columns)
        var us = svd.u
        for j in 0..<k { for i in 0..<rows { us[i, j] *= svd.singularValues[j] } }
        #expect(maxDifference(multiply(us, svd.vt), a) < 1e-14)
        #expect(maxDifference(multiply(svd.u, svd.u, transposeA: true), Matrix.identity(k)) < 1e-14)
        #expect(maxDifference(multiply(svd.vt, svd.vt, transposeB: true), Matrix.identity(k)) < 1e-14)
        #expect(zip(svd.singularValues, svd.singularValues.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func rejectsNonFiniteInput() {
        #expect(throws: LinearAlgebraError.self) { try SingularValueDecomposition(Matrix(rowMajor: [[1, .nan]])) }
    }
}
