import Regression

/// One coefficient as a report shows it, independent of how it was estimated.
public struct CoefficientSummary: Sendable, Equatable {
    /// The term's name in the model (`meals`, `stypeH`).
    public var term: String
    /// The estimate.
    public var estimate: Double
    /// Its standard error under the model's covariance estimator.
    public var standardError: Double
    /// Two-sided p-value under the same estimator.
    public var pValue: Double
    /// Lower bound of the confidence interval.
    public var confidenceLow: Double
    /// Upper bound of the confidence interval.
    public var confidenceHigh: Double

    /// Creates a coefficient summary.
    public init(term: String, estimate: Double, standardError: Double, pValue: Double, confidenceLow: Double,
                confidenceHigh: Double) {
        self.term = term
        self.estimate = estimate
        self.standardError = standardError
        self.pValue = pValue
        self.confidenceLow = confidenceLow
        self.confidenceHigh = confidenceHigh
    }
}

/// A fitted model reduced to what a report table prints (the "estimates" stage of the reporting pipeline).
public struct ModelSummary: Sendable {
    /// Column heading, e.g. `(2) API 2012`.
    public var name: String
    /// The model's coefficients in model order.
    public var coefficients: [CoefficientSummary]
    /// Rows used.
    public var observationCount: Int
    /// R².
    public var rSquared: Double
    /// Adjusted R².
    public var adjustedRSquared: Double
    /// The covariance estimator behind the standard errors, stars and intervals.
    public var covariance: CovarianceType
    /// Confidence level of the intervals, e.g. 0.95.
    public var confidenceLevel: Double
    /// Rows dropped for missing values, by column, for the notes.
    public var dropped: [(column: String, count: Int)]
    /// Rows dropped in all.
    public var droppedTotal: Int
    /// Terms aliased (not estimable) in this model.
    public var aliased: [String]

    /// Creates a model summary.
    public init(name: String, coefficients: [CoefficientSummary], observationCount: Int, rSquared: Double,
                adjustedRSquared: Double, covariance: CovarianceType, confidenceLevel: Double = 0.95,
                dropped: [(column: String, count: Int)] = [], droppedTotal: Int = 0, aliased: [String] = []) {
        self.name = name
        self.coefficients = coefficients
        self.observationCount = observationCount
        self.rSquared = rSquared
        self.adjustedRSquared = adjustedRSquared
        self.covariance = covariance
        self.confidenceLevel = confidenceLevel
        self.dropped = dropped
        self.droppedTotal = droppedTotal
        self.aliased = aliased
    }

    /// The estimator as a table prints it in its "Standard errors" row (`HC3`, `CR2:district`).
    public var standardErrorType: String { covariance.description }

    /// The coefficient for `term`, if the model has it.
    public func coefficient(_ term: String) -> CoefficientSummary? { coefficients.first { $0.term == term } }
}
