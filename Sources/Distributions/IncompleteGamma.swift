import Foundation

/// Both tails of the regularized incomplete gamma function at one point, with the power term they share.
struct IncompleteGammaValue {
    /// P(a, x).
    var lower: Double
    /// Q(a, x) = 1 − P(a, x), computed directly.
    var upper: Double
    /// x^a e^(−x) / Γ(a): the gamma density times x, used by Newton steps and densities.
    var powerTerm: Double
}

extension SpecialFunctions {
    /// The regularized lower incomplete gamma function P(a, x) = P(X ≤ x) for X ~ Gamma(shape a, scale 1).
    ///
    /// a > 0 (NaN otherwise); x ≤ 0 gives 0.
    public static func regularizedLowerIncompleteGamma(_ a: Double, _ x: Double) -> Double {
        guard let value = incompleteGammaChecked(a, x) else { return .nan }
        return value.lower
    }

    /// The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed directly in the upper tail.
    public static func regularizedUpperIncompleteGamma(_ a: Double, _ x: Double) -> Double {
        guard let value = incompleteGammaChecked(a, x) else { return .nan }
        return value.upper
    }

    /// Validates the arguments of the public entry points; nil means the answer is NaN.
    static func incompleteGammaChecked(_ a: Double, _ x: Double) -> IncompleteGammaValue? {
        if x.isNaN || !(a > 0) || a == .infinity { return nil }
        return incompleteGamma(a, x)
    }

    /// Both tails of the incomplete gamma function for finite a > 0.
    ///
    /// Below x = a + 1 the power series gives P (then Q = 1 − P ≥ 0.08 for a ≥ ½); above it Legendre's continued
    /// fraction gives Q (then P ≥ 0.5). For a < ½ the tail taken as a difference may lose up to log₁₀(1/a) digits.
    /// Both need O(√a) terms near the mode; past `maximumFractionSteps` (a beyond about 10¹⁰, near the mode only)
    /// the answer is NaN rather than an unconverged number.
    static func incompleteGamma(_ a: Double, _ x: Double) -> IncompleteGammaValue {
        if x.isNaN { return IncompleteGammaValue(lower: .nan, upper: .nan, powerTerm: .nan) }
        if x <= 0 { return IncompleteGammaValue(lower: 0, upper: 1, powerTerm: 0) }
        if x == .infinity { return IncompleteGammaValue(lower: 1, upper: 0, powerTerm: 0) }
        let power = gammaPowerTerm(a, x)
        let lowerSideIsSmall = x < a + 1
        if power == 0 {
            return lowerSideIsSmall
                ? IncompleteGammaValue(lower: 0, upper: 1, powerTerm: 0)
                : IncompleteGammaValue(lower: 1, upper: 0, powerTerm: 0)
        }
        if lowerSideIsSmall {
            // P = x^a e^(−x) / Γ(a) · Σₙ xⁿ / (a (a+1) ⋯ (a+n)).
            var term = 1 / a
            var sum = term
            var denominator = a
            var converged = false
            for _ in 0..<maximumFractionSteps {
                denominator += 1
                term *= x / denominator
                sum += term
                if term <= sum * 0.5 * Double.ulpOfOne {
                    converged = true
                    break
                }
            }
            if !converged { return IncompleteGammaValue(lower: .nan, upper: .nan, powerTerm: power) }
            let small = power * sum
            return IncompleteGammaValue(lower: small, upper: 1 - small, powerTerm: power)
        }
        // Q = x^a e^(−x) / Γ(a) · 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − 2(2 − a)/(x + 5 − a − ⋯))), modified Lentz.
        let tiny = 1e-300
        var denominatorTerm = (x - a) + 1
        var c = 1 / tiny
        var d = 1 / denominatorTerm
        var fraction = d
        var converged = false
        for step in 1...maximumFractionSteps {
            let i = Double(step)
            let numerator = -i * (i - a)
            denominatorTerm += 2
            d = numerator * d + denominatorTerm
            if abs(d) < tiny { d = tiny }
            c = denominatorTerm + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) <= Double.ulpOfOne {
                converged = true
                break
            }
        }
        if !converged { return IncompleteGammaValue(lower: .nan, upper: .nan, powerTerm: power) }
        let small = power * fraction
        return IncompleteGammaValue(lower: 1 - small, upper: small, powerTerm: power)
    }

    /// x^a e^(−x) / Γ(a) = √(a / 2π) · exp(−δ(a) − bd0(a, x)), Loader's form of the Poisson probability.
    static func gammaPowerTerm(_ a: Double, _ x: Double) -> Double {
        let exponent = -stirlingCorrection(a) - deviance(a, x, difference: a - x)
        return (a / (2 * Double.pi)).squareRoot() * exp(exponent)
    }
}
