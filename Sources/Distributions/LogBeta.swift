import Foundation

extension SpecialFunctions {
    /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b) for a, b > 0 (NaN otherwise, +∞ if either is 0).
    ///
    /// When the larger argument is big the three log-gammas nearly cancel; there the Stirling form
    /// ½ log 2π + (p − ½) log p − p log(p + q) − (q − ½) log1p(p/q) + δ(p) + δ(q) − δ(p + q), p ≤ q, has no large
    /// terms that cancel.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN || a < 0 || b < 0 { return .nan }
        if a == 0 || b == 0 { return .infinity }
        let p = min(a, b)
        let q = max(a, b)
        if q == .infinity { return -.infinity }
        if q < stirlingThreshold {
            return logGamma(p) + logGamma(q) - logGamma(p + q)
        }
        let corrections = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
        return halfLogTwoPi + (p - 0.5) * log(p) - p * log(p + q) - (q - 0.5) * log1p(p / q) + corrections
    }
}
