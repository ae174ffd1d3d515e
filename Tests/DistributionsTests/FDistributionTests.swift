import Foundation
import Testing
@testable import Distributions

@Suite struct FDistributionTests {
    @Test func tailsAgreeWithMpmath() {
        // Reference: 80-digit incomplete beta (distributions_reference.py); (ν₁, ν₂) from (1, 1) to (10⁶, 10⁶).
        expectReferenceAgreement(["fCdf", "fSurvival"], body: 1e-13, tail: 1e-12)
    }

    @Test func densityAgreesWithMpmath() {
        expectReferenceAgreement(["fDensity"], body: 1e-13, tail: 1e-12)
    }

    @Test func quantilesAgreeWithMpmath() {
        expectReferenceAgreement(["fQuantile", "fInverseSurvival"], body: 1e-13, tail: 1e-12)
    }

    @Test func matchesR() {
        // R 4.2.2: qf(0.95, 3, 196) = 2.6506765101121399; pf(2.65, 3, 196, lower.tail = FALSE) = 0.050043835715639126.
        let f = FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 196)
        #expect(abs(f.quantile(0.95) - 2.6506765101121399) <= 1e-14 * 2.65)
        #expect(abs(f.survival(2.65) - 0.050043835715639126) <= 1e-14 * 0.05)
    }

    @Test func equalsTheSquaredTWithOneNumeratorDegreeOfFreedom() {
        // F(1, ν) is T² for T ~ t(ν): P(F > t²) = P(|T| > t).
        for df in [1.0, 5.5, 198.0, 1e6] {
            let f = FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: df)
            let t = StudentT(degreesOfFreedom: df)
            for x in [0.3, 2.0, 9.0, 40.0] {
                let expected = t.twoSidedPValue(x)
                #expect(abs(f.survival(x * x) - expected) <= relativeAllowance(expected) * expected, "df = \(df), t = \(x)")
            }
        }
    }

    @Test func tailsAreComplementaryAndQuantilesInvert() {
        for (d1, d2) in [(1.0, 1.0), (4.0, 17.5), (60.0, 3.0), (1e5, 1e5)] {
            let f = FDistribution(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2)
            for x in [0.05, 0.7, 1.0, 3.0, 25.0] {
                #expect(abs(f.cdf(x) + f.survival(x) - 1) <= 2 * Double.ulpOfOne)
                let p = f.cdf(x)
                if p > 1e-300 && p < 0.999 {
                    #expect(abs(f.quantile(p) - x) <= 1e-12 * x, "(\(d1), \(d2)) at \(x)")
                }
                let q = f.survival(x)
                if q > 1e-300 && q < 0.999 {
                    #expect(abs(f.inverseSurvival(q) - x) <= 1e-12 * x, "(\(d1), \(d2)) at \(x)")
                }
            }
        }
    }

    @Test func takesItsLimitsForInfiniteDegreesOfFreedom() {
        // ν₂ = ∞: F = χ²(ν₁)/ν₁. ν₁ = ∞: F = ν₂/χ²(ν₂).
        let chi = ChiSquared(degreesOfFreedom: 4)
        let overDegrees = FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: .infinity)
        #expect(overDegrees.cdf(1.5) == chi.cdf(6))
        #expect(overDegrees.quantile(0.95) == chi.quantile(0.95) / 4)
        let inverted = FDistribution(numeratorDegreesOfFreedom: .infinity, denominatorDegreesOfFreedom: 4)
        #expect(inverted.cdf(2) == chi.survival(2))
        #expect(abs(inverted.cdf(inverted.quantile(0.3)) - 0.3) <= 1e-14)
        let degenerate = FDistribution(numeratorDegreesOfFreedom: .infinity, denominatorDegreesOfFreedom: .infinity)
        #expect(degenerate.cdf(0.99) == 0)
        #expect(degenerate.cdf(1) == 1)
        #expect(degenerate.quantile(0.4) == 1)
        // 1e20 still goes through the incomplete beta and agrees with the limit.
        let large = FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 1e20)
        #expect(abs(large.survival(3) - overDegrees.survival(3)) <= 1e-13 * overDegrees.survival(3))
    }

    @Test func followsRAtTheEdges() {
        let f = FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 10)
        #expect(f.cdf(0) == 0)
        #expect(f.cdf(-1) == 0)
        #expect(f.survival(.infinity) == 0)
        #expect(f.quantile(0) == 0)
        #expect(f.quantile(1) == .infinity)
        #expect(f.inverseSurvival(0) == .infinity)
        #expect(f.quantile(2).isNaN)
        #expect(f.cdf(.nan).isNaN)
        #expect(FDistribution(numeratorDegreesOfFreedom: 0, denominatorDegreesOfFreedom: 3).cdf(1).isNaN)
        #expect(FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: -3).quantile(0.5).isNaN)
        #expect(FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 5).density(0) == 1)
        #expect(FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: 5).density(0) == .infinity)
    }
}
