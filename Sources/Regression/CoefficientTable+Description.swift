extension CoefficientTable: CustomStringConvertible {
    /// The coefficient block of R's `summary.lm`: estimate, standard error, t, p and stars per coefficient, aliased
    /// columns as `NA` rows, the estimator named, and the significance legend.
    public var description: String {
        var rows = [["", "Estimate", "Std. Error", "t value", "Pr(>|t|)", ""]]
        for row in self.rows {
            rows.append([row.term, SummaryNumber.significant(row.estimate, 6),
                         SummaryNumber.significant(row.standardError, 5), SummaryNumber.significant(row.statistic, 4),
                         SummaryNumber.pValue(row.pValue), row.stars])
        }
        for name in aliasedColumnNames { rows.append([name, "NA", "NA", "NA", "NA", ""]) }
        var lines = ["Coefficients (standard errors: \(covariance.plainName)):"]
        lines += SummaryNumber.aligned(rows)
        lines.append("---")
        lines.append("Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1")
        if !aliasedColumnNames.isEmpty {
            lines.append("(\(aliasedColumnNames.count) not defined because of singularities: "
                         + "\(aliasedColumnNames.joined(separator: ", ")))")
        }
        return lines.joined(separator: "\n")
    }
}

extension CovarianceType {
    /// The estimator in words, with the name R and Stata users know it by.
    public var plainName: String {
        switch self {
        case .classical: return "classical (homoskedastic)"
        case .hc0: return "HC0 (White heteroskedasticity-robust)"
        case .hc1: return "HC1 (heteroskedasticity-robust, Stata's robust)"
        case .hc2: return "HC2 (heteroskedasticity-robust)"
        case .hc3: return "HC3 (heteroskedasticity-robust, jackknife)"
        case .clustered(let column, let adjustment):
            return "\(adjustment.rawValue) cluster-robust, clustered by \(column)"
        }
    }
}
