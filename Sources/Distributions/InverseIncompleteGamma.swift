import Foundation

extension SpecialFunctions {
    /// The x with P(a, x) = p (the lower regularized incomplete gamma function's inverse).
    ///
    /// p = 0 gives 0, p = 1 gives +∞; p outside [0, 1], NaN, or a ≤ 0 give NaN.
    public static func inverseRegularizedLowerIncompleteGamma(_ a: Double, p: Double) -> Double {
        inverseIncompleteGamma(a, target: p, upperTail: false)
    }

    /// The x with Q(a, x) = q, accurate for tiny q (x far in the upper tail).
    ///
    /// q = 1 gives 0, q = 0 gives +∞; q outside [0, 1], NaN, or a ≤ 0 give NaN.
    public static func inverseRegularizedUpperIncompleteGamma(_ a: Double, q: Double) -> Double {
        inverseIncompleteGamma(a, target: q, upperTail: true)
    }

    /// Solves P(a, x) = target (or Q(a, x) = target) for x.
    ///
    /// The target is first moved to the tail where it is at most ½ (1 − t is exact there), so the equation solved is
    /// log T(x) = log τ, by Newton in log x from a Wilson–Hilferty or power-law start, then one Newton step in x itself
    /// to remove the rounding of log x (which is |log x|·1e-16 relative).
    static func inverseIncompleteGamma(_ a: Double, target: Double, upperTail: Bool) -> Double {
        if target.isNaN || !(a > 0) || a == .infinity || target < 0 || target > 1 { return .nan }
        var tau = target
        var upper = upperTail
        if tau > 0.5 {
            tau = 1 - tau
            upper.toggle()
        }
        if tau == 0 { return upper ? .infinity : 0 }
        let logTau = log(tau)

        // Start: Wilson–Hilferty (the cube root of a gamma variable is nearly normal); in a small lower tail the
        // leading term P ≈ x^a / Γ(a + 1) is better.
        let z = upper ? -standardNormalQuantile(tau) : standardNormalQuantile(tau)
        let cubeRoot = 1 - 1 / (9 * a) + z / (3 * a.squareRoot())
        let logStart: Double
        if !upper && (cubeRoot <= 0 || a < 1) {
            logStart = (logTau + logGamma(a + 1)) / a
        } else {
            logStart = log(a) + 3 * log(cubeRoot)
        }
        let sign = upper ? -1.0 : 1.0
        let logX = MonotoneRootSolver.solve(
            start: logStart, lowerLimit: log(Double.leastNonzeroMagnitude), upperLimit: log(Double.greatestFiniteMagnitude)
        ) { u in
            let value = incompleteGamma(a, exp(u))
            let tail = upper ? value.upper : value.lower
            return (sign * (log(tail) - logTau), value.powerTerm / tail)
        }
        if logX.isNaN { return .nan }
        var x = exp(logX)
        // Polish in x: dT/dx = ±x^(a−1) e^(−x) / Γ(a).
        let value = incompleteGamma(a, x)
        let tail = upper ? value.upper : value.lower
        if value.powerTerm > 0 {
            let step = sign * (tail - tau) / (value.powerTerm / x)
            if abs(step) < 1e-8 * x { x -= step }
        }
        return x
    }
}
