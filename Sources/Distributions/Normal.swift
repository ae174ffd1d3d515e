import Foundation

/// The normal distribution.
///
/// Invalid parameters (a non-finite mean or standard deviation, or a negative standard deviation) give NaN
/// everywhere; a standard deviation of 0 is the point mass at the mean, as in R.
///
/// Accuracy against mpmath (80 digits): cdf, survival and density within 3e-16 relative down to 1e-308 (|z| ≤ 37.5),
/// subnormal beyond (survival(38) = 2.885e-316, to the 27 bits a subnormal holds); quantiles within 4e-16 for p
/// from 1e-300 to 1 − 1e-10.
public struct Normal: Sendable {
    /// Mean.
    public let mean: Double
    /// Standard deviation.
    public let standardDeviation: Double

    /// A normal distribution (the standard normal by default).
    public init(mean: Double = 0, standardDeviation: Double = 1) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// Whether the parameters describe a distribution.
    var isValid: Bool { mean.isFinite && standardDeviation.isFinite && standardDeviation >= 0 }

    /// Both tails at x, or nil when the answer is NaN.
    private func tails(_ x: Double) -> (lower: Double, upper: Double)? {
        guard isValid, !x.isNaN else { return nil }
        if standardDeviation == 0 { return x < mean ? (0, 1) : (1, 0) }
        return standardNormalTails((x - mean) / standardDeviation)
    }

    /// P(X <= x).
    public func cdf(_ x: Double) -> Double { tails(x)?.lower ?? .nan }

    /// P(X > x), accurate far into the upper tail (relative 1e-15 down to 1e-308, then subnormal).
    public func survival(_ x: Double) -> Double { tails(x)?.upper ?? .nan }

    /// The density at x; exp(−z²/2) is formed without the rounding error of z².
    public func density(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        if standardDeviation == 0 { return x == mean ? .infinity : 0 }
        let z = abs((x - mean) / standardDeviation)
        if z == .infinity { return 0 }
        return gaussianFactor(z, times: inverseSqrtTwoPi) / standardDeviation
    }

    /// The x with P(X <= x) = p: −∞ at 0, +∞ at 1, NaN outside [0, 1].
    public func quantile(_ p: Double) -> Double {
        guard isValid, !p.isNaN, p >= 0, p <= 1 else { return .nan }
        if standardDeviation == 0 { return mean }
        return mean + standardDeviation * standardNormalQuantile(p)
    }

    /// The x with P(X > x) = q (accurate for tiny q): +∞ at 0, −∞ at 1, NaN outside [0, 1].
    public func inverseSurvival(_ q: Double) -> Double {
        guard isValid, !q.isNaN, q >= 0, q <= 1 else { return .nan }
        if standardDeviation == 0 { return mean }
        return mean - standardDeviation * standardNormalQuantile(q)
    }
}
