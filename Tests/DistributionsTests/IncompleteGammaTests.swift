import Foundation
import Testing
@testable import Distributions

@Suite struct IncompleteGammaTests {
    @Test func lowerTailAgreesWithMpmath() {
        // Reference: power series / Legendre continued fraction at 80 digits, checked against mpmath.gammainc
        // (distributions_reference.py); a from ½ to 5·10⁵, values down to 1e-300.
        expectReferenceAgreement(["gammaLower"], body: 1e-13, tail: 1e-12)
    }

    @Test func upperTailAgreesWithMpmath() {
        expectReferenceAgreement(["gammaUpper"], body: 1e-13, tail: 1e-12)
    }

    @Test func tailsAddToOne() {
        for (a, x) in [(0.5, 0.2), (3.0, 2.0), (50.0, 60.0), (5e5, 5e5 + 700)] {
            let sum = SpecialFunctions.regularizedLowerIncompleteGamma(a, x) + SpecialFunctions.regularizedUpperIncompleteGamma(a, x)
            #expect(abs(sum - 1) <= 4 * Double.ulpOfOne, "a = \(a), x = \(x)")
        }
    }

    @Test func matchesTheExponentialDistribution() {
        // Q(1, x) = e^(−x), also far in the tail.
        for x in [1e-8, 0.5, 2.0, 30.0, 300.0, 700.0] {
            let upper = SpecialFunctions.regularizedUpperIncompleteGamma(1, x)
            #expect(abs(upper - exp(-x)) <= relativeAllowance(exp(-x)) * exp(-x), "x = \(x)")
            let lower = SpecialFunctions.regularizedLowerIncompleteGamma(1, x)
            #expect(abs(lower - -expm1(-x)) <= 4e-15 * -expm1(-x), "x = \(x)")
        }
    }

    @Test func handlesTheEdges() {
        #expect(SpecialFunctions.regularizedLowerIncompleteGamma(2, 0) == 0)
        #expect(SpecialFunctions.regularizedUpperIncompleteGamma(2, -1) == 1)
        #expect(SpecialFunctions.regularizedLowerIncompleteGamma(2, .infinity) == 1)
        #expect(SpecialFunctions.regularizedLowerIncompleteGamma(0, 1).isNaN)
        #expect(SpecialFunctions.regularizedLowerIncompleteGamma(2, .nan).isNaN)
    }
}
