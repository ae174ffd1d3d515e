import Distributions
import LinearAlgebra

/// One estimated coefficient with its standard error, t test and confidence interval under one covariance.
public struct CoefficientRow: Sendable, Equatable {
    /// The column name, as R's `model.matrix` prints it.
    public let term: String
    /// The estimate.
    public let estimate: Double
    /// Its standard error under the table's covariance.
    public let standardError: Double
    /// The t statistic, estimate / standard error.
    public let statistic: Double
    /// Degrees of freedom of the t test and interval (fractional for CR2's Satterthwaite approximation).
    public let degreesOfFreedom: Double
    /// Two-sided p-value of the t test.
    public let pValue: Double
    /// Lower end of the confidence interval.
    public let lowerBound: Double
    /// Upper end of the confidence interval.
    public let upperBound: Double

    /// R's significance codes for `pValue`: `***` below 0.001, `**` below 0.01, `*` below 0.05, `.` below 0.1.
    ///
    /// Computed from this row's p-value, so the stars always follow the table's covariance.
    public var stars: String {
        switch pValue {
        case ..<0.001: return "***"
        case ..<0.01: return "**"
        case ..<0.05: return "*"
        case ..<0.1: return "."
        default: return ""
        }
    }
}

/// Estimates, standard errors, t tests, intervals and the overall F test of a fit under one covariance estimator.
public struct CoefficientTable: Sendable {
    /// The estimator every standard error, p-value, interval and the F test here follow.
    public let covariance: CovarianceType
    /// The confidence level of the intervals, e.g. 0.95.
    public let level: Double
    /// One row per estimated coefficient, in model order.
    public let rows: [CoefficientRow]
    /// Columns that were aliased and not estimated (R prints `NA` rows for them).
    public let aliasedColumnNames: [String]
    /// The Wald F of all non-intercept coefficients under `covariance` (the classical F of `summary.lm` when classical);
    /// `nil` when the model has only an intercept, or when the robust covariance of the tested coefficients is singular.
    public let fStatistic: FStatistic?
    /// The covariance the rows came from.
    public let coefficientCovariance: CoefficientCovariance

    /// The row for the column called `term`, if it was estimated.
    public subscript(term: String) -> CoefficientRow? { rows.first { $0.term == term } }
}

extension LinearModelFit {
    /// The coefficient table under `covariance`, with `level` confidence intervals.
    ///
    /// t tests use the covariance's degrees of freedom (n − k; G − 1 for CR1; Satterthwaite for CR2); intervals are
    /// estimate ± t₁₋α/₂ · SE on the same degrees of freedom.
    ///
    /// - Throws: `RegressionError` for a level outside (0, 1) or an estimator undefined for this fit.
    public func coefficientTable(covariance type: CovarianceType = .classical, level: Double = 0.95) throws -> CoefficientTable {
        guard level > 0, level < 1 else {
            throw RegressionError("confidence level \(level) is not between 0 and 1; use e.g. 0.95", kind: .usage)
        }
        return coefficientTable(using: try self.covariance(type), level: level)
    }

    /// The coefficient table under a covariance already computed, with `level` (in (0, 1)) intervals.
    func coefficientTable(using covariance: CoefficientCovariance, level: Double) -> CoefficientTable {
        let type = covariance.type
        let names = estimatedColumnNames
        let values = estimates
        let standardErrors = covariance.standardErrors
        var rows: [CoefficientRow] = []
        rows.reserveCapacity(rank)
        for p in 0..<rank {
            let t = StudentT(degreesOfFreedom: covariance.degreesOfFreedom[p])
            let statistic = values[p] / standardErrors[p]
            let halfWidth = t.inverseSurvival((1 - level) / 2) * standardErrors[p]
            rows.append(CoefficientRow(term: names[p], estimate: values[p], standardError: standardErrors[p],
                                       statistic: statistic, degreesOfFreedom: covariance.degreesOfFreedom[p],
                                       pValue: t.twoSidedPValue(statistic), lowerBound: values[p] - halfWidth,
                                       upperBound: values[p] + halfWidth))
        }
        let fStatistic: FStatistic?
        if type == .classical {
            fStatistic = classicalFStatistic
        } else {
            let tested = nonInterceptPositions
            fStatistic = tested.isEmpty ? nil : try? waldFStatistic(positions: tested, covariance: covariance)
        }
        return CoefficientTable(covariance: type, level: level, rows: rows, aliasedColumnNames: aliasedColumnNames,
                                fStatistic: fStatistic, coefficientCovariance: covariance)
    }
}
