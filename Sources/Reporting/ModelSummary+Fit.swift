import Regression

extension ModelSummary {
    /// The summary of a fitted model under the covariance it was fitted with (`LinearModel.fit(_:data:covariance:)`),
    /// with 95% intervals; one argument, so the fit and its table cannot disagree.
    public init(name: String, fit: LinearModelFit) {
        self.init(name: name, fit: fit, table: fit.coeftable)
    }

    /// The summary of a fitted model under the covariance its `table` was computed with.
    public init(name: String, fit: LinearModelFit, table: CoefficientTable) {
        self.init(
            name: name,
            coefficients: table.rows.map {
                CoefficientSummary(term: $0.term, estimate: $0.estimate, standardError: $0.standardError,
                                   pValue: $0.pValue, confidenceLow: $0.lowerBound, confidenceHigh: $0.upperBound)
            },
            observationCount: fit.observationCount,
            rSquared: fit.rSquared,
            adjustedRSquared: fit.adjustedRSquared,
            covariance: table.covariance,
            confidenceLevel: table.level,
            dropped: fit.design.dropped.byColumn,
            droppedTotal: fit.design.dropped.total,
            aliased: table.aliasedColumnNames)
    }
}
