import Foundation
import LinearAlgebra

/// The immutable result of fitting a linear model by (weighted) least squares.
///
/// Holds the estimates and the goodness-of-fit numbers that do not depend on a covariance choice; everything that
/// does (standard errors, tests, intervals) is asked for through `coefficientTable(covariance:level:)`, so a robust
/// covariance is computed only when someone wants it (the statsmodels "results" split).
public struct LinearModelFit: Sendable {
    /// The design the model was fitted on (formula, names, rows used, what was dropped, weights, clusters).
    public let design: DesignMatrix
    /// One estimate per model-matrix column, in `design.columnNames` order; `nil` for an aliased column (R's `NA`).
    public let coefficients: [Double?]
    /// Indices (into `design.columnNames`) of the columns that were estimated, in model order.
    public let estimatedColumns: [Int]
    /// Indices of the columns dropped because they are linear combinations of earlier columns.
    public let aliasedColumns: [Int]
    /// The number of estimated coefficients (the numerical rank of the design).
    public let rank: Int
    /// Rows that count: all rows used, less those with weight zero (which R's `lm` also leaves out of every count).
    public let observationCount: Int
    /// Residual degrees of freedom, `observationCount − rank`.
    public let residualDegreesOfFreedom: Int
    /// `y − ŷ` for every row used (unweighted, as R's `residuals(lm)`; zero-weight rows included).
    public let residuals: [Double]
    /// `ŷ = Xb` for every row used.
    public let fittedValues: [Double]
    /// Σ wᵢeᵢ², the (weighted) residual sum of squares (R's `deviance`).
    public let residualSumOfSquares: Double
    /// The (weighted) sum of squares the model explains: centred on the weighted mean with an intercept, raw without.
    public let modelSumOfSquares: Double
    /// Residual standard error √(RSS / df).
    public let sigma: Double
    /// R²; uncentred for a model without intercept, as R's `summary.lm`.
    public let rSquared: Double
    /// R² adjusted for the number of coefficients, as R's `summary.lm`.
    public let adjustedRSquared: Double
    /// The Gaussian log-likelihood as R's `logLik.lm` (including the Σ log wᵢ term of a weighted fit).
    public let logLikelihood: Double
    /// Akaike's criterion, −2 logL + 2(rank + 1) (σ counts as a parameter, as in R).
    public let aic: Double
    /// Schwarz's criterion, −2 logL + log(n)(rank + 1).
    public let bic: Double
    /// `(XᵀWX)⁻¹` over the estimated columns, in model order: the covariance of the estimates divided by σ².
    public let unscaledCovariance: Matrix

    /// The factorization of the (√w-scaled, aliased-columns-removed) design, kept for leverages.
    let solution: LeastSquares
    /// The estimator `stderror`, `vcov`, `confint`, `coeftable` and `description` follow: classical unless the fit was
    /// made with `LinearModel.fit(_:data:weights:covariance:)` or `LinearModel.fit(x:y:...)` naming another.
    public internal(set) var covarianceType: CovarianceType = .classical
    /// The covariance under `covarianceType`, computed once when the fit chose it.
    var selectedCovariance: CoefficientCovariance?
    /// What the formula learned from the training data, for `predict(newData:)`; nil for a fit of a hand-built design.
    public internal(set) var schema: ModelSchema?

    init(design: DesignMatrix, coefficients: [Double?], estimatedColumns: [Int], aliasedColumns: [Int],
         observationCount: Int, residuals: [Double], fittedValues: [Double], residualSumOfSquares: Double,
         modelSumOfSquares: Double, unscaledCovariance: Matrix, solution: LeastSquares) {
        self.design = design
        self.coefficients = coefficients
        self.estimatedColumns = estimatedColumns
        self.aliasedColumns = aliasedColumns
        self.rank = estimatedColumns.count
        self.observationCount = observationCount
        self.residualDegreesOfFreedom = observationCount - estimatedColumns.count
        self.residuals = residuals
        self.fittedValues = fittedValues
        self.residualSumOfSquares = residualSumOfSquares
        self.modelSumOfSquares = modelSumOfSquares
        self.unscaledCovariance = unscaledCovariance
        self.solution = solution

        let df = Double(residualDegreesOfFreedom)
        sigma = (residualSumOfSquares / df).squareRoot()
        // summary.lm: r² = mss / (mss + rss); the adjustment counts the intercept as "free" (df.int).
        rSquared = modelSumOfSquares / (modelSumOfSquares + residualSumOfSquares)
        let interceptCount = design.hasIntercept ? 1.0 : 0.0
        adjustedRSquared = 1 - (1 - rSquared) * ((Double(observationCount) - interceptCount) / df)

        // logLik.lm: 0.5 (Σ log w − N (log 2π + 1 − log N + log Σ w e²)), zero weights left out.
        let n = Double(observationCount)
        var logWeightSum = 0.0
        if let weights = design.weights {
            for w in weights where w > 0 { logWeightSum += log(w) }
        }
        logLikelihood = 0.5 * (logWeightSum - n * (log(2 * Double.pi) + 1 - log(n) + log(residualSumOfSquares)))
        let parameters = Double(estimatedColumns.count + 1)
        aic = -2 * logLikelihood + 2 * parameters
        bic = -2 * logLikelihood + log(n) * parameters
    }

    /// Column names as R's `model.matrix` prints them, every column (aliased ones included).
    public var columnNames: [String] { design.columnNames }

    /// Names of the estimated columns, in model order.
    public var estimatedColumnNames: [String] { estimatedColumns.map { design.columnNames[$0] } }

    /// Names of the aliased columns (R reports their coefficients as `NA`).
    public var aliasedColumnNames: [String] { aliasedColumns.map { design.columnNames[$0] } }

    /// The estimates of the estimated columns, in model order.
    public var estimates: [Double] { estimatedColumns.map { coefficients[$0]! } }

    /// The estimate for the column called `name`; `nil` if it is aliased or there is no such column.
    public func coefficient(_ name: String) -> Double? {
        guard let index = design.columnNames.firstIndex(of: name) else { return nil }
        return coefficients[index]
    }

    /// √wᵢ for every row (all ones without weights).
    var rootWeights: [Double]? { design.weights?.map { $0.squareRoot() } }

    /// Residuals multiplied by √w (R's `weighted.residuals`, zero-weight rows kept as zeros).
    var weightedResiduals: [Double] {
        guard let weights = design.weights else { return residuals }
        return zip(residuals, weights).map { $0 * $1.squareRoot() }
    }

    /// Positions, among the estimated columns, of the columns that belong to a term (everything but the intercept).
    var nonInterceptPositions: [Int] {
        estimatedColumns.indices.filter { design.termOfColumn[estimatedColumns[$0]] != nil }
    }

    /// The classical F of all non-intercept terms, `(mss / q) / σ²` as `summary.lm`; `nil` when there are none.
    var classicalFStatistic: FStatistic? {
        let q = nonInterceptPositions.count
        guard q > 0 else { return nil }
        let value = (modelSumOfSquares / Double(q)) / (residualSumOfSquares / Double(residualDegreesOfFreedom))
        return FStatistic(value: value, numeratorDegreesOfFreedom: Double(q),
                          denominatorDegreesOfFreedom: Double(residualDegreesOfFreedom))
    }
}
