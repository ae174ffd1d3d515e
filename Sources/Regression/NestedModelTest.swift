/// A comparison of a restricted model with a fuller one fitted on the same rows: do the extra terms add anything?
public struct NestedModelTest: Sendable, Equatable {
    /// Term labels in the full model and not in the restricted one (e.g. `partnership`).
    public let addedTerms: [String]
    /// Residual degrees of freedom of the restricted model.
    public let restrictedResidualDegreesOfFreedom: Int
    /// Residual degrees of freedom of the full model.
    public let fullResidualDegreesOfFreedom: Int
    /// Residual sum of squares of the restricted model (weighted when the fits are).
    public let restrictedResidualSumOfSquares: Double
    /// Residual sum of squares of the full model.
    public let fullResidualSumOfSquares: Double
    /// The estimator of the test: `.classical` for the F of R's `anova`, otherwise the Wald test's covariance.
    public let covariance: CovarianceType
    /// The F statistic (its p-value is `fStatistic.pValue`).
    public let fStatistic: FStatistic
}

/// The F test of R's `anova(restricted, full)`: ((RSS₀ − RSS₁)/(df₀ − df₁)) / (RSS₁/df₁), on (df₀ − df₁, df₁).
///
/// Answers questions like "does partnership add to a poverty-only model?". The two fits must use the same rows,
/// response and weights, and the restricted model's terms must all be in the full model.
///
/// - Throws: `RegressionError` when the models are not nested on the same data.
public func nestedFTest(restricted: LinearModelFit, full: LinearModelFit) throws -> NestedModelTest {
    let added = try checkNested(restricted: restricted, full: full)
    let r = restricted.residualDegreesOfFreedom
    let f = full.residualDegreesOfFreedom
    let numerator = (restricted.residualSumOfSquares - full.residualSumOfSquares) / Double(r - f)
    let denominator = full.residualSumOfSquares / Double(f)
    return NestedModelTest(addedTerms: added, restrictedResidualDegreesOfFreedom: r, fullResidualDegreesOfFreedom: f,
                           restrictedResidualSumOfSquares: restricted.residualSumOfSquares,
                           fullResidualSumOfSquares: full.residualSumOfSquares, covariance: .classical,
                           fStatistic: FStatistic(value: numerator / denominator,
                                                  numeratorDegreesOfFreedom: Double(r - f),
                                                  denominatorDegreesOfFreedom: Double(f)))
}

/// The Wald version of the nested test under a robust covariance of the full model: that the coefficients of the
/// added terms are all zero, bᵀV⁻¹b / q.
///
/// Equals `lmtest::waldtest(restricted, full, vcov = sandwich::vcovHC(full, type = ...))` for HC estimators
/// (denominator df n − k of the full model); clustered estimators use G − 1, as `estimatr` does for its F. With
/// `.classical` it equals `nestedFTest` (up to rounding).
///
/// - Throws: `RegressionError` when the models are not nested on the same data, an added term has no estimated
///   column, or the covariance of the added coefficients is singular.
public func nestedWaldTest(restricted: LinearModelFit, full: LinearModelFit,
                           covariance type: CovarianceType) throws -> NestedModelTest {
    let added = try checkNested(restricted: restricted, full: full)
    let restrictedColumns = Set(restricted.estimatedColumnNames)
    let positions = full.estimatedColumns.indices.filter { p in
        let column = full.estimatedColumns[p]
        return !restrictedColumns.contains(full.design.columnNames[column])
    }
    guard !positions.isEmpty else {
        throw RegressionError("the added terms \(added.joined(separator: ", ")) have no estimated coefficient in the full "
                              + "model (all aliased); there is nothing to test")
    }
    let covariance = try full.covariance(type)
    return NestedModelTest(addedTerms: added,
                           restrictedResidualDegreesOfFreedom: restricted.residualDegreesOfFreedom,
                           fullResidualDegreesOfFreedom: full.residualDegreesOfFreedom,
                           restrictedResidualSumOfSquares: restricted.residualSumOfSquares,
                           fullResidualSumOfSquares: full.residualSumOfSquares, covariance: type,
                           fStatistic: try full.waldFStatistic(positions: positions, covariance: covariance))
}

/// Checks that two fits are nested on the same data and returns the full model's added term labels.
private func checkNested(restricted: LinearModelFit, full: LinearModelFit) throws -> [String] {
    let r = restricted.design
    let f = full.design
    guard r.responseName == f.responseName else {
        throw RegressionError("the models explain different responses ('\(r.responseName)' and '\(f.responseName)'); "
                              + "a nested test compares models of the same response")
    }
    guard r.rowsUsed == f.rowsUsed else {
        throw RegressionError("the models use different rows (\(r.rowsUsed.count) and \(f.rowsUsed.count)); fit both on "
                              + "the rows complete for the full model, e.g. drop rows missing any of its columns first")
    }
    guard r.weights == f.weights else {
        throw RegressionError("the models use different weights; fit both with the same weights column")
    }
    let fullTerms = Set(f.termLabels)
    let missing = r.termLabels.filter { !fullTerms.contains($0) }
    guard missing.isEmpty, !r.hasIntercept || f.hasIntercept else {
        let what = missing.isEmpty ? "an intercept" : "the terms \(missing.joined(separator: ", "))"
        throw RegressionError("'\(r.formula)' is not nested in '\(f.formula)': the full model lacks \(what)")
    }
    guard restricted.residualDegreesOfFreedom > full.residualDegreesOfFreedom else {
        throw RegressionError("'\(f.formula)' has no more coefficients than '\(r.formula)' (residual df "
                              + "\(full.residualDegreesOfFreedom) and \(restricted.residualDegreesOfFreedom)); "
                              + "the full model must add at least one term")
    }
    let restrictedTerms = Set(r.termLabels)
    return f.termLabels.filter { !restrictedTerms.contains($0) }
}
