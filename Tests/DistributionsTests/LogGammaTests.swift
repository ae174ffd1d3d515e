import Foundation
import Testing
@testable import Distributions

@Suite struct LogGammaTests {
    @Test func agreesWithMpmath() {
        // Reference: mpmath.loggamma at 80 digits (Tests/Fixtures/scripts/distributions_reference.py).
        expectReferenceAgreement(["logGamma"], body: 1e-15, tail: 1e-15)
    }

    @Test func isExactlyZeroAtOneAndTwo() {
        #expect(SpecialFunctions.logGamma(1) == 0)
        #expect(SpecialFunctions.logGamma(2) == 0)
    }

    @Test func satisfiesTheRecurrence() {
        // log Γ(x + 1) − log Γ(x) = log x, across the branch boundaries at 1, 3 and 10.
        for x in [0.3, 0.999, 1.5, 2.7, 2.999, 3.2, 6.5, 9.5, 9.99, 10.5, 77.7, 1e5] {
            let difference = SpecialFunctions.logGamma(x + 1) - SpecialFunctions.logGamma(x)
            let scale = max(1, abs(SpecialFunctions.logGamma(x + 1)))
            #expect(abs(difference - log(x)) <= 4e-16 * scale * 4, "x = \(x)")
        }
    }

    @Test func matchesFactorials() {
        // log((n − 1)!) from exact integer products.
        var factorial = 1.0
        for n in 1...20 {
            if n > 1 { factorial *= Double(n - 1) }
            let value = SpecialFunctions.logGamma(Double(n))
            #expect(abs(value - log(factorial)) <= 2e-15 * max(1, log(factorial)), "n = \(n)")
        }
    }

    @Test func handlesTheEdgesOfItsDomain() {
        #expect(SpecialFunctions.logGamma(0) == .infinity)
        #expect(SpecialFunctions.logGamma(.infinity) == .infinity)
        #expect(SpecialFunctions.logGamma(-1.5).isNaN)
        #expect(SpecialFunctions.logGamma(.nan).isNaN)
        // Γ(x) ~ 1/x as x → 0.
        #expect(SpecialFunctions.logGamma(1e-300) == -log(1e-300))
    }
}
