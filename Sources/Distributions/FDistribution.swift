import Foundation

/// The F distribution.
///
/// P(F ≤ x) = I_z(ν₁/2, ν₂/2) with z = ν₁x/(ν₁x + ν₂); z and 1 − z are both formed directly, so both tails keep
/// their relative accuracy. Degrees of freedom must be positive (NaN otherwise, as in R); either may be +∞ (or above
/// 1e25, where the limit is exact to double precision): ν₂ = ∞ is χ²(ν₁)/ν₁, ν₁ = ∞ is ν₂/χ²(ν₂), both is the point
/// mass at 1.
///
/// Accuracy against mpmath (80 digits, (ν₁, ν₂) from (1, 1) to (10⁶, 10⁶)): within 6e-15 relative for
/// probabilities in [1e-10, 1 − 1e-10], within |ln p|·2.5e-16 in the far tails (6e-14 at 1e-214).
public struct FDistribution: Sendable {
    /// Numerator degrees of freedom.
    public let numeratorDegreesOfFreedom: Double
    /// Denominator degrees of freedom.
    public let denominatorDegreesOfFreedom: Double

    /// An F distribution.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) {
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// Whether the degrees of freedom describe a distribution.
    var isValid: Bool { numeratorDegreesOfFreedom > 0 && denominatorDegreesOfFreedom > 0 }

    /// Which of the limiting forms applies.
    private enum Form {
        case beta(a: Double, b: Double)
        case chiSquaredOverDegrees(ChiSquared)
        case degreesOverChiSquared(ChiSquared)
        case pointMassAtOne
    }

    private var form: Form {
        let numeratorInfinite = numeratorDegreesOfFreedom > normalLimitDegreesOfFreedom
        let denominatorInfinite = denominatorDegreesOfFreedom > normalLimitDegreesOfFreedom
        switch (numeratorInfinite, denominatorInfinite) {
        case (false, false): return .beta(a: numeratorDegreesOfFreedom / 2, b: denominatorDegreesOfFreedom / 2)
        case (false, true): return .chiSquaredOverDegrees(ChiSquared(degreesOfFreedom: numeratorDegreesOfFreedom))
        case (true, false): return .degreesOverChiSquared(ChiSquared(degreesOfFreedom: denominatorDegreesOfFreedom))
        case (true, true): return .pointMassAtOne
        }
    }

    /// The beta variable z = ν₁x/(ν₁x + ν₂), 1 − z, each without cancellation or premature overflow, and
    /// λ = a(1 − z) − b z = (ν₁/2)(1 − x)/(1 + ν₁x/ν₂), exact where the two products would cancel.
    private func betaCoordinates(_ x: Double) -> (z: Double, oneMinusZ: Double, lambda: Double) {
        let ratio = numeratorDegreesOfFreedom / denominatorDegreesOfFreedom * x
        let lambda = numeratorDegreesOfFreedom / 2 * ((1 - x) / (1 + ratio))
        if ratio <= 1 { return (ratio / (1 + ratio), 1 / (1 + ratio), lambda) }
        let inverse = denominatorDegreesOfFreedom / numeratorDegreesOfFreedom / x
        // For a huge ratio, λ = (ν₁/2)(1 − x)/(1 + ratio) → −(ν₂/2)(1 − 1/x)/(1 + 1/ratio) without overflow.
        let farLambda = -denominatorDegreesOfFreedom / 2 * ((1 - 1 / x) / (1 + inverse))
        return (1 / (1 + inverse), inverse / (1 + inverse), ratio.isFinite ? lambda : farLambda)
    }

    /// Both tails at x, or nil when the answer is NaN.
    private func tails(_ x: Double) -> (lower: Double, upper: Double)? {
        guard isValid, !x.isNaN else { return nil }
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        switch form {
        case let .beta(a, b):
            let (z, oneMinusZ, lambda) = betaCoordinates(x)
            let value = SpecialFunctions.incompleteBeta(x: z, y: oneMinusZ, a: a, b: b, lambda: lambda)
            return (value.lower, value.upper)
        case let .chiSquaredOverDegrees(chiSquared):
            let scaled = x * numeratorDegreesOfFreedom
            return (chiSquared.cdf(scaled), chiSquared.survival(scaled))
        case let .degreesOverChiSquared(chiSquared):
            let scaled = denominatorDegreesOfFreedom / x
            return (chiSquared.survival(scaled), chiSquared.cdf(scaled))
        case .pointMassAtOne:
            return x < 1 ? (0, 1) : (1, 0)
        }
    }

    /// P(F <= x).
    public func cdf(_ x: Double) -> Double { tails(x)?.lower ?? .nan }

    /// P(F > x), accurate far into the upper tail.
    public func survival(_ x: Double) -> Double { tails(x)?.upper ?? .nan }

    /// The density at x.
    public func density(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        if x < 0 || x == .infinity { return 0 }
        switch form {
        case let .beta(a, b):
            if x == 0 { return a < 1 ? .infinity : (a == 1 ? 1 : 0) }
            let (z, oneMinusZ, lambda) = betaCoordinates(x)
            // f(x) = f_beta(z) dz/dx = [z^a (1−z)^b / B(a, b)] / x.
            return SpecialFunctions.betaPowerTerm(x: z, y: oneMinusZ, a: a, b: b, lambda: lambda) / x
        case let .chiSquaredOverDegrees(chiSquared):
            return numeratorDegreesOfFreedom * chiSquared.density(x * numeratorDegreesOfFreedom)
        case let .degreesOverChiSquared(chiSquared):
            if x == 0 { return 0 }
            return denominatorDegreesOfFreedom / (x * x) * chiSquared.density(denominatorDegreesOfFreedom / x)
        case .pointMassAtOne:
            return x == 1 ? .infinity : 0
        }
    }

    /// The x with P(F <= x) = p: 0 at 0, +∞ at 1, NaN outside [0, 1].
    public func quantile(_ p: Double) -> Double { inverse(p, upperTail: false) }

    /// The x with P(F > x) = q (accurate for tiny q): +∞ at 0, 0 at 1, NaN outside [0, 1].
    public func inverseSurvival(_ q: Double) -> Double { inverse(q, upperTail: true) }

    private func inverse(_ probability: Double, upperTail: Bool) -> Double {
        guard isValid, !probability.isNaN, probability >= 0, probability <= 1 else { return .nan }
        switch form {
        case let .beta(a, b):
            guard let solution = SpecialFunctions.inverseIncompleteBeta(target: probability, upperTail: upperTail, a: a, b: b)
            else { return .nan }
            if solution.y == 0 { return .infinity }
            return denominatorDegreesOfFreedom / numeratorDegreesOfFreedom * (solution.x / solution.y)
        case let .chiSquaredOverDegrees(chiSquared):
            let value = upperTail ? chiSquared.inverseSurvival(probability) : chiSquared.quantile(probability)
            return value / numeratorDegreesOfFreedom
        case let .degreesOverChiSquared(chiSquared):
            // P(F ≤ x) = P(χ² ≥ ν₂/x).
            let value = upperTail ? chiSquared.quantile(probability) : chiSquared.inverseSurvival(probability)
            return denominatorDegreesOfFreedom / value
        case .pointMassAtOne:
            if upperTail { return probability == 1 ? 0 : (probability == 0 ? .infinity : 1) }
            return probability == 0 ? 0 : (probability == 1 ? .infinity : 1)
        }
    }
}
