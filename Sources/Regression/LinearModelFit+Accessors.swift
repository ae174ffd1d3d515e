import DataTable
import Distributions
import LinearAlgebra

/// The vocabulary of StatsAPI.jl / GLM.jl and statsmodels: what analysts ask a fitted model for.
///
/// Every array is in model-matrix column order (`coefnames`), aliased columns included as `.nan` (R's `NA`), so one
/// index means one coefficient everywhere; `isAliased` says which those are.
extension LinearModelFit {
    /// The model-matrix column names, one per coefficient (R's `names(coef(fit))`).
    public var coefnames: [String] { design.columnNames }

    /// The estimates, `.nan` for an aliased column.
    public var coef: [Double] { coefficients.map { $0 ?? .nan } }

    /// Whether each column was aliased (a linear combination of earlier ones) and so not estimated.
    public var isAliased: [Bool] { coefficients.map { $0 == nil } }

    /// The covariance `stderror`, `vcov` and `confint` follow (`covarianceType`).
    var chosenCovariance: CoefficientCovariance { selectedCovariance ?? classicalCovariance }

    /// Standard errors under `covarianceType`, `.nan` for an aliased column.
    public var stderror: [Double] { spread(chosenCovariance.standardErrors) }

    /// The covariance matrix of the estimated coefficients under `covarianceType` (aliased columns left out, as in
    /// R's `vcov(fit, complete = FALSE)`).
    public var vcov: Matrix { chosenCovariance.matrix }

    /// Confidence intervals under `covarianceType`, on its degrees of freedom; `.nan` bounds for an aliased column.
    ///
    /// - Throws: `RegressionError` (usage) for a level outside (0, 1).
    public func confint(level: Double = 0.95) throws -> [(lower: Double, upper: Double)] {
        guard level > 0, level < 1 else {
            throw RegressionError("confidence level \(level) is not between 0 and 1; use e.g. 0.95", kind: .usage)
        }
        let covariance = chosenCovariance
        let errors = covariance.standardErrors
        let bounds = estimatedColumns.indices.map { p -> (lower: Double, upper: Double) in
            let half = StudentT(degreesOfFreedom: covariance.degreesOfFreedom[p]).inverseSurvival((1 - level) / 2)
                * errors[p]
            return (estimates[p] - half, estimates[p] + half)
        }
        var all = [(lower: Double, upper: Double)](repeating: (.nan, .nan), count: coefficients.count)
        for (p, column) in estimatedColumns.enumerated() { all[column] = bounds[p] }
        return all
    }

    /// The coefficient table under `covarianceType` with 95% intervals.
    public var coeftable: CoefficientTable { coefficientTable(using: chosenCovariance, level: 0.95) }

    /// The number of observations that count (zero-weight rows left out).
    public var nobs: Int { observationCount }

    /// Residual degrees of freedom.
    public var dofResidual: Int { residualDegreesOfFreedom }

    /// R².
    public var r2: Double { rSquared }

    /// Adjusted R².
    public var adjr2: Double { adjustedRSquared }

    /// Fitted values ŷ for the rows used.
    public var fitted: [Double] { fittedValues }

    /// Predictions Xb for the rows of `newData`, coded with the training data's schema; nil for a row with a
    /// missing predictor (R's `predict(fit, newdata, na.action = na.pass)`).
    ///
    /// - Throws: `RegressionError` (usage) for a fit made without a formula; `FormulaError` for a column `newData`
    ///   lacks; `DataError` for a factor level the model was not fitted on, or text where numbers are needed.
    public func predict(newData: DataTable) throws -> [Double?] {
        guard let schema else {
            throw RegressionError("this fit was made from a model matrix, not a formula; use predict(x:)", kind: .usage)
        }
        let (matrix, rows) = try schema.modelMatrix(for: newData)
        var predictions = [Double?](repeating: nil, count: newData.rowCount)
        for (value, row) in zip(try predict(x: matrix), rows) { predictions[row] = value }
        return predictions
    }

    /// Predictions Xb for the rows of a model matrix with this fit's columns (aliased columns count as zero).
    ///
    /// - Throws: `RegressionError` (usage) when `x` does not have one column per coefficient.
    public func predict(x: Matrix) throws -> [Double] {
        guard x.columns == coefficients.count else {
            throw RegressionError("x has \(x.columns) columns but the model has \(coefficients.count) coefficients "
                                  + "(\(coefnames.joined(separator: ", ")))", kind: .usage)
        }
        var result = [Double](repeating: 0, count: x.rows)
        for (j, value) in coefficients.enumerated() {
            guard let value else { continue }
            for i in 0..<x.rows { result[i] += x[i, j] * value }
        }
        return result
    }

    /// Values over the estimated columns spread to all columns, `.nan` where aliased.
    private func spread(_ values: [Double]) -> [Double] {
        var all = [Double](repeating: .nan, count: coefficients.count)
        for (p, column) in estimatedColumns.enumerated() { all[column] = values[p] }
        return all
    }
}
