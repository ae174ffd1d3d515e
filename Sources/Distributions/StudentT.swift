import Foundation

/// Student's t distribution.
///
/// Tails come from P(|T| ≥ |t|) = I_x(ν/2, ½) with x = ν/(ν + t²), computed directly, never as 1 − cdf, so
/// p-values stay right deep in the tail (t = 72.3 with ν = 198 gives 2.6e-144). Degrees of freedom may be
/// fractional (Satterthwaite's) and up to +∞; above 1e25 the distribution is the normal to double precision and the
/// normal's functions are used. Invalid degrees of freedom (≤ 0 or NaN) give NaN everywhere, as in R.
///
/// Accuracy against mpmath (80 digits, ν from 1 to 10⁶, |t| to 1000): cdf, survival, p-values, density and
/// quantiles within 5e-15 relative for probabilities in [1e-10, 1 − 1e-10]; in the far tails within |ln p|·2.5e-16
/// (1.4e-13 at p = 1e-265).
public struct StudentT: Sendable {
    /// Degrees of freedom (may be fractional, as Satterthwaite's are).
    public let degreesOfFreedom: Double

    /// A t distribution with `degreesOfFreedom`.
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }

    /// Whether the degrees of freedom describe a distribution (positive, possibly infinite).
    var isValid: Bool { degreesOfFreedom > 0 }

    /// Whether t and the normal agree to double precision (relative difference below about t⁴/(4ν) < 1e-19).
    var isNormalToDoublePrecision: Bool { degreesOfFreedom > normalLimitDegreesOfFreedom }

    /// P(|T| ≥ |t|) and P(|T| < |t|), each computed directly.
    private func twoSidedTails(_ t: Double) -> (outside: Double, inside: Double) {
        let u = abs(t)
        if u == 0 { return (1, 0) }
        if u == .infinity { return (0, 1) }
        if isNormalToDoublePrecision {
            let upper = standardNormalTails(u).upper
            return (2 * upper, 1 - 2 * upper)
        }
        let nu = degreesOfFreedom
        let a = nu / 2
        let ratio = u * u / nu
        if !(ratio <= 1e200) {
            // x = ν/(ν + t²) would underflow; I_x(a, ½) = x^a/(a B(a, ½)) · (1 + O(x)), and O(x) < 1e-200.
            // x^a = (√ν/|t|)^ν by pow, which keeps full accuracy where exp(a log x) would lose |a log x| ulps.
            let outside = pow(nu.squareRoot() / u, nu) / (a * exp(SpecialFunctions.logBeta(a, 0.5)))
            return (outside, 1 - outside)
        }
        let value = SpecialFunctions.incompleteBeta(
            x: 1 / (1 + ratio), y: ratio / (1 + ratio), a: a, b: 0.5, lambda: exactLambda(u, ratio: ratio))
        return (value.lower, value.upper)
    }

    /// λ = a y − b x of the incomplete beta, which for t is (t² − 1)/(2(1 + t²/ν)) with no cancellation (nil if t²
    /// overflows).
    private func exactLambda(_ u: Double, ratio: Double) -> Double? {
        let square = u * u
        return square.isFinite ? (square - 1) / (2 * (1 + ratio)) : nil
    }

    /// P(T <= t).
    public func cdf(_ t: Double) -> Double { survival(-t) }

    /// P(T > t), accurate far into the upper tail.
    public func survival(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        let tails = twoSidedTails(t)
        return t >= 0 ? 0.5 * tails.outside : 0.5 + 0.5 * tails.inside
    }

    /// P(|T| >= |t|), the two-sided p-value, without cancellation for large |t|.
    public func twoSidedPValue(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        return twoSidedTails(t).outside
    }

    /// The density at t.
    public func density(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if isNormalToDoublePrecision { return Normal().density(t) }
        let nu = degreesOfFreedom
        let a = nu / 2
        let u = abs(t)
        if u == .infinity { return 0 }
        if u == 0 { return exp(-SpecialFunctions.logBeta(a, 0.5)) / nu.squareRoot() }
        let ratio = u * u / nu
        if !(ratio <= 1e200) {
            // f(t) = x^a / (B(a, ½) √(ν + t²)) with x^a from log x = −log(t²/ν).
            return exp(-a * (2 * log(u) - log(nu)) - SpecialFunctions.logBeta(a, 0.5) - log(u))
        }
        let x = 1 / (1 + ratio)
        let y = ratio / (1 + ratio)
        // f(t) = ½ |dI_x/dt| = x^a y^½ / (B(a, ½) |t|): the incomplete beta's power term over |t|.
        let lambda = exactLambda(u, ratio: ratio) ?? SpecialFunctions.betaLambda(x: x, y: y, a: a, b: 0.5)
        let power = SpecialFunctions.betaPowerTerm(x: x, y: y, a: a, b: 0.5, lambda: lambda)
        return power / u
    }

    /// The t with P(T <= t) = p: −∞ at 0, +∞ at 1, NaN outside [0, 1].
    public func quantile(_ p: Double) -> Double {
        guard isValid, !p.isNaN, p >= 0, p <= 1 else { return .nan }
        if p < 0.5 { return -upperQuantile(p) }
        return upperQuantile(1 - p)
    }

    /// The t with P(T > t) = q (accurate for tiny q): +∞ at 0, −∞ at 1, NaN outside [0, 1].
    public func inverseSurvival(_ q: Double) -> Double {
        guard isValid, !q.isNaN, q >= 0, q <= 1 else { return .nan }
        if q <= 0.5 { return upperQuantile(q) }
        return -upperQuantile(1 - q)
    }

    /// The t ≥ 0 with P(T > t) = q for q in [0, ½].
    ///
    /// Solves I_x(ν/2, ½) = 2q for x = ν/(ν + t²) and y = 1 − x (both to full relative accuracy), then
    /// t = √(ν y / x).
    private func upperQuantile(_ q: Double) -> Double {
        if q == 0 { return .infinity }
        if q == 0.5 { return 0 }
        if isNormalToDoublePrecision { return -standardNormalQuantile(q) }
        let nu = degreesOfFreedom
        let a = nu / 2
        // Where x would be below e^(−600), its leading term x^a/(a B(a, ½)) = 2q is exact to O(x), and
        // t = √(ν/x) = √ν (2q a B(a, ½))^(−1/ν) by pow, which keeps the digits exp(−½ log x) would lose.
        let logBeta = SpecialFunctions.logBeta(a, 0.5)
        let logXLeading = (log(2 * q) + log(a) + logBeta) / a
        if logXLeading < -600 {
            return nu.squareRoot() * pow(2 * q * a * exp(logBeta), -1 / nu)
        }
        guard let solution = SpecialFunctions.inverseIncompleteBeta(target: 2 * q, upperTail: false, a: a, b: 0.5)
        else { return .nan }
        return nu.squareRoot() * (solution.y / solution.x).squareRoot()
    }
}

/// Degrees of freedom above which t, F and chi-square-scaled forms equal their limits to double precision.
let normalLimitDegreesOfFreedom = 1e25
