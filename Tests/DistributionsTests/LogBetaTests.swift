import Foundation
import Testing
@testable import Distributions

@Suite struct LogBetaTests {
    @Test func agreesWithMpmath() {
        // Reference: mpmath loggamma sums at 80 digits, including a = 5·10⁵ where naive sums lose ten digits.
        // Held to 4e-15 relative, or absolute where |log B| < 1: B itself = exp(log B) is what matters, and near
        // log B = 0 the three log-gammas cancel (log B(3.65, ½) = −0.04 has 1.8e-14 relative, 7e-16 absolute error).
        let cases = referenceCases.filter { $0.function == "logBeta" }
        #expect(cases.count > 10)
        for c in cases {
            let value = computed(c)
            #expect(abs(value - c.expected) <= 4e-15 * max(1, abs(c.expected)), "\(c): \(value)")
        }
    }

    @Test func isSymmetric() {
        for (a, b) in [(0.5, 7.0), (3.0, 5e5), (12.5, 0.25), (1e6, 2.0)] {
            #expect(SpecialFunctions.logBeta(a, b) == SpecialFunctions.logBeta(b, a))
        }
    }

    @Test func matchesClosedForms() {
        // B(1, b) = 1/b and B(½, ½) = π.
        for b in [0.5, 2.0, 17.0, 1e4, 1e6] {
            #expect(abs(SpecialFunctions.logBeta(1, b) + log(b)) <= 2e-15 * max(1, log(b)), "b = \(b)")
        }
        #expect(abs(SpecialFunctions.logBeta(0.5, 0.5) - log(Double.pi)) <= 1e-15)
    }

    @Test func handlesInvalidArguments() {
        #expect(SpecialFunctions.logBeta(-1, 2).isNaN)
        #expect(SpecialFunctions.logBeta(.nan, 2).isNaN)
        #expect(SpecialFunctions.logBeta(0, 2) == .infinity)
    }
}
