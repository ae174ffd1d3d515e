import Testing
@testable import LinearAlgebra

/// The extended-precision residual kernel on cases whose exact answers are known and which Double gets wrong.
struct RefinementResidualsTests {
    /// t = fl(1/3) = 6004799503160661·2⁻⁵⁴, so 3t = 1 − 2⁻⁵⁴ exactly, which Double rounds to 1.
    let third = 1.0 / 3

    @Test func twoProductIsExact() {
        // (2²⁷ + 1)(2²⁷ − 1) = 2⁵⁴ − 1: rounds to 2⁵⁴ with error −1.
        let p = DoubleDouble.product(134_217_729, 134_217_727)
        #expect(p.hi == 18_014_398_509_481_984 && p.lo == -1)
    }

    @Test(arguments: [5, 1032])
    func residualsRecoverWhatDoubleLoses(rows n: Int) {
        // f = b − a t with a = 3, b = 1: exactly 2⁻⁵⁴ per row. Rows r alternate t, t, t, −1, so with S = I,
        // g = Σ 3 rᵢ = (rows with t)·(1 − 2⁻⁵⁴) − 3·(rows with −1).
        let a = Matrix(rows: n, columns: 1, repeating: 3)
        let r = (0..<n).map { $0 % 4 == 3 ? -1 : third }
        let withT = Double(r.filter { $0 > 0 }.count), withMinusOne = Double(n) - withT
        let exactG = (withT - 3 * withMinusOne) - withT * 0x1p-54
        let zeroR = [Double](repeating: 0, count: n)
        let extended = refinementResiduals(a, columns: [0], x: [third], b: Array(repeating: 1, count: n),
                                           rowScale: nil, r: zeroR, arithmetic: .doubleDouble)
        #expect(extended.f.allSatisfy { $0 == 0x1p-54 })
        let working = refinementResiduals(a, columns: [0], x: [third], b: Array(repeating: 1, count: n),
                                          rowScale: nil, r: zeroR, arithmetic: .working)
        #expect(working.f.allSatisfy { $0 == 0 })   // what Double alone gives
        let g = refinementResiduals(a, columns: [0], x: [0], b: zeroR, rowScale: nil, r: r, arithmetic: .doubleDouble).g
        #expect(g == [exactG])
        // With S = 2I: f doubles (then minus r), g doubles.
        let scaled = refinementResiduals(a, columns: [0], x: [third], b: Array(repeating: 1, count: n),
                                         rowScale: Array(repeating: 2, count: n), r: r, arithmetic: .doubleDouble)
        for i in 0..<n { #expect(scaled.f[i] == 0x1p-53 - r[i]) }
        #expect(scaled.g == [2 * exactG])
        // Without the dot products: the same f, and g left at zero.
        let fOnly = refinementResiduals(a, columns: [0], x: [third], b: Array(repeating: 1, count: n),
                                        rowScale: Array(repeating: 2, count: n), r: r, arithmetic: .doubleDouble,
                                        dotProducts: false)
        #expect(fOnly.f == scaled.f && fOnly.g == [0])
    }

    @Test func agreesWithWorkingPrecisionOnOrdinaryData() {
        let a = randomMatrix(rows: 1001, columns: 3, seed: 90)
        let b = randomVector(1001, seed: 91), r = randomVector(1001, seed: 92)
        let s = randomVector(1001, seed: 93).map { abs($0) }
        let x = [0.5, -2, 3]
        let extended = refinementResiduals(a, columns: [2, 0, 1], x: x, b: b, rowScale: s, r: r, arithmetic: .doubleDouble)
        let working = refinementResiduals(a, columns: [2, 0, 1], x: x, b: b, rowScale: s, r: r, arithmetic: .working)
        #expect(maxDifference(extended.f, working.f) < 1e-14)
        #expect(maxDifference(extended.g, working.g) < 1e-12)
    }
}
