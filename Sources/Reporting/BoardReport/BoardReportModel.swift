import DataTable
import Regression

/// One fitted model of the report, with its coefficient table under the report's standard errors.
public struct BoardReportModel: Sendable {
    /// The column heading, e.g. `(2) API 2012`.
    public let name: String
    /// The formula, e.g. `api12 ~ pal_index + meals`.
    public let formula: String
    /// The fit.
    public let fit: LinearModelFit
    /// Coefficients, standard errors, p-values and intervals under the report's covariance and level.
    public let table: CoefficientTable

    /// Fits `formula` on `data` and computes its coefficient table.
    ///
    /// - Throws: `FormulaError` for an unknown column (such as a cluster column the table lacks), `RegressionError`
    ///   when the data cannot support the model.
    public init(name: String, formula: String, data: DataTable, covariance: CovarianceType, level: Double) throws {
        var cluster: String?
        if case .clustered(let column, _) = covariance { cluster = column }
        let design = try DesignMatrix.build(formula: formula, data: data, cluster: cluster)
        let fit = try LinearModel.fit(design)
        self.name = name
        self.formula = formula
        self.fit = fit
        self.table = try fit.coefficientTable(covariance: covariance, level: level)
    }

    /// The model as a column of a side-by-side table.
    public var summary: ModelSummary { ModelSummary(name: name, fit: fit, table: table) }

    /// The estimate and interval of `term`, if it was estimated.
    public func row(_ term: String) -> CoefficientRow? { table[term] }

    /// The explanatory terms other than `term` (for "holding ... constant").
    public func otherTerms(than term: String) -> [String] {
        fit.design.termLabels.filter { $0 != term }
    }

    /// The estimate of `term` from a least-squares fit of the same formula on `data` (no standard errors), or `nil`
    /// if it is aliased there; used for refits that leave schools out.
    static func estimate(of term: String, formula: String, data: DataTable) throws -> Double? {
        try LinearModel.fit(DesignMatrix.build(formula: formula, data: data)).coefficient(term)
    }
}
