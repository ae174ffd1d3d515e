import Distributions

/// An F statistic with its degrees of freedom and upper-tail p-value.
public struct FStatistic: Sendable, Equatable {
    /// The statistic.
    public let value: Double
    /// Numerator degrees of freedom (the number of restrictions tested).
    public let numeratorDegreesOfFreedom: Double
    /// Denominator degrees of freedom.
    public let denominatorDegreesOfFreedom: Double

    /// Bundles an F statistic.
    public init(value: Double, numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) {
        self.value = value
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// P(F > value) on these degrees of freedom.
    public var pValue: Double {
        FDistribution(numeratorDegreesOfFreedom: numeratorDegreesOfFreedom,
                      denominatorDegreesOfFreedom: denominatorDegreesOfFreedom).survival(value)
    }
}
