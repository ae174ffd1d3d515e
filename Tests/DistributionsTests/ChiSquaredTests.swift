import Foundation
import Testing
@testable import Distributions

@Suite struct ChiSquaredTests {
    @Test func tailsAgreeWithMpmath() {
        // Reference: 80-digit incomplete gamma (distributions_reference.py); ν from ½ to 10⁶, values down to 1e-300.
        expectReferenceAgreement(["chiCdf", "chiSurvival"], body: 1e-13, tail: 1e-12)
    }

    @Test func densityAgreesWithMpmath() {
        expectReferenceAgreement(["chiDensity"], body: 1e-13, tail: 1e-12)
    }

    @Test func quantilesAgreeWithMpmath() {
        expectReferenceAgreement(["chiQuantile", "chiInverseSurvival"], body: 1e-13, tail: 1e-12)
    }

    @Test func matchesR() {
        // R 4.2.2: qchisq(0.95, 7.3) = 14.502546139547096; pchisq(30, 7.3, lower.tail = FALSE) = 0.00012169212931746418.
        let chi = ChiSquared(degreesOfFreedom: 7.3)
        #expect(abs(chi.quantile(0.95) - 14.502546139547096) <= 1e-14 * 14.5)
        #expect(abs(chi.survival(30) - 0.00012169212931746418) <= 1e-14 * 0.00012169212931746418)
    }

    @Test func matchesTheNormalAndExponentialCases() {
        // χ²(1) is Z²: P(X > z²) = 2 Φ(−z); χ²(2) is exponential with mean 2: P(X > x) = e^(−x/2).
        let one = ChiSquared(degreesOfFreedom: 1)
        for z in [0.1, 1.0, 3.0, 10.0, 25.0] {
            let expected = 2 * Normal().survival(z)
            #expect(abs(one.survival(z * z) - expected) <= relativeAllowance(expected) * expected, "z = \(z)")
        }
        let two = ChiSquared(degreesOfFreedom: 2)
        for x in [0.01, 1.0, 10.0, 100.0, 1000.0] {
            #expect(abs(two.survival(x) - exp(-x / 2)) <= relativeAllowance(exp(-x / 2)) * exp(-x / 2), "x = \(x)")
            #expect(abs(two.inverseSurvival(exp(-x / 2)) - x) <= 1e-13 * x, "x = \(x)")
        }
    }

    @Test func tailsAreComplementaryAndQuantilesInvert() {
        for df in [0.5, 1.0, 3.0, 7.3, 80.0, 1e6] {
            let chi = ChiSquared(degreesOfFreedom: df)
            for x in [0.01 * df, 0.5 * df, df, 2 * df, 5 * df] {
                #expect(abs(chi.cdf(x) + chi.survival(x) - 1) <= 2 * Double.ulpOfOne)
                let p = chi.cdf(x)
                if p > 1e-300 && p < 0.999 {
                    #expect(abs(chi.quantile(p) - x) <= 1e-12 * x, "df = \(df), x = \(x)")
                }
                let q = chi.survival(x)
                if q > 1e-300 && q < 0.999 {
                    #expect(abs(chi.inverseSurvival(q) - x) <= 1e-12 * x, "df = \(df), x = \(x)")
                }
            }
        }
    }

    @Test func followsRAtTheEdges() {
        let chi = ChiSquared(degreesOfFreedom: 3)
        #expect(chi.cdf(0) == 0)
        #expect(chi.cdf(-2) == 0)
        #expect(chi.survival(.infinity) == 0)
        #expect(chi.quantile(0) == 0)
        #expect(chi.quantile(1) == .infinity)
        #expect(chi.inverseSurvival(1) == 0)
        #expect(chi.quantile(-0.5).isNaN)
        #expect(chi.cdf(.nan).isNaN)
        #expect(ChiSquared(degreesOfFreedom: 0).cdf(1).isNaN)
        #expect(ChiSquared(degreesOfFreedom: .infinity).cdf(1).isNaN)
        #expect(ChiSquared(degreesOfFreedom: 2).density(0) == 0.5)
        #expect(ChiSquared(degreesOfFreedom: 1).density(0) == .infinity)
        #expect(ChiSquared(degreesOfFreedom: 3).density(0) == 0)
    }
}
