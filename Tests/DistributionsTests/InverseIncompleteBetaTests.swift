import Foundation
import Testing
@testable import Distributions

@Suite struct InverseIncompleteBetaTests {
    @Test func agreesWithMpmath() {
        // Reference: 80-digit root of the DLMF continued fraction (distributions_reference.py).
        expectReferenceAgreement(["betaInverse", "betaInverseComplement"], body: 1e-13, tail: 1e-13)
    }

    @Test func invertsTheIncompleteBeta() throws {
        for (a, b) in [(0.5, 0.5), (2.0, 3.0), (5e5, 0.5), (0.5, 5e5), (30.0, 70.0)] {
            // 1e-120 keeps x above the double range for a = ½ (x ≈ (π p / 2)², 1e-240).
            for p in [1e-120, 1e-30, 1e-6, 0.2, 0.5, 0.8, 1 - 1e-9] {
                // Through the (x, 1 − x) pair: near x = 1 the public x alone cannot hold the answer (y = 1e-18 needs it).
                let solution = try #require(SpecialFunctions.inverseIncompleteBeta(target: p, upperTail: false, a: a, b: b))
                let back = SpecialFunctions.incompleteBeta(x: solution.x, y: solution.y, a: a, b: b)
                // The round trip is limited by how finely x can be placed: |dI/I| = (x f / I) |dx/x|.
                #expect(abs(back.lower - p) <= 1e-13 * p, "a = \(a), b = \(b), p = \(p), x = \(solution)")
                #expect(abs(back.upper - (1 - p)) <= 1e-13 * (1 - p), "a = \(a), b = \(b), p = \(p), x = \(solution)")
            }
        }
    }

    @Test func handlesTheEdges() {
        #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(0, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(1, a: 2, b: 3) == 1)
        #expect(SpecialFunctions.inverseRegularizedIncompleteBetaComplement(0, a: 2, b: 3) == 1)
        #expect(SpecialFunctions.inverseRegularizedIncompleteBetaComplement(1, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(1.5, a: 2, b: 3).isNaN)
        #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(.nan, a: 2, b: 3).isNaN)
        #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(0.5, a: -2, b: 3).isNaN)
    }
}
