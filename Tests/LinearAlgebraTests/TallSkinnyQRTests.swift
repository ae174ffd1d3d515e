import Testing
@testable import LinearAlgebra

struct TallSkinnyQRTests {
    /// RᵀR must equal [S A | S b]ᵀ[S A | S b] (R is that Gram matrix's Cholesky factor up to row signs), across many
    /// blocks and a short last one.
    @Test(arguments: [false, true])
    func triangleFactorsTheStackedMatrix(weighted: Bool) throws {
        let n = 1003, p = 6
        let a = randomMatrix(rows: n, columns: p, seed: 90)
        let b = randomVector(n, seed: 91)
        let rowScale = weighted ? randomVector(n, seed: 92).map { ($0 + 1.5).squareRoot() } : nil
        // 1003 = 15·64 + 43: sixteen dtpqrt updates after the first block, the last one short.
        let r = try #require(try tallSkinnyTriangle(of: a, appending: b, rowScale: rowScale, blockRows: 64))
        #expect(r.rows == p + 1 && r.columns == p + 1)
        for j in 0...p { for i in 0...p where i > j { #expect(r[i, j] == 0) } }
        var stacked = Matrix(rows: n, columns: p + 1)
        for i in 0..<n {
            let s = rowScale?[i] ?? 1
            for j in 0..<p { stacked[i, j] = s * a[i, j] }
            stacked[i, p] = s * b[i]
        }
        let gram = crossProduct(stacked)
        let fromR = multiply(r, r, transposeA: true)
        let scale = gram.values.map(abs).max()!
        #expect(maxDifference(fromR, gram) < 1e-13 * scale)
    }

    @Test func reportsNonFiniteEntries() throws {
        var a = randomMatrix(rows: 300, columns: 3, seed: 93)
        let b = randomVector(300, seed: 94)
        #expect(try tallSkinnyTriangle(of: a, appending: b, rowScale: nil, blockRows: 64) != nil)
        a[250, 2] = .infinity  // in a later block
        #expect(try tallSkinnyTriangle(of: a, appending: b, rowScale: nil, blockRows: 64) == nil)
        // Finite data whose weighted rows overflow.
        let big = Matrix(rows: 300, columns: 3, repeating: 1e200)
        var scale = [Double](repeating: 1, count: 300)
        scale[7] = 1e200
        #expect(try tallSkinnyTriangle(of: big, appending: b, rowScale: scale, blockRows: 64) == nil)
    }

    @Test func blockRowsFitTheCacheAndTheColumns() {
        #expect(tallSkinnyBlockRows(columns: 51) == 5140)
        #expect(tallSkinnyBlockRows(columns: 2) == 8192)
        #expect(tallSkinnyBlockRows(columns: 2000) == 4000)
    }
}
