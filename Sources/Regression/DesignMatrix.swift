import DataTable
import LinearAlgebra

/// Rows dropped because a column the model uses was missing there.
public struct MissingValueReport: Sendable, Equatable {
    /// Rows dropped in all.
    public var total: Int
    /// For each used column with missing values, how many rows had it missing (a row can count under several
    /// columns, so these may add up to more than `total`). Columns are listed in the order the model uses them.
    public var byColumn: [(column: String, count: Int)]

    /// Creates a report.
    public init(total: Int = 0, byColumn: [(column: String, count: Int)] = []) {
        self.total = total
        self.byColumn = byColumn
    }

    /// Equal when totals and per-column counts (in order) agree.
    public static func == (lhs: MissingValueReport, rhs: MissingValueReport) -> Bool {
        lhs.total == rhs.total && lhs.byColumn.elementsEqual(rhs.byColumn) { $0.column == $1.column && $0.count == $1.count }
    }
}

/// The numbers a fit needs, built from a formula and a table: the model matrix and its bookkeeping.
///
/// The fit never sees the formula again; it works on this value (the StatsModels.jl/GLM.jl split).
public struct DesignMatrix: Sendable {
    /// The formula as the user wrote it (for reports).
    public var formula: String
    /// The response's name, e.g. `api12`.
    public var responseName: String
    /// The response for the rows used.
    public var response: [Double]
    /// The model matrix: one row per used row, one column per coefficient.
    public var matrix: Matrix
    /// Column names exactly as R's `model.matrix` prints them: `(Intercept)`, `stypeH`, `meals:stypeM`, `I(meals^2)`.
    public var columnNames: [String]
    /// The term labels in model order, as R's `terms` prints them (`meals`, `stype`, `meals:stype`); no intercept.
    public var termLabels: [String]
    /// For each column, the index into `termLabels` of its term, or `nil` for the intercept.
    public var termOfColumn: [Int?]
    /// Whether the model has an intercept.
    public var hasIntercept: Bool
    /// Case weights for the rows used (`nil`: unweighted).
    public var weights: [Double]?
    /// The name of the weights column, if any.
    public var weightsName: String?
    /// Cluster identifiers for the rows used (`nil`: no clustering).
    public var clusters: [String]?
    /// The name of the cluster column, if any.
    public var clusterName: String?
    /// The indices (into the source table) of the rows used, in order.
    public var rowsUsed: [Int]
    /// What listwise deletion dropped.
    public var dropped: MissingValueReport

    /// Assembles a design from parts already built (the formula stage fills these in).
    public init(formula: String, responseName: String, response: [Double], matrix: Matrix, columnNames: [String],
                termLabels: [String], termOfColumn: [Int?], hasIntercept: Bool, weights: [Double]? = nil,
                weightsName: String? = nil, clusters: [String]? = nil, clusterName: String? = nil,
                rowsUsed: [Int], dropped: MissingValueReport = MissingValueReport()) {
        self.formula = formula
        self.responseName = responseName
        self.response = response
        self.matrix = matrix
        self.columnNames = columnNames
        self.termLabels = termLabels
        self.termOfColumn = termOfColumn
        self.hasIntercept = hasIntercept
        self.weights = weights
        self.weightsName = weightsName
        self.clusters = clusters
        self.clusterName = clusterName
        self.rowsUsed = rowsUsed
        self.dropped = dropped
    }

    /// Number of rows used.
    public var observationCount: Int { response.count }
}
