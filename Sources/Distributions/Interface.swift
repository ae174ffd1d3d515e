// INTERFACE STUBS written first so that other modules can compile against them while Distributions is written.
// Each stub is replaced by its real implementation (in its own file); signatures may grow but should not break.

/// The normal distribution.
public struct Normal: Sendable {
    /// Mean.
    public let mean: Double
    /// Standard deviation.
    public let standardDeviation: Double
    /// A normal distribution (the standard normal by default).
    public init(mean: Double = 0, standardDeviation: Double = 1) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }
    /// P(X <= x).
    public func cdf(_ x: Double) -> Double { fatalError("not written yet") }
    /// P(X > x), accurate far into the upper tail.
    public func survival(_ x: Double) -> Double { fatalError("not written yet") }
    /// The x with P(X <= x) = p.
    public func quantile(_ p: Double) -> Double { fatalError("not written yet") }
    /// The x with P(X > x) = q (accurate for tiny q).
    public func inverseSurvival(_ q: Double) -> Double { fatalError("not written yet") }
}

/// Student's t distribution.
public struct StudentT: Sendable {
    /// Degrees of freedom (may be fractional, as Satterthwaite's are).
    public let degreesOfFreedom: Double
    /// A t distribution with `degreesOfFreedom`.
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }
    /// P(T <= t).
    public func cdf(_ t: Double) -> Double { fatalError("not written yet") }
    /// P(T > t).
    public func survival(_ t: Double) -> Double { fatalError("not written yet") }
    /// The t with P(T <= t) = p.
    public func quantile(_ p: Double) -> Double { fatalError("not written yet") }
    /// The t with P(T > t) = q.
    public func inverseSurvival(_ q: Double) -> Double { fatalError("not written yet") }
    /// P(|T| >= |t|), the two-sided p-value, without cancellation for large |t|.
    public func twoSidedPValue(_ t: Double) -> Double { fatalError("not written yet") }
}

/// The F distribution.
public struct FDistribution: Sendable {
    /// Numerator degrees of freedom.
    public let numeratorDegreesOfFreedom: Double
    /// Denominator degrees of freedom.
    public let denominatorDegreesOfFreedom: Double
    /// An F distribution.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) {
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }
    /// P(F <= x).
    public func cdf(_ x: Double) -> Double { fatalError("not written yet") }
    /// P(F > x).
    public func survival(_ x: Double) -> Double { fatalError("not written yet") }
    /// The x with P(F <= x) = p.
    public func quantile(_ p: Double) -> Double { fatalError("not written yet") }
}

/// The chi-square distribution.
public struct ChiSquared: Sendable {
    /// Degrees of freedom.
    public let degreesOfFreedom: Double
    /// A chi-square distribution.
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }
    /// P(X <= x).
    public func cdf(_ x: Double) -> Double { fatalError("not written yet") }
    /// P(X > x).
    public func survival(_ x: Double) -> Double { fatalError("not written yet") }
    /// The x with P(X <= x) = p.
    public func quantile(_ p: Double) -> Double { fatalError("not written yet") }
}
