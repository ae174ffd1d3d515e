import Foundation
import Testing
@testable import Distributions

@Suite struct InverseIncompleteGammaTests {
    @Test func agreesWithMpmath() {
        // Reference: 80-digit roots of the incomplete gamma tails (distributions_reference.py).
        expectReferenceAgreement(["gammaInverse", "gammaInverseUpper"], body: 1e-13, tail: 1e-13)
    }

    @Test func invertsTheIncompleteGamma() {
        for a in [0.5, 1.0, 7.5, 400.0, 5e5] {
            for p in [1e-250, 1e-20, 1e-3, 0.5, 0.9, 1 - 1e-12] {
                let x = SpecialFunctions.inverseRegularizedLowerIncompleteGamma(a, p: p)
                let back = SpecialFunctions.regularizedLowerIncompleteGamma(a, x)
                #expect(abs(back - p) <= 1e-12 * p + 1e-15, "a = \(a), p = \(p), x = \(x)")
                let y = SpecialFunctions.inverseRegularizedUpperIncompleteGamma(a, q: p)
                let backUpper = SpecialFunctions.regularizedUpperIncompleteGamma(a, y)
                #expect(abs(backUpper - p) <= 1e-12 * p + 1e-15, "a = \(a), q = \(p), x = \(y)")
            }
        }
    }

    @Test func matchesTheExponentialQuantile() {
        // Q(1, x) = e^(−x), so the upper inverse is −log q.
        for q in [1e-300, 1e-10, 0.25, 0.75] {
            let x = SpecialFunctions.inverseRegularizedUpperIncompleteGamma(1, q: q)
            #expect(abs(x + log(q)) <= 1e-14 * abs(log(q)), "q = \(q)")
        }
    }

    @Test func handlesTheEdges() {
        #expect(SpecialFunctions.inverseRegularizedLowerIncompleteGamma(2, p: 0) == 0)
        #expect(SpecialFunctions.inverseRegularizedLowerIncompleteGamma(2, p: 1) == .infinity)
        #expect(SpecialFunctions.inverseRegularizedUpperIncompleteGamma(2, q: 0) == .infinity)
        #expect(SpecialFunctions.inverseRegularizedUpperIncompleteGamma(2, q: 1) == 0)
        #expect(SpecialFunctions.inverseRegularizedLowerIncompleteGamma(2, p: -0.1).isNaN)
        #expect(SpecialFunctions.inverseRegularizedLowerIncompleteGamma(0, p: 0.5).isNaN)
    }
}
