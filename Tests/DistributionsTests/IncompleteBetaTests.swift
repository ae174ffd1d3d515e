import Foundation
import Testing
@testable import Distributions

@Suite struct IncompleteBetaTests {
    @Test func lowerTailAgreesWithMpmath() {
        // Reference: DLMF 8.17.22 continued fraction at 80 digits (distributions_reference.py), a and b from ¼ to 5·10⁵.
        // Far tails (below 1e-10) lose |ln p| ulps in the exponential: 1e-13 at 1e-280.
        expectReferenceAgreement(["betaLower"], body: 1e-13, tail: 1e-12)
    }

    @Test func upperTailAgreesWithMpmath() {
        expectReferenceAgreement(["betaUpper"], body: 1e-13, tail: 1e-12)
    }

    @Test func tailsAddToOne() {
        for (x, a, b) in [(0.3, 2.0, 3.0), (0.999, 5e5, 0.5), (0.5, 10.0, 10.0), (1e-3, 0.5, 0.5), (0.7, 0.2, 0.3)] {
            let lower = SpecialFunctions.regularizedIncompleteBeta(x, a: a, b: b)
            let upper = SpecialFunctions.regularizedIncompleteBetaComplement(x, a: a, b: b)
            #expect(abs(lower + upper - 1) <= 4 * Double.ulpOfOne, "x = \(x), a = \(a), b = \(b)")
        }
    }

    @Test func isSymmetricUnderSwappingTails() {
        // I_x(a, b) = 1 − I_{1−x}(b, a); x and 1 − x are both exact for these x.
        for (x, a, b) in [(0.25, 2.0, 3.0), (0.5, 7.5, 0.5), (0.875, 200.0, 1.5), (0.0625, 0.5, 40.0)] {
            let lower = SpecialFunctions.regularizedIncompleteBeta(x, a: a, b: b)
            let mirrored = SpecialFunctions.regularizedIncompleteBetaComplement(1 - x, a: b, b: a)
            #expect(abs(lower - mirrored) <= 1e-15 * lower, "x = \(x), a = \(a), b = \(b)")
        }
    }

    @Test func matchesClosedForms() {
        // I_x(a, 1) = x^a and 1 − I_x(1, b) = (1 − x)^b.
        for x in [1e-5, 0.1, 0.5, 0.9] {
            for a in [0.5, 3.0, 40.0] {
                let power = pow(x, a)
                let lower = SpecialFunctions.regularizedIncompleteBeta(x, a: a, b: 1)
                #expect(abs(lower - power) <= relativeAllowance(power) * power, "x = \(x), a = \(a)")
                let complement = pow(1 - x, a)
                let value = SpecialFunctions.regularizedIncompleteBetaComplement(x, a: 1, b: a)
                #expect(abs(value - complement) <= relativeAllowance(complement) * complement, "x = \(x), b = \(a)")
            }
        }
    }

    @Test func handlesTheEdges() {
        #expect(SpecialFunctions.regularizedIncompleteBeta(0, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(-0.5, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(1, a: 2, b: 3) == 1)
        #expect(SpecialFunctions.regularizedIncompleteBetaComplement(1.5, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(.nan, a: 2, b: 3).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(0.5, a: 0, b: 3).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(0.5, a: 2, b: -1).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(0.5, a: .infinity, b: 1).isNaN)
    }
}
