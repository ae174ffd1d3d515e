extension LinearModelFit: CustomStringConvertible {
    /// A plain-text summary in the layout of R's `summary.lm`: formula, residual quantiles, coefficients under
    /// `covarianceType` (named), residual standard error, R², the overall F test and what was dropped.
    public var description: String {
        let table = coeftable
        var lines = ["Linear model: \(design.formula)"]
        if let weights = design.weightsName { lines.append("Weights: \(weights)") }
        lines.append("")
        lines.append("Residuals:")
        lines += SummaryNumber.aligned([["Min", "1Q", "Median", "3Q", "Max"],
                                        residualQuantiles.map { SummaryNumber.significant($0, 5) }],
                                       labelled: false)
            .map { "  " + $0 }
        lines.append("")
        lines.append(table.description)
        lines.append("")
        lines.append("Residual standard error: \(SummaryNumber.significant(sigma, 5)) on \(residualDegreesOfFreedom) "
                     + "degrees of freedom")
        if design.dropped.total > 0 {
            lines.append("  (\(design.dropped.total) observation\(design.dropped.total == 1 ? "" : "s") deleted due to "
                         + "missingness)")
        }
        lines.append("Multiple R-squared: \(SummaryNumber.significant(rSquared, 4)),  Adjusted R-squared: "
                     + "\(SummaryNumber.significant(adjustedRSquared, 4))")
        if let f = table.fStatistic {
            let kind = covarianceType == .classical ? "F-statistic" : "Wald F-statistic (\(covarianceType))"
            lines.append("\(kind): \(SummaryNumber.significant(f.value, 4)) on "
                         + "\(SummaryNumber.significant(f.numeratorDegreesOfFreedom, 4)) and "
                         + "\(SummaryNumber.significant(f.denominatorDegreesOfFreedom, 4)) DF,  p-value: "
                         + SummaryNumber.pValue(f.pValue))
        }
        lines.append("Observations: \(observationCount)")
        return lines.joined(separator: "\n")
    }

    /// Min, quartiles and max of the residuals (R's `quantile` type 7, as `summary.lm` prints them), weighted
    /// residuals for a weighted fit as R shows them.
    private var residualQuantiles: [Double] {
        let sorted = weightedResiduals.sorted()
        guard !sorted.isEmpty else { return [] }
        return [0, 0.25, 0.5, 0.75, 1].map { probability in
            let position = probability * Double(sorted.count - 1)
            let below = Int(position.rounded(.down))
            let above = min(below + 1, sorted.count - 1)
            return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
        }
    }
}
