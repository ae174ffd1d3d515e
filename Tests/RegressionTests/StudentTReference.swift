import Foundation

/// Test-only Student t probabilities, to turn a clustered covariance into p-values and intervals comparable with R's
/// `pt`/`qt` (the Distributions module is written separately; this keeps these tests independent of it).
///
/// P(|T| ≥ |t|) = I_x(ν/2, 1/2) with x = ν/(ν + t²), the regularized incomplete beta function evaluated by its
/// continued fraction (modified Lentz), which is accurate to about 1e-14 relative, far into the tail.
struct StudentTReference {
    var degreesOfFreedom: Double

    /// The two-sided p-value P(|T| ≥ |t|).
    func twoSidedPValue(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        return StudentTReference.regularizedBeta(nu / (nu + t * t), nu / 2, 0.5)
    }

    /// The t with P(T ≤ t) = p, for p in (0.5, 1): bisection on the two-sided p-value to full precision.
    func quantile(_ p: Double) -> Double {
        let target = 2 * (1 - p)
        var low = 0.0
        var high = 1.0
        while twoSidedPValue(high) > target { high *= 2 }
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if middle == low || middle == high { break }
            if twoSidedPValue(middle) > target { low = middle } else { high = middle }
        }
        return 0.5 * (low + high)
    }

    /// I_x(a, b).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = a * log(x) + b * log1p(-x) - (lgamma(a) + lgamma(b) - lgamma(a + b))
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, b, a) / b
    }

    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
