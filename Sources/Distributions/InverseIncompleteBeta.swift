import Foundation

extension SpecialFunctions {
    /// The x with I_x(a, b) = p (the regularized incomplete beta function's inverse).
    ///
    /// p = 0 gives 0, p = 1 gives 1; p outside [0, 1], NaN, or a, b not in (0, ∞) give NaN.
    public static func inverseRegularizedIncompleteBeta(_ p: Double, a: Double, b: Double) -> Double {
        inverseIncompleteBeta(target: p, upperTail: false, a: a, b: b)?.x ?? .nan
    }

    /// The x with 1 − I_x(a, b) = q, accurate for tiny q.
    public static func inverseRegularizedIncompleteBetaComplement(_ q: Double, a: Double, b: Double) -> Double {
        inverseIncompleteBeta(target: q, upperTail: true, a: a, b: b)?.x ?? .nan
    }

    /// Solves I_x(a, b) = target (or 1 − I_x(a, b) = target), returning x and y = 1 − x each to full relative
    /// accuracy (nil for invalid arguments).
    ///
    /// The target moves to the tail where it is at most ½ (1 − t is exact there). The unknown is the log-odds
    /// s = log(x/y), from which both x and y follow without cancellation, and the equation log T = log τ is nearly
    /// linear in s in either tail, so Newton converges from the rough starts of Abramowitz & Stegun 26.5.22
    /// (a, b ≥ 1) or the power-law tails (otherwise). A last Newton step in the smaller of x and y removes the
    /// rounding of s.
    static func inverseIncompleteBeta(target: Double, upperTail: Bool, a: Double, b: Double) -> (x: Double, y: Double)? {
        if target.isNaN || !(a > 0) || !(b > 0) || a == .infinity || b == .infinity || target < 0 || target > 1 {
            return nil
        }
        var tau = target
        var upper = upperTail
        if tau > 0.5 {
            tau = 1 - tau
            upper.toggle()
        }
        if tau == 0 { return upper ? (1, 0) : (0, 1) }
        let logTau = log(tau)
        let sign = upper ? -1.0 : 1.0
        let s = MonotoneRootSolver.solve(
            start: logOddsStart(tau: tau, upper: upper, a: a, b: b), lowerLimit: -750, upperLimit: 750
        ) { s in
            let (x, y) = fromLogOdds(s)
            let value = incompleteBeta(x: x, y: y, a: a, b: b)
            let tail = upper ? value.upper : value.lower
            // d log T / ds = ± x y f(x) / T, and x y f(x) is the power term.
            return (sign * (log(tail) - logTau), value.powerTerm / tail)
        }
        if s.isNaN { return (.nan, .nan) }
        var (x, y) = fromLogOdds(s)
        // Polish in the smaller coordinate: dT/dx = ± f(x) = ± powerTerm / (x y).
        let value = incompleteBeta(x: x, y: y, a: a, b: b)
        let tail = upper ? value.upper : value.lower
        if value.powerTerm > 0 {
            let step = sign * (tail - tau) / (value.powerTerm / (x * y))
            if x <= y {
                if abs(step) < 1e-8 * x {
                    x -= step
                    y = 1 - x
                }
            } else if abs(step) < 1e-8 * y {
                y += step
                x = 1 - y
            }
        }
        return (x, y)
    }

    /// x = 1/(1 + e^(−s)) and y = 1/(1 + e^s), each without cancellation.
    static func fromLogOdds(_ s: Double) -> (x: Double, y: Double) {
        if s < 0 {
            let e = exp(s)
            return (e / (1 + e), 1 / (1 + e))
        }
        let e = exp(-s)
        return (1 / (1 + e), e / (1 + e))
    }

    /// A rough log-odds log(x/y) for the solution, good enough for Newton in log-odds.
    static func logOddsStart(tau: Double, upper: Bool, a: Double, b: Double) -> Double {
        if a >= 1 && b >= 1 {
            // Abramowitz & Stegun 26.5.22: x = a / (a + b e^(2w)), so log(x/y) = log(a/b) − 2w.
            // z is the upper-tail normal deviate of the lower-tail probability p: z = Φ⁻¹(1 − p).
            let z = upper ? standardNormalQuantile(tau) : -standardNormalQuantile(tau)
            let lambda = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (h + lambda).squareRoot() / h
                - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h))
            return log(a / b) - 2 * w
        }
        // Power-law tails: I_x ≈ x^a/(a B) for small x, 1 − I_x ≈ y^b/(b B) for small y (Numerical Recipes' start).
        let logB = logBeta(a, b)
        let lowerWeight = exp(a * log(a / (a + b)) - log(a) - logB)
        let upperWeight = exp(b * log(b / (a + b)) - log(b) - logB)
        let lowerShare = lowerWeight / (lowerWeight + upperWeight)
        let lowerTail = upper ? 1 - tau : tau
        if lowerTail < lowerShare {
            let logX = (log(lowerTail) + log(a) + logB) / a
            return logX - log1p(-min(exp(logX), 0.5))
        }
        let upperTail = upper ? tau : 1 - tau
        let logY = (log(upperTail) + log(b) + logB) / b
        return log1p(-min(exp(logY), 0.5)) - logY
    }
}
