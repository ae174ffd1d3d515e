import DataTable
import LinearAlgebra

extension LinearModel {
    /// Fits `formula` on `data` in one call, with the covariance every standard error of the result follows:
    /// `LinearModel.fit("api00 ~ api99 + meals", data: table, covariance: .hc3)`.
    ///
    /// A clustered covariance names its cluster column once, here (`.clustered(column: "dnum", adjustment: .cr1)`).
    ///
    /// - Throws: `FormulaError` for a formula that does not parse or names an unknown column; `DataError` for data
    ///   the model cannot use; `RegressionError` when the model cannot be fitted or the estimator is undefined.
    public static func fit(_ formula: String, data: DataTable, weights: String? = nil,
                           covariance: CovarianceType = .classical) throws -> LinearModelFit {
        let frame = try ModelFrame(formula: Formula.parse(formula), data: data, weights: weights,
                                   cluster: covariance.clusterColumn)
        var result = try fit(DesignMatrix.build(from: frame))
        result.schema = ModelSchema(frame: frame)
        return try result.choosing(covariance)
    }

    /// Fits `y` on the columns of `x` as they are (no intercept is added: include a column of ones for one, which
    /// is then recognised as the intercept), like R's `lm.fit` or GLM.jl's `fit(LinearModel, X, y)`.
    ///
    /// - Parameters:
    ///   - x: the n x p model matrix.
    ///   - y: the n responses.
    ///   - columnNames: names for the columns (default `x1`, `x2`, ..., and `(Intercept)` for a column of ones).
    ///   - clusters: one cluster identifier per row, needed with a clustered `covariance` (whose column name then
    ///     only labels the output).
    ///   - weights: optional case weights, one per row (weighted least squares).
    ///   - covariance: the estimator the result's standard errors follow.
    /// - Throws: `RegressionError` for mismatched sizes, or as `fit(_:data:weights:covariance:)`.
    public static func fit(x: Matrix, y: [Double], columnNames: [String]? = nil, weights: [Double]? = nil,
                           clusters: [String]? = nil, covariance: CovarianceType = .classical) throws -> LinearModelFit {
        guard y.count == x.rows else {
            throw RegressionError("x has \(x.rows) rows but y has \(y.count) values", kind: .usage)
        }
        let interceptColumn = (0..<x.columns).first { j in (0..<x.rows).allSatisfy { x[$0, j] == 1 } }
        let names = columnNames ?? (0..<x.columns).map { $0 == interceptColumn ? "(Intercept)" : "x\($0 + 1)" }
        guard names.count == x.columns else {
            throw RegressionError("\(names.count) column names for \(x.columns) columns of x", kind: .usage)
        }
        let clusterName = covariance.clusterColumn
        if clusterName != nil && clusters == nil {
            throw RegressionError("covariance \(covariance) needs clusters: pass one identifier per row as clusters:",
                                  kind: .usage)
        }
        let terms = names.indices.filter { $0 != interceptColumn }.map { names[$0] }
        var position = 0
        let termOfColumn: [Int?] = names.indices.map { j in
            guard j != interceptColumn else { return nil }
            defer { position += 1 }
            return position
        }
        let design = DesignMatrix(
            formula: "y ~ " + (interceptColumn == nil ? "0 + " : "") + terms.joined(separator: " + "),
            responseName: "y", response: y, matrix: x, columnNames: names, termLabels: terms,
            termOfColumn: termOfColumn, hasIntercept: interceptColumn != nil, weights: weights,
            weightsName: weights == nil ? nil : "weights", clusters: clusterName == nil ? nil : clusters,
            clusterName: clusterName, rowsUsed: Array(0..<x.rows))
        return try fit(design).choosing(covariance)
    }
}

extension CovarianceType {
    /// The cluster column of a clustered estimator, nil for the others.
    public var clusterColumn: String? {
        if case .clustered(let column, _) = self { return column }
        return nil
    }
}

extension LinearModelFit {
    /// This fit with `type` as the covariance its standard errors follow (computed now, so an undefined estimator
    /// fails here rather than on first use).
    ///
    /// - Throws: `RegressionError` when the estimator is undefined for this fit.
    public func choosing(_ type: CovarianceType) throws -> LinearModelFit {
        var copy = self
        copy.covarianceType = type
        copy.selectedCovariance = try covariance(type)
        return copy
    }
}
