import Foundation

extension SpecialFunctions {
    /// δ(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π], the error of Stirling's formula (Loader's "stirlerr").
    ///
    /// Prefactors such as x^a y^b / B(a, b) are built from δ and `deviance` so that no two large logarithms are
    /// subtracted: with a = 5·10⁵ the naive log-gamma route loses ten digits.
    static func stirlingCorrection(_ x: Double) -> Double {
        if x >= stirlingThreshold { return stirlingSeries(x) }
        return logGamma(x) - ((x - 0.5) * log(x) - x + halfLogTwoPi)
    }

    /// δ(x) by its asymptotic series Σ B₂ₖ / (2k (2k − 1) x^(2k−1)), eight terms: truncation below 1e-17 for x ≥ 10.
    static func stirlingSeries(_ x: Double) -> Double {
        let z = 1 / (x * x)
        let series = 1.0 / 12 - z * (1.0 / 360 - z * (1.0 / 1260 - z * (1.0 / 1680 - z * (1.0 / 1188
            - z * (691.0 / 360360 - z * (1.0 / 156 - z * 3617.0 / 122400))))))
        return series / x
    }

    /// k log(k/μ) + μ − k ≥ 0 (Loader's "bd0"), given `difference` = k − μ computed accurately by the caller.
    ///
    /// Near k = μ the two logarithmic terms cancel; the series in v = (k − μ)/(k + μ) keeps full relative accuracy.
    static func deviance(_ k: Double, _ mean: Double, difference: Double) -> Double {
        if k == 0 { return mean }
        let total = k + mean
        if abs(difference) < 0.5 * total {
            let v = difference / total
            let v2 = v * v
            var sum = difference * v
            var power = 2 * k * v
            var odd = 1.0
            while true {
                power *= v2
                odd += 2
                let next = sum + power / odd
                if next == sum { return next }
                sum = next
            }
        }
        let ratio = k / mean
        let logRatio = ratio.isFinite && ratio > 0 ? log(ratio) : log(k) - log(mean)
        return k * logRatio - difference
    }
}
