import Foundation

/// Quantiles of the F distribution, for Feldt's interval around Cronbach's alpha.
///
/// The package's `Distributions` module has these too, but `Education` may use only `DataTable` (DESIGN.md's module
/// order), so the few lines needed are written here: the F quantile through the regularized incomplete beta
/// function (continued fraction, modified Lentz), inverted by bisection to the last bit. Checked against R's `qf`
/// in the reliability tests.
enum ReliabilityFQuantile {
    /// The `p` quantile of F(`df1`, `df2`), for 0 < p < 1 and positive degrees of freedom.
    static func quantile(_ p: Double, df1: Double, df2: Double) -> Double {
        precondition(p > 0 && p < 1 && df1 > 0 && df2 > 0)
        // If X ~ F(d1, d2), then d1 X / (d1 X + d2) ~ Beta(d1/2, d2/2).
        let a = df1 / 2, b = df2 / 2
        if a <= b {
            // Solve I_x(a, b) = p for x, which stays below one half here, so 1 - x loses nothing.
            let x = invert(target: p) { regularizedBeta($0, a, b) }
            return df2 * x / (df1 * (1 - x))
        } else {
            // Solve for y = 1 - x through I_y(b, a) = 1 - p, keeping y's precision when x is near one.
            let y = invert(target: 1 - p) { regularizedBeta($0, b, a) }
            return df2 * (1 - y) / (df1 * y)
        }
    }

    /// The x in (0, 1) where the increasing `cdf` reaches `target`, by bisection until the interval cannot shrink.
    static func invert(target: Double, _ cdf: (Double) -> Double) -> Double {
        var low = 0.0, high = 1.0
        while true {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { return middle }
            if cdf(middle) < target { low = middle } else { high = middle }
        }
    }

    /// The regularized incomplete beta function I_x(a, b).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(logBetaDensityFactor(x, a, b))
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a, b) / a
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    /// log of x^a (1-x)^b / B(a, b).
    ///
    /// For large a and b the plain form subtracts log-gamma values near 10^4 and loses digits; there it is
    /// rewritten around x0 = a/(a+b) with Stirling's series, whose leading terms cancel analytically
    /// (as R's `lbeta` and TOMS 708 do).
    static func logBetaDensityFactor(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if min(a, b) < 10 {
            return a * log(x) + b * log1p(-x) - (lgamma(a) + lgamma(b) - lgamma(a + b))
        }
        let total = a + b
        let x0 = a / total, y0 = b / total
        let towardX = a * log1p((x - x0) / x0) + b * log1p((x0 - x) / y0)
        let correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(total)
        return towardX + 0.5 * log(a * b / total) - 0.5 * log(2 * Double.pi) - correction
    }

    /// lgamma(z) - [(z - 1/2) log z - z + log(2 pi)/2] for z >= 10, by Stirling's series (error below 1e-17).
    static func stirlingCorrection(_ z: Double) -> Double {
        // B(2n) / (2n (2n - 1)) for n = 1...8.
        let numerators: [Double] = [1, -1, 1, -1, 1, -691, 1, -3617]
        let denominators: [Double] = [12, 360, 1260, 1680, 1188, 360360, 156, 122400]
        let inverseSquare = 1 / (z * z)
        var power = 1 / z
        var sum = 0.0
        for (numerator, denominator) in zip(numerators, denominators) {
            sum += numerator / denominator * power
            power *= inverseSquare
        }
        return sum
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes' `betacf`, modified Lentz); converges fast for
    /// x < (a+1)/(a+b+2).
    static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        let sum = a + b, aPlus = a + 1, aMinus = a - 1
        var c = 1.0
        var d = 1 - sum * x / aPlus
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for step in 1...100_000 {
            let m = Double(step), twoM = 2 * Double(step)
            var term = m * (b - m) * x / ((aMinus + twoM) * (a + twoM))
            d = 1 + term * d
            if abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            term = -(a + m) * (sum + m) * x / ((a + twoM) * (aPlus + twoM))
            d = 1 + term * d
            if abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let change = d * c
            h *= change
            if abs(change - 1) < 1e-16 { break }
        }
        return h
    }
}
