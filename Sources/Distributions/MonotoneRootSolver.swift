/// Finds where an increasing function crosses zero: Newton steps, kept inside a bracket that shrinks with every
/// evaluation, and bisection whenever a step would leave it.
///
/// The quantile functions call it in logarithmic coordinates (log tail against log x), where tails are nearly
/// straight lines, so Newton converges in a handful of steps even at 1e-300.
enum MonotoneRootSolver {
    /// The root of `function` in [lowerLimit, upperLimit], starting from `start`.
    ///
    /// `function` returns its value and slope; a value of −∞/+∞ (a tail that underflowed) only moves the bracket,
    /// a NaN value (a function that could not be evaluated) makes the answer NaN.
    /// Stops when a step is below `tolerance`·max(1, |u|).
    static func solve(
        start: Double, lowerLimit: Double, upperLimit: Double, tolerance: Double = 1e-15, maximumSteps: Int = 400,
        _ function: (Double) -> (value: Double, slope: Double)
    ) -> Double {
        var low = lowerLimit
        var high = upperLimit
        var u = start.isFinite ? min(max(start, low), high) : 0.5 * (low + high)
        for _ in 0..<maximumSteps {
            let (value, slope) = function(u)
            if value == 0 { return u }
            if value.isNaN { return .nan }
            if value < 0 { low = u } else { high = u }
            var next = u - value / slope
            if !(slope > 0) || !next.isFinite || !(next > low && next < high) {
                next = 0.5 * (low + high)
            }
            let scale = tolerance * max(1, abs(u))
            if abs(next - u) <= scale || high - low <= scale { return next }
            u = next
        }
        return u
    }
}
