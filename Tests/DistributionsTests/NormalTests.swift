import Foundation
import Testing
@testable import Distributions

@Suite struct NormalTests {
    let standard = Normal()

    @Test func tailsAgreeWithMpmath() {
        // Reference: mpmath.ncdf at 80 digits, |x| up to 37.5 (values down to 4.6e-308).
        expectReferenceAgreement(["normalCdf", "normalSurvival"], body: 1e-15, tail: 1e-15)
    }

    @Test func densityAgreesWithMpmath() {
        expectReferenceAgreement(["normalDensity"], body: 1e-15, tail: 1e-15)
    }

    @Test func quantilesAgreeWithMpmath() {
        // Reference: mpmath erfinv / 80-digit roots; p from 1e-300 to 1 − 1e-10.
        expectReferenceAgreement(["normalQuantile", "normalInverseSurvival"], body: 1e-15, tail: 1e-15)
    }

    @Test func survivalReachesTheSubnormalRange() {
        // mpmath.ncdf(-38) = 2.88542836006878...e-316 (subnormal: about 27 significant bits remain);
        // R 4.2.2's pnorm(-38) prints 0.
        let expected = Double("2.8854283600687843e-316")!  // parsed at run time: a subnormal literal warns
        let value = standard.survival(38)
        #expect(value > 0)
        #expect(abs(value - expected) <= 1e-8 * expected)
        #expect(standard.cdf(-38) == value)
        // R 4.2.2: pnorm(-37.5) = 4.6053530095819552e-308.
        #expect(abs(standard.cdf(-37.5) - 4.6053530095819552e-308) <= 1e-14 * 4.6053530095819552e-308)
    }

    @Test func isSymmetric() {
        for x in [0.0, 1e-12, 0.3, 0.67448975, 0.7, 2.0, 5.656854, 5.66, 12.0, 30.0] {
            #expect(standard.cdf(-x) == standard.survival(x), "x = \(x)")
            #expect(standard.density(-x) == standard.density(x))
            let q = standard.survival(x)
            #expect(standard.inverseSurvival(q) == -standard.quantile(q))
        }
    }

    @Test func tailsAddToOneInTheBody() {
        for x in stride(from: -6.0, through: 6.0, by: 0.37) {
            #expect(abs(standard.cdf(x) + standard.survival(x) - 1) <= 2 * Double.ulpOfOne, "x = \(x)")
        }
    }

    @Test func quantileInvertsTheCDF() {
        for x in [-37.0, -20.0, -8.0, -3.0, -1.0, -0.2, 0.4, 1.5, 2.5] {
            let back = standard.quantile(standard.cdf(x))
            #expect(abs(back - x) <= 1e-14 * abs(x), "x = \(x)")
        }
        for x in [3.0, 10.0, 30.0] {
            #expect(abs(standard.inverseSurvival(standard.survival(x)) - x) <= 1e-14 * x, "x = \(x)")
        }
    }

    @Test func locationAndScaleApply() {
        let normal = Normal(mean: 10, standardDeviation: 2)
        #expect(normal.cdf(13) == standard.cdf(1.5))
        #expect(normal.survival(13) == standard.survival(1.5))
        #expect(normal.density(13) == standard.density(1.5) / 2)
        #expect(normal.quantile(0.975) == 10 + 2 * standard.quantile(0.975))
        #expect(normal.inverseSurvival(0.025) == 10 + 2 * standard.inverseSurvival(0.025))
    }

    @Test func followsRAtTheEdges() {
        #expect(standard.quantile(0) == -.infinity)
        #expect(standard.quantile(1) == .infinity)
        #expect(standard.inverseSurvival(0) == .infinity)
        #expect(standard.quantile(0.5) == 0)
        #expect(standard.quantile(1.2).isNaN)
        #expect(standard.quantile(.nan).isNaN)
        #expect(standard.cdf(.infinity) == 1)
        #expect(standard.survival(.infinity) == 0)
        #expect(standard.cdf(.nan).isNaN)
        #expect(Normal(standardDeviation: -1).cdf(0).isNaN)
        let pointMass = Normal(mean: 3, standardDeviation: 0)
        #expect(pointMass.cdf(2.9) == 0)
        #expect(pointMass.cdf(3) == 1)
        #expect(pointMass.quantile(0.3) == 3)
    }
}
