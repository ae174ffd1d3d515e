import Foundation
import Testing
@testable import Distributions

@Suite struct StudentTTests {
    @Test func tailsAgreeWithMpmath() {
        // Reference: 80-digit incomplete beta (distributions_reference.py); ν from 1 to 10⁶ (with 1.5, 7.3 and
        // 12345.6), |t| from 0.001 to 1000, values down to 1e-300.
        expectReferenceAgreement(["tCdf", "tSurvival", "tTwoSided"], body: 1e-13, tail: 1e-12)
    }

    @Test func densityAgreesWithMpmath() {
        expectReferenceAgreement(["tDensity"], body: 1e-13, tail: 1e-12)
    }

    @Test func quantilesAgreeWithMpmath() {
        // Reference: 80-digit roots; p from 1e-300 to 1 − 1e-10.
        expectReferenceAgreement(["tQuantile", "tInverseSurvival"], body: 1e-13, tail: 1e-12)
    }

    @Test func givesTheIssuesDeepTwoSidedPValue() {
        // R 4.2.2: 2*pt(-72.3032919863478, 198) = 2.6257781853868458e-144.
        let p = StudentT(degreesOfFreedom: 198).twoSidedPValue(72.3032919863478)
        #expect(abs(p - 2.6257781853868458e-144) <= 1e-13 * 2.6257781853868458e-144)
        #expect(StudentT(degreesOfFreedom: 198).twoSidedPValue(-72.3032919863478) == p)
    }

    @Test func matchesRsConfidenceQuantiles() {
        // R 4.2.2: qt(0.975, c(1, 2.5, 7.3, 30, 198, 1000)).
        let expected: [(Double, Double)] = [
            (1, 12.7062047361746941), (2.5, 3.5746548420036919), (7.3, 2.3450667365477025),
            (30, 2.0422724563012378), (198, 1.9720174778363129), (1000, 1.9623390808264076),
        ]
        for (df, quantile) in expected {
            let value = StudentT(degreesOfFreedom: df).quantile(0.975)
            #expect(abs(value - quantile) <= 1e-14 * quantile, "df = \(df)")
        }
        // R 4.2.2: pt(-1e3, 7.3) = 2.5441292552734126e-20 and qt(1e-100, 3.5) = -4.3950175126881568e+28.
        #expect(abs(StudentT(degreesOfFreedom: 7.3).cdf(-1e3) - 2.5441292552734126e-20) <= 1e-13 * 2.5441292552734126e-20)
        #expect(abs(StudentT(degreesOfFreedom: 3.5).quantile(1e-100) + 4.3950175126881568e+28) <= 1e-13 * 4.3950175126881568e+28)
    }

    @Test func matchesTheClosedFormsForOneAndTwoDegreesOfFreedom() {
        // ν = 1 is Cauchy: P(T > t) = atan(1/t)/π for t > 0; ν = 2: P(T > t) = ½ (1 − t/√(2 + t²)).
        let cauchy = StudentT(degreesOfFreedom: 1)
        for t in [0.01, 0.5, 1.0, 3.0, 1e3, 1e8, 1e150, 1e250] {
            let expected = atan(1 / t) / Double.pi
            #expect(abs(cauchy.survival(t) - expected) <= relativeAllowance(expected) * expected, "t = \(t)")
        }
        let two = StudentT(degreesOfFreedom: 2)
        for t in [0.0, 0.3, 1.0, 2.5] {
            let expected = 0.5 + 0.5 * t / (2 + t * t).squareRoot()
            #expect(abs(two.cdf(t) - expected) <= 2e-15, "t = \(t)")
        }
        // Cauchy quantile at 1e-300 is tan(π(½ − 1e-300)) = 1/(π·1e-300) = 3.18e299, beyond x's underflow.
        let farQuantile = cauchy.inverseSurvival(1e-300)
        #expect(abs(farQuantile - 1 / (Double.pi * 1e-300)) <= 1e-13 * farQuantile)
    }

    @Test func isSymmetricAndComplementary() {
        for df in [1.0, 4.2, 30.0, 1e6] {
            let t = StudentT(degreesOfFreedom: df)
            for x in [0.0, 0.2, 1.3, 2.0, 8.5, 40.0] {
                #expect(t.cdf(-x) == t.survival(x), "df = \(df), t = \(x)")
                #expect(abs(t.cdf(x) + t.survival(x) - 1) <= 2 * Double.ulpOfOne)
                #expect(abs(t.twoSidedPValue(x) - 2 * t.survival(x)) <= 2e-16 * t.twoSidedPValue(x))
                #expect(t.density(-x) == t.density(x))
            }
        }
    }

    @Test func quantileInvertsTheCDF() {
        // Each round trip goes through the tail that is small at x (cdf for x < 0, survival for x > 0): a cdf near 1
        // has already rounded away the digits that would place x.
        for df in [1.0, 2.7, 12.0, 198.0, 1e6] {
            let t = StudentT(degreesOfFreedom: df)
            for x in [-50.0, -3.0, -0.8, -0.05] where t.cdf(x) > 1e-300 {
                #expect(abs(t.quantile(t.cdf(x)) - x) <= 1e-13 * abs(x), "df = \(df), t = \(x)")
            }
            for x in [0.05, 1.96, 6.0, 25.0] where t.survival(x) > 1e-300 {
                #expect(abs(t.inverseSurvival(t.survival(x)) - x) <= 1e-13 * x, "df = \(df), t = \(x)")
            }
        }
    }

    @Test func becomesTheNormalForInfiniteDegreesOfFreedom() {
        let t = StudentT(degreesOfFreedom: .infinity)
        let normal = Normal()
        for x in [-3.0, 0.5, 7.0] {
            #expect(t.cdf(x) == normal.cdf(x))
            #expect(t.survival(x) == normal.survival(x))
        }
        #expect(t.quantile(0.975) == normal.quantile(0.975))
        // 1e20 degrees of freedom still uses the incomplete beta, and agrees with the normal to double precision.
        let huge = StudentT(degreesOfFreedom: 1e20)
        #expect(abs(huge.survival(5) - normal.survival(5)) <= 1e-14 * normal.survival(5))
        #expect(abs(huge.quantile(0.975) - normal.quantile(0.975)) <= 1e-14 * 2)
    }

    @Test func followsRForInvalidInputs() {
        let t = StudentT(degreesOfFreedom: 5)
        #expect(t.quantile(0) == -.infinity)
        #expect(t.quantile(1) == .infinity)
        #expect(t.inverseSurvival(0) == .infinity)
        #expect(t.quantile(0.5) == 0)
        #expect(t.quantile(-0.1).isNaN)
        #expect(t.quantile(.nan).isNaN)
        #expect(t.cdf(.infinity) == 1)
        #expect(t.cdf(-.infinity) == 0)
        #expect(t.twoSidedPValue(.infinity) == 0)
        #expect(t.twoSidedPValue(0) == 1)
        #expect(t.cdf(.nan).isNaN)
        for df in [0.0, -2.0, .nan] {
            let invalid = StudentT(degreesOfFreedom: df)
            #expect(invalid.cdf(1).isNaN)
            #expect(invalid.twoSidedPValue(1).isNaN)
            #expect(invalid.quantile(0.9).isNaN)
        }
    }
}
