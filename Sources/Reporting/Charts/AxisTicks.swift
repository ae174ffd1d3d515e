import Foundation

/// Round-number axis ticks ("nice numbers", Heckbert 1990), so chart axes read 600, 700, 800 rather than 613.7.
public struct AxisTicks: Sendable, Equatable {
    /// The axis starts here (a tick at or below the data minimum).
    public var lower: Double
    /// The axis ends here (a tick at or above the data maximum).
    public var upper: Double
    /// Distance between ticks.
    public var step: Double

    /// Ticks covering `minimum...maximum` with about `count` intervals.
    public init(minimum: Double, maximum: Double, count: Int = 5) {
        var low = minimum, high = maximum
        if !(low.isFinite && high.isFinite) { low = 0; high = 1 }
        if high < low { swap(&low, &high) }
        if high - low < 1e-12 * max(1, abs(high)) {
            let pad = max(1, abs(low) * 0.1)
            low -= pad
            high += pad
        }
        let range = AxisTicks.niceNumber(high - low, round: false)
        let step = AxisTicks.niceNumber(range / Double(max(1, count)), round: true)
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`.
    public var values: [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...n).map { lower + Double($0) * step }
    }

    /// A tick value as text, with as many decimals as the step needs.
    public func label(_ value: Double) -> String {
        let decimals = max(0, -Int((log10(step)).rounded(.down)))
        return NumberFormatting.fixed(value, decimals: decimals)
    }

    /// A "nice" number near `x`: 1, 2 or 5 times a power of ten.
    static func niceNumber(_ x: Double, round: Bool) -> Double {
        let exponent = (log10(x)).rounded(.down)
        let fraction = x / pow(10, exponent)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, exponent)
    }
}
