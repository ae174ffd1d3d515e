import Testing
@testable import LinearAlgebra

/// BLAS products against sums written out by hand.
struct ProductsTests {
    let a = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])        // 2 x 3
    let b = Matrix(rowMajor: [[7, 8], [9, 10], [11, 12]])   // 3 x 2

    @Test func matrixProductMatchesHandComputation() {
        // [1 2 3; 4 5 6] [7 8; 9 10; 11 12] = [58 64; 139 154]
        #expect(multiply(a, b) == Matrix(rowMajor: [[58, 64], [139, 154]]))
        #expect(multiply(a, a, transposeB: true) == Matrix(rowMajor: [[14, 32], [32, 77]]))
        #expect(multiply(a, a, transposeA: true) == multiply(a.transposed, a))
        #expect(multiply(b, a, transposeA: true, transposeB: true) == multiply(b.transposed, a.transposed))
    }

    @Test func matrixVectorProductMatchesHandComputation() {
        #expect(multiply(a, [1, 0, -1]) == [-2, -2])
        #expect(multiply(a, [1, 1], transpose: true) == [5, 7, 9])
    }

    @Test func emptyShapesGiveZeros() {
        let empty = Matrix(rows: 2, columns: 0)
        #expect(multiply(empty, Matrix(rows: 0, columns: 3)) == Matrix(rows: 2, columns: 3))
        #expect(crossProduct(Matrix(rows: 0, columns: 2)) == Matrix(rows: 2, columns: 2))
    }

    @Test func crossProductIsSymmetricAndMatchesGeneralProduct() {
        let x = randomMatrix(rows: 40, columns: 5, seed: 1)
        let c = crossProduct(x)
        #expect(c == c.transposed)
        #expect(maxDifference(c, multiply(x, x, transposeA: true)) < 1e-13)
        #expect(crossProduct(a) == Matrix(rowMajor: [[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
    }

    /// Σ ωᵢ xᵢ xᵢᵀ written as a plain triple loop; 5000 rows cross the 2048-row blocks.
    func naiveWeightedCrossProduct(_ x: Matrix, _ w: [Double], _ cols: [Int]) -> Matrix {
        var m = Matrix(rows: cols.count, columns: cols.count)
        for i in 0..<x.rows {
            for (p, j) in cols.enumerated() { for (q, k) in cols.enumerated() { m[p, q] += w[i] * x[i, j] * x[i, k] } }
        }
        return m
    }

    @Test func weightedCrossProductMatchesNaiveSum() throws {
        let x = randomMatrix(rows: 5000, columns: 4, seed: 2)
        let positive = randomVector(5000, seed: 3).map { abs($0) }
        let mixed = randomVector(5000, seed: 4)   // negative weights take the dgemm path
        for w in [positive, mixed] {
            let all = try weightedCrossProduct(x, weights: w)
            #expect(maxDifference(all, naiveWeightedCrossProduct(x, w, [0, 1, 2, 3])) < 1e-11)
            #expect(all == all.transposed)
            let subset = try weightedCrossProduct(x, weights: w, columns: [3, 1])
            #expect(maxDifference(subset, naiveWeightedCrossProduct(x, w, [3, 1])) < 1e-11)
        }
        #expect(maxDifference(try weightedCrossProduct(x, weights: Array(repeating: 1, count: 5000)), crossProduct(x)) < 1e-11)
    }

    @Test func weightedCrossProductRejectsBadInput() {
        let x = randomMatrix(rows: 10, columns: 2, seed: 5)
        #expect(throws: LinearAlgebraError.self) { try weightedCrossProduct(x, weights: [1, 2]) }
        #expect(throws: LinearAlgebraError.self) {
            try weightedCrossProduct(x, weights: Array(repeating: .nan, count: 10))
        }
        #expect(throws: LinearAlgebraError.self) {
            try weightedCrossProduct(x, weights: Array(repeating: 1, count: 10), columns: [2])
        }
    }
}
